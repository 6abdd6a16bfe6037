// Random func/arith module, seed 129.
func.func @f0(%arg0: f16, %arg1: vector<2x3xf32>, %arg2: f32) -> (f32, vector<4xi1>, vector<4xi1>) {
  %v0 = arith.constant 0x00800000 : f32
  %v1 = arith.remf %arg2, %v0 : f32
  %v2 = arith.remf %arg2, %v0 : f32
  %v3 = arith.constant dense<0xFF800000> : vector<2x3xf32>
  %v4 = arith.constant dense<[[0.0, 0x00800000, -0.0], [0x00000000, 100.0, 3.0]]> : vector<2x3xf32>
  %v5 = arith.minnumf %v3, %v4 : vector<2x3xf32>
  %v6 = arith.constant dense<14> : vector<4xi16>
  %v7 = arith.constant dense<-1> : vector<4xi16>
  %v8 = arith.cmpi ugt, %v6, %v7 : vector<4xi16>
  %v9 = arith.ori %v7, %v6 : vector<4xi16>
  %v10 = arith.constant dense<7> : vector<4xi16>
  %v11 = arith.cmpi slt, %v10, %v9 : vector<4xi16>
  %v12 = arith.constant dense<true> : vector<4xi1>
  %v13 = arith.constant dense<true> : vector<4xi1>
  %v14 = arith.cmpi eq, %v12, %v13 : vector<4xi1>
  %v15 = arith.constant 4722366482869645213696 : i128
  %v16 = arith.constant 127 : i128
  %v17 = arith.xori %v15, %v16 : i128
  %v18 = arith.constant 0xFC00 : f16
  %v19 = arith.subf %arg0, %v18 : f16
  %v20 = arith.constant 10 : i128
  %v21 = arith.ori %v16, %v20 : i128
  %v22 = arith.constant -3 : i128
  %v23 = arith.ori %v21, %v22 : i128
  %v24 = arith.constant dense<true> : vector<4xi1>
  %v25 = arith.minui %v14, %v24 {tag = 0 : i64} : vector<4xi1>
  %v26 = arith.remf %arg2, %v0 {tag = 0 : i64} : f32
  %v27 = arith.cmpi slt, %v10, %v9 : vector<4xi16>
  %v28 = arith.constant -1 : i128
  %v29 = arith.addi %v22, %v28 overflow<nsw, nuw> : i128
  %v30 = arith.cmpi eq, %v12, %v13 : vector<4xi1>
  %v31 = arith.trunci %v21 overflow<nsw> : i128 to i16
  %v32 = arith.constant 128 : i8
  %v33 = arith.extui %v32 : i8 to i64
  %v34 = arith.constant 64 : i64
  %v35 = arith.cmpi sle, %v33, %v34 : i64
  %v36 = arith.trunci %v21 overflow<nsw> : i128 to i16
  %v37 = arith.constant dense<100.0> : vector<2x3xf32>
  %v38 = arith.addf %v5, %v37 : vector<2x3xf32>
  return %v26, %v14, %v25 : f32, vector<4xi1>, vector<4xi1>
}
func.func @f1(%arg0: f64, %arg1: f16, %arg2: vector<2x3xf16>) -> (tensor<2x2xi32>, vector<2x3xi1>, tensor<0xi1>, tensor<0xi1>) {
  %v0 = arith.constant 9223372036854775807 : i64
  %v1 = arith.constant -3079689956923074846 : i64
  %v2 = arith.muli %v0, %v1 : i64
  %v3 = arith.constant dense<33> : tensor<2x2xi32>
  %v4 = arith.cmpi sge, %v3, %v3 : tensor<2x2xi32>
  %v5 = arith.cmpi sge, %v3, %v3 {tag = 1 : i64} : tensor<2x2xi32>
  %v6 = arith.constant false
  %v7 = arith.constant 2 : i64
  %v8 = arith.select %v6, %v0, %v7 : i64
  %v9 = arith.constant dense<[[64, 7], [0, 0]]> : tensor<2x2xi32>
  %v10 = arith.constant dense<8> : tensor<2x2xi32>
  %v11 = arith.minui %v9, %v10 {tag = 0 : i64} : tensor<2x2xi32>
  %v12 = arith.constant dense<[[4, -1], [-2147483648, 6]]> : tensor<2x2xi32>
  %v13 = arith.minui %v12, %v11 : tensor<2x2xi32>
  %v14 = arith.ori %v2, %v7 : i64
  %v15 = arith.constant dense<1.0e+10> : tensor<0xbf16>
  %v16 = arith.constant dense<[]> : tensor<0xbf16>
  %v17 = arith.cmpf une, %v15, %v16 : tensor<0xbf16>
  %v18 = arith.maxui %v7, %v1 : i64
  %v19 = arith.constant dense<-3.0e-05> : vector<2x3xf16>
  %v20 = arith.cmpf ogt, %v19, %arg2 : vector<2x3xf16>
  %v21 = arith.constant 0x7BFF : f16
  %v22 = arith.divf %v21, %arg1 fastmath<nnan> : f16
  return %v13, %v20, %v17, %v17 : tensor<2x2xi32>, vector<2x3xi1>, tensor<0xi1>, tensor<0xi1>
}
func.func @f2(%arg0: index) -> i64 {
  %v0 = arith.constant -9223372036854775808 : index
  %v1 = arith.index_cast %v0 : index to i16
  %v2 = arith.constant -1 : index
  %v3 = arith.cmpi ule, %v2, %v0 : index
  %v4 = arith.divsi %arg0, %v2 : index
  %v5 = arith.floordivsi %v0, %v4 : index
  %v6 = arith.constant 0x7FF8000000000000 : f64
  %v7 = arith.cmpf ule, %v6, %v6 : f64
  %v8 = arith.constant 0x3FF0000000000000 : f64
  %v9 = arith.negf %v8 fastmath<reassoc,contract> : f64
  %v10 = arith.index_castui %v4 : index to i7
  %v11 = arith.index_castui %v4 : index to i7
  %v12 = arith.constant -0.75 : f64
  %v13 = arith.cmpf one, %v12, %v12 fastmath<nsz> : f64
  %v14 = arith.constant 4 : i8
  %v15 = arith.extui %v14 : i8 to i64
  %v16 = arith.constant 65 : i64
  %v17 = arith.cmpi ule, %v15, %v16 : i64
  %v18 = arith.remsi %v2, %v4 : index
  %v19 = arith.constant 0xBFF0000000000000 : f64
  %v20 = arith.cmpf ugt, %v19, %v6 {tag = 0 : i64} : f64
  %v21 = arith.fptosi %v6 : f64 to i64
  %v22 = arith.divui %v14, %v14 : i8
  %v23 = arith.constant 100.0 : f8E5M2FNUZ
  %v24 = arith.constant 100.0 : f8E5M2FNUZ
  %v25 = arith.minimumf %v23, %v24 : f8E5M2FNUZ
  %v26 = arith.extui %v11 : i7 to i64
  %v27 = arith.constant 9 : i64
  %v28 = arith.cmpi uge, %v26, %v27 : i64
  %v29 = arith.minimumf %v23, %v24 : f8E5M2FNUZ
  %v30 = arith.constant 100.0 : f64
  %v31 = arith.subf %v9, %v30 : f64
  %v32:2 = arith.mului_extended %v15, %v26 : i64
  return %v26 : i64
}
func.func @f3(%arg0: f8E4M3B11FNUZ, %arg1: f4E2M1FN) -> i64 {
  %v0 = arith.constant dense<[17, -21839]> : vector<2xi16>
  %v1 = arith.minui %v0, %v0 : vector<2xi16>
  %v2 = arith.constant dense<2> : vector<2xi16>
  %v3 = arith.maxui %v0, %v2 {tag = 1 : i64} : vector<2xi16>
  %v4 = arith.constant 2.0 : f4E2M1FN
  %v5 = arith.cmpf ogt, %v4, %arg1 fastmath<fast> : f4E2M1FN
  %v6 = arith.constant 0xB8 : f8E4M3FN
  %v7 = arith.constant 0x80 : f8E4M3FN
  %v8 = arith.addf %v6, %v7 : f8E4M3FN
  %v9 = arith.constant 3 : i32
  %v10 = arith.cmpi ugt, %v9, %v9 : i32
  %v11 = arith.bitcast %v9 : i32 to f32
  %v12 = arith.bitcast %v11 : f32 to i32
  %v13 = arith.constant dense<-6> : vector<2xi16>
  %v14 = arith.cmpi eq, %v13, %v2 : vector<2xi16>
  %v15 = arith.constant 0x2 : f4E2M1FN
  %v16 = arith.cmpf uge, %v15, %v4 : f4E2M1FN
  %v17 = arith.constant dense<[true, false]> : vector<2xi1>
  %v18 = arith.constant dense<[true, true]> : vector<2xi1>
  %v19 = arith.ceildivsi %v17, %v18 : vector<2xi1>
  %v20 = arith.minui %v0, %v0 : vector<2xi16>
  %v21 = arith.ori %v20, %v1 : vector<2xi16>
  %v22 = arith.constant true
  %v23 = arith.shrsi %v5, %v22 exact : i1
  %v24 = arith.cmpi sge, %v23, %v22 : i1
  %v25 = arith.select %v24, %v23, %v22 : i1
  %v26 = arith.constant dense<[10, 32767]> : vector<2xi16>
  %v27 = arith.cmpi slt, %v0, %v26 : vector<2xi16>
  %v28 = arith.constant -2.5 : bf16
  %v29 = arith.fptosi %v28 : bf16 to i64
  %v30 = arith.constant 0x78 : f8E4M3B11FNUZ
  %v31 = arith.cmpf ult, %v30, %arg0 fastmath<nnan> : f8E4M3B11FNUZ
  %v32 = arith.extsi %v31 : i1 to i64
  %v33 = arith.extsi %v16 : i1 to i64
  %v34 = arith.cmpi ult, %v32, %v33 : i64
  %v35 = arith.addf %v6, %v7 : f8E4M3FN
  %v36 = arith.shli %v33, %v32 {tag = 1 : i64} : i64
  %v37 = arith.constant true
  %v38 = arith.ori %v22, %v37 : i1
  %v39 = arith.constant 0x7C : f8E4M3B11FNUZ
  %v40 = arith.constant 0xCB : f8E4M3B11FNUZ
  %v41 = arith.maximumf %v39, %v40 : f8E4M3B11FNUZ
  %v42 = arith.constant 3.0 : f8E4M3
  %v43 = arith.fptosi %v42 : f8E4M3 to i32
  %v44 = arith.constant -9223372036854775808 : i64
  %v45 = arith.shrui %v44, %v32 : i64
  return %v32 : i64
}
