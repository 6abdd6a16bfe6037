// Random func/arith module, seed 158.
func.func @f0(%arg0: f64, %arg1: f4E2M1FN, %arg2: f8E4M3FNUZ, %arg3: f32) -> (f4E2M1FN, f8E4M3FNUZ, f4E2M1FN) {
  %v0 = arith.constant 4096 : i16
  %v1 = arith.constant -2197 : i16
  %v2 = arith.addi %v0, %v1 : i16
  %v3 = arith.constant 1 : i16
  %v4 = arith.subi %v3, %v0 overflow<nuw> : i16
  %v5 = arith.constant 13 : i16
  %v6:2 = arith.addui_extended %v2, %v5 : i16, i1
  %v7 = arith.constant 0x78 : f8E4M3FNUZ
  %v8 = arith.maxnumf %arg2, %v7 : f8E4M3FNUZ
  %v9 = arith.minnumf %arg0, %arg0 fastmath<fast> : f64
  %v10 = arith.constant 256 : i16
  %v11 = arith.subi %v0, %v10 : i16
  %v12 = arith.constant -25092 : i16
  %v13 = arith.subi %v12, %v11 : i16
  %v14 = arith.constant true
  %v15 = arith.select %v14, %v8, %v7 : f8E4M3FNUZ
  %v16 = arith.cmpf uge, %arg0, %arg0 : f64
  %v17 = arith.constant 0x7FF8000000000000 : f64
  %v18 = arith.remf %v9, %v17 : f64
  %v19 = arith.constant -1 : i8
  %v20 = arith.muli %v19, %v19 {tag = 0 : i64} : i8
  %v21 = arith.subi %v12, %v11 {tag = 1 : i64} : i16
  %v22 = arith.andi %v14, %v16 : i1
  %v23 = arith.constant 7.0 : f4E2M1FN
  %v24 = arith.subf %arg1, %v23 fastmath<ninf> : f4E2M1FN
  return %v23, %v15, %v24 : f4E2M1FN, f8E4M3FNUZ, f4E2M1FN
}
func.func @f1(%arg0: f8E4M3FNUZ) -> i1 {
  %v0 = arith.constant 1 : index
  %v1 = arith.constant -1 : index
  %v2 = arith.ceildivui %v0, %v1 : index
  %v3 = arith.constant 0 : i8
  %v4 = arith.extsi %v3 : i8 to i64
  %v5 = arith.constant 0 : i64
  %v6 = arith.cmpi ult, %v4, %v5 : i64
  %v7 = arith.constant 4.0 : f8E4M3FNUZ
  %v8 = arith.cmpf ult, %arg0, %v7 : f8E4M3FNUZ
  %v9 = arith.constant false
  %v10 = arith.shrsi %v6, %v9 {tag = 1 : i64} : i1
  %v11 = arith.shrsi %v6, %v9 {tag = 1 : i64} : i1
  %v12 = arith.constant 1 : i32
  %v13 = arith.cmpi ne, %v12, %v12 : i32
  %v14 = arith.constant true
  %v15 = arith.constant false
  %v16 = arith.select %v13, %v14, %v15 {tag = 1 : i64} : i1
  %v17 = arith.select %v15, %arg0, %arg0 {tag = 0 : i64} : f8E4M3FNUZ
  %v18 = arith.divui %v9, %v8 exact : i1
  %v19 = arith.select %v18, %v9, %v18 : i1
  %v20 = arith.shrsi %v6, %v9 {tag = 1 : i64} : i1
  %v21 = arith.shrsi %v6, %v9 {tag = 1 : i64} : i1
  %v22 = arith.negf %arg0 : f8E4M3FNUZ
  %v23 = arith.sitofp %v19 : i1 to f16
  %v24 = arith.constant 8 : i32
  %v25 = arith.constant 4 : i32
  %v26 = arith.floordivsi %v24, %v25 : i32
  %v27 = arith.constant 0x7E00 : f16
  %v28 = arith.divf %v27, %v27 : f16
  %v29 = arith.select %v18, %v23, %v27 : f16
  return %v19 : i1
}
func.func @f2(%arg0: vector<2x3xf64>, %arg1: vector<[4]xf32>) -> (i33, i1) {
  %v0 = arith.constant -1 : i33
  %v1 = arith.constant 1 : i33
  %v2 = arith.remui %v0, %v1 : i33
  %v3 = arith.constant -4294967296 : i33
  %v4:2 = arith.addui_extended %v2, %v3 : i33, i1
  %v5 = arith.minimumf %arg1, %arg1 : vector<[4]xf32>
  %v6 = arith.constant -1 : i33
  %v7 = arith.constant 9 : i33
  %v8 = arith.subi %v6, %v7 : i33
  %v9 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : vector<2x3xf64>
  %v10 = arith.subf %arg0, %v9 : vector<2x3xf64>
  %v11:2 = arith.addui_extended %v2, %v3 : i33, i1
  %v12 = arith.constant 13 : i16
  %v13 = arith.andi %v12, %v12 : i16
  %v14 = arith.constant -5 : index
  %v15 = arith.constant -1 : index
  %v16 = arith.cmpi sge, %v14, %v15 : index
  %v17 = arith.constant -4294967296 : i33
  %v18 = arith.constant 0 : i33
  %v19 = arith.muli %v17, %v18 overflow<none> : i33
  %v20 = arith.constant 3 : i33
  %v21:2 = arith.mului_extended %v7, %v20 : i33
  %v22 = arith.minnumf %v10, %arg0 : vector<2x3xf64>
  %v23 = arith.constant 1 : i8
  %v24 = arith.extsi %v23 : i8 to i64
  %v25 = arith.constant 1 : i64
  %v26 = arith.cmpi ne, %v24, %v25 : i64
  %v27 = arith.constant true
  %v28 = arith.ori %v16, %v27 : i1
  %v29 = arith.mulf %v9, %v22 fastmath<reassoc,contract> : vector<2x3xf64>
  %v30 = arith.constant 32 : i33
  %v31 = arith.maxsi %v3, %v30 : i33
  %v32 = arith.constant true
  %v33 = arith.select %v32, %v5, %arg1 {tag = 0 : i64} : vector<[4]xf32>
  %v34:2 = arith.mului_extended %v25, %v24 : i64
  %v35 = arith.constant 13 : i64
  %v36 = arith.minsi %v35, %v24 : i64
  %v37 = arith.negf %v9 : vector<2x3xf64>
  %v38 = arith.constant dense<0x3F800000> : vector<[4]xf32>
  %v39 = arith.remf %v38, %v5 fastmath<arcp,afn> : vector<[4]xf32>
  %v40 = arith.mulf %v22, %v9 fastmath<reassoc,contract> : vector<2x3xf64>
  return %v18, %v27 : i33, i1
}
