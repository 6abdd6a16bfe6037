// Random func/arith module, seed 165.
func.func @f0(%arg0: f32, %arg1: i8) -> (i1, i1) {
  %v0 = arith.constant 0x7F800000 : f32
  %v1 = arith.maxnumf %arg0, %v0 fastmath<arcp,afn> : f32
  %v2 = arith.minsi %arg1, %arg1 : i8
  %v3 = arith.constant 127 : i8
  %v4 = arith.maxui %v2, %v3 : i8
  %v5 = arith.extsi %v4 : i8 to i64
  %v6 = arith.constant 1 : i8
  %v7 = arith.extsi %v6 : i8 to i64
  %v8 = arith.cmpi ule, %v5, %v7 : i64
  %v9 = arith.constant false
  %v10 = arith.cmpi ult, %v8, %v9 : i1
  %v11 = arith.mulf %v1, %arg0 : f32
  %v12 = arith.cmpi ule, %v5, %v7 : i64
  %v13 = arith.select %v12, %v11, %v0 : f32
  %v14 = arith.maxui %v2, %v3 : i8
  %v15 = arith.constant 3 : i64
  %v16 = arith.select %v12, %v5, %v15 : i64
  %v17 = arith.minsi %arg1, %arg1 : i8
  %v18 = arith.constant true
  %v19 = arith.select %v18, %arg0, %v1 : f32
  %v20 = arith.select %v12, %v11, %v0 : f32
  %v21 = arith.extui %v4 : i8 to i32
  %v22 = arith.constant 1 : i32
  %v23 = arith.divsi %v21, %v22 : i32
  %v24 = arith.cmpi ule, %v5, %v7 : i64
  %v25 = arith.truncf %v11 fastmath<none> : f32 to f8E4M3FNUZ
  %v26 = arith.constant 0.0 : f32
  %v27 = arith.subf %v20, %v26 : f32
  %v28 = arith.cmpi ne, %v16, %v16 : i64
  %v29 = arith.constant true
  %v30 = arith.constant false
  %v31 = arith.select %v28, %v29, %v30 : i1
  %v32 = arith.shrsi %v5, %v16 : i64
  %v33 = arith.extui %v28 : i1 to i64
  %v34 = arith.extui %v28 : i1 to i64
  %v35 = arith.cmpi eq, %v33, %v34 : i64
  return %v35, %v28 : i1, i1
}
func.func @f1(%arg0: tensor<2x2xf32>, %arg1: i8, %arg2: i8) -> i8 {
  %v0 = arith.constant -128 : i8
  %v1 = arith.shrui %arg2, %v0 : i8
  %v2 = arith.constant 64 : index
  %v3 = arith.constant 13 : index
  %v4 = arith.ceildivui %v2, %v3 : index
  %v5 = arith.shrui %arg2, %v0 : i8
  %v6 = arith.shrui %arg2, %v0 : i8
  %v7 = arith.constant dense<0x007FFFFF> : tensor<2x2xf32>
  %v8 = arith.subf %arg0, %v7 fastmath<arcp,afn> : tensor<2x2xf32>
  %v9 = arith.constant 11 : i32
  %v10 = arith.maxsi %v9, %v9 : i32
  return %v6 : i8
}
