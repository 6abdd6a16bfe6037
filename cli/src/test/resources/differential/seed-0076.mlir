// Random func/arith module, seed 76.
func.func @f0(%arg0: i8, %arg1: tensor<3xf32>) -> (f16, f16) {
  %v0 = arith.cmpi uge, %arg0, %arg0 : i8
  %v1 = arith.index_castui %arg0 : i8 to index
  %v2 = arith.index_castui %v1 : index to i8
  %v3 = arith.constant 4 : i64
  %v4:2 = arith.mului_extended %v3, %v3 : i64
  %v5 = arith.constant 0xFC00 : f16
  %v6 = arith.constant 0x8EF1 : f16
  %v7 = arith.select %v0, %v5, %v6 : f16
  %v8 = arith.constant dense<0.0> : tensor<3xf32>
  %v9 = arith.constant dense<[2.0, 0x80000000, 4.0]> : tensor<3xf32>
  %v10 = arith.minnumf %v8, %v9 fastmath<reassoc,contract> : tensor<3xf32>
  %v11 = arith.select %v0, %v5, %v6 : f16
  %v12 = arith.select %v0, %v5, %v6 : f16
  %v13 = arith.constant false
  %v14 = arith.xori %v0, %v13 : i1
  %v15 = arith.sitofp %v0 : i1 to f32
  return %v7, %v7 : f16, f16
}
func.func @f1(%arg0: vector<2xf16>, %arg1: i16) -> (i1, i16, i64) {
  %v0 = arith.extf %arg0 fastmath<none> : vector<2xf16> to vector<2xf64>
  %v1 = arith.muli %arg1, %arg1 overflow<none> : i16
  %v2 = arith.constant dense<[[9, 11], [15, 4]]> : tensor<2x2xi32>
  %v3 = arith.remsi %v2, %v2 : tensor<2x2xi32>
  %v4 = arith.constant -1 : i8
  %v5 = arith.trunci %v4 : i8 to i7
  %v6 = arith.constant 12 : i32
  %v7 = arith.constant 0 : i32
  %v8 = arith.maxsi %v6, %v7 : i32
  %v9 = arith.constant 31 : i32
  %v10 = arith.maxsi %v9, %v8 : i32
  %v11 = arith.constant dense<false> : vector<2xi1>
  %v12 = arith.constant dense<[0x03FF, 0x7BFF]> : vector<2xf16>
  %v13 = arith.select %v11, %v12, %arg0 : vector<2xi1>, vector<2xf16>
  %v14 = arith.divf %v0, %v0 fastmath<nnan,ninf> : vector<2xf64>
  %v15 = arith.constant -1 : i7
  %v16 = arith.maxsi %v5, %v15 : i7
  %v17 = arith.floordivsi %v1, %v1 : i16
  %v18 = arith.constant 7 : i64
  %v19 = arith.shrui %v18, %v18 : i64
  %v20 = arith.constant dense<1> : vector<2xi32>
  %v21 = arith.trunci %v20 : vector<2xi32> to vector<2xi8>
  %v22 = arith.cmpi sge, %v1, %v17 : i16
  %v23 = arith.extsi %v1 : i16 to i64
  %v24 = arith.constant dense<[0.0, 0xFFF0000000000000]> : vector<2xf64>
  %v25 = arith.subf %v0, %v24 fastmath<none> : vector<2xf64>
  %v26 = arith.extui %v1 : i16 to i64
  %v27 = arith.constant 65 : i64
  %v28 = arith.addi %v27, %v19 overflow<nsw> : i64
  return %v22, %v17, %v23 : i1, i16, i64
}
func.func @f2(%arg0: f8E5M2, %arg1: tensor<2x2xindex>, %arg2: f8E4M3FNUZ) -> i16 {
  %v0 = arith.minui %arg1, %arg1 : tensor<2x2xindex>
  %v1 = arith.index_castui %v0 : tensor<2x2xindex> to tensor<2x2xi1>
  %v2 = arith.constant dense<0x5D13C333> : vector<2xf32>
  %v3 = arith.constant dense<0x7F800000> : vector<2xf32>
  %v4 = arith.minnumf %v2, %v3 : vector<2xf32>
  %v5 = arith.extui %v1 : tensor<2x2xi1> to tensor<2x2xi64>
  %v6 = arith.constant dense<1> : tensor<2x2xi64>
  %v7 = arith.cmpi sgt, %v5, %v6 : tensor<2x2xi64>
  %v8 = arith.constant 17179869184 : index
  %v9 = arith.index_castui %v8 : index to i32
  %v10 = arith.index_castui %v0 : tensor<2x2xindex> to tensor<2x2xi1>
  %v11 = arith.constant dense<true> : tensor<2x2xi1>
  %v12 = arith.uitofp %v11 : tensor<2x2xi1> to tensor<2x2xf16>
  %v13 = arith.constant 0x3F800000 : f32
  %v14 = arith.mulf %v13, %v13 : f32
  %v15 = arith.uitofp %v11 : tensor<2x2xi1> to tensor<2x2xf16>
  %v16 = arith.shrsi %v8, %v8 : index
  %v17 = arith.constant dense<0> : tensor<2x2xindex>
  %v18 = arith.ori %arg1, %v17 : tensor<2x2xindex>
  %v19 = arith.constant dense<0xFE00> : vector<2xf16>
  %v20 = arith.constant 9 : i16
  %v21:3 = func.call @f1(%v19, %v20) : (vector<2xf16>, i16) -> (i1, i16, i64)
  return %v21#1 : i16
}
func.func @f3(%arg0: tensor<3xi8>) -> (i16, f16) {
  %v0 = arith.constant dense<0x03FF> : vector<4xf16>
  %v1 = arith.constant dense<0.0> : vector<4xf16>
  %v2 = arith.addf %v0, %v1 fastmath<fast> : vector<4xf16>
  %v3 = arith.constant -2.5 : f8E5M2
  %v4 = arith.constant dense<-6375426407445365080> : tensor<2x2xindex>
  %v5 = arith.constant 0x7C : f8E4M3FNUZ
  %v6 = func.call @f2(%v3, %v4, %v5) : (f8E5M2, tensor<2x2xindex>, f8E4M3FNUZ) -> i16
  %v7 = arith.constant 0x01 : f8E5M2
  %v8 = arith.negf %v7 : f8E5M2
  %v9 = arith.negf %v8 : f8E5M2
  %v10 = arith.constant 31 : i32
  %v11 = arith.ori %v10, %v10 : i32
  %v12 = arith.constant -1 : i16
  %v13 = arith.xori %v6, %v12 : i16
  %v14 = arith.xori %v13, %v12 : i16
  %v15 = arith.constant 127 : i8
  %v16 = arith.constant dense<0xBCA08613> : tensor<3xf32>
  %v17:2 = func.call @f0(%v15, %v16) : (i8, tensor<3xf32>) -> (f16, f16)
  %v18 = arith.fptosi %v17#1 : f16 to i1
  %v19 = arith.constant dense<-2> : tensor<3xi8>
  %v20 = arith.ori %v19, %arg0 : tensor<3xi8>
  %v21 = arith.maximumf %v17#0, %v17#1 : f16
  %v22 = arith.xori %v13, %v12 : i16
  %v23 = arith.constant dense<true> : vector<2xi1>
  %v24 = arith.constant dense<[true, false]> : vector<2xi1>
  %v25 = arith.subi %v23, %v24 overflow<none> : vector<2xi1>
  %v26 = arith.xori %v13, %v12 : i16
  %v27 = arith.constant dense<7> : tensor<3xi8>
  %v28 = arith.divui %v27, %v27 : tensor<3xi8>
  %v29 = arith.constant dense<67108864> : tensor<2x2xindex>
  %v30 = arith.cmpi slt, %v4, %v29 : tensor<2x2xindex>
  %v31 = arith.maxsi %v13, %v6 : i16
  %v32 = arith.constant true
  %v33 = arith.muli %v32, %v18 overflow<nuw> : i1
  %v34:2 = func.call @f0(%v15, %v16) : (i8, tensor<3xf32>) -> (f16, f16)
  %v35 = arith.xori %v6, %v31 : i16
  %v36 = arith.constant 0xFC00 : f16
  %v37 = arith.mulf %v36, %v17#1 fastmath<fast> : f16
  %v38 = arith.constant 0x3C00 : f16
  %v39 = arith.subf %v38, %v34#0 : f16
  %v40 = arith.maximumf %v17#1, %v17#0 : f16
  %v41 = arith.constant 1 : i16
  %v42 = arith.select %v33, %v41, %v6 : i16
  return %v31, %v39 : i16, f16
}
