// Random func/arith module, seed 115.
func.func @f0(%arg0: f16) -> (f16, f16) {
  %v0 = arith.constant 5 : i32
  %v1 = arith.minui %v0, %v0 : i32
  %v2 = arith.constant 0.0 : f16
  %v3 = arith.maximumf %arg0, %v2 fastmath<arcp,afn> : f16
  %v4 = arith.constant 0x0001 : f16
  %v5 = arith.mulf %v3, %v4 : f16
  %v6 = arith.constant 33 : i32
  %v7 = arith.maxui %v1, %v6 : i32
  %v8 = arith.minimumf %v4, %v2 fastmath<arcp,afn> : f16
  %v9 = arith.constant 2147483647 : i32
  %v10 = arith.index_castui %v9 : i32 to index
  %v11 = arith.index_castui %v10 : index to i32
  %v12 = arith.index_castui %v9 : i32 to index
  return %v8, %v8 : f16, f16
}
func.func @f1(%arg0: tensor<2x2xi8>, %arg1: i32, %arg2: vector<f16>, %arg3: i16) -> (i16, vector<bf16>) {
  %v0 = arith.negf %arg2 : vector<f16>
  %v1 = arith.negf %v0 fastmath<nnan,ninf> : vector<f16>
  %v2 = arith.index_castui %arg1 : i32 to index
  %v3 = arith.divsi %arg3, %arg3 : i16
  %v4 = arith.constant dense<[[13, 3], [-1, 13]]> : tensor<2x2xi8>
  %v5 = arith.constant dense<[[127, 2], [-128, 1]]> : tensor<2x2xi8>
  %v6 = arith.shrui %v4, %v5 : tensor<2x2xi8>
  %v7 = arith.index_castui %arg1 : i32 to index
  %v8 = arith.extf %arg2 fastmath<arcp,afn> : vector<f16> to vector<f32>
  %v9 = arith.minsi %arg0, %arg0 : tensor<2x2xi8>
  %v10 = arith.constant 15 : i32
  %v11 = arith.subi %v10, %v10 : i32
  %v12 = arith.constant -0.75 : f16
  %v13:2 = func.call @f0(%v12) : (f16) -> (f16, f16)
  %v14 = arith.constant dense<0x00000000> : vector<f32>
  %v15 = arith.constant dense<0x7F800000> : vector<f32>
  %v16 = arith.cmpf oeq, %v14, %v15 : vector<f32>
  %v17 = arith.constant dense<3.0> : vector<f32>
  %v18 = arith.negf %v17 : vector<f32>
  %v19 = arith.constant 4 : i32
  %v20 = arith.floordivsi %v19, %arg1 : i32
  %v21 = arith.negf %v1 : vector<f16>
  %v22 = arith.bitcast %v0 : vector<f16> to vector<bf16>
  %v23 = arith.constant -21831 : i16
  %v24 = arith.shrsi %v3, %v23 : i16
  %v25 = arith.constant -1 : i64
  %v26 = arith.constant 4462130138735480024 : i64
  %v27:2 = arith.mulsi_extended %v25, %v26 : i64
  %v28 = arith.constant dense<4> : tensor<3xi8>
  %v29 = arith.constant dense<0> : tensor<3xi8>
  %v30 = arith.andi %v28, %v29 : tensor<3xi8>
  %v31 = arith.constant 0x0001 : f16
  %v32:2 = func.call @f0(%v31) : (f16) -> (f16, f16)
  %v33 = arith.constant dense<0x7F7FFFFF> : vector<f32>
  %v34 = arith.subf %v17, %v33 fastmath<none> : vector<f32>
  %v35 = arith.constant dense<3.0> : vector<f16>
  %v36 = arith.cmpf uno, %v35, %v0 : vector<f16>
  %v37 = arith.constant 0 : index
  %v38 = arith.addi %v37, %v2 overflow<nsw> : index
  %v39 = arith.shrui %v4, %v5 : tensor<2x2xi8>
  %v40 = arith.constant 4.0 : f16
  %v41:2 = func.call @f0(%v40) : (f16) -> (f16, f16)
  return %arg3, %v22 : i16, vector<bf16>
}
func.func @f2(%arg0: f8E4M3FN, %arg1: tensor<0xi8>, %arg2: f80) -> (f8E4M3FN, tensor<0xi8>, tensor<0xi8>) {
  %v0 = arith.maxui %arg1, %arg1 : tensor<0xi8>
  %v1 = arith.constant dense<[]> : tensor<0xi8>
  %v2:2 = arith.addui_extended %v1, %arg1 : tensor<0xi8>, tensor<0xi1>
  %v3 = arith.divui %v2#1, %v2#1 : tensor<0xi1>
  %v4 = arith.constant dense<1> : vector<i16>
  %v5:2 = arith.mului_extended %v4, %v4 : vector<i16>
  %v6 = arith.constant 0x78 : f8E4M3FN
  %v7 = arith.remf %arg0, %v6 : f8E4M3FN
  %v8:2 = arith.addui_extended %v1, %arg1 : tensor<0xi8>, tensor<0xi1>
  return %v7, %v8#0, %v8#0 : f8E4M3FN, tensor<0xi8>, tensor<0xi8>
}
