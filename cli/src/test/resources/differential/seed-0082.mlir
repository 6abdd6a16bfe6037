// Random func/arith module, seed 82.
func.func @f0(%arg0: i64) -> (i64, i1) {
  %v0 = arith.constant 0 : i64
  %v1 = arith.cmpi sge, %arg0, %v0 : i64
  %v2 = arith.constant true
  %v3 = arith.divsi %v1, %v2 exact : i1
  %v4 = arith.constant 0x80000000 : f32
  %v5 = arith.constant -2.5 : f32
  %v6 = arith.minimumf %v4, %v5 : f32
  %v7 = arith.constant 100.0 : f32
  %v8 = arith.constant -0.0 : f32
  %v9 = arith.cmpf ule, %v7, %v8 : f32
  %v10 = arith.minimumf %v5, %v4 : f32
  %v11 = arith.cmpi sge, %arg0, %v0 : i64
  %v12 = arith.constant 0xFFC00000 : f32
  %v13 = arith.negf %v12 : f32
  %v14 = arith.constant -3.0e-05 : f32
  %v15 = arith.minimumf %v14, %v10 fastmath<arcp,afn> : f32
  %v16 = arith.cmpf ord, %v15, %v4 fastmath<nnan> : f32
  %v17 = arith.cmpf ule, %v7, %v8 : f32
  %v18 = arith.maximumf %v6, %v8 : f32
  %v19 = arith.constant 0x7F800000 : f32
  %v20 = arith.mulf %v19, %v7 : f32
  %v21 = arith.constant 0.1 : f8E4M3FNUZ
  %v22 = arith.bitcast %v21 : f8E4M3FNUZ to f8E3M4
  %v23 = arith.constant 0x00800000 : f32
  %v24 = arith.subf %v23, %v7 : f32
  %v25 = arith.constant true
  %v26 = arith.constant true
  %v27 = arith.maxsi %v25, %v26 : i1
  %v28 = arith.constant 2147483648 : i64
  %v29 = arith.cmpi sle, %v28, %arg0 : i64
  %v30 = arith.constant 2 : i64
  %v31 = arith.minui %arg0, %v30 : i64
  return %v31, %v29 : i64, i1
}
func.func @f1(%arg0: tensor<3xf32>) -> (i1, i32) {
  %v0 = arith.constant true
  %v1 = arith.constant 4294967289 : i32
  %v2 = arith.constant 33554432 : i32
  %v3 = arith.select %v0, %v1, %v2 : i32
  %v4 = arith.constant true
  %v5 = arith.extui %v4 : i1 to i128
  %v6 = arith.shrui %v4, %v0 : i1
  %v7 = arith.shrui %v4, %v0 : i1
  %v8 = arith.constant 32768 : i32
  %v9 = arith.muli %v8, %v1 overflow<nuw> : i32
  %v10 = arith.uitofp %v5 : i128 to bf16
  %v11 = arith.shrui %v4, %v0 : i1
  return %v7, %v9 : i1, i32
}
func.func @f2(%arg0: f8E4M3, %arg1: i32, %arg2: index) -> i128 {
  %v0 = arith.constant 15 : i16
  %v1 = arith.constant 2 : i16
  %v2 = arith.maxui %v0, %v1 : i16
  %v3 = arith.constant true
  %v4 = arith.select %v3, %arg1, %arg1 : i32
  %v5 = arith.constant true
  %v6 = arith.constant false
  %v7 = arith.ceildivsi %v5, %v6 : i1
  %v8 = arith.constant -2.5 : f8E4M3
  %v9 = arith.fptosi %v8 : f8E4M3 to i8
  %v10 = arith.cmpi ugt, %arg2, %arg2 : index
  %v11 = arith.fptosi %v8 : f8E4M3 to i8
  %v12 = arith.constant 0 : i32
  %v13 = arith.remui %v12, %arg1 : i32
  %v14 = arith.constant -3.0e-05 : f8E4M3
  %v15 = arith.maximumf %v14, %v8 fastmath<arcp,afn> : f8E4M3
  %v16 = arith.maximumf %v8, %v14 fastmath<arcp,afn> : f8E4M3
  %v17 = arith.fptosi %arg0 : f8E4M3 to i16
  %v18 = arith.constant true
  %v19 = arith.maxui %v6, %v18 : i1
  %v20 = arith.cmpi ne, %v17, %v1 : i16
  %v21 = arith.fptosi %arg0 : f8E4M3 to i32
  %v22 = arith.maxui %v12, %v21 : i32
  %v23 = arith.cmpi ne, %v17, %v1 : i16
  %v24 = arith.constant -6 : i8
  %v25 = arith.constant 12 : i8
  %v26 = arith.cmpi sgt, %v24, %v25 : i8
  %v27 = arith.extui %v17 : i16 to i128
  %v28 = arith.constant 2 : i8
  %v29 = arith.constant 10 : i8
  %v30 = arith.ceildivsi %v28, %v29 : i8
  %v31 = arith.negf %v14 : f8E4M3
  return %v27 : i128
}
