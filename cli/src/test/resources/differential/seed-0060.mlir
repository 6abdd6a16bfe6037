// Random func/arith module, seed 60.
func.func @f0(%arg0: tensor<2x2xf32>, %arg1: i16) -> (tensor<2x2xi1>, tensor<2x2xf32>, tensor<2x2xf32>) {
  %v0 = arith.negf %arg0 : tensor<2x2xf32>
  %v1 = arith.negf %v0 : tensor<2x2xf32>
  %v2 = arith.negf %v0 : tensor<2x2xf32>
  %v3 = arith.constant -29626 : i16
  %v4 = arith.addi %v3, %arg1 overflow<nsw> : i16
  %v5 = arith.constant -7 : i16
  %v6 = arith.cmpi sge, %v3, %v5 : i16
  %v7 = arith.constant dense<0.0> : tensor<2x2xf32>
  %v8 = arith.divf %v7, %v1 fastmath<nnan,ninf> : tensor<2x2xf32>
  %v9 = arith.cmpi sge, %v3, %v5 : i16
  %v10 = arith.extf %v2 : tensor<2x2xf32> to tensor<2x2xf64>
  %v11 = arith.xori %arg1, %v4 : i16
  %v12 = arith.xori %arg1, %v4 : i16
  %v13 = arith.negf %v0 : tensor<2x2xf32>
  %v14 = arith.cmpf ord, %v7, %v0 fastmath<arcp,afn> : tensor<2x2xf32>
  %v15 = arith.constant dense<[[-0.75, 0x0000000000000001], [0x000FFFFFFFFFFFFF, -0.75]]> : tensor<2x2xf64>
  %v16 = arith.cmpf true, %v10, %v15 : tensor<2x2xf64>
  %v17 = arith.constant dense<128> : vector<[4]xi16>
  %v18 = arith.ceildivsi %v17, %v17 : vector<[4]xi16>
  %v19 = arith.maxnumf %arg0, %v7 : tensor<2x2xf32>
  %v20 = arith.constant 4.0 : bf16
  %v21 = arith.extf %v20 fastmath<arcp,afn> : bf16 to tf32
  %v22 = arith.constant dense<false> : tensor<2x2xi1>
  %v23 = arith.constant dense<true> : tensor<2x2xi1>
  %v24 = arith.remsi %v22, %v23 : tensor<2x2xi1>
  %v25 = arith.maxnumf %v19, %arg0 : tensor<2x2xf32>
  return %v14, %v25, %v25 : tensor<2x2xi1>, tensor<2x2xf32>, tensor<2x2xf32>
}
func.func @f1(%arg0: vector<[4]xf32>, %arg1: f8E5M2FNUZ, %arg2: i7, %arg3: i32) -> (i7, f8E5M2) {
  %v0 = arith.fptosi %arg0 : vector<[4]xf32> to vector<[4]xi1>
  %v1 = arith.constant 1 : i7
  %v2 = arith.floordivsi %arg2, %v1 : i7
  %v3 = arith.bitcast %arg1 : f8E5M2FNUZ to f8E5M2
  %v4 = arith.constant -1 : i7
  %v5 = arith.xori %v2, %v4 : i7
  %v6 = arith.xori %v5, %v4 : i7
  %v7 = arith.constant 0.1 : f8E5M2FNUZ
  %v8 = arith.constant 0x7E : f8E5M2FNUZ
  %v9 = arith.maximumf %v7, %v8 : f8E5M2FNUZ
  %v10 = arith.constant 0x7B : f8E5M2
  %v11 = arith.minnumf %v10, %v10 : f8E5M2
  return %v5, %v11 : i7, f8E5M2
}
