// Random func/arith module, seed 154.
func.func @f0(%arg0: tensor<2x2xf64>, %arg1: f8E4M3, %arg2: f16) -> f8E4M3 {
  %v0 = arith.constant dense<64> : tensor<2x2xi16>
  %v1 = arith.constant dense<[[0, 1], [17, 11]]> : tensor<2x2xi16>
  %v2 = arith.ori %v0, %v1 : tensor<2x2xi16>
  %v3 = arith.constant dense<[[-32768, -4], [1, 0]]> : tensor<2x2xi16>
  %v4 = arith.ceildivui %v0, %v3 : tensor<2x2xi16>
  %v5 = arith.ori %v0, %v1 : tensor<2x2xi16>
  %v6 = arith.negf %arg0 : tensor<2x2xf64>
  %v7 = arith.negf %v6 : tensor<2x2xf64>
  %v8 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v9 = arith.minui %v4, %v8 : tensor<2x2xi16>
  %v10 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v11 = arith.minui %v10, %v9 : tensor<2x2xi16>
  %v12 = arith.constant 100.0 : f8E4M3
  %v13 = arith.fptoui %v12 : f8E4M3 to i16
  %v14 = arith.constant dense<-0.75> : tensor<2x2xf64>
  %v15 = arith.remf %v6, %v14 : tensor<2x2xf64>
  %v16 = arith.constant 0.5 : f64
  %v17 = arith.negf %v16 : f64
  %v18 = arith.constant -3.0e-05 : f16
  %v19 = arith.divf %arg2, %v18 fastmath<arcp,afn> : f16
  %v20 = arith.remui %v13, %v13 : i16
  %v21 = arith.fptoui %v16 : f64 to i8
  %v22 = arith.constant -1 : i16
  %v23:2 = arith.mulsi_extended %v22, %v13 : i16
  %v24 = arith.divf %arg2, %v18 fastmath<arcp,afn> : f16
  %v25 = arith.addf %v12, %arg1 : f8E4M3
  %v26 = arith.constant dense<32767> : tensor<2x2xi16>
  %v27 = arith.constant dense<[[1, 15], [-6039, 32767]]> : tensor<2x2xi16>
  %v28 = arith.remsi %v26, %v27 : tensor<2x2xi16>
  %v29 = arith.constant 4 : i8
  %v30 = arith.ceildivsi %v21, %v29 : i8
  %v31 = arith.remf %arg0, %v14 : tensor<2x2xf64>
  %v32 = arith.constant -6 : i64
  %v33 = arith.floordivsi %v32, %v32 : i64
  %v34 = arith.trunci %v22 : i16 to i1
  return %v25 : f8E4M3
}
func.func @f1(%arg0: f64) -> (f64, f64, f64) {
  %v0 = arith.constant dense<[-8, 70368744177664, -9223372036854775808, -1]> : vector<4xindex>
  %v1 = arith.cmpi sle, %v0, %v0 : vector<4xindex>
  %v2 = arith.constant dense<true> : vector<4xi1>
  %v3 = arith.remui %v2, %v2 : vector<4xi1>
  %v4 = arith.constant 0x3F800000 : f32
  %v5 = arith.remf %v4, %v4 : f32
  %v6 = arith.minsi %v0, %v0 : vector<4xindex>
  %v7 = arith.cmpi sle, %v0, %v0 : vector<4xindex>
  %v8 = arith.constant dense<0.1> : tensor<3xf16>
  %v9 = arith.constant dense<[-2.5, 0xFE00, 0x0001]> : tensor<3xf16>
  %v10 = arith.minnumf %v8, %v9 : tensor<3xf16>
  %v11 = arith.constant true
  %v12 = arith.cmpi sle, %v11, %v11 : i1
  %v13 = arith.constant 0.0 : f64
  %v14 = arith.minimumf %v13, %arg0 : f64
  %v15 = arith.fptosi %v13 : f64 to i33
  %v16 = arith.constant dense<false> : vector<4xi1>
  %v17 = arith.ceildivui %v16, %v7 : vector<4xi1>
  %v18 = arith.constant false
  %v19 = arith.constant 8589934591 : i33
  %v20 = arith.select %v18, %v15, %v19 : i33
  %v21 = arith.constant -4294967296 : i33
  %v22 = arith.floordivsi %v19, %v21 : i33
  %v23 = arith.constant 0x0000000000000001 : f64
  %v24 = arith.addf %v23, %v13 fastmath<reassoc,contract> : f64
  %v25 = arith.floordivsi %v19, %v21 : i33
  return %v14, %v14, %v14 : f64, f64, f64
}
func.func @f2(%arg0: f8E4M3, %arg1: i32, %arg2: i16) -> (i8, vector<2x3xi32>, f8E4M3) {
  %v0 = arith.constant 0x2F : f8E4M3
  %v1 = arith.minimumf %v0, %v0 fastmath<ninf> : f8E4M3
  %v2 = arith.constant 2147483647 : i32
  %v3 = arith.shrsi %v2, %arg1 : i32
  %v4 = arith.constant 0x38 : f8E4M3
  %v5 = arith.addf %arg0, %v4 fastmath<none> : f8E4M3
  %v6 = arith.maxnumf %v1, %v5 : f8E4M3
  %v7 = arith.constant 100.0 : f8E4M3
  %v8 = arith.subf %v6, %v7 fastmath<fast> : f8E4M3
  %v9 = arith.constant 4.0 : f8E4M3
  %v10 = arith.divf %v5, %v9 fastmath<nnan> : f8E4M3
  %v11 = arith.constant dense<[[31, -1, 16777216], [2147483647, 16, 0]]> : vector<2x3xi32>
  %v12 = arith.constant dense<[[0, 31, 1514634641], [31, -2147483648, 14]]> : vector<2x3xi32>
  %v13 = arith.cmpi sgt, %v11, %v12 : vector<2x3xi32>
  %v14 = arith.negf %v6 : f8E4M3
  %v15 = arith.cmpi sgt, %v11, %v12 : vector<2x3xi32>
  %v16 = arith.constant 1 : i32
  %v17 = arith.shrsi %v16, %arg1 exact : i32
  %v18 = arith.extui %v17 : i32 to i64
  %v19 = arith.constant 1 : i32
  %v20 = arith.extui %v19 : i32 to i64
  %v21 = arith.cmpi sgt, %v18, %v20 : i64
  %v22 = arith.index_cast %v18 : i64 to index
  %v23 = arith.cmpi sgt, %v18, %v20 : i64
  %v24 = arith.constant 0x02 : f8E4M3FNUZ
  %v25 = arith.constant 0xFC : f8E4M3FNUZ
  %v26 = arith.subf %v24, %v25 : f8E4M3FNUZ
  %v27 = arith.constant -2147483648 : i32
  %v28 = arith.constant 1 : i32
  %v29 = arith.ceildivui %v27, %v28 : i32
  %v30 = arith.constant 0 : i128
  %v31 = arith.cmpi ne, %v30, %v30 : i128
  %v32 = arith.divf %v6, %v9 : f8E4M3
  %v33 = arith.subf %v25, %v24 : f8E4M3FNUZ
  %v34 = arith.fptoui %v32 : f8E4M3 to i8
  %v35 = arith.fptoui %v14 : f8E4M3 to i32
  %v36 = arith.ceildivui %v3, %v17 : i32
  %v37 = arith.index_castui %v34 : i8 to index
  return %v34, %v11, %v32 : i8, vector<2x3xi32>, f8E4M3
}
func.func @f3(%arg0: bf16, %arg1: f32, %arg2: i32, %arg3: f32) -> i1 {
  %v0 = arith.constant false
  %v1 = arith.constant 524288 : index
  %v2 = arith.select %v0, %v1, %v1 : index
  %v3 = arith.constant 1.0 : bf16
  %v4 = arith.cmpf uge, %arg0, %v3 : bf16
  %v5 = arith.constant 0 : i32
  %v6 = arith.cmpi ne, %arg2, %v5 : i32
  %v7 = arith.constant 0x0F636D94 : f32
  %v8 = arith.cmpf ogt, %arg1, %v7 fastmath<none> : f32
  %v9 = arith.select %v0, %v1, %v1 : index
  %v10 = arith.cmpf uge, %arg0, %v3 : bf16
  %v11 = arith.minimumf %v3, %arg0 fastmath<arcp,afn> : bf16
  %v12:2 = arith.addui_extended %v6, %v8 : i1, i1
  %v13 = arith.cmpi eq, %arg2, %v5 : i32
  %v14 = arith.select %v13, %arg2, %v5 : i32
  %v15 = arith.shrsi %v6, %v12#0 exact : i1
  %v16 = arith.negf %arg0 fastmath<fast> : bf16
  return %v12#0 : i1
}
