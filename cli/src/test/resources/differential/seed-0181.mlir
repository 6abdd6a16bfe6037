// Random func/arith module, seed 181.
func.func @f0(%arg0: index) -> (i128, i128) {
  %v0 = arith.constant true
  %v1 = arith.maxui %v0, %v0 : i1
  %v2 = arith.maxui %v0, %v0 : i1
  %v3 = arith.ceildivui %arg0, %arg0 : index
  %v4 = arith.maxsi %arg0, %v3 : index
  %v5 = arith.ceildivui %arg0, %arg0 : index
  %v6 = arith.constant -1 : i64
  %v7:2 = arith.mulsi_extended %v6, %v6 : i64
  %v8 = arith.constant 0.1 : f64
  %v9 = arith.maxnumf %v8, %v8 : f64
  %v10 = arith.maxui %v0, %v0 : i1
  %v11 = arith.constant 0 : index
  %v12 = arith.addi %arg0, %v11 : index
  %v13 = arith.index_cast %arg0 : index to i128
  %v14 = arith.maxsi %arg0, %v3 : index
  %v15 = arith.select %v1, %v8, %v9 : f64
  %v16 = arith.constant 4 : i32
  %v17 = arith.floordivsi %v16, %v16 : i32
  %v18 = arith.index_cast %v1 : i1 to index
  %v19 = arith.bitcast %v8 : f64 to i64
  %v20 = arith.maxsi %v13, %v13 : i128
  %v21 = arith.constant -6 : i8
  %v22 = arith.extsi %v21 : i8 to i64
  %v23 = arith.extsi %v21 : i8 to i64
  %v24 = arith.cmpi uge, %v22, %v23 {tag = 0 : i64} : i64
  %v25 = arith.shrsi %v5, %arg0 : index
  %v26 = arith.extui %v1 : i1 to i64
  %v27 = arith.constant 0 : i64
  %v28 = arith.cmpi ne, %v26, %v27 : i64
  %v29 = arith.constant 0x8000000000000000 : f64
  %v30 = arith.subf %v29, %v8 fastmath<nsz> : f64
  %v31 = arith.constant -9223372036854775808 : index
  %v32 = arith.select %v0, %v11, %v31 : index
  %v33 = arith.constant 1.0e+10 : f64
  %v34 = arith.maxnumf %v33, %v8 : f64
  %v35 = arith.maxui %v0, %v0 : i1
  return %v20, %v20 : i128, i128
}
func.func @f1(%arg0: i8, %arg1: f80, %arg2: bf16, %arg3: f64) -> (i128, i16, i64) {
  %v0 = arith.constant 8 : i8
  %v1:2 = arith.addui_extended %arg0, %v0 : i8, i1
  %v2 = arith.constant -3 : i7
  %v3 = arith.cmpi sle, %v2, %v2 : i7
  %v4 = arith.constant 7.0 : f80
  %v5 = arith.divf %v4, %arg1 : f80
  %v6 = arith.fptosi %arg3 : f64 to i1
  %v7 = arith.constant 0 : i8
  %v8 = arith.andi %v1#0, %v7 : i8
  %v9:2 = arith.addui_extended %arg0, %v0 : i8, i1
  %v10 = arith.constant -1 : i8
  %v11 = arith.shrsi %v10, %arg0 exact : i8
  %v12 = arith.constant 0x3FFF0000000000000000 : f80
  %v13 = arith.truncf %v12 downward : f80 to f8E4M3
  %v14 = arith.constant 1 : i8
  %v15 = arith.ori %v14, %v8 : i8
  %v16 = arith.constant true
  %v17 = arith.constant true
  %v18 = arith.divsi %v16, %v17 exact : i1
  %v19 = arith.fptoui %arg1 : f80 to i128
  %v20 = arith.constant 42474 : i16
  %v21 = arith.xori %v20, %v20 : i16
  %v22 = arith.constant 32 : index
  %v23:2 = func.call @f0(%v22) : (index) -> (i128, i128)
  %v24 = arith.constant 0 : i8
  %v25 = arith.subi %v14, %v24 overflow<nsw, nuw> : i8
  %v26 = arith.extui %v15 : i8 to i64
  %v27 = arith.extui %v9#0 : i8 to i64
  %v28 = arith.cmpi ult, %v26, %v27 : i64
  %v29 = arith.extsi %v15 : i8 to i64
  %v30 = arith.constant 9 : i64
  %v31 = arith.cmpi ult, %v29, %v30 : i64
  return %v23#1, %v20, %v27 : i128, i16, i64
}
func.func @f2(%arg0: i16, %arg1: f8E5M2, %arg2: bf16) -> i1 {
  %v0 = arith.constant 1 : i16
  %v1 = arith.cmpi ne, %arg0, %v0 : i16
  %v2 = arith.constant true
  %v3 = arith.constant false
  %v4 = arith.select %v1, %v3, %v2 : i1
  %v5 = arith.cmpi ne, %v1, %v1 : i1
  %v6 = arith.constant true
  %v7 = arith.constant false
  %v8 = arith.select %v5, %v7, %v6 : i1
  %v9 = arith.extui %arg0 : i16 to i33
  %v10 = arith.constant 3.0 : bf16
  %v11 = arith.cmpf one, %arg2, %v10 : bf16
  %v12 = arith.select %v5, %v7, %v6 : i1
  %v13 = arith.extui %arg0 : i16 to i33
  return %v11 : i1
}
