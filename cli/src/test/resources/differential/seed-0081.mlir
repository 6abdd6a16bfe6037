// Random func/arith module, seed 81.
func.func @f0(%arg0: f4E2M1FN) -> (i1, i16) {
  %v0 = arith.constant 11 : i16
  %v1 = arith.shrui %v0, %v0 : i16
  %v2 = arith.constant true
  %v3 = arith.constant 0 : i16
  %v4 = arith.select %v2, %v3, %v3 : i16
  %v5 = arith.constant 0x2 : f4E2M1FN
  %v6 = arith.negf %v5 : f4E2M1FN
  %v7 = arith.constant 0 : i16
  %v8 = arith.cmpi eq, %v4, %v7 : i16
  %v9 = arith.select %v8, %v7, %v4 : i16
  %v10 = arith.mulf %arg0, %arg0 fastmath<fast> : f4E2M1FN
  %v11 = arith.constant -1.0 : f4E2M1FN
  %v12 = arith.constant 0x8 : f4E2M1FN
  %v13 = arith.maxnumf %v11, %v12 : f4E2M1FN
  %v14 = arith.constant 7 : i16
  %v15 = arith.remui %v7, %v14 : i16
  %v16 = arith.cmpf false, %arg0, %v12 fastmath<none> : f4E2M1FN
  %v17 = arith.mulf %arg0, %arg0 fastmath<fast> : f4E2M1FN
  %v18 = arith.constant 0x1 : f4E2M1FN
  %v19 = arith.minimumf %v6, %v18 fastmath<none> : f4E2M1FN
  %v20 = arith.select %v2, %v3, %v3 : i16
  %v21 = arith.select %v2, %v3, %v3 : i16
  %v22 = arith.constant 0x7 : f4E2M1FN
  %v23 = arith.cmpf une, %v22, %arg0 : f4E2M1FN
  %v24 = arith.fptosi %arg0 : f4E2M1FN to i16
  %v25 = arith.constant 13 : i16
  %v26 = arith.xori %v25, %v24 : i16
  %v27 = arith.constant 0x2 : f4E2M1FN
  %v28 = arith.divf %v17, %v27 fastmath<ninf> : f4E2M1FN
  return %v23, %v24 : i1, i16
}
func.func @f1(%arg0: i64) -> (i1, tensor<0xi32>) {
  %v0 = arith.constant -7 : i64
  %v1:2 = arith.addui_extended %v0, %arg0 : i64, i1
  %v2 = arith.constant 0x3F800000 : f32
  %v3 = arith.constant 0xFFC00000 : f32
  %v4 = arith.cmpf ogt, %v2, %v3 : f32
  %v5 = arith.constant 1.0e+10 : f32
  %v6 = arith.divf %v3, %v5 : f32
  %v7 = arith.truncf %v2 : f32 to bf16
  %v8 = arith.cmpi eq, %v1#1, %v1#1 : i1
  %v9 = arith.constant true
  %v10 = arith.constant false
  %v11 = arith.select %v8, %v10, %v9 : i1
  %v12 = arith.constant 0x0080 : bf16
  %v13 = arith.constant 0xBB13 : bf16
  %v14 = arith.cmpf olt, %v12, %v13 : bf16
  %v15 = arith.constant 1.0e+10 : bf16
  %v16 = arith.mulf %v12, %v15 : bf16
  %v17 = arith.truncf %v2 : f32 to bf16
  %v18 = arith.truncf %v2 : f32 to bf16
  %v19 = arith.constant 1.0 : bf16
  %v20 = arith.mulf %v16, %v19 : bf16
  %v21 = arith.constant 65 : i64
  %v22 = arith.cmpi ne, %arg0, %v21 : i64
  %v23 = arith.cmpi ne, %arg0, %v21 : i64
  %v24 = arith.constant 0xBF800000 : f32
  %v25 = arith.divf %v2, %v24 fastmath<ninf> : f32
  %v26 = arith.fptosi %v13 : bf16 to i8
  %v27 = arith.constant 2.0 : f4E2M1FN
  %v28:2 = func.call @f0(%v27) : (f4E2M1FN) -> (i1, i16)
  %v29 = arith.cmpi ne, %arg0, %v21 : i64
  %v30:2 = arith.mului_extended %v28#0, %v29 : i1
  %v31 = arith.cmpi eq, %v1#1, %v1#1 : i1
  %v32 = arith.constant 0x2 : f4E2M1FN
  %v33 = arith.negf %v32 : f4E2M1FN
  %v34 = arith.constant dense<[]> : tensor<0xi32>
  %v35 = arith.bitcast %v34 : tensor<0xi32> to tensor<0xf32>
  %v36 = arith.bitcast %v35 : tensor<0xf32> to tensor<0xi32>
  return %v29, %v36 : i1, tensor<0xi32>
}
func.func @f2(%arg0: i1, %arg1: f8E4M3B11FNUZ, %arg2: f8E3M4) -> (f8E4M3B11FNUZ, i16) {
  %v0 = arith.cmpf oge, %arg1, %arg1 : f8E4M3B11FNUZ
  %v1 = arith.constant false
  %v2 = arith.remsi %v1, %arg0 : i1
  %v3 = arith.constant 8 : i64
  %v4:2 = func.call @f1(%v3) : (i64) -> (i1, tensor<0xi32>)
  %v5 = arith.constant -7838797009694905342 : i64
  %v6:2 = func.call @f1(%v5) : (i64) -> (i1, tensor<0xi32>)
  %v7 = arith.constant 3.0 : f4E2M1FN
  %v8:2 = func.call @f0(%v7) : (f4E2M1FN) -> (i1, i16)
  %v9:2 = func.call @f0(%v7) : (f4E2M1FN) -> (i1, i16)
  %v10 = arith.constant 0x80 : f8E4M3B11FNUZ
  %v11 = arith.mulf %arg1, %v10 : f8E4M3B11FNUZ
  %v12 = arith.constant 0x5E : f8E3M4
  %v13 = arith.subf %arg2, %v12 : f8E3M4
  %v14:2 = func.call @f0(%v7) : (f4E2M1FN) -> (i1, i16)
  %v15 = arith.constant 0 : i16
  %v16 = arith.cmpi ugt, %v15, %v9#1 : i16
  return %v11, %v9#1 : f8E4M3B11FNUZ, i16
}
func.func @f3(%arg0: vector<2x3xi1>, %arg1: f8E4M3FN, %arg2: vector<2xf16>, %arg3: bf16) -> (vector<2x3xi1>, i1, vector<2x3xi1>) {
  %v0 = arith.constant true
  %v1 = arith.constant dense<false> : vector<2x3xi1>
  %v2 = arith.select %v0, %arg0, %v1 : vector<2x3xi1>
  %v3 = arith.constant dense<false> : vector<2x3xi1>
  %v4 = arith.cmpi sle, %v3, %arg0 : vector<2x3xi1>
  %v5 = arith.extsi %v4 : vector<2x3xi1> to vector<2x3xi64>
  %v6 = arith.extsi %v2 : vector<2x3xi1> to vector<2x3xi64>
  %v7 = arith.cmpi ult, %v5, %v6 : vector<2x3xi64>
  %v8 = arith.select %v0, %arg0, %v1 : vector<2x3xi1>
  %v9 = arith.constant 2 : i32
  %v10 = arith.constant 11 : i32
  %v11 = arith.minsi %v9, %v10 : i32
  %v12 = arith.cmpf false, %arg2, %arg2 fastmath<fast> : vector<2xf16>
  %v13 = arith.constant 0xF8 : f8E4M3FN
  %v14 = arith.mulf %arg1, %v13 fastmath<nnan,ninf> : f8E4M3FN
  %v15 = arith.constant 0xFF80 : bf16
  %v16 = arith.truncf %v15 upward fastmath<nsz> : bf16 to f8E5M2
  %v17 = arith.divui %arg0, %v8 : vector<2x3xi1>
  %v18 = arith.constant 3.0 : f4E2M1FN
  %v19:2 = func.call @f0(%v18) : (f4E2M1FN) -> (i1, i16)
  %v20 = arith.constant 32767 : i16
  %v21 = arith.maxui %v20, %v20 : i16
  %v22 = arith.constant dense<127> : vector<[4]xi8>
  %v23 = arith.constant dense<1> : vector<[4]xi8>
  %v24 = arith.floordivsi %v22, %v23 : vector<[4]xi8>
  %v25 = arith.constant dense<-1> : vector<[4]xi8>
  %v26 = arith.shrsi %v25, %v24 exact : vector<[4]xi8>
  %v27 = arith.constant 0x80 : f8E4M3FN
  %v28 = arith.minimumf %v13, %v27 : f8E4M3FN
  %v29 = arith.constant dense<[0.1, 0.0, 0xFC00, 0xFE00]> : vector<4xf16>
  %v30 = arith.constant dense<[0.0, -2.5, 0x3C00, 7.0]> : vector<4xf16>
  %v31 = arith.mulf %v29, %v30 : vector<4xf16>
  %v32 = arith.constant 7.0 : bf16
  %v33 = arith.cmpf false, %arg3, %v32 : bf16
  return %v17, %v19#0, %v17 : vector<2x3xi1>, i1, vector<2x3xi1>
}
