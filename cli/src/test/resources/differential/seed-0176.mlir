// Random func/arith module, seed 176.
func.func @f0(%arg0: i8, %arg1: f64, %arg2: i32) -> (i1, f64) {
  %v0 = arith.ceildivui %arg0, %arg0 : i8
  %v1 = arith.constant false
  %v2 = arith.constant 0x7FF8000000000000 : f64
  %v3 = arith.constant 4.0 : f64
  %v4 = arith.select %v1, %v2, %v3 : f64
  %v5 = arith.constant 0x6B : f8E5M2
  %v6 = arith.fptosi %v5 : f8E5M2 to i16
  %v7 = arith.ceildivui %arg0, %arg0 : i8
  %v8 = arith.select %v1, %v2, %v3 : f64
  %v9 = arith.select %v1, %v0, %v7 : i8
  %v10 = arith.extui %arg2 : i32 to i64
  %v11 = arith.constant 2921323502 : i32
  %v12 = arith.maxsi %v11, %arg2 : i32
  %v13 = arith.negf %v4 : f64
  %v14 = arith.cmpf oeq, %arg1, %v2 fastmath<fast> : f64
  %v15 = arith.negf %v4 : f64
  %v16 = arith.shli %v14, %v1 overflow<nsw> : i1
  %v17 = arith.constant 1 : i8
  %v18 = arith.constant 127 : i8
  %v19 = arith.maxui %v17, %v18 : i8
  %v20 = arith.fptosi %v5 : f8E5M2 to i16
  %v21 = arith.constant 9 : i8
  %v22 = arith.shli %v18, %v21 : i8
  return %v14, %v13 : i1, f64
}
func.func @f1(%arg0: f16, %arg1: f8E5M2FNUZ) -> (f16, i64, i33) {
  %v0 = arith.constant 0x7C : f8E4M3FN
  %v1 = arith.constant 0.1 : f8E4M3FN
  %v2 = arith.minnumf %v0, %v1 : f8E4M3FN
  %v3 = arith.constant 1290422463851973861 : i64
  %v4 = arith.constant 1 : i64
  %v5 = arith.maxsi %v3, %v4 : i64
  %v6 = arith.fptosi %arg1 : f8E5M2FNUZ to i33
  %v7 = arith.negf %arg1 : f8E5M2FNUZ
  %v8 = arith.constant 1 : i64
  %v9 = arith.ceildivui %v8, %v8 : i64
  %v10 = arith.ceildivui %v8, %v8 : i64
  %v11 = arith.shrsi %v4, %v10 : i64
  %v12 = arith.constant true
  %v13 = arith.constant 8 : i33
  %v14 = arith.select %v12, %v13, %v6 : i33
  %v15 = arith.constant dense<[0.5, 0xEF0913EC, 0x3F800000]> : tensor<3xf32>
  %v16 = arith.negf %v15 : tensor<3xf32>
  %v17 = arith.constant -6957399413709385518 : i64
  %v18 = arith.minui %v17, %v9 : i64
  %v19 = arith.fptosi %arg0 : f16 to i64
  %v20 = arith.andi %v14, %v13 : i33
  %v21 = arith.select %v12, %v6, %v20 : i33
  %v22 = arith.constant 0x03FF : f16
  %v23 = arith.divf %v22, %arg0 : f16
  %v24 = arith.ceildivui %v8, %v8 : i64
  %v25 = arith.maximumf %v22, %v22 : f16
  return %v25, %v24, %v20 : f16, i64, i33
}
func.func @f2(%arg0: f32, %arg1: i32, %arg2: i1) -> (i33, f16, f8E5M2FNUZ) {
  %v0 = arith.xori %arg2, %arg2 : i1
  %v1 = arith.constant 0x0001 : f16
  %v2 = arith.constant 0.5 : f16
  %v3 = arith.maxnumf %v1, %v2 : f16
  %v4 = arith.maxnumf %v1, %v2 : f16
  %v5 = arith.constant -3.0e-05 : f16
  %v6 = arith.cmpf ord, %v3, %v5 : f16
  %v7:2 = arith.mului_extended %arg1, %arg1 : i32
  %v8 = arith.constant -0.75 : f16
  %v9 = arith.constant -3.0e-05 : f8E5M2FNUZ
  %v10:3 = func.call @f1(%v8, %v9) : (f16, f8E5M2FNUZ) -> (f16, i64, i33)
  %v11 = arith.addf %v10#0, %v3 : f16
  %v12 = arith.constant dense<[[0.0, 0x03FF, 0x7C00], [0x7BFF, 0x03FF, 0x16DB]]> : vector<2x3xf16>
  %v13 = arith.mulf %v12, %v12 fastmath<nnan> : vector<2x3xf16>
  %v14 = arith.select %v0, %v5, %v3 : f16
  return %v10#2, %v11, %v9 : i33, f16, f8E5M2FNUZ
}
