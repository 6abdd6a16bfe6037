// Random func/arith module, seed 7.
func.func @f0(%arg0: vector<2x3xbf16>, %arg1: f64, %arg2: f32) -> i128 {
  %v0 = arith.constant -9223372036854775808 : index
  %v1 = arith.constant 0 : index
  %v2 = arith.subi %v0, %v1 : index
  %v3 = arith.addi %v0, %v0 overflow<nsw, nuw> : index
  %v4 = arith.constant 0x00800000 : f32
  %v5 = arith.addf %arg2, %v4 : f32
  %v6 = arith.constant 0 : i64
  %v7:2 = arith.mulsi_extended %v6, %v6 : i64
  %v8 = arith.shrsi %v6, %v7#0 : i64
  %v9 = arith.constant 9223372036854775807 : i64
  %v10 = arith.constant -1.0 : f32
  %v11 = arith.subf %arg2, %v10 : f32
  %v12 = arith.shrsi %v6, %v7#0 : i64
  %v13:2 = arith.mulsi_extended %v6, %v6 : i64
  %v14 = arith.constant dense<0x0001> : vector<2x3xbf16>
  %v15 = arith.remf %v14, %arg0 : vector<2x3xbf16>
  %v16 = arith.bitcast %arg0 : vector<2x3xbf16> to vector<2x3xi16>
  %v17 = arith.constant dense<[[16, 20516, 4], [1, 9, 6]]> : vector<2x3xi16>
  %v18 = arith.constant dense<1> : vector<2x3xi16>
  %v19 = arith.subi %v17, %v18 overflow<nuw> : vector<2x3xi16>
  %v20 = arith.constant true
  %v21 = arith.select %v20, %v11, %v5 : f32
  %v22 = arith.constant -1.0 : f8E5M2FNUZ
  %v23 = arith.constant -0.0 : f8E5M2FNUZ
  %v24 = arith.subf %v22, %v23 : f8E5M2FNUZ
  %v25:2 = arith.mulsi_extended %v6, %v6 : i64
  %v26:2 = arith.mulsi_extended %v6, %v6 : i64
  %v27 = arith.cmpf uno, %arg0, %v14 : vector<2x3xbf16>
  %v28 = arith.constant false
  %v29 = arith.extui %v28 : i1 to i128
  return %v29 : i128
}
func.func @f1(%arg0: index) -> (i16, vector<2x3xi32>, i16) {
  %v0 = arith.constant 0 : index
  %v1 = arith.minui %v0, %v0 : index
  %v2 = arith.constant 65535 : i16
  %v3 = arith.constant -32768 : i16
  %v4 = arith.muli %v2, %v3 : i16
  %v5 = arith.constant dense<0x7F800000> : vector<2x3xf32>
  %v6 = arith.constant dense<0x7F7FFFFF> : vector<2x3xf32>
  %v7 = arith.cmpf ogt, %v5, %v6 fastmath<none> : vector<2x3xf32>
  %v8 = arith.constant dense<0x80000000> : vector<2x3xf32>
  %v9 = arith.subf %v6, %v8 fastmath<arcp,afn> : vector<2x3xf32>
  %v10 = arith.constant dense<[[true, true, false], [true, false, true]]> : vector<2x3xi1>
  %v11 = arith.constant dense<false> : vector<2x3xi1>
  %v12 = arith.cmpi eq, %v10, %v11 : vector<2x3xi1>
  %v13 = arith.constant dense<1.0> : vector<2x3xf32>
  %v14 = arith.cmpf ogt, %v13, %v8 fastmath<arcp,afn> : vector<2x3xf32>
  %v15 = arith.muli %v3, %v2 : i16
  %v16 = arith.fptosi %v9 : vector<2x3xf32> to vector<2x3xi32>
  %v17 = arith.index_castui %arg0 : index to i16
  %v18 = arith.minnumf %v8, %v6 : vector<2x3xf32>
  return %v17, %v16, %v17 : i16, vector<2x3xi32>, i16
}
func.func @f2(%arg0: i32) -> i32 {
  %v0 = arith.constant dense<0x7E00> : vector<[4]xf16>
  %v1 = arith.subf %v0, %v0 : vector<[4]xf16>
  %v2 = arith.constant 0 : i32
  %v3 = arith.andi %arg0, %v2 : i32
  %v4 = arith.constant 10 : i32
  %v5 = arith.andi %v4, %v3 : i32
  %v6 = arith.ori %v3, %v4 : i32
  %v7 = arith.andi %arg0, %arg0 : i32
  %v8 = arith.extf %v1 fastmath<nnan> : vector<[4]xf16> to vector<[4]xf64>
  %v9 = arith.constant -0.75 : f8E4M3FN
  %v10 = arith.cmpf oge, %v9, %v9 : f8E4M3FN
  %v11 = arith.andi %v6, %v4 : i32
  %v12 = arith.andi %arg0, %v2 : i32
  %v13 = arith.constant 14 : i32
  %v14 = arith.remui %v11, %v13 : i32
  %v15 = arith.constant -3 : i32
  %v16 = arith.minsi %v15, %v13 : i32
  %v17 = arith.remui %v11, %v13 : i32
  return %v14 : i32
}
