// Random func/arith module, seed 198.
func.func @f0(%arg0: f16) -> (f16, f16) {
  %v0 = arith.constant true
  %v1 = arith.constant 0xFC00 : f16
  %v2 = arith.select %v0, %v1, %arg0 : f16
  %v3 = arith.constant false
  %v4 = arith.constant true
  %v5 = arith.ori %v3, %v4 : i1
  %v6 = arith.constant false
  %v7 = arith.constant true
  %v8 = arith.minui %v6, %v7 : i1
  %v9 = arith.subf %arg0, %arg0 fastmath<nsz> : f16
  %v10 = arith.constant true
  %v11 = arith.divui %v10, %v5 : i1
  %v12 = arith.constant 0.1 : f16
  %v13 = arith.mulf %v2, %v12 : f16
  %v14 = arith.constant false
  %v15:2 = arith.mulsi_extended %v14, %v6 : i1
  %v16 = arith.constant false
  %v17 = arith.cmpi uge, %v16, %v8 : i1
  %v18 = arith.divui %v10, %v5 : i1
  %v19 = arith.constant 0xFC00 : f16
  %v20 = arith.constant 0x03FF : f16
  %v21 = arith.divf %v19, %v20 fastmath<fast> : f16
  return %v13, %v13 : f16, f16
}
func.func @f1(%arg0: vector<2x3xi1>) -> vector<2x3xi1> {
  %v0 = arith.index_cast %arg0 : vector<2x3xi1> to vector<2x3xindex>
  %v1 = arith.constant dense<true> : vector<2x3xi1>
  %v2 = arith.minsi %v1, %arg0 : vector<2x3xi1>
  %v3 = arith.constant dense<100.0> : tensor<2x2xf32>
  %v4 = arith.constant dense<0x7F7FFFFF> : tensor<2x2xf32>
  %v5 = arith.remf %v3, %v4 : tensor<2x2xf32>
  %v6 = arith.constant dense<false> : vector<2x3xi1>
  %v7 = arith.extsi %v6 : vector<2x3xi1> to vector<2x3xi64>
  %v8 = arith.constant dense<17179869184> : vector<2x3xindex>
  %v9 = arith.cmpi eq, %v0, %v8 : vector<2x3xindex>
  %v10 = arith.extsi %v6 : vector<2x3xi1> to vector<2x3xi64>
  %v11 = arith.constant dense<[-5, 1, -1, 1]> : vector<4xi32>
  %v12 = arith.sitofp %v11 : vector<4xi32> to vector<4xf64>
  %v13 = arith.truncf %v12 fastmath<nnan> : vector<4xf64> to vector<4xbf16>
  %v14 = arith.constant dense<-3.0e-05> : vector<4xbf16>
  %v15 = arith.mulf %v14, %v14 fastmath<reassoc,contract> : vector<4xbf16>
  return %v9 : vector<2x3xi1>
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: i1, %arg2: i64) -> f16 {
  %v0 = arith.constant -0.0 : f8E5M2FNUZ
  %v1 = arith.constant 100.0 : f8E5M2FNUZ
  %v2 = arith.remf %v0, %v1 : f8E5M2FNUZ
  %v3 = arith.addf %v0, %v1 fastmath<fast> : f8E5M2FNUZ
  %v4 = arith.constant dense<true> : vector<2x3xi1>
  %v5 = func.call @f1(%v4) : (vector<2x3xi1>) -> vector<2x3xi1>
  %v6 = arith.addf %v1, %v0 fastmath<fast> : f8E5M2FNUZ
  %v7 = arith.constant true
  %v8 = arith.ceildivsi %v7, %arg1 : i1
  %v9 = arith.constant dense<true> : vector<2x3xi1>
  %v10 = arith.index_castui %v9 : vector<2x3xi1> to vector<2x3xindex>
  %v11 = arith.constant false
  %v12 = arith.ori %v11, %v7 : i1
  %v13 = arith.constant -9222917076390923909 : i64
  %v14 = arith.minsi %v13, %arg2 : i64
  %v15 = arith.constant 0x0400 : f16
  %v16:2 = func.call @f0(%v15) : (f16) -> (f16, f16)
  %v17 = arith.constant true
  %v18 = arith.remsi %v11, %v17 : i1
  %v19 = arith.constant false
  %v20:2 = arith.mului_extended %v19, %arg1 : i1
  %v21 = arith.constant 0x7C : f8E5M2FNUZ
  %v22 = arith.maxnumf %arg0, %v21 : f8E5M2FNUZ
  %v23 = arith.subf %v16#0, %v16#1 fastmath<reassoc,contract> : f16
  %v24 = arith.constant 0x3C00 : f16
  %v25 = arith.select %v18, %v24, %v16#1 : f16
  %v26 = arith.select %v8, %v20#0, %arg1 : i1
  %v27 = arith.minsi %v5, %v5 : vector<2x3xi1>
  %v28 = arith.constant 0.5 : f16
  %v29 = arith.minimumf %v16#0, %v28 : f16
  %v30 = arith.constant true
  %v31 = arith.floordivsi %arg1, %v30 : i1
  return %v23 : f16
}
