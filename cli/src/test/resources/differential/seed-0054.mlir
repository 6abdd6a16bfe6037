// Random func/arith module, seed 54.
func.func @f0(%arg0: tensor<3xi1>, %arg1: f64, %arg2: f64) -> (f64, tensor<3xi1>) {
  %v0 = arith.constant dense<false> : tensor<3xi1>
  %v1 = arith.constant dense<true> : tensor<3xi1>
  %v2 = arith.select %arg0, %v0, %v1 : tensor<3xi1>, tensor<3xi1>
  %v3 = arith.constant dense<true> : tensor<3xi1>
  %v4 = arith.constant dense<[false, true, false]> : tensor<3xi1>
  %v5 = arith.minsi %v3, %v4 : tensor<3xi1>
  %v6 = arith.constant 0x7E : f8E5M2FNUZ
  %v7 = arith.constant 0x7C : f8E5M2FNUZ
  %v8 = arith.cmpf ole, %v6, %v7 : f8E5M2FNUZ
  %v9 = arith.cmpf ole, %v6, %v7 : f8E5M2FNUZ
  %v10 = arith.cmpf oge, %v6, %v7 : f8E5M2FNUZ
  %v11 = arith.cmpi eq, %v2, %v0 : tensor<3xi1>
  %v12 = arith.select %arg0, %v0, %v1 : tensor<3xi1>, tensor<3xi1>
  %v13 = arith.constant 0x0000000000000000 : f64
  %v14 = arith.constant 0.0 : f64
  %v15 = arith.maxnumf %v13, %v14 : f64
  %v16 = arith.constant 3.0 : f64
  %v17 = arith.minnumf %arg1, %v16 fastmath<nsz> : f64
  return %v17, %v11 : f64, tensor<3xi1>
}
func.func @f1(%arg0: i32, %arg1: bf16) -> (vector<2x3xindex>, vector<2x3xindex>, vector<2x3xindex>) {
  %v0 = arith.constant 0x8000 : bf16
  %v1 = arith.addf %v0, %arg1 : bf16
  %v2 = arith.constant false
  %v3 = arith.constant -7 : i32
  %v4 = arith.select %v2, %arg0, %v3 : i32
  %v5 = arith.andi %v4, %v3 : i32
  %v6 = arith.constant 0xFC00 : f16
  %v7 = arith.constant 0.1 : f16
  %v8 = arith.cmpf oge, %v6, %v7 : f16
  %v9 = arith.constant dense<false> : tensor<3xi1>
  %v10 = arith.constant 0.0 : f64
  %v11:2 = func.call @f0(%v9, %v10, %v10) : (tensor<3xi1>, f64, f64) -> (f64, tensor<3xi1>)
  %v12 = arith.andi %v4, %v3 : i32
  %v13 = arith.cmpi ult, %v11#1, %v9 : tensor<3xi1>
  %v14 = arith.select %v13, %v11#1, %v9 : tensor<3xi1>, tensor<3xi1>
  %v15 = arith.cmpi ule, %v4, %v3 : i32
  %v16 = arith.constant 0x0001 : f16
  %v17 = arith.subf %v16, %v7 : f16
  %v18 = arith.constant dense<0> : vector<2x3xindex>
  %v19 = arith.constant dense<2147483648> : vector<2x3xindex>
  %v20 = arith.select %v15, %v18, %v19 : vector<2x3xindex>
  %v21 = arith.constant dense<-8579385926751328314> : vector<2x3xindex>
  %v22 = arith.cmpi ne, %v20, %v21 : vector<2x3xindex>
  %v23 = arith.select %v22, %v21, %v20 : vector<2x3xi1>, vector<2x3xindex>
  return %v20, %v20, %v20 : vector<2x3xindex>, vector<2x3xindex>, vector<2x3xindex>
}
