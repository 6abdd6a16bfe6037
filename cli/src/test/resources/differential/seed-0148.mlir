// Random func/arith module, seed 148.
func.func @f0(%arg0: f128) -> (i1, f128, f128, f128) {
  %v0 = arith.constant 1623432036 : i32
  %v1 = arith.constant 31 : i32
  %v2 = arith.shli %v0, %v1 : i32
  %v3 = arith.muli %v1, %v2 : i32
  %v4 = arith.constant 1 : i64
  %v5:2 = arith.mulsi_extended %v4, %v4 : i64
  %v6 = arith.constant 10 : i32
  %v7 = arith.constant 2048 : i32
  %v8 = arith.cmpi sge, %v6, %v7 : i32
  %v9 = arith.constant true
  %v10 = arith.constant 0x48C814FA8783254EE19497BE4201A8FD : f128
  %v11 = arith.select %v9, %v10, %v10 : f128
  %v12 = arith.remf %arg0, %arg0 fastmath<nnan> : f128
  %v13 = arith.shli %v0, %v1 : i32
  %v14 = arith.constant -3.0e-05 : f8E4M3FN
  %v15 = arith.divf %v14, %v14 fastmath<arcp,afn> : f8E4M3FN
  %v16 = arith.constant true
  %v17 = arith.divui %v16, %v8 : i1
  %v18 = arith.constant 0x3FFF0000000000000000000000000000 : f128
  %v19 = arith.maxnumf %arg0, %v18 : f128
  %v20 = arith.constant false
  %v21 = arith.cmpi ule, %v9, %v20 {tag = 1 : i64} : i1
  %v22 = arith.constant dense<0x0001> : vector<2xbf16>
  %v23 = arith.constant dense<0x1E0E> : vector<2xbf16>
  %v24 = arith.cmpf true, %v22, %v23 fastmath<nnan,ninf> : vector<2xbf16>
  %v25 = arith.constant true
  %v26:2 = arith.mului_extended %v25, %v9 : i1
  %v27 = arith.cmpi ule, %v9, %v20 {tag = 1 : i64} : i1
  %v28 = arith.muli %v1, %v2 : i32
  return %v26#0, %v19, %v19, %v12 : i1, f128, f128, f128
}
func.func @f1(%arg0: i33) -> (i33, i33) {
  %v0 = arith.maxsi %arg0, %arg0 : i33
  %v1 = arith.constant 4294967295 : i33
  %v2 = arith.constant 4294967295 : i33
  %v3 = arith.maxui %v1, %v2 : i33
  %v4 = arith.constant 0x80000000 : f32
  %v5 = arith.constant 3.0 : f32
  %v6 = arith.minnumf %v4, %v5 fastmath<nnan> : f32
  %v7 = arith.constant 1 : i33
  %v8 = arith.remui %v0, %v7 : i33
  %v9 = arith.minnumf %v4, %v5 fastmath<nnan> : f32
  %v10 = arith.extui %v1 : i33 to i64
  %v11 = arith.constant 1 : i33
  %v12 = arith.extui %v11 : i33 to i64
  %v13 = arith.cmpi ult, %v10, %v12 : i64
  %v14 = arith.shrui %v0, %arg0 exact : i33
  %v15 = arith.constant 3.0 : f16
  %v16 = arith.constant 0x7C00 : f16
  %v17 = arith.maximumf %v15, %v16 fastmath<none> : f16
  %v18 = arith.constant 0 : i33
  %v19 = arith.divui %v2, %v18 : i33
  %v20:2 = arith.mulsi_extended %v0, %v1 : i33
  %v21 = arith.constant 65535 : i16
  %v22 = arith.constant -32768 : i16
  %v23 = arith.muli %v21, %v22 {tag = 0 : i64} : i16
  %v24 = arith.constant -6 : i16
  %v25 = arith.muli %v24, %v23 : i16
  return %v14, %v20#1 : i33, i33
}
func.func @f2(%arg0: bf16, %arg1: f32, %arg2: tensor<3xi32>, %arg3: f8E5M2FNUZ) -> i1 {
  %v0 = arith.constant dense<[8, -2147483648, 5]> : tensor<3xi32>
  %v1 = arith.addi %arg2, %v0 {tag = 1 : i64} : tensor<3xi32>
  %v2 = arith.constant false
  %v3 = arith.constant 0x7FFF8000000000000000000000000000 : f128
  %v4 = arith.select %v2, %v3, %v3 {tag = 0 : i64} : f128
  %v5:4 = func.call @f0(%v3) : (f128) -> (i1, f128, f128, f128)
  %v6 = arith.bitcast %arg1 {tag = 0 : i64} : f32 to i32
  %v7 = arith.constant 0.5 : f8E4M3FN
  %v8 = arith.fptosi %v7 : f8E4M3FN to i64
  %v9 = arith.constant -1889591770 : i32
  %v10 = arith.cmpi sle, %v6, %v9 : i32
  %v11 = arith.bitcast %arg1 {tag = 0 : i64} : f32 to i32
  %v12:2 = arith.mulsi_extended %v10, %v5#0 : i1
  %v13 = arith.constant 11 : i8
  %v14 = arith.andi %v13, %v13 : i8
  %v15 = arith.cmpf une, %v5#3, %v3 : f128
  return %v12#0 : i1
}
