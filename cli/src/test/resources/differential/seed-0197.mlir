// Random func/arith module, seed 197.
func.func @f0(%arg0: i8, %arg1: i128, %arg2: f64, %arg3: i32) {
  %v0 = arith.constant 8 : i8
  %v1 = arith.subi %v0, %arg0 : i8
  %v2 = arith.constant 1 : i8
  %v3 = arith.shli %arg0, %v2 : i8
  %v4 = arith.constant 1.0 : f64
  %v5 = arith.mulf %arg2, %v4 : f64
  %v6 = arith.subi %v0, %arg0 : i8
  %v7 = arith.constant 7 : i128
  %v8 = arith.constant 127 : i128
  %v9 = arith.cmpi sge, %v7, %v8 : i128
  %v10 = arith.constant dense<true> : vector<2x3xi1>
  %v11 = arith.constant dense<[[-2.5, -3.0e-05, 7.0], [0xFF80, -0.0, 0x3F80]]> : vector<2x3xbf16>
  %v12 = arith.select %v10, %v11, %v11 : vector<2x3xi1>, vector<2x3xbf16>
  %v13 = arith.negf %arg2 : f64
  %v14 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v15 = arith.cmpf false, %v5, %v14 : f64
  %v16 = arith.constant 0xFFF0000000000000 : f64
  %v17 = arith.addf %v16, %v13 : f64
  %v18 = arith.shli %v9, %v15 : i1
  %v19 = arith.maxnumf %v13, %v16 : f64
  %v20 = arith.constant -1 : i32
  %v21 = arith.ori %arg3, %v20 : i32
  %v22 = arith.constant 0xFFF0000000000000 : f64
  %v23 = arith.minnumf %v4, %v22 : f64
  %v24 = arith.constant 3.0 : f32
  %v25 = arith.constant 0xFFC00000 : f32
  %v26 = arith.subf %v24, %v25 : f32
  %v27 = arith.constant -1.0 : f64
  %v28 = arith.mulf %v27, %v17 : f64
  return
}
func.func @f1(%arg0: f80) -> (vector<2x3xi1>, vector<2x3xi1>, i64, f80) {
  %v0 = arith.constant 95 : i8
  %v1 = arith.constant 15 : i8
  %v2 = arith.subi %v0, %v1 overflow<nsw> : i8
  %v3 = arith.constant dense<0x8000> : tensor<2x2xf16>
  %v4 = arith.constant dense<0x0400> : tensor<2x2xf16>
  %v5 = arith.mulf %v3, %v4 fastmath<arcp,afn> : tensor<2x2xf16>
  %v6 = arith.constant -128 : i8
  %v7 = arith.cmpi ule, %v1, %v6 : i8
  %v8 = arith.select %v7, %v6, %v1 : i8
  %v9 = arith.cmpi ne, %v0, %v6 : i8
  %v10 = arith.select %v9, %v6, %v0 : i8
  %v11 = arith.constant 3.0 : f80
  %v12 = arith.remf %v11, %v11 : f80
  %v13 = arith.constant 1.0 : f80
  %v14 = arith.maximumf %arg0, %v13 fastmath<none> : f80
  %v15 = arith.constant 3 : i128
  %v16 = arith.constant 2.0 : f64
  %v17 = arith.constant 4294967295 : i32
  func.call @f0(%v6, %v15, %v16, %v17) : (i8, i128, f64, i32) -> ()
  %v19 = arith.constant 0xBC : f8E5M2FNUZ
  %v20 = arith.fptosi %v19 : f8E5M2FNUZ to i32
  %v21 = arith.constant 31 : i32
  %v22 = arith.extsi %v21 : i32 to i64
  %v23 = arith.trunci %v22 : i64 to i32
  %v24 = arith.constant 9223372036854775807 : i64
  %v25 = arith.ceildivui %v24, %v22 : i64
  %v26 = arith.constant dense<[[5, -4, -1], [9223372036854775807, 65, 0]]> : vector<2x3xi64>
  %v27 = arith.constant dense<[[-6, 16, 63], [35184372088832, 15, 1]]> : vector<2x3xi64>
  %v28 = arith.cmpi sle, %v26, %v27 : vector<2x3xi64>
  %v29 = arith.constant 2.0 : f80
  %v30 = arith.subf %v14, %v29 fastmath<reassoc,contract> : f80
  %v31 = arith.fptosi %v19 : f8E5M2FNUZ to i32
  %v32 = arith.constant 0x7BFF : f16
  %v33 = arith.minimumf %v32, %v32 : f16
  %v34:2 = arith.mulsi_extended %v28, %v28 : vector<2x3xi1>
  return %v28, %v34#0, %v25, %v30 : vector<2x3xi1>, vector<2x3xi1>, i64, f80
}
