// Random func/arith module, seed 103.
func.func @f0(%arg0: i64, %arg1: i128) {
  %v0 = arith.constant 15 : i128
  %v1 = arith.divsi %v0, %arg1 : i128
  %v2 = arith.constant 1.0e+10 : f8E5M2
  %v3 = arith.extf %v2 fastmath<fast> : f8E5M2 to bf16
  %v4 = arith.cmpf true, %v2, %v2 fastmath<nsz> : f8E5M2
  %v5 = arith.constant false
  %v6 = arith.constant true
  %v7 = arith.minui %v5, %v6 : i1
  %v8 = arith.constant -0.75 : bf16
  %v9 = arith.subf %v8, %v8 : bf16
  %v10 = arith.extf %v2 fastmath<fast> : f8E5M2 to bf16
  %v11 = arith.subf %v2, %v2 : f8E5M2
  %v12 = arith.constant 2.0 : bf16
  %v13 = arith.cmpf ule, %v8, %v12 : bf16
  %v14 = arith.uitofp %arg1 : i128 to f8E4M3FNUZ
  %v15 = arith.constant 16777216 : i64
  %v16 = arith.constant 1 : i64
  %v17 = arith.remsi %v15, %v16 : i64
  %v18 = arith.cmpf ule, %v8, %v12 : bf16
  %v19 = arith.shrsi %v1, %v0 exact : i128
  %v20 = arith.shrsi %v0, %v1 : i128
  %v21 = arith.constant 1.0 : f64
  %v22 = arith.constant 0x8000000000000000 : f64
  %v23 = arith.maximumf %v21, %v22 fastmath<nnan> : f64
  %v24 = arith.constant dense<false> : vector<2x3xi1>
  %v25:2 = arith.mului_extended %v24, %v24 : vector<2x3xi1>
  %v26 = arith.constant 0x7FF0000000000000 : f64
  %v27 = arith.minnumf %v26, %v23 : f64
  %v28 = arith.cmpi ule, %v0, %v20 : i128
  return
}
func.func @f1(%arg0: tensor<3xbf16>, %arg1: f32) -> (tensor<3xbf16>, vector<4xi1>) {
  %v0 = arith.constant 2.0 : f32
  %v1 = arith.divf %arg1, %v0 fastmath<nnan,ninf> : f32
  %v2 = arith.divf %v1, %arg1 : f32
  %v3 = arith.divf %arg1, %v0 fastmath<nnan,ninf> : f32
  %v4 = arith.constant dense<[100.0, -0.0, 2.0]> : tensor<3xbf16>
  %v5 = arith.constant dense<[4.0, 0x7F80, 1.0e+10]> : tensor<3xbf16>
  %v6 = arith.remf %v4, %v5 : tensor<3xbf16>
  %v7 = arith.constant -2.5 : f32
  %v8 = arith.cmpf ueq, %v7, %arg1 : f32
  %v9 = arith.constant dense<2147483647> : vector<4xi32>
  %v10 = arith.constant dense<7> : vector<4xi32>
  %v11 = arith.select %v8, %v9, %v10 : vector<4xi32>
  %v12 = arith.select %v8, %v9, %v10 : vector<4xi32>
  %v13 = arith.minimumf %arg1, %v7 fastmath<reassoc,contract> : f32
  %v14 = arith.select %v8, %v0, %v7 : f32
  %v15 = arith.cmpf oge, %v1, %v7 : f32
  %v16 = arith.constant dense<[-665371886, -1, 12, -2147483648]> : vector<4xi32>
  %v17 = arith.constant dense<[4, 1, -5, 16777216]> : vector<4xi32>
  %v18:2 = arith.mulsi_extended %v16, %v17 : vector<4xi32>
  %v19 = arith.minui %v17, %v10 : vector<4xi32>
  %v20:2 = arith.mului_extended %v11, %v11 : vector<4xi32>
  %v21 = arith.divf %v5, %v4 fastmath<reassoc,contract> : tensor<3xbf16>
  %v22:2 = arith.addui_extended %v16, %v20#1 : vector<4xi32>, vector<4xi1>
  %v23:2 = arith.mului_extended %v11, %v11 : vector<4xi32>
  %v24 = arith.constant dense<4.0> : tensor<2x2xf16>
  %v25 = arith.cmpf true, %v24, %v24 fastmath<none> : tensor<2x2xf16>
  %v26:2 = arith.mulsi_extended %v16, %v17 : vector<4xi32>
  %v27 = arith.constant dense<[3.0, 1.0e+10, 100.0]> : tensor<3xbf16>
  %v28 = arith.negf %v27 : tensor<3xbf16>
  return %v28, %v22#1 : tensor<3xbf16>, vector<4xi1>
}
