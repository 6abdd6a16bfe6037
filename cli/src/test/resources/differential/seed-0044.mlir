// Random func/arith module, seed 44.
func.func @f0(%arg0: f8E4M3FNUZ, %arg1: index, %arg2: f8E5M2) -> (index, index, f8E4M3FNUZ) {
  %v0 = arith.constant -7085719522999606807 : index
  %v1 = arith.minui %arg1, %v0 : index
  %v2 = arith.constant 0x7C : f8E4M3FNUZ
  %v3 = arith.constant -0.0 : f8E4M3FNUZ
  %v4 = arith.cmpf oge, %v2, %v3 fastmath<arcp,afn> : f8E4M3FNUZ
  %v5 = arith.minui %arg1, %v0 : index
  %v6 = arith.constant 0x6C : f8E4M3FNUZ
  %v7 = arith.constant -1.0 : f8E4M3FNUZ
  %v8 = arith.minimumf %v6, %v7 : f8E4M3FNUZ
  %v9 = arith.minimumf %v6, %v7 : f8E4M3FNUZ
  %v10 = arith.bitcast %arg0 : f8E4M3FNUZ to f8E5M2
  %v11 = arith.minui %arg1, %v0 : index
  return %v11, %v11, %v8 : index, index, f8E4M3FNUZ
}
func.func @f1(%arg0: f128, %arg1: tensor<2x2xbf16>, %arg2: f32) -> vector<[4]xi16> {
  %v0 = arith.constant dense<17> : vector<[4]xi16>
  %v1 = arith.andi %v0, %v0 : vector<[4]xi16>
  %v2 = arith.cmpf false, %arg1, %arg1 : tensor<2x2xbf16>
  %v3 = arith.constant dense<[[true, true], [false, false]]> : tensor<2x2xi1>
  %v4 = arith.cmpi ugt, %v2, %v3 : tensor<2x2xi1>
  %v5 = arith.constant 0xF0 : f8E3M4
  %v6 = arith.cmpf uno, %v5, %v5 : f8E3M4
  %v7 = arith.constant 0xBFF0000000000000 : f64
  %v8 = arith.constant -0.75 : f64
  %v9 = arith.remf %v7, %v8 : f64
  %v10 = arith.mulf %v8, %v7 : f64
  %v11 = arith.xori %v4, %v4 : tensor<2x2xi1>
  %v12 = arith.extui %v11 : tensor<2x2xi1> to tensor<2x2xi16>
  %v13 = arith.trunci %v12 : tensor<2x2xi16> to tensor<2x2xi1>
  %v14 = arith.uitofp %v11 : tensor<2x2xi1> to tensor<2x2xf64>
  %v15 = arith.fptoui %v14 : tensor<2x2xf64> to tensor<2x2xi1>
  %v16 = arith.uitofp %v11 : tensor<2x2xi1> to tensor<2x2xf64>
  %v17 = arith.uitofp %v11 : tensor<2x2xi1> to tensor<2x2xf64>
  %v18 = arith.constant 9223372036854775807 : index
  %v19 = arith.floordivsi %v18, %v18 : index
  %v20 = arith.constant 2.0 : f128
  %v21 = arith.addf %arg0, %v20 : f128
  %v22 = arith.constant dense<[[12, -1], [6, 0]]> : tensor<2x2xi16>
  %v23 = arith.constant dense<[[8, 2], [-8, -32768]]> : tensor<2x2xi16>
  %v24 = arith.minsi %v22, %v23 {tag = 0 : i64} : tensor<2x2xi16>
  %v25 = arith.constant dense<29821> : tensor<2x2xi16>
  %v26 = arith.constant dense<32767> : tensor<2x2xi16>
  %v27 = arith.minsi %v25, %v26 : tensor<2x2xi16>
  %v28 = arith.minsi %v23, %v22 : tensor<2x2xi16>
  %v29 = arith.cmpi eq, %v28, %v22 : tensor<2x2xi16>
  %v30 = arith.fptoui %v14 : tensor<2x2xf64> to tensor<2x2xi1>
  %v31 = arith.cmpf uno, %v5, %v5 : f8E3M4
  %v32 = arith.divsi %v12, %v12 : tensor<2x2xi16>
  return %v0 : vector<[4]xi16>
}
