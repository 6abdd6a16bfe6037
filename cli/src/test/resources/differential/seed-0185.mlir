// Random func/arith module, seed 185.
func.func @f0(%arg0: tensor<0xbf16>) -> (vector<4xi1>, vector<4xi1>, tensor<2x2xi1>, tensor<0xbf16>) {
  %v0 = arith.constant 32 : i32
  %v1 = arith.constant 776583391 : i32
  %v2 = arith.ceildivsi %v0, %v1 : i32
  %v3 = arith.constant 31 : i32
  %v4 = arith.shli %v0, %v3 overflow<nsw, nuw> : i32
  %v5 = arith.ceildivsi %v0, %v1 : i32
  %v6 = arith.constant -1 : i32
  %v7 = arith.constant 31 : i32
  %v8 = arith.shrsi %v6, %v7 : i32
  %v9 = arith.constant dense<[]> : tensor<0xbf16>
  %v10 = arith.negf %v9 : tensor<0xbf16>
  %v11 = arith.negf %v10 fastmath<nnan,ninf> : tensor<0xbf16>
  %v12 = arith.constant 256 : i32
  %v13 = arith.remui %v12, %v1 : i32
  %v14 = arith.constant 0 : i32
  %v15 = arith.addi %v3, %v14 : i32
  %v16 = arith.constant dense<-1> : tensor<2x2xi32>
  %v17:2 = arith.mului_extended %v16, %v16 : tensor<2x2xi32>
  %v18 = arith.cmpi ule, %v16, %v16 : tensor<2x2xi32>
  %v19 = arith.constant dense<false> : vector<4xi1>
  %v20 = arith.constant dense<false> : vector<4xi1>
  %v21 = arith.divui %v19, %v20 : vector<4xi1>
  %v22 = arith.constant dense<[false, true, true, false]> : vector<4xi1>
  %v23 = arith.subi %v19, %v22 : vector<4xi1>
  %v24 = arith.negf %v10 fastmath<none> : tensor<0xbf16>
  return %v23, %v21, %v18, %v24 : vector<4xi1>, vector<4xi1>, tensor<2x2xi1>, tensor<0xbf16>
}
func.func @f1(%arg0: i8) -> (vector<4xi64>, vector<4xi64>) {
  %v0 = arith.constant dense<0x7F7F> : tensor<0xbf16>
  %v1:4 = func.call @f0(%v0) : (tensor<0xbf16>) -> (vector<4xi1>, vector<4xi1>, tensor<2x2xi1>, tensor<0xbf16>)
  %v2:4 = func.call @f0(%v0) : (tensor<0xbf16>) -> (vector<4xi1>, vector<4xi1>, tensor<2x2xi1>, tensor<0xbf16>)
  %v3 = arith.constant 67108864 : i33
  %v4 = arith.maxui %v3, %v3 : i33
  %v5:4 = func.call @f0(%v1#3) : (tensor<0xbf16>) -> (vector<4xi1>, vector<4xi1>, tensor<2x2xi1>, tensor<0xbf16>)
  %v6:4 = func.call @f0(%v0) : (tensor<0xbf16>) -> (vector<4xi1>, vector<4xi1>, tensor<2x2xi1>, tensor<0xbf16>)
  %v7 = arith.constant 0 : i8
  %v8 = arith.xori %arg0, %v7 : i8
  %v9 = arith.constant dense<false> : tensor<2x2xi1>
  %v10 = arith.index_cast %v9 : tensor<2x2xi1> to tensor<2x2xindex>
  %v11 = arith.cmpf false, %v2#3, %v6#3 fastmath<reassoc,contract> : tensor<0xbf16>
  %v12 = arith.index_cast %v9 : tensor<2x2xi1> to tensor<2x2xindex>
  %v13 = arith.constant dense<[]> : tensor<0xi1>
  %v14 = arith.maxui %v13, %v11 : tensor<0xi1>
  %v15 = arith.constant dense<false> : vector<2x3xi1>
  %v16 = arith.sitofp %v15 : vector<2x3xi1> to vector<2x3xf64>
  %v17 = arith.xori %arg0, %v8 : i8
  %v18 = arith.constant 7 : i8
  %v19 = arith.addi %v17, %v18 : i8
  %v20 = arith.constant 4 : i8
  %v21 = arith.addi %v19, %v20 : i8
  %v22 = arith.constant 0 : i8
  %v23 = arith.uitofp %v22 : i8 to f8E4M3FNUZ
  %v24 = arith.sitofp %v19 : i8 to f8E4M3FNUZ
  %v25 = arith.extsi %v6#1 : vector<4xi1> to vector<4xi64>
  return %v25, %v25 : vector<4xi64>, vector<4xi64>
}
