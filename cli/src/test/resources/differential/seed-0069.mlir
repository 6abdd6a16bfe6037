// Random func/arith module, seed 69.
func.func @f0(%arg0: bf16, %arg1: i128) -> i128 {
  %v0 = arith.constant 0x7C : f8E5M2
  %v1 = arith.constant 1.0e+10 : f8E5M2
  %v2 = arith.remf %v0, %v1 fastmath<reassoc,contract> : f8E5M2
  %v3 = arith.constant 4294967296 : i128
  %v4 = arith.shli %v3, %arg1 overflow<nsw> : i128
  %v5 = arith.constant 0x3F80 : bf16
  %v6 = arith.maximumf %v5, %arg0 : bf16
  %v7 = arith.constant -6 : i64
  %v8:2 = arith.mulsi_extended %v7, %v7 : i64
  %v9 = arith.shli %v3, %arg1 overflow<nsw> : i128
  %v10 = arith.constant 0x34EB : bf16
  %v11 = arith.divf %arg0, %v10 : bf16
  %v12 = arith.constant 0.0 : bf16
  %v13 = arith.minnumf %v12, %arg0 : bf16
  %v14:2 = arith.mulsi_extended %v7, %v7 : i64
  %v15 = arith.constant -15946825910494628550908008040288200406 : i128
  %v16 = arith.floordivsi %v15, %v4 : i128
  %v17 = arith.addi %v3, %arg1 overflow<none> : i128
  %v18 = arith.shli %v16, %arg1 : i128
  %v19 = arith.constant dense<[[1, 2, 32], [-3, -1, 114]]> : vector<2x3xi8>
  %v20:2 = arith.addui_extended %v19, %v19 : vector<2x3xi8>, vector<2x3xi1>
  %v21 = arith.negf %v13 : bf16
  %v22 = arith.negf %v21 : bf16
  %v23 = arith.constant dense<[0, 6, 127, 1]> : vector<4xi8>
  %v24 = arith.addi %v23, %v23 overflow<none> : vector<4xi8>
  %v25 = arith.constant -1.0 : bf16
  %v26 = arith.bitcast %v25 : bf16 to f16
  %v27 = arith.constant dense<0x7BFF> : tensor<2x2xf16>
  %v28 = arith.mulf %v27, %v27 fastmath<nsz> : tensor<2x2xf16>
  %v29 = arith.addi %v23, %v23 overflow<none> : vector<4xi8>
  %v30 = arith.minimumf %v21, %v5 : bf16
  %v31 = arith.floordivsi %v15, %v4 : i128
  %v32 = arith.constant 0 : i64
  %v33 = arith.remsi %v32, %v7 : i64
  %v34:2 = arith.mului_extended %arg1, %v16 : i128
  return %v31 : i128
}
func.func @f1(%arg0: f8E5M2, %arg1: i64, %arg2: f32, %arg3: f32) -> (i64, i64, i64, i128) {
  %v0 = arith.remui %arg1, %arg1 : i64
  %v1 = arith.remui %arg1, %arg1 : i64
  %v2 = arith.constant 1.0 : f8E5M2
  %v3 = arith.divf %arg0, %v2 : f8E5M2
  %v4 = arith.constant true
  %v5 = arith.constant 0xBF800000 : f32
  %v6 = arith.select %v4, %v5, %arg2 : f32
  %v7 = arith.constant true
  %v8 = arith.addi %v4, %v7 : i1
  %v9 = arith.constant false
  %v10 = arith.addi %v9, %v8 : i1
  %v11 = arith.constant 1 : i64
  %v12 = arith.subi %arg1, %v11 : i64
  %v13 = arith.constant false
  %v14 = arith.extui %v13 : i1 to i64
  %v15 = arith.constant 140737488355328 : i64
  %v16 = arith.cmpi sgt, %v14, %v15 : i64
  %v17 = arith.negf %arg2 : f32
  %v18 = arith.constant 0xBF80 : bf16
  %v19 = arith.constant 1 : i128
  %v20 = func.call @f0(%v18, %v19) : (bf16, i128) -> i128
  %v21 = arith.remui %arg1, %arg1 : i64
  return %v14, %v12, %v21, %v20 : i64, i64, i64, i128
}
func.func @f2(%arg0: f64, %arg1: i32) -> (i1, i1) {
  %v0 = arith.constant dense<0x00000000> : vector<2x3xf32>
  %v1 = arith.extf %v0 : vector<2x3xf32> to vector<2x3xf64>
  %v2 = arith.constant 0x7FF8000000000000 : f64
  %v3 = arith.bitcast %v2 : f64 to i64
  %v4 = arith.constant dense<0x3FF0000000000000> : vector<2x3xf64>
  %v5 = arith.truncf %v4 : vector<2x3xf64> to vector<2x3xbf16>
  %v6 = arith.constant 3.0 : f8E5M2
  %v7 = arith.constant 0x7B : f8E5M2
  %v8 = arith.cmpf oge, %v6, %v7 fastmath<nnan> : f8E5M2
  %v9 = arith.constant true
  %v10 = arith.ceildivsi %v8, %v9 : i1
  %v11 = arith.cmpf oge, %v6, %v7 fastmath<nnan> : f8E5M2
  return %v11, %v11 : i1, i1
}
