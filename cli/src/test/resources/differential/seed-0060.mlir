// Random func/arith module, seed 60.
func.func @f0(%arg0: tensor<2x2xf32>, %arg1: i16) -> (i16, i16) {
  %v0 = arith.negf %arg0 : tensor<2x2xf32>
  %v1 = arith.negf %v0 fastmath<arcp,afn> : tensor<2x2xf32>
  %v2 = arith.constant -29626 : i16
  %v3 = arith.addi %v2, %arg1 overflow<nsw> : i16
  %v4 = arith.constant 0 : i16
  %v5:2 = arith.mului_extended %v2, %v4 : i16
  %v6 = arith.constant 8 : i16
  %v7 = arith.remsi %v4, %v6 : i16
  %v8 = arith.constant dense<0x7FC00000> : tensor<2x2xf32>
  %v9 = arith.minnumf %v8, %arg0 : tensor<2x2xf32>
  %v10 = arith.xori %arg1, %v3 : i16
  %v11 = arith.constant dense<0x00800000> : tensor<2x2xf32>
  %v12 = arith.cmpf ord, %v11, %arg0 fastmath<arcp,afn> : tensor<2x2xf32>
  %v13 = arith.cmpi eq, %v12, %v12 : tensor<2x2xi1>
  %v14 = arith.select %v13, %v12, %v12 : tensor<2x2xi1>, tensor<2x2xi1>
  %v15 = arith.constant dense<128> : vector<[4]xi16>
  %v16 = arith.ceildivsi %v15, %v15 : vector<[4]xi16>
  %v17 = arith.xori %arg1, %v3 : i16
  %v18 = arith.constant dense<[[true, false], [true, false]]> : tensor<2x2xi1>
  %v19 = arith.cmpi slt, %v18, %v13 : tensor<2x2xi1>
  %v20 = arith.negf %v0 fastmath<arcp,afn> : tensor<2x2xf32>
  %v21 = arith.minnumf %arg0, %v8 : tensor<2x2xf32>
  %v22 = arith.negf %v0 fastmath<arcp,afn> : tensor<2x2xf32>
  %v23 = arith.negf %arg0 : tensor<2x2xf32>
  %v24 = arith.addi %v2, %arg1 overflow<nsw> : i16
  %v25 = arith.constant dense<0x00800000> : tensor<2x2xf32>
  %v26 = arith.minimumf %v21, %v25 : tensor<2x2xf32>
  return %v6, %v17 : i16, i16
}
func.func @f1(%arg0: vector<4xbf16>) -> i16 {
  %v0 = arith.constant 12 : i128
  %v1 = arith.constant -1 : i128
  %v2 = arith.shrsi %v0, %v1 exact : i128
  %v3 = arith.constant dense<0x3F80> : vector<4xbf16>
  %v4 = arith.cmpf ugt, %v3, %v3 fastmath<none> {tag = 0 : i64} : vector<4xbf16>
  %v5 = arith.shrsi %v0, %v1 exact : i128
  %v6 = arith.constant dense<0xBF80> : vector<4xbf16>
  %v7 = arith.constant dense<0x7FC0> : vector<4xbf16>
  %v8 = arith.minimumf %v6, %v7 : vector<4xbf16>
  %v9 = arith.constant dense<false> : vector<4xi1>
  %v10 = arith.index_cast %v9 : vector<4xi1> to vector<4xindex>
  %v11 = arith.constant 2 : i32
  %v12 = arith.uitofp %v11 : i32 to f8E5M2
  %v13 = arith.maximumf %v6, %arg0 : vector<4xbf16>
  %v14 = arith.constant dense<0.0> : vector<4xbf16>
  %v15 = arith.subf %v13, %v14 : vector<4xbf16>
  %v16 = arith.fptoui %v8 : vector<4xbf16> to vector<4xi32>
  %v17 = arith.constant dense<0.0> : tensor<2x2xf32>
  %v18 = arith.constant 2 : i16
  %v19:2 = func.call @f0(%v17, %v18) : (tensor<2x2xf32>, i16) -> (i16, i16)
  %v20 = arith.shrui %v19#1, %v18 : i16
  %v21 = arith.fptosi %v17 {tag = 0 : i64} : tensor<2x2xf32> to tensor<2x2xi16>
  %v22 = arith.constant dense<true> : vector<4xi1>
  %v23 = arith.subi %v4, %v22 overflow<nuw> : vector<4xi1>
  %v24 = arith.constant dense<1.0> : tensor<2x2xf32>
  %v25 = arith.subf %v17, %v24 : tensor<2x2xf32>
  %v26 = arith.constant -164683849074438104302749728793426849062 : i128
  %v27 = arith.shrui %v26, %v1 exact : i128
  %v28 = arith.constant 1 : i16
  %v29 = arith.constant 1 : i16
  %v30 = arith.divui %v28, %v29 : i16
  %v31 = arith.divf %v13, %arg0 fastmath<nsz> : vector<4xbf16>
  %v32 = arith.remf %arg0, %v31 fastmath<none> : vector<4xbf16>
  return %v19#1 : i16
}
