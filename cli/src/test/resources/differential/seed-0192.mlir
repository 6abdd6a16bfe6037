// Random func/arith module, seed 192.
func.func @f0(%arg0: i32, %arg1: f8E4M3, %arg2: bf16) -> f8E4M3 {
  %v0 = arith.constant true
  %v1 = arith.constant -2.5 : bf16
  %v2 = arith.select %v0, %v1, %v1 : bf16
  %v3 = arith.shrsi %arg0, %arg0 : i32
  %v4:2 = arith.addui_extended %v3, %arg0 : i32, i1
  %v5 = arith.select %v0, %v1, %v1 : bf16
  %v6 = arith.constant true
  %v7 = arith.minsi %v6, %v4#1 : i1
  %v8 = arith.constant true
  %v9 = arith.constant true
  %v10:2 = arith.mului_extended %v8, %v9 : i1
  %v11:2 = arith.mului_extended %v4#0, %arg0 : i32
  %v12 = arith.select %v7, %v8, %v4#1 : i1
  %v13 = arith.constant 0x007F : bf16
  %v14 = arith.cmpf oeq, %v13, %arg2 fastmath<nsz> : bf16
  %v15 = arith.constant 0xFC : f8E4M3
  %v16 = arith.minnumf %arg1, %v15 : f8E4M3
  %v17 = arith.cmpf oeq, %v13, %arg2 fastmath<nsz> : bf16
  return %v16 : f8E4M3
}
func.func @f1(%arg0: i16, %arg1: vector<2x3xi16>, %arg2: f32, %arg3: i128) -> (i1, tensor<2x2xi1>) {
  %v0 = arith.constant 16 : i33
  %v1 = arith.constant 11 : i33
  %v2 = arith.andi %v0, %v1 : i33
  %v3 = arith.constant dense<[true, true, false]> : tensor<3xi1>
  %v4 = arith.shrsi %v3, %v3 exact : tensor<3xi1>
  %v5 = arith.constant dense<[[false, false], [false, true]]> : tensor<2x2xi1>
  %v6 = arith.constant dense<false> : tensor<2x2xi1>
  %v7:2 = arith.mului_extended %v5, %v6 : tensor<2x2xi1>
  %v8 = arith.constant dense<10> : vector<2x3xi16>
  %v9 = arith.addi %arg1, %v8 overflow<nuw> : vector<2x3xi16>
  %v10 = arith.index_castui %arg3 : i128 to index
  %v11 = arith.index_castui %v10 : index to i128
  %v12 = arith.minsi %arg0, %arg0 : i16
  %v13 = arith.constant 33 : i32
  %v14 = arith.constant 0xB8 : f8E4M3
  %v15 = arith.constant 0.1 : bf16
  %v16 = func.call @f0(%v13, %v14, %v15) : (i32, f8E4M3, bf16) -> f8E4M3
  %v17 = arith.constant true
  %v18 = arith.constant -3.0e-05 : f8E4M3
  %v19 = arith.select %v17, %v14, %v18 : f8E4M3
  %v20 = arith.cmpf ule, %v16, %v16 : f8E4M3
  %v21 = arith.andi %arg0, %v12 : i16
  %v22 = arith.constant 1 : i128
  %v23 = arith.cmpi slt, %arg3, %v22 : i128
  %v24:2 = arith.mului_extended %v5, %v6 : tensor<2x2xi1>
  %v25 = arith.subi %v11, %v22 overflow<nsw> : i128
  %v26 = arith.index_castui %arg3 : i128 to index
  %v27 = arith.constant dense<[[0xBFF0000000000000, 0x7FF8000000000000, 0x8000000000000000], [0xFFF8000000000000, 4.0, -0.0]]> : vector<2x3xf64>
  %v28 = arith.constant dense<[[0.0, -0.75, 0x0000000000000000], [4.0, 0x0000000000000001, 0x0000000000000000]]> : vector<2x3xf64>
  %v29 = arith.cmpf oge, %v27, %v28 : vector<2x3xf64>
  return %v20, %v24#0 : i1, tensor<2x2xi1>
}
