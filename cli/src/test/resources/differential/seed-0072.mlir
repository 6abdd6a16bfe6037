// Random func/arith module, seed 72.
func.func @f0(%arg0: i1) -> (i1, f8E5M2) {
  %v0 = arith.constant dense<100.0> : vector<2x3xf32>
  %v1 = arith.constant dense<0xBF800000> : vector<2x3xf32>
  %v2 = arith.cmpf uge, %v0, %v1 : vector<2x3xf32>
  %v3 = arith.constant false
  %v4 = arith.floordivsi %v3, %arg0 : i1
  %v5 = arith.constant dense<-0.75> : vector<2x3xf32>
  %v6 = arith.extf %v5 {tag = 1 : i64} : vector<2x3xf32> to vector<2x3xf64>
  %v7 = arith.constant dense<[[true, true, false], [false, false, false]]> : vector<2x3xi1>
  %v8 = arith.extsi %v7 : vector<2x3xi1> to vector<2x3xi16>
  %v9 = arith.trunci %v8 : vector<2x3xi16> to vector<2x3xi1>
  %v10 = arith.constant dense<639> : vector<2x3xi16>
  %v11 = arith.divui %v10, %v8 : vector<2x3xi16>
  %v12 = arith.constant dense<[[0.0, 0x169A8D98B0380CF1, 0.1], [3.0, 0x7FF8000000000000, 0x8000000000000000]]> : vector<2x3xf64>
  %v13 = arith.constant dense<-0.0> : vector<2x3xf64>
  %v14 = arith.cmpf uno, %v12, %v13 fastmath<nsz> : vector<2x3xf64>
  %v15 = arith.sitofp %v4 : i1 to f8E5M2
  %v16 = arith.constant 0x04 : f8E5M2
  %v17 = arith.cmpf oge, %v15, %v16 : f8E5M2
  %v18 = arith.remf %v15, %v16 fastmath<nnan,ninf> : f8E5M2
  %v19 = arith.extf %v5 {tag = 1 : i64} : vector<2x3xf32> to vector<2x3xf64>
  %v20 = arith.cmpi slt, %v17, %arg0 : i1
  %v21 = arith.constant 100.0 : f8E5M2
  %v22 = arith.maximumf %v16, %v21 : f8E5M2
  %v23 = arith.constant true
  %v24 = arith.select %v3, %v23, %v4 : i1
  %v25 = arith.cmpi slt, %v17, %arg0 {tag = 0 : i64} : i1
  %v26 = arith.bitcast %v16 : f8E5M2 to f8E4M3FN
  return %v20, %v22 : i1, f8E5M2
}
func.func @f1(%arg0: f8E4M3, %arg1: index) -> i1 {
  %v0 = arith.constant false
  %v1:2 = func.call @f0(%v0) : (i1) -> (i1, f8E5M2)
  %v2 = arith.constant 7.0 : f8E4M3
  %v3 = arith.truncf %v2 : f8E4M3 to f6E2M3FN
  %v4 = arith.constant dense<[[0x00800000, 1.0e+10], [0x007FFFFF, 0xDD231FEE]]> : tensor<2x2xf32>
  %v5 = arith.constant dense<[[4.0, 1.0e+10], [0xFFC00000, 7.0]]> : tensor<2x2xf32>
  %v6 = arith.cmpf true, %v4, %v5 : tensor<2x2xf32>
  %v7 = arith.divui %v1#0, %v1#0 : i1
  %v8 = arith.constant dense<false> : tensor<2x2xi1>
  %v9 = arith.andi %v6, %v8 : tensor<2x2xi1>
  %v10 = arith.constant dense<false> : tensor<2x2xi1>
  %v11 = arith.andi %v9, %v10 : tensor<2x2xi1>
  %v12:2 = arith.addui_extended %v7, %v0 : i1, i1
  %v13 = arith.constant 0x7C : f8E5M2
  %v14 = arith.cmpf uno, %v1#1, %v13 : f8E5M2
  %v15 = arith.constant 0x38 : f8E4M3FNUZ
  %v16 = arith.constant 0x38 : f8E4M3FNUZ
  %v17 = arith.cmpf olt, %v15, %v16 : f8E4M3FNUZ
  %v18 = arith.constant true
  %v19 = arith.ori %v14, %v18 : i1
  %v20 = arith.constant false
  %v21 = arith.ori %v19, %v20 : i1
  %v22 = arith.remf %arg0, %arg0 fastmath<nsz> : f8E4M3
  %v23 = arith.fptoui %v13 : f8E5M2 to i16
  %v24 = arith.constant dense<7.0> : tensor<2x2xf32>
  %v25 = arith.mulf %v24, %v4 : tensor<2x2xf32>
  %v26:2 = func.call @f0(%v1#0) : (i1) -> (i1, f8E5M2)
  %v27 = arith.fptosi %v22 : f8E4M3 to i32
  %v28 = arith.constant 0x77 : f8E4M3FNUZ
  %v29 = arith.cmpf ult, %v28, %v15 fastmath<nsz> : f8E4M3FNUZ
  return %v19 : i1
}
