// Random func/arith module, seed 58.
func.func @f0(%arg0: tensor<3xbf16>, %arg1: vector<4xf16>, %arg2: vector<4xi1>, %arg3: f8E4M3FNUZ) {
  %v0 = arith.extui %arg2 : vector<4xi1> to vector<4xi16>
  %v1 = arith.minimumf %arg0, %arg0 : tensor<3xbf16>
  %v2 = arith.extui %arg2 : vector<4xi1> to vector<4xi16>
  %v3 = arith.constant dense<false> : vector<4xi1>
  %v4 = arith.shli %v3, %v3 : vector<4xi1>
  %v5 = arith.constant dense<[-3, -32768, 15, -1]> : vector<4xi16>
  %v6 = arith.minui %v5, %v0 : vector<4xi16>
  %v7 = arith.constant dense<-32768> : vector<4xi16>
  %v8 = arith.subi %v7, %v2 overflow<nuw> : vector<4xi16>
  %v9 = arith.maxnumf %arg0, %arg0 fastmath<arcp,afn> : tensor<3xbf16>
  %v10 = arith.constant dense<[0x03FF, -2.5, 0x7BFF, -3.0e-05]> : vector<4xf16>
  %v11 = arith.constant dense<[1.0e+10, 0x7C00, 0xFC00, 0x0400]> : vector<4xf16>
  %v12 = arith.maxnumf %v10, %v11 fastmath<none> : vector<4xf16>
  %v13 = arith.constant dense<12> : vector<4xi16>
  %v14 = arith.ori %v6, %v13 : vector<4xi16>
  return
}
func.func @f1(%arg0: vector<2xf32>, %arg1: bf16) -> tensor<2x2xi64> {
  %v0 = arith.constant dense<false> : tensor<2x2xi1>
  %v1 = arith.constant dense<65> : tensor<2x2xi64>
  %v2 = arith.constant dense<2147483648> : tensor<2x2xi64>
  %v3 = arith.select %v0, %v1, %v2 : tensor<2x2xi1>, tensor<2x2xi64>
  %v4 = arith.constant dense<[[12, 1], [0, 8]]> : tensor<2x2xi8>
  %v5 = arith.extui %v4 : tensor<2x2xi8> to tensor<2x2xi64>
  %v6 = arith.constant dense<-3> : tensor<2x2xi8>
  %v7 = arith.extui %v6 : tensor<2x2xi8> to tensor<2x2xi64>
  %v8 = arith.cmpi eq, %v5, %v7 : tensor<2x2xi64>
  %v9 = arith.constant dense<[[0, 13], [9223372036854775807, 1]]> : tensor<2x2xi64>
  %v10 = arith.uitofp %v9 : tensor<2x2xi64> to tensor<2x2xf32>
  %v11 = arith.constant dense<true> : tensor<2x2xi1>
  %v12 = arith.constant dense<true> : tensor<2x2xi1>
  %v13 = arith.minui %v11, %v12 : tensor<2x2xi1>
  %v14 = arith.constant dense<-128> : tensor<2x2xi8>
  %v15 = arith.remui %v6, %v14 : tensor<2x2xi8>
  %v16 = arith.constant dense<-960632773904851388> : tensor<2x2xi64>
  %v17 = arith.constant dense<[[0, 64], [-1, 1]]> : tensor<2x2xi64>
  %v18 = arith.minui %v16, %v17 : tensor<2x2xi64>
  return %v18 : tensor<2x2xi64>
}
