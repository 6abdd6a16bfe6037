// Random func/arith module, seed 165.
func.func @f0(%arg0: f8E4M3FN, %arg1: i8) -> (i8, i1) {
  %v0 = arith.constant 0x78 : f8E4M3FN
  %v1 = arith.maxnumf %arg0, %v0 fastmath<arcp,afn> : f8E4M3FN
  %v2 = arith.minsi %arg1, %arg1 : i8
  %v3 = arith.constant 127 : i8
  %v4 = arith.maxui %v2, %v3 : i8
  %v5 = arith.extsi %v4 : i8 to i64
  %v6 = arith.constant 1 : i8
  %v7 = arith.extsi %v6 : i8 to i64
  %v8 = arith.cmpi ule, %v5, %v7 : i64
  %v9 = arith.constant false
  %v10 = arith.cmpi ult, %v8, %v9 : i1
  %v11 = arith.mulf %v1, %arg0 : f8E4M3FN
  %v12 = arith.cmpi ule, %v5, %v7 : i64
  %v13 = arith.select %v12, %v11, %v0 : f8E4M3FN
  %v14 = arith.maxui %v2, %v3 : i8
  %v15 = arith.constant 3 : i64
  %v16 = arith.select %v12, %v5, %v15 : i64
  %v17 = arith.minsi %arg1, %arg1 : i8
  %v18 = arith.constant true
  %v19 = arith.select %v18, %arg0, %v1 : f8E4M3FN
  %v20 = arith.select %v12, %v11, %v0 : f8E4M3FN
  %v21 = arith.extui %v4 : i8 to i32
  %v22 = arith.constant 1 : i32
  %v23 = arith.divsi %v21, %v22 : i32
  %v24 = arith.cmpi ule, %v5, %v7 : i64
  %v25 = arith.extf %v11 : f8E4M3FN to f80
  %v26 = arith.muli %v14, %v4 : i8
  %v27 = arith.cmpi ne, %v16, %v16 : i64
  %v28 = arith.constant true
  %v29 = arith.constant false
  %v30 = arith.select %v27, %v28, %v29 : i1
  %v31 = arith.shrsi %v5, %v16 : i64
  %v32 = arith.extui %v27 : i1 to i64
  %v33 = arith.extui %v27 : i1 to i64
  %v34 = arith.cmpi eq, %v32, %v33 : i64
  return %v17, %v27 : i8, i1
}
func.func @f1(%arg0: vector<f32>, %arg1: i8, %arg2: i8) -> (i1, i8, i1) {
  %v0 = arith.constant -128 : i8
  %v1 = arith.shrui %arg2, %v0 : i8
  %v2 = arith.constant 64 : index
  %v3 = arith.constant 13 : index
  %v4 = arith.ceildivui %v2, %v3 : index
  %v5 = arith.shrui %arg2, %v0 : i8
  %v6 = arith.shrui %arg2, %v0 : i8
  %v7 = arith.constant dense<3.0> : vector<f32>
  %v8 = arith.subf %arg0, %v7 fastmath<arcp,afn> : vector<f32>
  %v9 = arith.constant 0 : i8
  %v10 = arith.cmpi ult, %v9, %v6 : i8
  return %v10, %v6, %v10 : i1, i8, i1
}
