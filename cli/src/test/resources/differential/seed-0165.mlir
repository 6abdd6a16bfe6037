// Random func/arith module, seed 165.
func.func @f0(%arg0: f32, %arg1: i8) -> i128 {
  %v0 = arith.constant 0x7F800000 : f32
  %v1 = arith.maxnumf %arg0, %v0 fastmath<arcp,afn> : f32
  %v2 = arith.minsi %arg1, %arg1 : i8
  %v3 = arith.constant 127 : i8
  %v4 = arith.maxui %v2, %v3 : i8
  %v5 = arith.index_castui %v4 : i8 to index
  %v6 = arith.minsi %arg1, %arg1 : i8
  %v7 = arith.index_castui %v5 : index to i32
  %v8 = arith.constant 6 : i8
  %v9 = arith.cmpi ult, %v8, %arg1 : i8
  %v10 = arith.minsi %arg1, %arg1 : i8
  %v11 = arith.minsi %arg1, %arg1 : i8
  %v12 = arith.maxui %v2, %v3 : i8
  %v13 = arith.constant 0x0001 : bf16
  %v14 = arith.bitcast %v13 : bf16 to f16
  %v15 = arith.cmpi sge, %v9, %v9 : i1
  %v16 = arith.constant 2.0 : f32
  %v17 = arith.mulf %arg0, %v16 : f32
  %v18 = arith.constant 0xF4EB : f16
  %v19 = arith.cmpf ole, %v18, %v14 fastmath<arcp,afn> : f16
  %v20 = arith.constant false
  %v21 = arith.select %v20, %v1, %arg0 : f32
  %v22 = arith.constant 0x7F800000 : f32
  %v23 = arith.cmpf une, %v22, %v21 : f32
  %v24 = arith.constant dense<3.0> : vector<4xf64>
  %v25 = arith.cmpf uge, %v24, %v24 fastmath<nnan,ninf> : vector<4xf64>
  %v26 = arith.constant -0.0 : bf16
  %v27 = arith.fptoui %v26 : bf16 to i128
  %v28 = arith.fptoui %v26 : bf16 to i128
  %v29 = arith.constant 0 : i64
  %v30 = arith.constant 0 : i64
  %v31 = arith.shrsi %v29, %v30 : i64
  %v32 = arith.constant 0x3F800000 : f32
  %v33 = arith.cmpf uge, %v16, %v32 : f32
  return %v28 : i128
}
func.func @f1(%arg0: i8, %arg1: i8, %arg2: f8E4M3FN) -> (bf16, i1) {
  %v0 = arith.constant -5 : i8
  %v1 = arith.constant -4 : i8
  %v2 = arith.shrsi %v0, %v1 exact : i8
  %v3 = arith.extf %arg2 fastmath<arcp,afn> : f8E4M3FN to bf16
  %v4 = arith.shrsi %v0, %v1 exact : i8
  %v5 = arith.shrsi %arg0, %arg1 exact : i8
  %v6 = arith.cmpf false, %arg2, %arg2 : f8E4M3FN
  %v7 = arith.shrsi %v0, %v1 exact : i8
  %v8 = arith.constant 0x7C : f8E4M3FN
  %v9 = arith.negf %v8 : f8E4M3FN
  %v10 = arith.cmpi ult, %v6, %v6 : i1
  %v11 = arith.constant 0x7FF0000000000000 : f64
  %v12 = arith.bitcast %v11 : f64 to i64
  %v13 = arith.constant 32768 : i64
  %v14 = arith.constant -9223372036854775808 : i64
  %v15 = arith.maxsi %v13, %v14 : i64
  %v16 = arith.constant 10 : i8
  %v17 = arith.constant 1 : i8
  %v18:2 = arith.addui_extended %v16, %v17 : i8, i1
  %v19 = arith.constant 0x78 : f8E4M3FN
  %v20 = arith.subf %arg2, %v19 : f8E4M3FN
  %v21 = arith.constant dense<true> : tensor<3xi1>
  %v22 = arith.constant dense<[true, true, true]> : tensor<3xi1>
  %v23 = arith.cmpi sgt, %v21, %v22 : tensor<3xi1>
  return %v3, %v10 : bf16, i1
}
