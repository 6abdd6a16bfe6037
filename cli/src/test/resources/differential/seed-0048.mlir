// Random func/arith module, seed 48.
func.func @f0(%arg0: f16) {
  %v0 = arith.constant dense<0x00000001> : vector<f32>
  %v1 = arith.constant dense<0xBF800000> : vector<f32>
  %v2 = arith.maxnumf %v0, %v1 : vector<f32>
  %v3 = arith.constant 100.0 : f16
  %v4 = arith.truncf %v3 : f16 to f8E5M2FNUZ
  %v5 = arith.constant 0x9C17 : f16
  %v6 = arith.divf %arg0, %v5 : f16
  %v7 = arith.constant dense<-1> : vector<i64>
  %v8:2 = arith.mului_extended %v7, %v7 : vector<i64>
  %v9 = arith.truncf %v3 : f16 to f8E5M2FNUZ
  %v10 = arith.truncf %v3 : f16 to f8E5M2FNUZ
  %v11 = arith.divf %arg0, %v5 : f16
  return
}
func.func @f1(%arg0: i128, %arg1: tensor<2x2xf32>) -> f8E8M0FNU {
  %v0 = arith.constant 0 : i128
  %v1 = arith.remui %arg0, %v0 : i128
  %v2 = arith.constant -1 : i128
  %v3 = arith.ori %v1, %v2 : i128
  %v4 = arith.constant 5 : i128
  %v5 = arith.ori %v3, %v4 : i128
  %v6 = arith.constant 1 : i128
  %v7 = arith.divsi %v0, %v6 : i128
  %v8 = arith.constant -2 : i8
  %v9 = arith.extsi %v8 : i8 to i64
  %v10 = arith.constant -9223372036854775808 : i64
  %v11 = arith.cmpi eq, %v9, %v10 : i64
  %v12 = arith.ori %v1, %v2 : i128
  %v13 = arith.constant 123286033507297152780145223312274858374 : i128
  %v14 = arith.cmpi slt, %v13, %v2 : i128
  %v15 = arith.maximumf %arg1, %arg1 fastmath<nnan> : tensor<2x2xf32>
  %v16 = arith.negf %arg1 fastmath<reassoc,contract> : tensor<2x2xf32>
  %v17 = arith.maxnumf %v16, %v15 : tensor<2x2xf32>
  %v18 = arith.constant 0x7BFF : f16
  func.call @f0(%v18) : (f16) -> ()
  %v20 = arith.constant -0.75 : f16
  func.call @f0(%v20) : (f16) -> ()
  %v22 = arith.constant 0x7E00 : f16
  %v23 = arith.truncf %v22 toward_zero : f16 to f4E2M1FN
  %v24 = arith.constant 0x03FF : f16
  %v25 = arith.maximumf %v20, %v24 fastmath<reassoc,contract> : f16
  %v26 = arith.constant -67394033234376203393373650525334400036 : i128
  %v27 = arith.uitofp %v26 : i128 to f8E8M0FNU
  %v28 = arith.divsi %v0, %v6 : i128
  %v29 = arith.fptosi %v17 : tensor<2x2xf32> to tensor<2x2xi16>
  %v30 = arith.constant dense<-0.75> : tensor<2x2xf32>
  %v31 = arith.constant dense<[[-1.0, 1.0], [0x00000001, 0x00000000]]> : tensor<2x2xf32>
  %v32 = arith.divf %v30, %v31 : tensor<2x2xf32>
  %v33 = arith.constant dense<-0.75> : tensor<2x2xf32>
  %v34 = arith.constant dense<4.0> : tensor<2x2xf32>
  %v35 = arith.cmpf oge, %v33, %v34 fastmath<nnan,ninf> : tensor<2x2xf32>
  %v36 = arith.constant dense<3.0> : tensor<3xf16>
  %v37 = arith.mulf %v36, %v36 fastmath<ninf> : tensor<3xf16>
  return %v27 : f8E8M0FNU
}
func.func @f2(%arg0: i1, %arg1: f8E5M2, %arg2: f8E3M4) {
  %v0 = arith.constant 0xFF80 : bf16
  %v1 = arith.constant 0x3F80 : bf16
  %v2 = arith.subf %v0, %v1 : bf16
  %v3 = arith.constant 0.0 : f8E3M4
  %v4 = arith.extf %v3 fastmath<nsz> : f8E3M4 to bf16
  %v5 = arith.constant true
  %v6 = arith.muli %arg0, %v5 : i1
  %v7 = arith.constant true
  %v8 = arith.muli %v7, %v6 : i1
  %v9 = arith.mulf %arg1, %arg1 : f8E5M2
  %v10 = arith.constant dense<[33, 0]> : vector<2xi32>
  %v11 = arith.constant dense<2147483647> : vector<2xi32>
  %v12 = arith.maxui %v10, %v11 : vector<2xi32>
  %v13 = arith.muli %arg0, %v5 : i1
  %v14 = arith.constant false
  %v15 = arith.muli %arg0, %v14 : i1
  %v16 = arith.index_cast %v14 : i1 to index
  %v17 = arith.constant 0x03FF : f16
  func.call @f0(%v17) : (f16) -> ()
  %v19 = arith.constant false
  %v20 = arith.constant 3.0 : f8E5M2
  %v21 = arith.select %v19, %arg1, %v20 : f8E5M2
  %v22 = arith.extf %v20 fastmath<fast> : f8E5M2 to f80
  %v23 = arith.extsi %v8 : i1 to i64
  %v24 = arith.constant -9223372036854775808 : i64
  %v25 = arith.cmpi eq, %v23, %v24 : i64
  %v26 = arith.extsi %v15 : i1 to i16
  %v27 = arith.trunci %v26 : i16 to i1
  %v28 = arith.constant 0x6F : f8E3M4
  %v29 = arith.select %v14, %v28, %arg2 : f8E3M4
  %v30 = arith.constant 0 : i16
  %v31 = arith.cmpi ult, %v30, %v26 : i16
  %v32 = arith.floordivsi %v11, %v10 : vector<2xi32>
  %v33 = arith.constant 0x0000 : f16
  %v34 = arith.extf %v33 : f16 to tf32
  %v35 = arith.subf %v0, %v1 : bf16
  %v36 = arith.extf %v28 : f8E3M4 to f16
  %v37 = arith.constant 1 : i16
  %v38 = arith.andi %v37, %v26 : i16
  %v39 = arith.constant 0xB0 : f8E3M4
  %v40 = arith.cmpf uno, %v39, %v3 fastmath<ninf> : f8E3M4
  return
}
func.func @f3(%arg0: vector<2x3xf32>, %arg1: f80) -> (vector<2x3xi1>, vector<2x3xi1>) {
  %v0 = arith.constant true
  %v1 = arith.constant -1 : i32
  %v2 = arith.select %v0, %v1, %v1 : i32
  %v3 = arith.extui %v1 : i32 to i64
  %v4 = arith.constant 65 : i64
  %v5 = arith.cmpi uge, %v3, %v4 : i64
  %v6 = arith.minimumf %arg0, %arg0 : vector<2x3xf32>
  %v7 = arith.cmpi uge, %v3, %v4 : i64
  %v8 = arith.constant 3.0 : f80
  %v9 = arith.negf %v8 fastmath<nnan,ninf> : f80
  %v10 = arith.truncf %v6 : vector<2x3xf32> to vector<2x3xbf16>
  %v11 = arith.constant 0xFE : f8E5M2
  %v12 = arith.constant 0x4F : f8E5M2
  %v13 = arith.maxnumf %v11, %v12 fastmath<reassoc,contract> : f8E5M2
  %v14 = arith.minimumf %arg0, %arg0 : vector<2x3xf32>
  %v15 = arith.shli %v4, %v4 overflow<none> : i64
  %v16 = arith.constant 0xFFFF0000000000000000 : f80
  %v17 = arith.extf %v16 : f80 to f128
  %v18 = arith.constant -2147483648 : i32
  %v19 = arith.constant -1 : i32
  %v20 = arith.shrsi %v18, %v19 : i32
  %v21 = arith.constant dense<[[-3.0e-05, -0.75, 0x007FFFFF], [-0.75, 0x00000001, 0x7717B30A]]> : vector<2x3xf32>
  %v22 = arith.cmpf one, %arg0, %v21 fastmath<nnan,ninf> : vector<2x3xf32>
  %v23 = arith.constant dense<true> : vector<2x3xi1>
  %v24 = arith.divsi %v22, %v23 : vector<2x3xi1>
  %v25 = arith.minui %v23, %v24 : vector<2x3xi1>
  %v26 = arith.constant 0 : i128
  %v27 = arith.constant dense<[[0x7F800000, 0x7F800000], [0x00000001, 7.0]]> : tensor<2x2xf32>
  %v28 = func.call @f1(%v26, %v27) : (i128, tensor<2x2xf32>) -> f8E8M0FNU
  %v29 = func.call @f1(%v26, %v27) : (i128, tensor<2x2xf32>) -> f8E8M0FNU
  %v30 = arith.constant true
  %v31 = arith.andi %v5, %v30 : i1
  %v32 = arith.constant 0.0 : f16
  func.call @f0(%v32) : (f16) -> ()
  %v34 = arith.constant dense<1.0> : vector<2x3xbf16>
  %v35 = arith.mulf %v10, %v34 fastmath<nnan,ninf> : vector<2x3xbf16>
  return %v24, %v25 : vector<2x3xi1>, vector<2x3xi1>
}
