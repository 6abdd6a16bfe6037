// Random func/arith module, seed 28.
func.func @f0(%arg0: f8E5M2, %arg1: i128, %arg2: tensor<3xindex>, %arg3: i16) -> (i128, index, i1) {
  %v0 = arith.constant true
  %v1 = arith.constant 9223372036854775807 : index
  %v2 = arith.constant 0 : index
  %v3 = arith.select %v0, %v1, %v2 : index
  %v4 = arith.constant dense<-4> : tensor<3xindex>
  %v5 = arith.constant dense<1> : tensor<3xindex>
  %v6 = arith.ceildivui %v4, %v5 : tensor<3xindex>
  %v7 = arith.constant 0x3C : f8E5M2
  %v8 = arith.maximumf %v7, %arg0 fastmath<arcp,afn> : f8E5M2
  %v9 = arith.cmpf ugt, %arg0, %v8 : f8E5M2
  %v10 = arith.cmpf ugt, %arg0, %v8 : f8E5M2
  %v11 = arith.constant 6 : i128
  %v12 = arith.andi %arg1, %v11 : i128
  %v13 = arith.constant -0.75 : f8E5M2
  %v14 = arith.maxnumf %v13, %v8 : f8E5M2
  %v15 = arith.divui %v3, %v2 : index
  return %v11, %v15, %v10 : i128, index, i1
}
func.func @f1(%arg0: vector<2xi1>, %arg1: i32, %arg2: tensor<2x2xi8>, %arg3: bf16) -> (bf16, bf16, bf16, bf16) {
  %v0 = arith.constant 1.0e+10 : f8E3M4
  %v1 = arith.constant 0x78 : f8E3M4
  %v2 = arith.maxnumf %v0, %v1 fastmath<nnan,ninf> : f8E3M4
  %v3 = arith.maxnumf %v0, %v1 fastmath<nnan,ninf> : f8E3M4
  %v4 = arith.constant 100.0 : bf16
  %v5 = arith.mulf %arg3, %v4 fastmath<nnan,ninf> : bf16
  %v6 = arith.maxnumf %v0, %v1 fastmath<nnan,ninf> : f8E3M4
  %v7 = arith.constant dense<0x2D95> : vector<2xf16>
  %v8 = arith.cmpf false, %v7, %v7 : vector<2xf16>
  %v9 = arith.constant dense<-1> : tensor<2x2xi8>
  %v10 = arith.constant dense<9> : tensor<2x2xi8>
  %v11 = arith.xori %v10, %v9 : tensor<2x2xi8>
  %v12 = arith.xori %v11, %v9 : tensor<2x2xi8>
  %v13 = arith.divf %v5, %arg3 fastmath<arcp,afn> : bf16
  return %v13, %v13, %v13, %v13 : bf16, bf16, bf16, bf16
}
