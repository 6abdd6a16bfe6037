// Random func/arith module, seed 27.
func.func @f0(%arg0: f64, %arg1: bf16) -> (i16, bf16, index) {
  %v0 = arith.constant 0 : i16
  %v1 = arith.constant 1 : i16
  %v2:2 = arith.mulsi_extended %v0, %v1 : i16
  %v3 = arith.cmpi ule, %v2#0, %v1 : i16
  %v4 = arith.muli %v2#0, %v2#1 : i16
  %v5 = arith.muli %v2#1, %v2#0 : i16
  %v6 = arith.muli %v2#0, %v2#1 : i16
  %v7 = arith.constant -32768 : i16
  %v8 = arith.extsi %v7 : i16 to i64
  %v9 = arith.trunci %v8 : i64 to i16
  %v10 = arith.cmpi ule, %v2#0, %v1 : i16
  %v11 = arith.constant -5 : i16
  %v12 = arith.index_castui %v11 : i16 to index
  %v13 = arith.index_castui %v12 : index to i16
  %v14 = arith.negf %arg1 fastmath<reassoc,contract> : bf16
  %v15 = arith.index_castui %v12 : index to i16
  return %v0, %v14, %v12 : i16, bf16, index
}
func.func @f1(%arg0: i16, %arg1: tensor<3xi8>, %arg2: f64, %arg3: f8E5M2FNUZ) -> (i32, f8E5M2FNUZ) {
  %v0 = arith.constant 0.0 : f64
  %v1 = arith.cmpf ule, %v0, %arg2 : f64
  %v2 = arith.extui %v1 : i1 to i64
  %v3 = arith.constant true
  %v4 = arith.extui %v3 : i1 to i64
  %v5 = arith.cmpi sle, %v2, %v4 : i64
  %v6 = arith.constant 0xFFF0000000000000 : f64
  %v7 = arith.constant 0x007F : bf16
  %v8:3 = func.call @f0(%v6, %v7) : (f64, bf16) -> (i16, bf16, index)
  %v9:2 = arith.mulsi_extended %v2, %v4 : i64
  %v10 = arith.cmpf uno, %arg2, %v6 : f64
  %v11 = arith.cmpi ne, %v8#2, %v8#2 : index
  %v12 = arith.constant true
  %v13 = arith.constant false
  %v14 = arith.select %v11, %v13, %v12 : i1
  %v15 = arith.constant 0x3C : f8E5M2FNUZ
  %v16 = arith.select %v13, %v15, %arg3 : f8E5M2FNUZ
  %v17 = arith.constant dense<0xFFC0> : tensor<3xbf16>
  %v18 = arith.negf %v17 : tensor<3xbf16>
  %v19 = arith.negf %v18 fastmath<arcp,afn> : tensor<3xbf16>
  %v20 = arith.minnumf %v17, %v19 : tensor<3xbf16>
  %v21 = arith.cmpf uno, %arg2, %v6 : f64
  %v22 = arith.constant false
  %v23 = arith.constant -9223372036854775808 : index
  %v24 = arith.select %v22, %v8#2, %v23 : index
  %v25 = arith.index_castui %v24 : index to i1
  %v26 = arith.maxnumf %v6, %v6 : f64
  %v27 = arith.minnumf %v7, %v8#1 : bf16
  %v28 = arith.subf %v27, %v7 : bf16
  %v29 = arith.constant 2.0 : bf16
  %v30 = arith.cmpf ole, %v27, %v29 : bf16
  %v31 = arith.constant 0 : i32
  %v32 = arith.constant 7 : i32
  %v33 = arith.muli %v31, %v32 : i32
  return %v33, %v16 : i32, f8E5M2FNUZ
}
func.func @f2(%arg0: i32) -> (bf16, bf16, i128) {
  %v0 = arith.uitofp %arg0 : i32 to f32
  %v1 = arith.fptosi %v0 : f32 to i32
  %v2 = arith.fptosi %v0 : f32 to i32
  %v3 = arith.ceildivui %arg0, %arg0 : i32
  %v4 = arith.constant 0x00000000 : f32
  %v5 = arith.remf %v0, %v4 : f32
  %v6 = arith.constant 0x8000000000000000 : f64
  %v7 = arith.constant -2.5 : bf16
  %v8:3 = func.call @f0(%v6, %v7) : (f64, bf16) -> (i16, bf16, index)
  %v9 = arith.constant dense<1> : tensor<2x2xi8>
  %v10 = arith.floordivsi %v9, %v9 : tensor<2x2xi8>
  %v11 = arith.bitcast %v0 : f32 to i32
  %v12 = arith.ceildivui %arg0, %arg0 : i32
  %v13 = arith.constant 6 : i32
  %v14 = arith.extui %v13 : i32 to i128
  %v15 = arith.constant -9223372036854775808 : index
  %v16 = arith.shrsi %v8#2, %v15 : index
  %v17 = arith.constant true
  %v18 = arith.select %v17, %v6, %v6 : f64
  %v19 = arith.cmpi ugt, %v11, %v13 : i32
  %v20 = arith.select %v19, %v11, %v13 : i32
  %v21 = arith.constant 32 : i16
  %v22 = arith.constant 1 : i16
  %v23 = arith.maxsi %v21, %v22 : i16
  %v24 = arith.constant 0x0080 : bf16
  %v25 = arith.maxnumf %v8#1, %v24 fastmath<fast> : bf16
  %v26 = arith.bitcast %v0 : f32 to i32
  %v27 = arith.constant true
  %v28 = arith.select %v27, %v25, %v24 : bf16
  %v29 = arith.constant 0.5 : bf16
  %v30 = arith.extf %v29 : bf16 to f32
  %v31 = arith.constant -3.0e-05 : bf16
  %v32 = arith.negf %v31 : bf16
  %v33 = arith.constant -5 : i32
  %v34 = arith.extui %v33 : i32 to i64
  %v35 = arith.extui %v33 : i32 to i64
  %v36 = arith.cmpi ult, %v34, %v35 : i64
  return %v25, %v28, %v14 : bf16, bf16, i128
}
