// Random func/arith module, seed 2.
func.func @f0(%arg0: tensor<2x2xf64>, %arg1: vector<2x3xf64>) -> vector<2x3xi8> {
  %v0 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v1 = arith.maxsi %v0, %v0 : tensor<2x2xi16>
  %v2 = arith.cmpi eq, %v0, %v0 : tensor<2x2xi16>
  %v3 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<2x3xf64>
  %v4 = arith.minnumf %v3, %arg1 : vector<2x3xf64>
  %v5 = arith.subf %arg1, %v4 fastmath<fast> : vector<2x3xf64>
  %v6 = arith.fptosi %v4 : vector<2x3xf64> to vector<2x3xi8>
  %v7 = arith.minnumf %v3, %arg1 : vector<2x3xf64>
  %v8 = arith.constant dense<-3.0e-05> : tensor<2x2xf64>
  %v9 = arith.minimumf %arg0, %v8 : tensor<2x2xf64>
  %v10 = arith.constant 0xFC00 : f16
  %v11 = arith.constant -0.75 : f16
  %v12 = arith.minnumf %v10, %v11 : f16
  return %v6 : vector<2x3xi8>
}
func.func @f1(%arg0: vector<2x3xf16>) -> (vector<2x3xf16>, vector<2x3xi1>) {
  %v0 = arith.constant dense<0x00800000> : tensor<3xf32>
  %v1 = arith.constant dense<0x7FC00000> : tensor<3xf32>
  %v2 = arith.cmpf uno, %v0, %v1 : tensor<3xf32>
  %v3 = arith.constant dense<true> : tensor<3xi1>
  %v4 = arith.constant dense<[true, false, false]> : tensor<3xi1>
  %v5:2 = arith.mului_extended %v3, %v4 : tensor<3xi1>
  %v6 = arith.constant dense<[[0xBC00, 4.0, 0xFE00], [0x7BFF, -1.0, 0x8000]]> : vector<2x3xf16>
  %v7 = arith.cmpf une, %v6, %arg0 : vector<2x3xf16>
  %v8 = arith.subf %arg0, %v6 : vector<2x3xf16>
  %v9 = arith.constant dense<true> : vector<2x3xi1>
  %v10 = arith.ceildivsi %v7, %v9 : vector<2x3xi1>
  %v11 = arith.constant dense<[[true, false, true], [true, true, false]]> : vector<2x3xi1>
  %v12 = arith.shrui %v7, %v11 : vector<2x3xi1>
  %v13 = arith.constant true
  %v14 = arith.constant -2147483648 : i32
  %v15 = arith.constant 1 : i32
  %v16 = arith.select %v13, %v14, %v15 : i32
  %v17 = arith.cmpf one, %v8, %arg0 : vector<2x3xf16>
  %v18 = arith.constant 0xFFF8000000000000 : f64
  %v19 = arith.constant 0x8000000000000000 : f64
  %v20 = arith.cmpf ogt, %v18, %v19 fastmath<arcp,afn> : f64
  %v21 = arith.divsi %v7, %v9 exact : vector<2x3xi1>
  %v22 = arith.constant dense<0x8305E2A8> : tensor<3xf32>
  %v23 = arith.minimumf %v1, %v22 fastmath<nnan> : tensor<3xf32>
  %v24 = arith.shrui %v7, %v11 : vector<2x3xi1>
  %v25 = arith.select %v20, %v21, %v11 : vector<2x3xi1>
  %v26 = arith.constant true
  %v27 = arith.select %v26, %v8, %arg0 : vector<2x3xf16>
  %v28 = arith.remsi %v25, %v24 : vector<2x3xi1>
  %v29 = arith.extui %v9 : vector<2x3xi1> to vector<2x3xi8>
  %v30 = arith.minui %v11, %v28 : vector<2x3xi1>
  %v31 = arith.extui %v21 : vector<2x3xi1> to vector<2x3xi8>
  %v32 = arith.constant 2.0 : f64
  %v33 = arith.subf %v19, %v32 fastmath<arcp,afn> : f64
  %v34 = arith.constant dense<10> : vector<2x3xi8>
  %v35 = arith.ceildivsi %v31, %v34 : vector<2x3xi8>
  %v36 = arith.cmpf ogt, %arg0, %v6 : vector<2x3xf16>
  %v37 = arith.constant dense<-0.0> : vector<2x3xf16>
  %v38 = arith.maxnumf %v37, %v8 : vector<2x3xf16>
  %v39 = arith.subf %v8, %arg0 fastmath<none> : vector<2x3xf16>
  return %v8, %v25 : vector<2x3xf16>, vector<2x3xi1>
}
func.func @f2(%arg0: i16, %arg1: tensor<2x2xi1>, %arg2: f8E3M4, %arg3: i32) -> tensor<2x2xi1> {
  %v0 = arith.constant dense<true> : tensor<2x2xi1>
  %v1 = arith.constant dense<false> : tensor<2x2xi1>
  %v2 = arith.shli %v0, %v1 overflow<nuw> : tensor<2x2xi1>
  %v3 = arith.constant 0x6F : f8E3M4
  %v4 = arith.maximumf %v3, %arg2 : f8E3M4
  %v5 = arith.constant true
  %v6 = arith.select %v5, %v2, %v1 : tensor<2x2xi1>
  %v7 = arith.constant -32768 : i16
  %v8 = arith.muli %v7, %arg0 overflow<nsw> : i16
  %v9 = arith.constant 7.0 : f8E3M4
  %v10 = arith.fptosi %v9 : f8E3M4 to i128
  %v11 = arith.select %v5, %v4, %arg2 : f8E3M4
  %v12 = arith.maximumf %v4, %v9 : f8E3M4
  %v13 = arith.fptosi %arg2 : f8E3M4 to i32
  %v14 = arith.constant dense<[[false, false], [true, false]]> : tensor<2x2xi1>
  %v15 = arith.constant dense<-0.0> : tensor<2x2xf16>
  %v16 = arith.constant dense<0x8000> : tensor<2x2xf16>
  %v17 = arith.select %v14, %v15, %v16 : tensor<2x2xi1>, tensor<2x2xf16>
  %v18 = arith.constant 0xBF80 : bf16
  %v19 = arith.negf %v18 fastmath<fast> : bf16
  %v20 = arith.constant 9 : i8
  %v21 = arith.xori %v20, %v20 : i8
  %v22 = arith.extf %v9 fastmath<reassoc,contract> : f8E3M4 to bf16
  %v23 = arith.constant dense<[[true, true], [false, false]]> : tensor<2x2xi1>
  %v24 = arith.cmpi slt, %v23, %v2 : tensor<2x2xi1>
  %v25 = arith.constant 170141183460469231731687303715884105727 : i128
  %v26 = arith.minui %v25, %v10 : i128
  %v27 = arith.constant 34 : i33
  %v28 = arith.constant 34 : i33
  %v29 = arith.shrui %v27, %v28 : i33
  %v30 = arith.maximumf %v3, %v9 fastmath<arcp,afn> : f8E3M4
  %v31 = arith.minimumf %v11, %v9 : f8E3M4
  %v32 = arith.constant 0x7E00 : f16
  %v33 = arith.constant 0.0 : f16
  %v34 = arith.select %v5, %v32, %v33 : f16
  %v35 = arith.addf %v33, %v34 : f16
  %v36 = arith.constant 0.5 : f8E3M4
  %v37 = arith.fptoui %v36 : f8E3M4 to i32
  %v38 = arith.index_cast %v8 : i16 to index
  %v39 = arith.constant 2.0 : f16
  %v40 = arith.fptosi %v39 : f16 to i1
  %v41 = arith.cmpi ugt, %arg1, %arg1 : tensor<2x2xi1>
  return %v41 : tensor<2x2xi1>
}
