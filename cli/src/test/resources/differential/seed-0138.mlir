// Random func/arith module, seed 138.
func.func @f0(%arg0: f8E5M2FNUZ) -> (f8E5M2FNUZ, i16) {
  %v0 = arith.constant -3 : index
  %v1 = arith.index_cast %v0 : index to i16
  %v2 = arith.constant -3 : i16
  %v3 = arith.index_cast %v2 : i16 to index
  %v4 = arith.index_cast %v3 : index to i16
  %v5 = arith.constant dense<[0x7F7FFFFF, 0x00000000, 0x7FC00000]> : tensor<3xf32>
  %v6 = arith.cmpf ult, %v5, %v5 : tensor<3xf32>
  %v7 = arith.bitcast %v2 : i16 to f16
  %v8 = arith.bitcast %v7 : f16 to i16
  %v9 = arith.maxui %v0, %v3 : index
  %v10 = arith.addf %arg0, %arg0 fastmath<ninf> : f8E5M2FNUZ
  %v11 = arith.index_cast %v0 : index to i16
  %v12 = arith.constant dense<-1> : vector<2xindex>
  %v13 = arith.constant dense<-1> : vector<2xindex>
  %v14 = arith.remui %v12, %v13 : vector<2xindex>
  %v15 = arith.cmpf ult, %v5, %v5 : tensor<3xf32>
  %v16 = arith.constant dense<[true, false, false]> : tensor<3xi1>
  %v17 = arith.shrui %v16, %v6 : tensor<3xi1>
  return %v10, %v11 : f8E5M2FNUZ, i16
}
func.func @f1(%arg0: i7, %arg1: f8E5M2FNUZ) -> (i16, i7) {
  %v0 = arith.constant 13 : i64
  %v1 = arith.remui %v0, %v0 : i64
  %v2:2 = arith.mulsi_extended %v1, %v0 : i64
  %v3 = arith.remui %v0, %v0 : i64
  %v4 = arith.constant 0 : i64
  %v5 = arith.shli %v1, %v4 overflow<nuw> : i64
  %v6:2 = func.call @f0(%arg1) : (f8E5M2FNUZ) -> (f8E5M2FNUZ, i16)
  %v7 = arith.constant true
  %v8 = arith.constant 1 : i7
  %v9 = arith.select %v7, %arg0, %v8 : i7
  %v10 = arith.shli %v1, %v4 overflow<nuw> : i64
  %v11 = arith.divf %arg1, %v6#0 fastmath<nnan> : f8E5M2FNUZ
  %v12 = arith.shli %v6#1, %v6#1 : i16
  %v13 = arith.muli %v9, %arg0 : i7
  %v14 = arith.constant -32768 : i16
  %v15 = arith.shrui %v14, %v6#1 : i16
  %v16 = arith.constant dense<[2, 6, 17, 1]> : vector<4xi16>
  %v17 = arith.maxsi %v16, %v16 : vector<4xi16>
  %v18 = arith.addi %v13, %v9 overflow<nsw, nuw> : i7
  %v19 = arith.remui %v0, %v0 : i64
  %v20 = arith.constant dense<[[0x000FFFFFFFFFFFFF, -2.5], [0x7FF8000000000000, 0xFFF8000000000000]]> : tensor<2x2xf64>
  %v21 = arith.cmpf ule, %v20, %v20 : tensor<2x2xf64>
  %v22 = arith.remui %v0, %v0 : i64
  %v23 = arith.constant 6 : i7
  %v24 = arith.constant 13 : i7
  %v25 = arith.cmpi ugt, %v23, %v24 : i7
  %v26 = arith.constant 0xFFC0 : bf16
  %v27 = arith.negf %v26 : bf16
  %v28 = arith.constant 100.0 : f8E5M2FNUZ
  %v29 = arith.fptoui %v28 : f8E5M2FNUZ to i32
  %v30 = arith.remui %v0, %v0 : i64
  return %v15, %v18 : i16, i7
}
func.func @f2(%arg0: f32, %arg1: i128) -> i7 {
  %v0 = arith.constant dense<0xFC00> : vector<2x3xf16>
  %v1 = arith.constant dense<0x0400> : vector<2x3xf16>
  %v2 = arith.minimumf %v0, %v1 fastmath<fast> : vector<2x3xf16>
  %v3 = arith.constant 0x7FC00000 : f32
  %v4 = arith.maximumf %arg0, %v3 fastmath<arcp,afn> : f32
  %v5 = arith.sitofp %arg1 : i128 to f8E4M3
  %v6 = arith.addf %v2, %v0 fastmath<arcp,afn> : vector<2x3xf16>
  %v7 = arith.constant 1 : index
  %v8 = arith.index_cast %v7 : index to i16
  %v9 = arith.constant 63 : i7
  %v10 = arith.constant 0x3C : f8E5M2FNUZ
  %v11:2 = func.call @f1(%v9, %v10) : (i7, f8E5M2FNUZ) -> (i16, i7)
  %v12 = arith.remsi %v11#1, %v9 : i7
  %v13 = arith.constant -0.75 : f32
  %v14 = arith.constant 0xBF800000 : f32
  %v15 = arith.divf %v13, %v14 : f32
  %v16 = arith.cmpi sgt, %v9, %v11#1 : i7
  %v17 = arith.negf %v10 : f8E5M2FNUZ
  return %v11#1 : i7
}
