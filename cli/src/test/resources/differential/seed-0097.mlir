// Random func/arith module, seed 97.
func.func @f0(%arg0: f8E4M3, %arg1: f8E4M3FNUZ, %arg2: bf16, %arg3: f8E4M3FNUZ) -> f8E4M3 {
  %v0 = arith.maxnumf %arg1, %arg3 fastmath<nsz> : f8E4M3FNUZ
  %v1 = arith.maxnumf %arg1, %arg3 fastmath<nsz> : f8E4M3FNUZ
  %v2 = arith.constant 8589934592 : index
  %v3 = arith.constant 1 : index
  %v4 = arith.shli %v2, %v3 overflow<nsw> : index
  %v5 = arith.constant 7 : index
  %v6 = arith.minui %v5, %v2 : index
  %v7 = arith.maxnumf %arg1, %arg3 fastmath<nsz> : f8E4M3FNUZ
  %v8 = arith.constant 0 : i7
  %v9 = arith.minui %v8, %v8 : i7
  %v10 = arith.constant 274877906944 : i64
  %v11:2 = arith.mulsi_extended %v10, %v10 : i64
  %v12 = arith.constant dense<-1.0> : tensor<3xbf16>
  %v13 = arith.mulf %v12, %v12 : tensor<3xbf16>
  %v14 = arith.constant -2414282282001646315 : i64
  %v15 = arith.extui %v14 : i64 to i128
  %v16 = arith.constant -9223372036854775808 : i64
  %v17 = arith.shrsi %v14, %v16 : i64
  %v18 = arith.constant 63 : i7
  %v19 = arith.xori %v8, %v18 : i7
  %v20 = arith.minui %v2, %v5 : index
  %v21 = arith.fptoui %v12 : tensor<3xbf16> to tensor<3xi64>
  %v22 = arith.constant 36 : i7
  %v23 = arith.maxsi %v22, %v8 : i7
  %v24 = arith.extf %arg0 : f8E4M3 to f32
  %v25 = arith.maxsi %v22, %v8 : i7
  %v26 = arith.index_cast %v8 : i7 to index
  %v27 = arith.shrui %v22, %v18 : i7
  %v28 = arith.subf %arg0, %arg0 : f8E4M3
  %v29:2 = arith.mulsi_extended %v10, %v10 : i64
  %v30 = arith.remf %v28, %v28 : f8E4M3
  %v31 = arith.constant dense<72057594037927936> : tensor<3xi64>
  %v32 = arith.constant dense<0> : tensor<3xi64>
  %v33 = arith.ori %v31, %v32 : tensor<3xi64>
  return %v30 : f8E4M3
}
func.func @f1(%arg0: tensor<2x2xi16>, %arg1: f64, %arg2: tensor<3xf64>, %arg3: f8E3M4) -> (tensor<3xf64>, tensor<3xf64>) {
  %v0 = arith.constant dense<15> : tensor<2x2xi16>
  %v1 = arith.subi %arg0, %v0 : tensor<2x2xi16>
  %v2 = arith.constant false
  %v3 = arith.select %v2, %v1, %arg0 : tensor<2x2xi16>
  %v4 = arith.constant 0xFFF0000000000000 : f64
  %v5 = arith.constant 0x0000000000000000 : f64
  %v6 = arith.minimumf %v4, %v5 : f64
  %v7 = arith.constant dense<1.0> : tensor<3xf64>
  %v8 = arith.select %v2, %v7, %arg2 : tensor<3xf64>
  %v9 = arith.constant -2.5 : f8E3M4
  %v10 = arith.bitcast %v9 : f8E3M4 to f8E4M3FNUZ
  %v11 = arith.constant 0x007FFFFF : f32
  %v12 = arith.constant 0xBF800000 : f32
  %v13 = arith.maxnumf %v11, %v12 : f32
  return %v8, %v8 : tensor<3xf64>, tensor<3xf64>
}
func.func @f2(%arg0: vector<2x3xf32>) -> (vector<2x3xf16>, i32) {
  %v0 = arith.truncf %arg0 toward_zero : vector<2x3xf32> to vector<2x3xf16>
  %v1 = arith.constant 6 : i32
  %v2 = arith.sitofp %v1 : i32 to f8E4M3FNUZ
  %v3 = arith.constant 1 : i32
  %v4 = arith.constant 2147483647 : i32
  %v5 = arith.shli %v3, %v4 overflow<nuw> : i32
  %v6 = arith.constant 1.0 : f64
  %v7 = arith.constant 1.0 : f64
  %v8 = arith.subf %v6, %v7 : f64
  %v9 = arith.constant dense<[[0x0000, 0x7BFF, 0x8000], [0xFC00, -0.75, 3.0]]> : vector<2x3xf16>
  %v10 = arith.fptosi %v9 : vector<2x3xf16> to vector<2x3xi64>
  %v11 = arith.subf %v6, %v7 : f64
  %v12 = arith.fptosi %v9 : vector<2x3xf16> to vector<2x3xi64>
  %v13 = arith.maxnumf %v0, %v0 : vector<2x3xf16>
  %v14 = arith.fptosi %v9 : vector<2x3xf16> to vector<2x3xi64>
  %v15 = arith.constant -1 : i32
  %v16 = arith.muli %v1, %v15 : i32
  %v17 = arith.extui %v15 : i32 to i128
  %v18 = arith.minsi %v4, %v1 : i32
  %v19 = arith.shli %v3, %v4 overflow<nuw> : i32
  return %v13, %v16 : vector<2x3xf16>, i32
}
func.func @f3(%arg0: vector<2x3xf32>, %arg1: bf16) -> vector<2x3xi32> {
  %v0 = arith.constant dense<[[127, 8], [0, -7]]> : tensor<2x2xi8>
  %v1 = arith.constant dense<-128> : tensor<2x2xi8>
  %v2 = arith.shrui %v0, %v1 : tensor<2x2xi8>
  %v3 = arith.constant false
  %v4 = arith.constant 0x0001 : bf16
  %v5 = arith.select %v3, %arg1, %v4 : bf16
  %v6 = arith.constant 33554432 : index
  %v7 = arith.addi %v6, %v6 overflow<nuw> : index
  %v8 = arith.constant dense<32767> : tensor<2x2xi16>
  %v9 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v10 = arith.constant dense<100.0> : tensor<3xf64>
  %v11 = arith.constant 0.5 : f8E3M4
  %v12:2 = func.call @f1(%v8, %v9, %v10, %v11) : (tensor<2x2xi16>, f64, tensor<3xf64>, f8E3M4) -> (tensor<3xf64>, tensor<3xf64>)
  %v13 = arith.addi %v6, %v6 overflow<nuw> : index
  %v14 = arith.truncf %v12#1 : tensor<3xf64> to tensor<3xbf16>
  %v15 = arith.bitcast %arg0 : vector<2x3xf32> to vector<2x3xi32>
  %v16 = arith.bitcast %arg0 : vector<2x3xf32> to vector<2x3xi32>
  %v17 = arith.constant dense<0> : vector<2x3xi32>
  %v18 = arith.muli %v15, %v17 overflow<nuw> : vector<2x3xi32>
  %v19 = arith.maxui %v17, %v18 : vector<2x3xi32>
  %v20 = arith.addi %v6, %v6 overflow<nuw> : index
  %v21 = arith.uitofp %v18 : vector<2x3xi32> to vector<2x3xf32>
  %v22:2 = arith.mulsi_extended %v15, %v15 : vector<2x3xi32>
  %v23 = arith.constant dense<true> : tensor<2x2xi1>
  %v24 = arith.constant dense<-3.0e-05> : tensor<2x2xf32>
  %v25 = arith.constant dense<[[0.5, 0x00000001], [0x7FC00000, 0x3F800000]]> : tensor<2x2xf32>
  %v26 = arith.select %v23, %v24, %v25 : tensor<2x2xi1>, tensor<2x2xf32>
  %v27 = arith.constant 15 : i64
  %v28 = arith.constant 13 : i64
  %v29 = arith.remsi %v27, %v28 : i64
  %v30 = arith.muli %v17, %v15 overflow<nuw> : vector<2x3xi32>
  %v31 = arith.constant dense<[[2147483647, 1, 14], [2147483647, 33, 0]]> : vector<2x3xi32>
  %v32:2 = arith.mului_extended %v30, %v31 : vector<2x3xi32>
  %v33 = arith.constant dense<4.0> : tensor<3xbf16>
  %v34 = arith.negf %v33 : tensor<3xbf16>
  %v35 = arith.fptoui %v14 : tensor<3xbf16> to tensor<3xi16>
  return %v22#1 : vector<2x3xi32>
}
