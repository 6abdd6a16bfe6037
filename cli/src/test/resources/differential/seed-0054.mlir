// Random func/arith module, seed 54.
func.func @f0(%arg0: tensor<3xi1>, %arg1: f64, %arg2: f64) -> (tensor<3xi1>, f64) {
  %v0 = arith.constant dense<-0.75> : vector<2x3xf64>
  %v1 = arith.constant dense<1.0> : vector<2x3xf64>
  %v2 = arith.cmpf ule, %v0, %v1 : vector<2x3xf64>
  %v3 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v4 = arith.constant 100.0 : f64
  %v5 = arith.cmpf ole, %v3, %v4 : f64
  %v6 = arith.divsi %arg0, %arg0 : tensor<3xi1>
  %v7 = arith.constant 0x7FF0000000000000 : f64
  %v8 = arith.cmpf ole, %arg1, %v7 : f64
  %v9 = arith.cmpf ole, %arg1, %v7 : f64
  %v10 = arith.constant false
  %v11 = arith.cmpi uge, %v8, %v10 : i1
  %v12 = arith.select %v9, %arg2, %v7 : f64
  %v13 = arith.constant dense<[0xBF80, 2.0, 0x7FC0, 0x0000]> : vector<4xbf16>
  %v14 = arith.fptoui %v13 : vector<4xbf16> to vector<4xi64>
  %v15 = arith.constant dense<true> : tensor<3xi1>
  %v16 = arith.minui %v15, %arg0 : tensor<3xi1>
  return %v15, %v12 : tensor<3xi1>, f64
}
func.func @f1(%arg0: tensor<3xf32>, %arg1: i32, %arg2: i8, %arg3: i7) -> (i8, tensor<3xi1>, tensor<3xi32>, i7) {
  %v0 = arith.constant dense<[7.0, 2.0, 0.1]> : tensor<3xf32>
  %v1 = arith.cmpf ult, %arg0, %v0 : tensor<3xf32>
  %v2 = arith.constant -1 : i7
  %v3:2 = arith.mului_extended %arg3, %v2 : i7
  %v4 = arith.constant 0 : i7
  %v5 = arith.ceildivui %v4, %arg3 : i7
  %v6 = arith.truncf %v0 downward : tensor<3xf32> to tensor<3xbf16>
  %v7 = arith.constant 0xBFF0000000000000 : f64
  %v8 = arith.constant 0x5CB7D79B7602B006 : f64
  %v9:2 = func.call @f0(%v1, %v7, %v8) : (tensor<3xi1>, f64, f64) -> (tensor<3xi1>, f64)
  %v10 = arith.constant dense<[100.0, 0x7F7FFFFF, 0x7F7FFFFF]> : tensor<3xf32>
  %v11 = arith.subf %arg0, %v10 fastmath<ninf> : tensor<3xf32>
  %v12 = arith.remui %v3#0, %v3#1 : i7
  %v13 = arith.constant 64 : i64
  %v14 = arith.extui %v13 : i64 to i128
  %v15 = arith.constant true
  %v16 = arith.index_cast %v15 : i1 to index
  %v17 = arith.constant dense<[0x3F800000, 2.0, 0x00000000]> : tensor<3xf32>
  %v18 = arith.fptosi %v17 : tensor<3xf32> to tensor<3xi32>
  %v19 = arith.maxui %v3#1, %v12 : i7
  %v20 = arith.constant 2 : i8
  %v21:2 = arith.mulsi_extended %v20, %arg2 : i8
  %v22 = arith.fptosi %v17 : tensor<3xf32> to tensor<3xi32>
  %v23 = arith.cmpf ult, %arg0, %v0 : tensor<3xf32>
  return %v21#0, %v23, %v22, %v3#1 : i8, tensor<3xi1>, tensor<3xi32>, i7
}
