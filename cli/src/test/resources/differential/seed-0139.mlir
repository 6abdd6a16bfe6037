// Random func/arith module, seed 139.
func.func @f0(%arg0: f32, %arg1: i8) -> (i8, i8, i8, i1) {
  %v0 = arith.constant 0x00000001 : f32
  %v1 = arith.negf %v0 fastmath<nnan,ninf> : f32
  %v2 = arith.constant -1 : i8
  %v3 = arith.ori %arg1, %v2 : i8
  %v4 = arith.ori %arg1, %v2 : i8
  %v5:2 = arith.addui_extended %arg1, %v4 : i8, i1
  %v6 = arith.ori %v5#1, %v5#1 : i1
  %v7:2 = arith.mulsi_extended %v5#0, %arg1 : i8
  %v8 = arith.muli %arg1, %v5#0 : i8
  return %v7#1, %v4, %v7#1, %v5#1 : i8, i8, i8, i1
}
func.func @f1(%arg0: f64, %arg1: f64) -> (i33, i1, i1) {
  %v0 = arith.constant true
  %v1 = arith.constant -1791316453 : i32
  %v2 = arith.constant 1024 : i32
  %v3 = arith.select %v0, %v1, %v2 : i32
  %v4 = arith.constant true
  %v5 = arith.muli %v4, %v4 overflow<nsw, nuw> : i1
  %v6 = arith.constant false
  %v7 = arith.constant 3 : i32
  %v8 = arith.constant -7 : i32
  %v9 = arith.select %v6, %v7, %v8 : i32
  %v10 = arith.constant -0.0 : f16
  %v11 = arith.constant -1.0 : f16
  %v12 = arith.remf %v10, %v11 fastmath<nnan,ninf> : f16
  %v13 = arith.cmpf oeq, %v10, %v11 fastmath<nnan> : f16
  %v14 = arith.remf %v10, %v11 fastmath<nnan,ninf> : f16
  %v15 = arith.constant 1 : i32
  %v16 = arith.constant -5 : i32
  %v17 = arith.maxui %v15, %v16 : i32
  %v18 = arith.constant -2.5 : f16
  %v19 = arith.constant -0.75 : f16
  %v20 = arith.addf %v18, %v19 : f16
  %v21 = arith.extsi %v6 : i1 to i33
  %v22 = arith.constant -6 : i33
  %v23 = arith.constant 0 : i33
  %v24:2 = arith.mului_extended %v22, %v23 : i33
  %v25 = arith.constant -1 : i33
  %v26 = arith.maxsi %v23, %v25 : i33
  %v27 = arith.cmpf uge, %arg0, %arg1 : f64
  %v28 = arith.remf %arg1, %arg0 : f64
  %v29 = arith.minsi %v5, %v4 : i1
  %v30 = arith.constant 1 : i33
  %v31:2 = arith.mulsi_extended %v25, %v30 : i33
  %v32 = arith.constant dense<0xBFF0000000000000> : vector<2x3xf64>
  %v33 = arith.constant dense<[[0x6135D9FB8A70FCE3, 0x7FF8000000000000, 3.0], [0x3FF0000000000000, 0.5, 0x0000000000000000]]> : vector<2x3xf64>
  %v34 = arith.cmpf true, %v32, %v33 : vector<2x3xf64>
  %v35 = arith.constant 0.5 : f64
  %v36 = arith.constant 0xFFF0000000000000 : f64
  %v37 = arith.mulf %v35, %v36 : f64
  %v38 = arith.cmpf oge, %v36, %v28 fastmath<arcp,afn> : f64
  %v39 = arith.constant dense<[[100.0, -1.0, 0xFFF8000000000000], [0x0000000000000000, 100.0, 0x3FF0000000000000]]> : vector<2x3xf64>
  %v40 = arith.truncf %v39 fastmath<nsz> : vector<2x3xf64> to vector<2x3xf16>
  %v41 = arith.remui %v38, %v4 : i1
  %v42 = arith.constant 2.0 : f64
  %v43 = arith.bitcast %v42 : f64 to i64
  return %v21, %v41, %v27 : i33, i1, i1
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: i64, %arg2: i64, %arg3: i64) -> (i1, i1) {
  %v0 = arith.constant -0.0 : f8E4M3FN
  %v1 = arith.negf %v0 : f8E4M3FN
  %v2 = arith.constant 65 : i64
  %v3 = arith.maxui %arg2, %v2 : i64
  %v4 = arith.constant -5 : i64
  %v5 = arith.floordivsi %v2, %v4 : i64
  %v6 = arith.constant -3.0e-05 : f8E5M2FNUZ
  %v7 = arith.constant 0x00 : f8E5M2FNUZ
  %v8 = arith.maxnumf %v6, %v7 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v9 = arith.minui %arg1, %v4 : i64
  %v10 = arith.constant 0x00 : f8E5M2FNUZ
  %v11 = arith.negf %v10 fastmath<arcp,afn> : f8E5M2FNUZ
  %v12 = arith.constant 16 : i64
  %v13 = arith.muli %arg1, %v12 overflow<nsw, nuw> : i64
  %v14 = arith.constant 0x7F7FFFFF : f32
  %v15 = arith.constant 0 : i8
  %v16:4 = func.call @f0(%v14, %v15) : (f32, i8) -> (i8, i8, i8, i1)
  %v17 = arith.index_cast %v16#0 : i8 to index
  %v18 = arith.addf %v0, %v1 : f8E4M3FN
  %v19 = arith.fptoui %arg0 : f8E5M2FNUZ to i16
  %v20 = arith.maximumf %arg0, %arg0 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v21 = arith.constant -5 : i64
  %v22 = arith.constant 11 : i64
  %v23:2 = arith.mulsi_extended %v21, %v22 : i64
  %v24 = arith.constant 1 : i8
  %v25 = arith.extsi %v24 : i8 to i33
  %v26 = arith.cmpf uge, %v20, %v20 : f8E5M2FNUZ
  %v27:2 = arith.mulsi_extended %v21, %v22 : i64
  %v28 = arith.constant 0x08 : f8E4M3FN
  %v29 = arith.fptosi %v28 : f8E4M3FN to i128
  %v30 = arith.muli %arg1, %v12 overflow<nsw, nuw> : i64
  %v31 = arith.remf %v6, %v7 : f8E5M2FNUZ
  %v32 = arith.extsi %v24 : i8 to i33
  %v33 = arith.constant 11 : i128
  %v34 = arith.addi %v33, %v33 : i128
  return %v26, %v26 : i1, i1
}
func.func @f3(%arg0: i64, %arg1: i8, %arg2: vector<2x3xindex>, %arg3: i8) -> (i64, tensor<3xbf16>) {
  %v0 = arith.constant dense<[0x7F7F, 2.0, 0x0000]> : tensor<3xbf16>
  %v1 = arith.constant dense<0x5C5A> : tensor<3xbf16>
  %v2 = arith.cmpf ole, %v0, %v1 : tensor<3xbf16>
  %v3 = arith.constant dense<[0x0000, 0x3F80, 0xBF80]> : tensor<3xbf16>
  %v4 = arith.maxnumf %v0, %v3 fastmath<ninf> : tensor<3xbf16>
  %v5 = arith.extsi %arg0 : i64 to i128
  %v6 = arith.constant 0x029C229E : f32
  %v7 = arith.constant 3 : i8
  %v8:4 = func.call @f0(%v6, %v7) : (f32, i8) -> (i8, i8, i8, i1)
  %v9 = arith.constant -1 : i8
  %v10:2 = arith.mului_extended %v9, %v8#1 : i8
  %v11 = arith.select %v8#3, %v8#0, %v8#1 : i8
  %v12:2 = arith.addui_extended %arg0, %arg0 : i64, i1
  %v13 = arith.constant 0x0080 : bf16
  %v14 = arith.constant 3.0 : bf16
  %v15 = arith.cmpf uno, %v13, %v14 : bf16
  %v16 = arith.constant dense<0.0> : tensor<3xbf16>
  %v17 = arith.negf %v16 fastmath<nsz> : tensor<3xbf16>
  %v18:2 = arith.mului_extended %v9, %v8#1 : i8
  %v19 = arith.constant false
  %v20 = arith.shli %v19, %v12#1 overflow<nuw> : i1
  return %v12#0, %v3 : i64, tensor<3xbf16>
}
