// Random func/arith module, seed 94.
func.func @f0(%arg0: tensor<2x2xi8>, %arg1: f16) -> f16 {
  %v0 = arith.maxsi %arg0, %arg0 : tensor<2x2xi8>
  %v1 = arith.constant dense<[[-5, 0], [2, 10]]> : tensor<2x2xi8>
  %v2 = arith.cmpi sle, %v1, %v0 : tensor<2x2xi8>
  %v3 = arith.cmpi sle, %v1, %v0 : tensor<2x2xi8>
  %v4 = arith.constant dense<false> : tensor<2x2xi1>
  %v5 = arith.remui %v3, %v4 : tensor<2x2xi1>
  %v6 = arith.constant 4.0 : f16
  %v7 = arith.mulf %v6, %arg1 : f16
  %v8 = arith.remui %v3, %v4 : tensor<2x2xi1>
  %v9 = arith.extui %v0 : tensor<2x2xi8> to tensor<2x2xi16>
  %v10 = arith.maxsi %arg0, %arg0 : tensor<2x2xi8>
  %v11 = arith.extf %v6 : f16 to f32
  %v12 = arith.constant 7.0 : f16
  %v13 = arith.fptosi %v12 : f16 to i7
  %v14 = arith.remui %v3, %v4 : tensor<2x2xi1>
  %v15 = arith.constant dense<[[true, true], [true, false]]> : tensor<2x2xi1>
  %v16 = arith.constant dense<false> : tensor<2x2xi1>
  %v17 = arith.cmpi ule, %v15, %v16 : tensor<2x2xi1>
  %v18 = arith.negf %v7 : f16
  %v19 = arith.negf %v18 : f16
  %v20 = arith.constant 8 : index
  %v21 = arith.constant 1 : index
  %v22 = arith.addi %v20, %v21 overflow<nsw, nuw> : index
  %v23 = arith.constant dense<[[11, 9], [256, 4]]> : tensor<2x2xi16>
  %v24 = arith.constant dense<[[4184, 0], [0, -8]]> : tensor<2x2xi16>
  %v25 = arith.andi %v23, %v24 : tensor<2x2xi16>
  %v26 = arith.constant true
  %v27 = arith.divsi %v26, %v26 : i1
  %v28 = arith.extf %v6 : f16 to f32
  %v29 = arith.constant -0.0 : f32
  %v30 = arith.fptosi %v29 : f32 to i128
  %v31 = arith.constant dense<false> : tensor<2x2xi1>
  %v32 = arith.index_castui %v31 : tensor<2x2xi1> to tensor<2x2xindex>
  %v33 = arith.constant dense<[[0x7F800000, -0.0, 0.1], [0x7FC00000, 1.0, 2.0]]> : vector<2x3xf32>
  %v34 = arith.constant dense<[[2.0, 0xFFC00000, 0x7F800000], [0x00800000, 0xFFC00000, -0.0]]> : vector<2x3xf32>
  %v35 = arith.mulf %v33, %v34 fastmath<fast> : vector<2x3xf32>
  %v36 = arith.ori %v0, %v0 : tensor<2x2xi8>
  return %v18 : f16
}
func.func @f1(%arg0: i32) -> i32 {
  %v0 = arith.constant 0 : i32
  %v1 = arith.minsi %arg0, %v0 : i32
  %v2 = arith.floordivsi %arg0, %v0 : i32
  %v3 = arith.constant 4 : i32
  %v4 = arith.uitofp %v3 : i32 to f8E4M3FN
  %v5 = arith.constant 0x39 : f8E4M3FN
  %v6 = arith.mulf %v4, %v5 fastmath<arcp,afn> : f8E4M3FN
  %v7 = arith.constant dense<[9, -32768]> : vector<2xi16>
  %v8 = arith.constant dense<[128, 11]> : vector<2xi16>
  %v9 = arith.shrsi %v7, %v8 : vector<2xi16>
  %v10 = arith.andi %arg0, %arg0 : i32
  %v11 = arith.constant dense<7> : vector<2xi8>
  %v12 = arith.constant dense<[14, -4]> : vector<2xi8>
  %v13 = arith.subi %v11, %v12 : vector<2xi8>
  %v14 = arith.uitofp %v3 : i32 to f8E4M3FN
  %v15 = arith.uitofp %v3 : i32 to f8E4M3FN
  %v16 = arith.constant 0x80 : f8E4M3FN
  %v17 = arith.negf %v16 : f8E4M3FN
  return %v10 : i32
}
func.func @f2(%arg0: tensor<3xbf16>, %arg1: f8E4M3FN) -> tensor<3xbf16> {
  %v0 = arith.constant dense<-32768> : vector<4xi16>
  %v1 = arith.constant dense<-1> : vector<4xi16>
  %v2 = arith.minsi %v0, %v1 : vector<4xi16>
  %v3 = arith.constant dense<32767> : vector<4xi16>
  %v4 = arith.cmpi slt, %v3, %v2 : vector<4xi16>
  %v5 = arith.select %v4, %v2, %v3 : vector<4xi1>, vector<4xi16>
  %v6 = arith.maxui %v0, %v2 : vector<4xi16>
  %v7 = arith.constant dense<[0x8000, 0x7F80, -0.0]> : tensor<3xbf16>
  %v8 = arith.minnumf %arg0, %v7 fastmath<arcp,afn> : tensor<3xbf16>
  %v9 = arith.constant 0.1 : f32
  %v10 = arith.fptosi %v9 : f32 to i16
  %v11 = arith.minsi %v0, %v1 : vector<4xi16>
  %v12 = arith.minnumf %v7, %arg0 fastmath<arcp,afn> : tensor<3xbf16>
  return %v12 : tensor<3xbf16>
}
