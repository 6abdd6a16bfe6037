// Random func/arith module, seed 53.
func.func @f0(%arg0: f8E5M2, %arg1: f32) -> (f32, f32, f32, f32) {
  %v0 = arith.constant dense<true> : tensor<2x2xi1>
  %v1 = arith.extui %v0 : tensor<2x2xi1> to tensor<2x2xi64>
  %v2 = arith.constant dense<0> : tensor<2x2xi64>
  %v3 = arith.addi %v2, %v1 : tensor<2x2xi64>
  %v4 = arith.constant dense<1> : tensor<2x2xi64>
  %v5 = arith.divsi %v2, %v4 : tensor<2x2xi64>
  %v6 = arith.extui %v0 : tensor<2x2xi1> to tensor<2x2xi64>
  %v7 = arith.maxnumf %arg1, %arg1 : f32
  %v8 = arith.addi %v2, %v1 : tensor<2x2xi64>
  return %v7, %v7, %v7, %v7 : f32, f32, f32, f32
}
func.func @f1(%arg0: vector<2x3xf16>, %arg1: i64, %arg2: vector<2xi64>) -> (i64, i64) {
  %v0 = arith.constant dense<0x03FF> : vector<2x3xf16>
  %v1 = arith.subf %v0, %arg0 : vector<2x3xf16>
  %v2 = arith.subf %v0, %arg0 : vector<2x3xf16>
  %v3 = arith.constant dense<[65, -6]> : vector<2xi64>
  %v4 = arith.remsi %arg2, %v3 : vector<2xi64>
  %v5 = arith.constant 100.0 : bf16
  %v6 = arith.constant 0x0001 : bf16
  %v7 = arith.addf %v5, %v6 : bf16
  %v8 = arith.index_castui %v3 : vector<2xi64> to vector<2xindex>
  %v9 = arith.index_castui %v8 : vector<2xindex> to vector<2xi64>
  %v10:2 = arith.mului_extended %arg2, %v4 : vector<2xi64>
  %v11 = arith.constant dense<0> : tensor<3xi16>
  %v12 = arith.extsi %v11 : tensor<3xi16> to tensor<3xi64>
  %v13 = arith.extsi %v11 : tensor<3xi16> to tensor<3xi64>
  %v14 = arith.cmpi ult, %v12, %v13 : tensor<3xi64>
  %v15 = arith.index_castui %arg1 : i64 to index
  %v16 = arith.index_castui %v15 : index to i64
  %v17 = arith.negf %v2 : vector<2x3xf16>
  %v18 = arith.negf %v17 : vector<2x3xf16>
  %v19 = arith.constant 2147483647 : i32
  %v20 = arith.trunci %v19 : i32 to i16
  %v21 = arith.extf %v1 fastmath<nnan,ninf> : vector<2x3xf16> to vector<2x3xf64>
  %v22 = arith.constant 0 : i64
  %v23 = arith.subi %arg1, %v22 : i64
  %v24 = arith.constant -9223372036854775808 : i64
  %v25 = arith.divsi %v24, %v23 : i64
  %v26 = arith.constant -1 : i8
  %v27 = arith.extui %v26 : i8 to i64
  %v28 = arith.extui %v26 : i8 to i64
  %v29 = arith.cmpi sgt, %v27, %v28 : i64
  %v30 = arith.constant dense<-5> : vector<2xi64>
  %v31 = arith.minsi %v10#0, %v30 : vector<2xi64>
  %v32 = arith.constant 0xFFC00000 : f32
  %v33 = arith.negf %v32 fastmath<arcp,afn> : f32
  %v34 = arith.constant dense<1> : tensor<2x2xi16>
  %v35 = arith.trunci %v34 : tensor<2x2xi16> to tensor<2x2xi8>
  return %v25, %v22 : i64, i64
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: f32, %arg2: i16) -> i16 {
  %v0 = arith.constant 13 : i16
  %v1 = arith.cmpi ult, %arg2, %v0 : i16
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg2, %v0 : i16
  %v4 = arith.constant true
  %v5 = arith.muli %v4, %v1 overflow<nsw, nuw> : i1
  %v6 = arith.truncf %arg1 to_nearest_away : f32 to bf16
  %v7 = arith.muli %v4, %v1 overflow<nsw, nuw> : i1
  %v8 = arith.bitcast %arg0 : f8E5M2FNUZ to f8E4M3
  %v9 = arith.constant -32768 : i16
  %v10 = arith.select %v1, %v9, %v3 : i16
  %v11 = arith.constant dense<7> : vector<2x3xi32>
  %v12 = arith.extui %v11 : vector<2x3xi32> to vector<2x3xi64>
  %v13 = arith.constant dense<4> : vector<2x3xi32>
  %v14 = arith.extui %v13 : vector<2x3xi32> to vector<2x3xi64>
  %v15 = arith.cmpi sle, %v12, %v14 : vector<2x3xi64>
  %v16 = arith.constant 3.0 : f8E4M3
  %v17 = arith.cmpf false, %v16, %v8 fastmath<reassoc,contract> : f8E4M3
  %v18 = arith.trunci %v10 : i16 to i1
  %v19 = arith.bitcast %arg0 : f8E5M2FNUZ to f8E4M3
  %v20 = arith.trunci %v10 : i16 to i1
  return %v3 : i16
}
func.func @f3(%arg0: i16) -> i64 {
  %v0 = arith.extsi %arg0 : i16 to i64
  %v1 = arith.constant 4 : i64
  %v2 = arith.cmpi eq, %v0, %v1 : i64
  %v3 = arith.constant 1 : i64
  %v4 = arith.constant 11 : i64
  %v5 = arith.subi %v3, %v4 overflow<none> : i64
  %v6 = arith.constant -1 : i128
  %v7 = arith.cmpi ule, %v6, %v6 : i128
  %v8 = arith.select %v7, %v6, %v6 : i128
  %v9 = arith.constant 1 : i64
  %v10 = arith.minui %v0, %v9 : i64
  %v11 = arith.minui %v0, %v9 : i64
  %v12 = arith.constant 0x7C : f8E5M2FNUZ
  %v13 = arith.constant 0x80000000 : f32
  %v14 = func.call @f2(%v12, %v13, %arg0) : (f8E5M2FNUZ, f32, i16) -> i16
  %v15 = arith.constant 7 : i16
  %v16 = arith.muli %v15, %v14 : i16
  %v17 = arith.constant 0 : i64
  %v18 = arith.ceildivsi %v17, %v10 : i64
  %v19 = arith.ceildivsi %v17, %v10 : i64
  %v20 = arith.constant 0x00 : f8E5M2FNUZ
  %v21 = arith.constant 0x3C : f8E5M2FNUZ
  %v22 = arith.cmpf olt, %v20, %v21 : f8E5M2FNUZ
  %v23 = arith.fptosi %v13 : f32 to i128
  %v24 = arith.constant 17179869184 : i64
  %v25 = arith.cmpi eq, %v19, %v24 : i64
  return %v24 : i64
}
