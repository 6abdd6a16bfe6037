// Random func/arith module, seed 97.
func.func @f0(%arg0: f8E4M3, %arg1: f8E4M3FNUZ, %arg2: bf16, %arg3: f8E4M3FNUZ) {
  %v0 = arith.constant 64 : i64
  %v1 = arith.constant 9 : i64
  %v2 = arith.cmpi ne, %v0, %v1 : i64
  %v3 = arith.cmpi ne, %v0, %v1 : i64
  %v4 = arith.constant 1.0 : bf16
  %v5 = arith.mulf %v4, %arg2 fastmath<ninf> : bf16
  %v6 = arith.cmpi ne, %v0, %v1 : i64
  %v7 = arith.constant true
  %v8 = arith.minui %v7, %v2 : i1
  %v9 = arith.muli %v0, %v1 : i64
  %v10 = arith.constant 0xB8 : f8E4M3
  %v11 = arith.extf %v10 : f8E4M3 to f32
  %v12 = arith.divf %arg3, %arg1 fastmath<arcp,afn> : f8E4M3FNUZ
  %v13 = arith.constant 12 : i64
  %v14 = arith.cmpi ult, %v13, %v0 : i64
  %v15 = arith.constant 8 : i64
  %v16:2 = arith.mulsi_extended %v15, %v0 : i64
  %v17 = arith.constant true
  %v18 = arith.shrsi %v7, %v17 : i1
  %v19 = arith.constant 9 : i7
  %v20 = arith.constant 1 : i7
  %v21 = arith.select %v18, %v19, %v20 : i7
  %v22 = arith.cmpi eq, %v17, %v6 : i1
  %v23 = arith.constant true
  %v24 = arith.constant false
  %v25 = arith.select %v22, %v24, %v23 : i1
  %v26 = arith.addf %v4, %v5 fastmath<nnan> : bf16
  %v27 = arith.remsi %v14, %v23 : i1
  %v28 = arith.maxnumf %v26, %v4 fastmath<nnan,ninf> : bf16
  %v29 = arith.constant dense<35> : vector<2xi8>
  %v30 = arith.cmpf false, %v10, %arg0 : f8E4M3
  %v31 = arith.sitofp %v30 : i1 to f8E5M2FNUZ
  %v32 = arith.truncf %v11 fastmath<fast> : f32 to f8E3M4
  %v33 = arith.minui %v7, %v2 : i1
  %v34:2 = arith.mulsi_extended %v27, %v30 : i1
  return
}
func.func @f1(%arg0: tensor<3xf64>) -> (tensor<3xf64>, tensor<3xf64>) {
  %v0 = arith.constant dense<5> : tensor<2x2xi32>
  %v1 = arith.uitofp %v0 : tensor<2x2xi32> to tensor<2x2xf16>
  %v2 = arith.constant dense<[0x8000000000000000, 0x7C7C73EE95FED6A6, 0x3FF0000000000000]> : tensor<3xf64>
  %v3 = arith.subf %v2, %arg0 : tensor<3xf64>
  %v4 = arith.constant dense<0x0000000000000000> : tensor<3xf64>
  %v5 = arith.constant dense<0xDCB820D346F0ABF7> : tensor<3xf64>
  %v6 = arith.minimumf %v4, %v5 : tensor<3xf64>
  %v7 = arith.constant dense<3.0> : tensor<2x2xf16>
  %v8 = arith.constant dense<0x8000> : tensor<2x2xf16>
  %v9 = arith.maximumf %v7, %v8 : tensor<2x2xf16>
  %v10 = arith.constant dense<[true, false, false]> : tensor<3xi1>
  %v11 = arith.select %v10, %v2, %arg0 : tensor<3xi1>, tensor<3xf64>
  %v12 = arith.constant 0x80000000 : f32
  %v13 = arith.divf %v12, %v12 : f32
  %v14 = arith.truncf %v4 fastmath<nnan> : tensor<3xf64> to tensor<3xf16>
  %v15 = arith.constant dense<[[0xBC00, 1.0e+10], [0x3C00, -0.0]]> : tensor<2x2xf16>
  %v16 = arith.constant dense<[[0x8588, 0.0], [3.0, 1.0]]> : tensor<2x2xf16>
  %v17 = arith.cmpf ole, %v15, %v16 fastmath<nnan,ninf> : tensor<2x2xf16>
  %v18 = arith.constant 1.0 : f8E4M3
  %v19 = arith.constant 0x41 : f8E4M3FNUZ
  %v20 = arith.constant 100.0 : bf16
  func.call @f0(%v18, %v19, %v20, %v19) : (f8E4M3, f8E4M3FNUZ, bf16, f8E4M3FNUZ) -> ()
  %v22 = arith.cmpi eq, %v0, %v0 : tensor<2x2xi32>
  %v23 = arith.select %v22, %v0, %v0 : tensor<2x2xi1>, tensor<2x2xi32>
  %v24 = arith.truncf %v4 fastmath<nnan> : tensor<3xf64> to tensor<3xf16>
  %v25 = arith.minimumf %arg0, %v3 : tensor<3xf64>
  return %v25, %v25 : tensor<3xf64>, tensor<3xf64>
}
func.func @f2(%arg0: f8E4M3FNUZ, %arg1: f8E4M3FN, %arg2: i32, %arg3: f16) -> (i32, f8E4M3FNUZ) {
  %v0 = arith.maxsi %arg2, %arg2 : i32
  %v1 = arith.addf %arg0, %arg0 : f8E4M3FNUZ
  %v2 = arith.constant 0x90 : f8E4M3FN
  %v3 = arith.remf %arg1, %v2 : f8E4M3FN
  %v4 = arith.constant false
  %v5 = arith.constant 0xBFF0000000000000 : f64
  %v6 = arith.select %v4, %v5, %v5 : f64
  %v7 = arith.addf %arg0, %arg0 : f8E4M3FNUZ
  %v8 = arith.bitcast %v2 : f8E4M3FN to i8
  %v9 = arith.ori %arg2, %v0 : i32
  %v10 = arith.constant 0x9A : f8E4M3FN
  %v11 = arith.maxnumf %v10, %arg1 fastmath<none> : f8E4M3FN
  %v12 = arith.constant 0.0 : f8E4M3
  %v13 = arith.constant 0x0080 : bf16
  %v14 = arith.constant 0x08 : f8E4M3FNUZ
  func.call @f0(%v12, %v7, %v13, %v14) : (f8E4M3, f8E4M3FNUZ, bf16, f8E4M3FNUZ) -> ()
  %v16 = arith.addf %arg0, %arg0 : f8E4M3FNUZ
  %v17 = arith.maxui %v0, %v9 : i32
  %v18 = arith.constant -2 : i32
  %v19 = arith.remsi %v9, %v18 : i32
  %v20 = arith.constant -32768 : i16
  %v21 = arith.constant 14 : i16
  %v22 = arith.muli %v20, %v21 : i16
  %v23 = arith.constant 16 : i16
  %v24 = arith.muli %v23, %v22 : i16
  %v25 = arith.constant 9 : i32
  %v26 = arith.muli %v19, %v25 : i32
  %v27 = arith.constant -8 : i32
  %v28 = arith.muli %v27, %v26 : i32
  %v29 = arith.trunci %v9 : i32 to i16
  %v30 = arith.muli %v20, %v21 : i16
  %v31 = arith.addf %arg0, %arg0 : f8E4M3FNUZ
  %v32 = arith.cmpi sge, %arg2, %v17 : i32
  return %v26, %v31 : i32, f8E4M3FNUZ
}
func.func @f3(%arg0: f8E5M2, %arg1: i64, %arg2: vector<2xi64>, %arg3: f32) -> (tensor<2x2xi1>, f8E4M3, f8E4M3) {
  %v0 = arith.constant dense<1> : vector<2xi64>
  %v1 = arith.divui %v0, %arg2 : vector<2xi64>
  %v2 = arith.constant 2147483647 : i32
  %v3 = arith.constant -1 : i32
  %v4 = arith.shli %v2, %v3 : i32
  %v5 = arith.cmpi ult, %v0, %v1 : vector<2xi64>
  %v6 = arith.extf %arg3 : f32 to f64
  %v7 = arith.trunci %v0 : vector<2xi64> to vector<2xi16>
  %v8 = arith.constant -9223372036854775808 : i64
  %v9 = arith.constant 1 : i64
  %v10 = arith.minsi %v8, %v9 : i64
  %v11 = arith.truncf %arg3 upward fastmath<fast> : f32 to f8E4M3
  %v12 = arith.constant dense<[[-1, 33], [1, 2]]> : tensor<2x2xi32>
  %v13 = arith.constant dense<4096> : tensor<2x2xi32>
  %v14 = arith.cmpi ule, %v12, %v13 : tensor<2x2xi32>
  %v15 = arith.truncf %arg3 upward fastmath<fast> : f32 to f8E4M3
  %v16 = arith.constant 0x00000001 : f32
  %v17 = arith.negf %v16 : f32
  %v18 = arith.negf %v17 : f32
  %v19 = arith.minsi %v8, %v9 : i64
  %v20 = arith.truncf %arg3 upward fastmath<fast> : f32 to f8E4M3
  return %v14, %v15, %v11 : tensor<2x2xi1>, f8E4M3, f8E4M3
}
