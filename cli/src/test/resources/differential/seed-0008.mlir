// Random func/arith module, seed 8.
func.func @f0(%arg0: vector<2x3xf16>, %arg1: bf16, %arg2: index, %arg3: index) -> (vector<2x3xf16>, tensor<3xi64>) {
  %v0 = arith.constant dense<[63, -9223372036854775808, 9]> : tensor<3xi64>
  %v1 = arith.constant dense<9223372036854775807> : tensor<3xi64>
  %v2 = arith.minui %v0, %v1 : tensor<3xi64>
  %v3 = arith.constant 34359738368 : index
  %v4 = arith.index_castui %v3 : index to i128
  %v5 = arith.addi %arg2, %v3 overflow<nsw, nuw> : index
  %v6 = arith.minui %v0, %v1 : tensor<3xi64>
  %v7 = arith.constant 0 : i128
  %v8 = arith.maxsi %v7, %v7 : i128
  %v9 = arith.constant dense<-723235371315872960> : tensor<3xi64>
  %v10 = arith.constant dense<[262144, 9223372036854775807, -1]> : tensor<3xi64>
  %v11 = arith.maxsi %v9, %v10 : tensor<3xi64>
  return %arg0, %v1 : vector<2x3xf16>, tensor<3xi64>
}
func.func @f1(%arg0: tensor<2x2xi1>) -> (tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.constant dense<true> : tensor<2x2xi1>
  %v1 = arith.select %v0, %arg0, %v0 : tensor<2x2xi1>, tensor<2x2xi1>
  %v2 = arith.constant 5 : i33
  %v3 = arith.addi %v2, %v2 overflow<nsw, nuw> : i33
  %v4 = arith.constant dense<[[true, false], [false, true]]> : tensor<2x2xi1>
  %v5 = arith.uitofp %v4 : tensor<2x2xi1> to tensor<2x2xbf16>
  %v6 = arith.minsi %arg0, %v4 : tensor<2x2xi1>
  %v7 = arith.constant dense<false> : tensor<2x2xi1>
  %v8 = arith.minsi %v7, %v4 : tensor<2x2xi1>
  %v9 = arith.ceildivui %v1, %arg0 : tensor<2x2xi1>
  %v10 = arith.index_castui %v3 : i33 to index
  %v11 = arith.constant dense<false> : tensor<2x2xi1>
  %v12 = arith.muli %v11, %v9 overflow<nuw> : tensor<2x2xi1>
  return %v9, %v9 : tensor<2x2xi1>, tensor<2x2xi1>
}
func.func @f2(%arg0: i8, %arg1: tensor<2x2xi16>, %arg2: bf16) -> (bf16, tensor<2x2xi1>) {
  %v0 = arith.divf %arg2, %arg2 fastmath<arcp,afn> : bf16
  %v1 = arith.constant 0xBF80 : bf16
  %v2 = arith.minimumf %arg2, %v1 : bf16
  %v3 = arith.negf %arg2 : bf16
  %v4 = arith.divf %arg2, %arg2 fastmath<arcp,afn> : bf16
  %v5 = arith.constant dense<2> : tensor<2x2xi16>
  %v6 = arith.cmpi ugt, %v5, %arg1 : tensor<2x2xi16>
  %v7:2 = arith.mulsi_extended %v5, %arg1 : tensor<2x2xi16>
  %v8 = arith.constant 0xFF80 : bf16
  %v9 = arith.negf %v8 : bf16
  %v10:2 = func.call @f1(%v6) : (tensor<2x2xi1>) -> (tensor<2x2xi1>, tensor<2x2xi1>)
  %v11:2 = func.call @f1(%v6) : (tensor<2x2xi1>) -> (tensor<2x2xi1>, tensor<2x2xi1>)
  %v12 = arith.minimumf %arg2, %v2 fastmath<fast> : bf16
  %v13 = arith.constant dense<1> : tensor<2x2xi16>
  %v14 = arith.muli %v13, %v7#0 : tensor<2x2xi16>
  %v15 = arith.sitofp %v10#1 : tensor<2x2xi1> to tensor<2x2xf32>
  return %v12, %v11#0 : bf16, tensor<2x2xi1>
}
