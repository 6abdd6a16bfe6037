// Random func/arith module, seed 96.
func.func @f0(%arg0: bf16, %arg1: i32, %arg2: i32) {
  %v0 = arith.constant -1746800126 : i32
  %v1 = arith.maxui %v0, %arg1 : i32
  %v2 = arith.maxui %v0, %arg1 : i32
  %v3 = arith.minui %v2, %arg2 : i32
  %v4 = arith.constant true
  %v5 = arith.constant 1.0e+10 : bf16
  %v6 = arith.select %v4, %v5, %arg0 : bf16
  %v7:2 = arith.mului_extended %arg1, %v3 : i32
  %v8 = arith.constant true
  %v9 = arith.divsi %v8, %v4 : i1
  %v10:2 = arith.mului_extended %arg1, %v3 : i32
  %v11 = arith.maxsi %arg2, %arg2 : i32
  %v12 = arith.select %v4, %arg0, %v6 : bf16
  %v13 = arith.constant -2147483648 : i32
  %v14 = arith.shrui %v11, %v13 : i32
  %v15 = arith.remui %v10#1, %v3 : i32
  %v16 = arith.maxui %v0, %arg1 : i32
  %v17 = arith.subi %v7#1, %v2 overflow<nsw, nuw> : i32
  %v18 = arith.addf %v12, %v6 fastmath<reassoc,contract> : bf16
  %v19 = arith.ori %v10#0, %v13 : i32
  %v20 = arith.constant -2147483648 : i32
  %v21 = arith.constant 194943337 : i32
  %v22 = arith.minui %v20, %v21 : i32
  return
}
func.func @f1(%arg0: f16, %arg1: vector<4xf32>) {
  %v0 = arith.constant 3397393093980349151 : i64
  %v1 = arith.constant 1 : i64
  %v2 = arith.maxui %v0, %v1 : i64
  %v3 = arith.bitcast %arg0 : f16 to bf16
  %v4 = arith.mulf %v3, %v3 fastmath<none> : bf16
  %v5 = arith.constant -9223372036854775808 : i64
  %v6 = arith.shli %v1, %v5 overflow<nsw, nuw> : i64
  %v7 = arith.constant dense<0xFF800000> : vector<4xf32>
  %v8 = arith.cmpf one, %v7, %arg1 fastmath<arcp,afn> : vector<4xf32>
  %v9 = arith.constant dense<false> : vector<4xi1>
  %v10:2 = arith.mului_extended %v8, %v9 : vector<4xi1>
  %v11 = arith.constant 100.0 : f8E3M4
  %v12 = arith.remf %v11, %v11 fastmath<ninf> : f8E3M4
  %v13 = arith.cmpf one, %v7, %arg1 fastmath<arcp,afn> : vector<4xf32>
  %v14 = arith.cmpi eq, %v8, %v10#1 : vector<4xi1>
  %v15 = arith.constant -0.0 : f8E5M2
  %v16 = arith.bitcast %v15 : f8E5M2 to i8
  %v17 = arith.fptoui %arg0 : f16 to i32
  %v18 = arith.uitofp %v8 : vector<4xi1> to vector<4xbf16>
  %v19 = arith.index_castui %v17 : i32 to index
  %v20 = arith.constant false
  %v21 = arith.constant dense<[0xA818, 0xD57E, 0x7BFF]> : tensor<3xf16>
  %v22 = arith.constant dense<0x03FF> : tensor<3xf16>
  %v23 = arith.select %v20, %v21, %v22 : tensor<3xf16>
  %v24 = arith.fptoui %arg0 : f16 to i32
  %v25 = arith.constant 7.0 : f16
  %v26 = arith.divf %arg0, %v25 fastmath<none> : f16
  %v27 = arith.cmpf one, %v7, %arg1 fastmath<arcp,afn> : vector<4xf32>
  %v28 = arith.constant 0.0 : bf16
  %v29 = arith.fptoui %v28 : bf16 to i64
  %v30:2 = arith.mului_extended %v8, %v9 : vector<4xi1>
  %v31 = arith.cmpf ule, %arg1, %v7 fastmath<reassoc,contract> : vector<4xf32>
  %v32 = arith.constant 6 : i64
  %v33 = arith.shli %v1, %v32 : i64
  %v34 = arith.constant 65 : index
  %v35 = arith.ori %v34, %v19 : index
  %v36 = arith.constant dense<[-0.75, -0.0, -1.0, 0x7F7FFFFF]> : vector<4xf32>
  %v37 = arith.cmpf ueq, %arg1, %v36 fastmath<nsz> : vector<4xf32>
  return
}
func.func @f2(%arg0: tensor<3xf64>, %arg1: i8) -> (tensor<3xi1>, i8, tensor<3xi1>, tensor<3xi8>) {
  %v0 = arith.floordivsi %arg1, %arg1 : i8
  %v1 = arith.constant 2 : i8
  %v2 = arith.xori %v0, %v1 : i8
  %v3 = arith.constant dense<[-3.0e-05, 0.1, 0x7FF0000000000000]> : tensor<3xf64>
  %v4 = arith.truncf %v3 : tensor<3xf64> to tensor<3xbf16>
  %v5 = arith.constant 4 : i8
  %v6 = arith.floordivsi %v2, %v5 : i8
  %v7 = arith.trunci %v5 : i8 to i1
  %v8 = arith.shrsi %arg1, %v6 : i8
  %v9 = arith.constant 6 : i8
  %v10 = arith.remui %v9, %v5 : i8
  %v11 = arith.constant true
  %v12 = arith.constant true
  %v13 = arith.shli %v11, %v12 overflow<none> : i1
  %v14 = arith.constant dense<0x7FC0> : tensor<3xbf16>
  %v15 = arith.divf %v4, %v14 fastmath<nnan> : tensor<3xbf16>
  %v16 = arith.fptosi %arg0 : tensor<3xf64> to tensor<3xi8>
  %v17 = arith.constant 9 : i8
  %v18 = arith.cmpi ne, %v17, %v8 : i8
  %v19 = arith.shrsi %arg1, %v6 : i8
  %v20 = arith.cmpi ule, %v16, %v16 : tensor<3xi8>
  %v21 = arith.constant dense<[0x0000, -1.0, 0x0000]> : tensor<3xbf16>
  %v22 = arith.minnumf %v14, %v21 : tensor<3xbf16>
  return %v20, %v19, %v20, %v16 : tensor<3xi1>, i8, tensor<3xi1>, tensor<3xi8>
}
