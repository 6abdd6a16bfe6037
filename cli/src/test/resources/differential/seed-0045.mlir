// Random func/arith module, seed 45.
func.func @f0(%arg0: tf32, %arg1: i16, %arg2: i32, %arg3: f6E2M3FN) -> (i64, i64, i64, tf32) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.constant 9 : i32
  %v2 = arith.muli %v0, %v1 overflow<none> : i32
  %v3 = arith.extsi %arg2 : i32 to i64
  %v4 = arith.trunci %v3 : i64 to i32
  %v5 = arith.trunci %v3 : i64 to i32
  %v6 = arith.extsi %arg2 : i32 to i64
  %v7 = arith.minnumf %arg0, %arg0 : tf32
  %v8 = arith.bitcast %arg3 : f6E2M3FN to f6E3M2FN
  %v9 = arith.shrsi %v3, %v6 : i64
  %v10 = arith.constant dense<1> : tensor<0xi8>
  %v11 = arith.uitofp %v10 : tensor<0xi8> to tensor<0xbf16>
  %v12 = arith.constant 0x00400 : tf32
  %v13 = arith.maximumf %v12, %arg0 fastmath<ninf> : tf32
  %v14 = arith.bitcast %arg3 : f6E2M3FN to f6E3M2FN
  %v15 = arith.constant false
  %v16 = arith.select %v15, %v6, %v9 : i64
  %v17 = arith.constant 50869 : i16
  %v18 = arith.cmpi ne, %arg1, %v17 : i16
  %v19 = arith.constant true
  %v20 = arith.constant false
  %v21 = arith.select %v18, %v19, %v20 : i1
  %v22 = arith.uitofp %v10 : tensor<0xi8> to tensor<0xbf16>
  %v23 = arith.uitofp %v6 : i64 to f4E2M1FN
  %v24 = arith.constant 0xB : f4E2M1FN
  %v25 = arith.maximumf %v23, %v24 fastmath<ninf> : f4E2M1FN
  %v26 = arith.cmpi uge, %v17, %arg1 : i16
  %v27 = arith.constant true
  %v28 = arith.select %v27, %arg3, %arg3 : f6E2M3FN
  %v29 = arith.constant -1 : i32
  %v30 = arith.xori %arg2, %v29 : i32
  %v31 = arith.xori %v30, %v29 : i32
  %v32 = arith.extf %v8 : f6E3M2FN to f8E4M3FNUZ
  %v33 = arith.constant 0.1 : f6E3M2FN
  %v34 = arith.constant 0x1E : f6E3M2FN
  %v35 = arith.cmpf one, %v33, %v34 fastmath<nnan,ninf> : f6E3M2FN
  return %v16, %v16, %v16, %v13 : i64, i64, i64, tf32
}
func.func @f1(%arg0: tensor<2x2xi1>) -> (tensor<2x2xi1>, f80) {
  %v0 = arith.constant 0x7F7FFFFF : f32
  %v1 = arith.constant 0x7F7FFFFF : f32
  %v2 = arith.maximumf %v0, %v1 : f32
  %v3 = arith.extf %v2 fastmath<nnan> : f32 to f80
  %v4 = arith.constant dense<true> : tensor<2x2xi1>
  %v5 = arith.xori %arg0, %v4 : tensor<2x2xi1>
  %v6 = arith.xori %v5, %v4 : tensor<2x2xi1>
  %v7 = arith.constant dense<true> : tensor<2x2xi1>
  %v8 = arith.constant dense<false> : tensor<2x2xi1>
  %v9 = arith.addi %v7, %v8 : tensor<2x2xi1>
  %v10 = arith.constant 0x7FFF8000000000000000 : f80
  %v11 = arith.fptoui %v10 : f80 to i64
  %v12 = arith.constant 0x00000000 : f32
  %v13 = arith.remf %v0, %v12 : f32
  %v14 = arith.constant 9 : i8
  %v15 = arith.constant 3 : i8
  %v16 = arith.xori %v14, %v15 : i8
  %v17 = arith.maximumf %v3, %v10 fastmath<reassoc,contract> : f80
  %v18 = arith.constant dense<false> : tensor<0xi1>
  %v19 = arith.sitofp %v18 : tensor<0xi1> to tensor<0xbf16>
  %v20 = arith.constant -61 : i8
  %v21:2 = arith.mulsi_extended %v20, %v16 : i8
  %v22 = arith.bitcast %v19 : tensor<0xbf16> to tensor<0xf16>
  %v23 = arith.constant 0x00000001 : f32
  %v24 = arith.cmpf false, %v23, %v0 : f32
  %v25 = arith.mulf %v19, %v19 fastmath<arcp,afn> : tensor<0xbf16>
  %v26 = arith.constant dense<false> : tensor<2x2xi1>
  %v27 = arith.shli %v8, %v26 overflow<none> : tensor<2x2xi1>
  %v28 = arith.constant dense<0x03FF> : tensor<0xf16>
  %v29 = arith.maxnumf %v22, %v28 fastmath<ninf> : tensor<0xf16>
  return %v27, %v10 : tensor<2x2xi1>, f80
}
