// Random func/arith module, seed 54.
func.func @f0(%arg0: tensor<0xi1>, %arg1: f32, %arg2: f8E3M4) -> (i1, tensor<0xi1>) {
  %v0 = arith.constant dense<false> : tensor<0xi1>
  %v1 = arith.constant dense<true> : tensor<0xi1>
  %v2 = arith.select %arg0, %v0, %v1 : tensor<0xi1>, tensor<0xi1>
  %v3 = arith.constant dense<true> : tensor<0xi1>
  %v4 = arith.constant dense<[]> : tensor<0xi1>
  %v5 = arith.minsi %v3, %v4 : tensor<0xi1>
  %v6 = arith.constant dense<-1> : tensor<2x2xi8>
  %v7 = arith.index_cast %v6 : tensor<2x2xi8> to tensor<2x2xindex>
  %v8 = arith.floordivsi %arg0, %v3 : tensor<0xi1>
  %v9 = arith.floordivsi %arg0, %v3 : tensor<0xi1>
  %v10 = arith.constant -0.75 : f8E3M4
  %v11 = arith.cmpf uge, %arg2, %v10 fastmath<arcp,afn> : f8E3M4
  %v12 = arith.cmpf uge, %arg2, %v10 fastmath<arcp,afn> : f8E3M4
  %v13 = arith.constant false
  %v14 = arith.remui %v13, %v11 : i1
  %v15 = arith.constant dense<-9223372036854775808> : tensor<2x2xindex>
  %v16 = arith.constant dense<65> : tensor<2x2xindex>
  %v17 = arith.shrui %v15, %v16 : tensor<2x2xindex>
  return %v11, %v9 : i1, tensor<0xi1>
}
func.func @f1(%arg0: vector<i8>, %arg1: vector<2x3xi16>) -> (f16, vector<i1>, vector<i1>, tensor<0xi1>) {
  %v0 = arith.constant 0x01 : f8E5M2
  %v1 = arith.constant 0x3C : f8E5M2
  %v2 = arith.divf %v0, %v1 : f8E5M2
  %v3 = arith.extui %arg1 : vector<2x3xi16> to vector<2x3xi64>
  %v4 = arith.trunci %v3 : vector<2x3xi64> to vector<2x3xi16>
  %v5 = arith.constant dense<3827610723085842986> : vector<2x3xi64>
  %v6 = arith.cmpi ne, %v3, %v5 : vector<2x3xi64>
  %v7 = arith.shrsi %v5, %v3 : vector<2x3xi64>
  %v8 = arith.constant 32 : i32
  %v9 = arith.shrsi %v8, %v8 : i32
  %v10 = arith.constant dense<false> : tensor<0xi1>
  %v11 = arith.constant 0.0 : f32
  %v12 = arith.constant 1.0e+10 : f8E3M4
  %v13:2 = func.call @f0(%v10, %v11, %v12) : (tensor<0xi1>, f32, f8E3M4) -> (i1, tensor<0xi1>)
  %v14 = arith.shrsi %v5, %v3 : vector<2x3xi64>
  %v15 = arith.constant dense<-128> : vector<i8>
  %v16 = arith.remsi %v15, %arg0 : vector<i8>
  %v17 = arith.remsi %v15, %arg0 : vector<i8>
  %v18 = arith.constant 0xF0 : f8E3M4
  %v19 = arith.cmpf ogt, %v18, %v18 : f8E3M4
  %v20 = arith.constant 0x00 : f8E5M2
  %v21 = arith.negf %v20 : f8E5M2
  %v22 = arith.constant 0x6F : f8E3M4
  %v23 = arith.cmpf oeq, %v22, %v12 : f8E3M4
  %v24 = arith.ori %v23, %v13#0 : i1
  %v25 = arith.constant 0x8000 : f16
  %v26 = arith.constant 0x7BFF : f16
  %v27 = arith.cmpf true, %v25, %v26 : f16
  %v28:2 = func.call @f0(%v10, %v11, %v12) : (tensor<0xi1>, f32, f8E3M4) -> (i1, tensor<0xi1>)
  %v29 = arith.constant 0x6F : f8E3M4
  %v30 = arith.cmpf false, %v22, %v29 : f8E3M4
  %v31 = arith.addi %v16, %arg0 : vector<i8>
  %v32 = arith.cmpi ne, %v31, %v17 : vector<i8>
  %v33 = arith.select %v32, %v17, %v31 : vector<i1>, vector<i8>
  return %v25, %v32, %v32, %v28#1 : f16, vector<i1>, vector<i1>, tensor<0xi1>
}
