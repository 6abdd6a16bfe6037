// Random func/arith module, seed 175.
func.func @f0(%arg0: f64, %arg1: tensor<3xi16>, %arg2: tensor<3xf16>, %arg3: i33) -> (tensor<3xi8>, tensor<3xi1>, tensor<3xf16>) {
  %v0 = arith.constant dense<[32767, 32767, -5]> : tensor<3xi16>
  %v1 = arith.minui %v0, %arg1 : tensor<3xi16>
  %v2 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v3 = arith.minnumf %v2, %arg0 fastmath<arcp,afn> : f64
  %v4 = arith.trunci %arg1 : tensor<3xi16> to tensor<3xi8>
  %v5 = arith.shrsi %v0, %arg1 : tensor<3xi16>
  %v6 = arith.extui %v0 : tensor<3xi16> to tensor<3xi32>
  %v7 = arith.constant dense<-2.5> : tensor<3xf16>
  %v8 = arith.subf %v7, %arg2 : tensor<3xf16>
  %v9 = arith.constant dense<0> : tensor<3xi8>
  %v10 = arith.cmpi ule, %v4, %v9 : tensor<3xi8>
  %v11 = arith.shrsi %v0, %arg1 : tensor<3xi16>
  %v12 = arith.cmpi ule, %v9, %v4 : tensor<3xi8>
  %v13 = arith.constant 0x00800000 : f32
  %v14 = arith.minnumf %v13, %v13 : f32
  %v15 = arith.constant dense<-1> : tensor<3xi32>
  %v16 = arith.cmpi slt, %v6, %v15 : tensor<3xi32>
  %v17 = arith.constant dense<1723735867> : tensor<3xi32>
  %v18 = arith.extsi %v17 : tensor<3xi32> to tensor<3xi64>
  %v19 = arith.constant true
  %v20 = arith.select %v19, %v8, %v8 : tensor<3xf16>
  %v21 = arith.constant dense<true> : tensor<3xi1>
  %v22 = arith.remui %v21, %v12 : tensor<3xi1>
  %v23 = arith.constant true
  %v24 = arith.constant false
  %v25 = arith.muli %v23, %v24 overflow<nsw> : i1
  %v26 = arith.constant dense<[0xBC00, 0xFE00, 0x0000]> : tensor<3xf16>
  %v27 = arith.negf %v26 : tensor<3xf16>
  %v28 = arith.constant dense<-5> : tensor<3xi64>
  %v29 = arith.constant dense<13> : tensor<3xi64>
  %v30 = arith.remui %v28, %v29 : tensor<3xi64>
  %v31 = arith.cmpi ule, %v9, %v4 : tensor<3xi8>
  %v32 = arith.constant dense<[0.1, 4.0, 0x0001]> : tensor<3xbf16>
  %v33 = arith.fptoui %v32 : tensor<3xbf16> to tensor<3xi8>
  return %v9, %v22, %v20 : tensor<3xi8>, tensor<3xi1>, tensor<3xf16>
}
func.func @f1(%arg0: index, %arg1: vector<2xbf16>, %arg2: f32) -> (vector<2xi1>, vector<2x3xi8>, vector<2xi1>) {
  %v0 = arith.constant dense<4> : vector<2x3xi8>
  %v1 = arith.constant dense<-128> : vector<2x3xi8>
  %v2 = arith.ceildivui %v0, %v1 : vector<2x3xi8>
  %v3 = arith.constant 4 : index
  %v4 = arith.index_cast %v3 : index to i33
  %v5 = arith.fptosi %arg1 : vector<2xbf16> to vector<2xi16>
  %v6 = arith.constant 0xFC00 : f16
  %v7 = arith.constant 0.5 : f16
  %v8 = arith.minimumf %v6, %v7 fastmath<reassoc,contract> : f16
  %v9 = arith.constant -1 : i64
  %v10:2 = arith.mului_extended %v9, %v9 : i64
  %v11 = arith.constant dense<0> : vector<2xi16>
  %v12 = arith.cmpi sle, %v5, %v11 : vector<2xi16>
  %v13 = arith.shrui %v12, %v12 : vector<2xi1>
  %v14 = arith.cmpi sgt, %v5, %v5 : vector<2xi16>
  %v15 = arith.constant dense<[1.0e+10, 100.0]> : vector<2xbf16>
  %v16 = arith.extf %v15 : vector<2xbf16> to vector<2xf32>
  %v17 = arith.shli %v5, %v5 : vector<2xi16>
  return %v14, %v0, %v12 : vector<2xi1>, vector<2x3xi8>, vector<2xi1>
}
func.func @f2(%arg0: i33, %arg1: vector<2x3xindex>, %arg2: f8E3M4) -> (i128, vector<2x3xi8>, vector<2x3xi8>, vector<2xi1>) {
  %v0 = arith.constant 0x6C : f8E3M4
  %v1 = arith.remf %arg2, %v0 fastmath<none> : f8E3M4
  %v2 = arith.minimumf %arg2, %v1 : f8E3M4
  %v3 = arith.extui %arg0 : i33 to i128
  %v4 = arith.constant 16 : index
  %v5 = arith.constant dense<-0.0> : vector<2xbf16>
  %v6 = arith.constant 0x3F800000 : f32
  %v7:3 = func.call @f1(%v4, %v5, %v6) : (index, vector<2xbf16>, f32) -> (vector<2xi1>, vector<2x3xi8>, vector<2xi1>)
  %v8 = arith.sitofp %v3 : i128 to f8E4M3
  %v9 = arith.constant 12 : i128
  %v10 = arith.subi %v9, %v3 overflow<nuw> : i128
  return %v10, %v7#1, %v7#1, %v7#2 : i128, vector<2x3xi8>, vector<2x3xi8>, vector<2xi1>
}
