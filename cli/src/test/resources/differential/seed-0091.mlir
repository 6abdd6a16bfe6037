// Random func/arith module, seed 91.
func.func @f0(%arg0: f32, %arg1: i16, %arg2: f80) -> (i64, i1, i16) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.constant 1 : i32
  %v2 = arith.cmpi slt, %v0, %v1 : i32
  %v3 = arith.constant 0x7C : f8E5M2
  %v4 = arith.fptoui %v3 : f8E5M2 to i64
  %v5 = arith.extui %arg1 : i16 to i64
  %v6 = arith.constant 10 : i16
  %v7 = arith.extui %v6 : i16 to i64
  %v8 = arith.cmpi sle, %v5, %v7 : i64
  %v9 = arith.constant 18446744073709551615 : i64
  %v10 = arith.select %v8, %v9, %v5 : i64
  %v11 = arith.constant 1 : i64
  %v12 = arith.floordivsi %v10, %v11 : i64
  %v13 = arith.extui %arg1 : i16 to i64
  %v14 = arith.divf %arg0, %arg0 fastmath<ninf> : f32
  %v15 = arith.index_castui %v0 : i32 to index
  %v16 = arith.constant dense<true> : vector<[4]xi1>
  %v17 = arith.uitofp %v16 : vector<[4]xi1> to vector<[4]xf32>
  %v18 = arith.constant 0.0 : f32
  %v19 = arith.addf %v14, %v18 fastmath<fast> : f32
  %v20 = arith.constant -32768 : i16
  %v21 = arith.maxsi %arg1, %v20 : i16
  %v22 = arith.constant -1 : i16
  %v23 = arith.maxsi %v21, %v22 : i16
  %v24 = arith.constant -128 : i8
  %v25 = arith.extui %v24 : i8 to i64
  %v26 = arith.constant -1 : i64
  %v27 = arith.cmpi ule, %v25, %v26 : i64
  %v28 = arith.constant -9223372036854775808 : i64
  %v29 = arith.cmpi eq, %v28, %v5 : i64
  %v30 = arith.select %v29, %v5, %v28 : i64
  %v31 = arith.constant true
  %v32 = arith.muli %v29, %v31 : i1
  %v33 = arith.constant 0 : i16
  %v34 = arith.ceildivsi %v33, %v21 : i16
  %v35 = arith.extsi %v32 : i1 to i16
  %v36 = arith.trunci %v35 : i16 to i1
  %v37 = arith.constant 0x00000001 : f32
  %v38 = arith.cmpf ole, %v37, %v18 fastmath<nnan> : f32
  %v39:2 = arith.addui_extended %v28, %v9 : i64, i1
  %v40 = arith.constant 1 : i64
  %v41 = arith.floordivsi %v13, %v40 : i64
  %v42 = arith.extsi %v32 : i1 to i16
  %v43 = arith.cmpf ole, %v37, %v18 fastmath<nnan> : f32
  return %v41, %v39#1, %v35 : i64, i1, i16
}
func.func @f1(%arg0: i1, %arg1: f80) {
  %v0 = arith.constant true
  %v1 = arith.constant true
  %v2:2 = arith.addui_extended %v0, %v1 : i1, i1
  %v3 = arith.constant true
  %v4 = arith.cmpi ult, %arg0, %v3 : i1
  %v5 = arith.constant true
  %v6 = arith.maxsi %v4, %v5 : i1
  %v7 = arith.constant true
  %v8 = arith.maxsi %v6, %v7 : i1
  %v9 = arith.constant false
  %v10 = arith.ori %v6, %v9 : i1
  %v11 = arith.constant true
  %v12 = arith.ori %v10, %v11 : i1
  %v13 = arith.index_cast %arg0 {tag = 1 : i64} : i1 to index
  %v14 = arith.constant true
  %v15 = arith.minui %v14, %v2#1 : i1
  %v16 = arith.constant 5 : index
  %v17 = arith.select %v12, %v13, %v16 {tag = 1 : i64} : index
  %v18 = arith.cmpf une, %arg1, %arg1 : f80
  %v19 = arith.maxsi %v6, %v7 : i1
  %v20 = arith.ori %v10, %v11 : i1
  %v21 = arith.constant 0x7FFF8000000000000000 : f80
  %v22 = arith.constant 0x80000000000000000000 : f80
  %v23 = arith.select %v7, %v21, %v22 : f80
  %v24 = arith.remui %v13, %v17 : index
  %v25 = arith.constant 0x80000000000000000000 : f80
  %v26 = arith.subf %arg1, %v25 {tag = 1 : i64} : f80
  %v27 = arith.floordivsi %v12, %v1 : i1
  %v28 = arith.constant 0x7F800000 : f32
  %v29 = arith.constant 1 : i16
  %v30:3 = func.call @f0(%v28, %v29, %arg1) : (f32, i16, f80) -> (i64, i1, i16)
  %v31:3 = func.call @f0(%v28, %v30#2, %v26) : (f32, i16, f80) -> (i64, i1, i16)
  %v32 = arith.constant true
  %v33 = arith.muli %v32, %v30#1 : i1
  %v34 = arith.constant 0xFFFF8000000000000000 : f80
  %v35 = arith.remf %arg1, %v34 fastmath<nnan> : f80
  %v36 = arith.constant 65536 : i64
  %v37:2 = arith.addui_extended %v30#0, %v36 : i64, i1
  return
}
