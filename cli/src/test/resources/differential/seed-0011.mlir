// Random func/arith module, seed 11.
func.func @f0(%arg0: tensor<3xi32>, %arg1: i8, %arg2: tensor<2x2xi32>) -> (tensor<3xi32>, tensor<2x2xi32>) {
  %v0 = arith.constant false
  %v1 = arith.constant 4.0 : f8E3M4
  %v2 = arith.constant 0x42 : f8E3M4
  %v3 = arith.select %v0, %v1, %v2 : f8E3M4
  %v4 = arith.select %v0, %v1, %v2 : f8E3M4
  %v5 = arith.constant 0x00 : f8E3M4
  %v6 = arith.maximumf %v5, %v3 fastmath<nsz> : f8E3M4
  %v7 = arith.divui %arg2, %arg2 : tensor<2x2xi32>
  %v8 = arith.constant 0 : i8
  %v9 = arith.constant 1 : i8
  %v10 = arith.divsi %v8, %v9 : i8
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.remsi %v11, %v12 : i1
  %v14 = arith.minsi %v7, %arg2 : tensor<2x2xi32>
  %v15 = arith.constant dense<-1> : tensor<3xi64>
  %v16 = arith.floordivsi %v15, %v15 : tensor<3xi64>
  %v17 = arith.maxui %arg0, %arg0 : tensor<3xi32>
  %v18 = arith.extf %v5 : f8E3M4 to f32
  %v19 = arith.constant 28 : i7
  %v20 = arith.andi %v19, %v19 : i7
  return %v17, %v14 : tensor<3xi32>, tensor<2x2xi32>
}
func.func @f1(%arg0: vector<2xf32>, %arg1: vector<2xi1>, %arg2: i64) -> vector<2xi1> {
  %v0 = arith.constant dense<true> : vector<2xi1>
  %v1 = arith.remui %v0, %arg1 : vector<2xi1>
  %v2 = arith.minimumf %arg0, %arg0 fastmath<none> : vector<2xf32>
  %v3 = arith.constant dense<0xBF800000> : vector<2xf32>
  %v4 = arith.maxnumf %v3, %arg0 fastmath<nsz> : vector<2xf32>
  %v5 = arith.constant dense<4> : tensor<3xi32>
  %v6 = arith.constant 0 : i8
  %v7 = arith.constant dense<[[0, -2147483648], [-1, -2147483648]]> : tensor<2x2xi32>
  %v8:2 = func.call @f0(%v5, %v6, %v7) : (tensor<3xi32>, i8, tensor<2x2xi32>) -> (tensor<3xi32>, tensor<2x2xi32>)
  %v9 = arith.subi %v8#0, %v5 : tensor<3xi32>
  %v10 = arith.addi %v8#0, %v9 : tensor<3xi32>
  %v11 = arith.constant dense<-8> : tensor<2x2xi32>
  %v12:2 = arith.addui_extended %v8#1, %v11 : tensor<2x2xi32>, tensor<2x2xi1>
  %v13 = arith.cmpf olt, %v4, %v3 fastmath<reassoc,contract> : vector<2xf32>
  %v14 = arith.maxsi %v0, %v1 : vector<2xi1>
  %v15 = arith.constant dense<true> : tensor<2x2xi1>
  %v16 = arith.divui %v12#1, %v15 : tensor<2x2xi1>
  %v17 = arith.constant false
  %v18 = arith.select %v17, %arg0, %v3 : vector<2xf32>
  %v19 = arith.constant 0 : i64
  %v20 = arith.sitofp %v19 : i64 to bf16
  return %v14 : vector<2xi1>
}
