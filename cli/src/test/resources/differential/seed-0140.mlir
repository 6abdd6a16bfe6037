// Random func/arith module, seed 140.
func.func @f0(%arg0: f32, %arg1: f8E4M3FN, %arg2: f64) -> f32 {
  %v0 = arith.minimumf %arg0, %arg0 fastmath<nnan> : f32
  %v1 = arith.constant 0 : index
  %v2 = arith.addi %v1, %v1 overflow<nuw> : index
  %v3 = arith.addi %v1, %v1 overflow<nuw> : index
  %v4 = arith.addi %v1, %v1 overflow<nuw> : index
  %v5 = arith.andi %v2, %v1 : index
  %v6 = arith.constant -1 : index
  %v7 = arith.minsi %v6, %v5 : index
  %v8 = arith.constant dense<true> : tensor<3xi1>
  %v9 = arith.index_cast %v8 : tensor<3xi1> to tensor<3xindex>
  %v10 = arith.minsi %v5, %v6 : index
  %v11 = arith.constant 7908501317722524785 : index
  %v12 = arith.constant 10 : index
  %v13 = arith.divsi %v11, %v12 : index
  %v14 = arith.addi %v1, %v1 overflow<nuw> : index
  %v15 = arith.negf %arg2 fastmath<nsz> : f64
  %v16 = arith.constant true
  %v17 = arith.constant 0x00000000 : f32
  %v18 = arith.select %v16, %arg0, %v17 : f32
  %v19 = arith.minsi %v5, %v6 : index
  %v20 = arith.xori %v16, %v16 : i1
  %v21 = arith.minsi %v6, %v5 : index
  %v22 = arith.constant false
  %v23 = arith.constant dense<6> : tensor<3xi16>
  %v24 = arith.constant dense<1> : tensor<3xi16>
  %v25 = arith.select %v22, %v23, %v24 : tensor<3xi16>
  %v26 = arith.constant 140737488355328 : index
  %v27 = arith.index_castui %v26 : index to i32
  %v28 = arith.constant 15 : i64
  %v29 = arith.constant 16777216 : i64
  %v30:2 = arith.addui_extended %v28, %v29 : i64, i1
  %v31 = arith.fptosi %v15 : f64 to i8
  %v32 = arith.constant dense<0x7BFF> : tensor<3xf16>
  %v33 = arith.constant dense<100.0> : tensor<3xf16>
  %v34 = arith.cmpf une, %v32, %v33 : tensor<3xf16>
  return %v18 : f32
}
func.func @f1(%arg0: i64, %arg1: vector<2xi16>, %arg2: f32, %arg3: index) -> (vector<2xi1>, index) {
  %v0 = arith.constant 15 : index
  %v1 = arith.minsi %arg3, %v0 : index
  %v2 = arith.constant true
  %v3 = arith.constant -1.0 : f32
  %v4 = arith.constant -2.5 : f32
  %v5 = arith.select %v2, %v3, %v4 : f32
  %v6 = arith.constant dense<1> : vector<2xi16>
  %v7 = arith.floordivsi %v6, %arg1 : vector<2xi16>
  %v8 = arith.constant -1 : i64
  %v9 = arith.xori %arg0, %v8 : i64
  %v10 = arith.xori %v9, %v8 : i64
  %v11 = arith.cmpi ne, %v7, %v7 : vector<2xi16>
  %v12 = arith.select %v2, %arg3, %v1 : index
  %v13 = arith.xori %arg0, %v8 : i64
  return %v11, %v12 : vector<2xi1>, index
}
func.func @f2(%arg0: f8E4M3FN, %arg1: index, %arg2: tensor<3xf16>, %arg3: f32) -> index {
  %v0 = arith.divsi %arg1, %arg1 : index
  %v1 = arith.divsi %arg1, %arg1 : index
  %v2 = arith.constant 0xFC : f8E4M3
  %v3 = arith.cmpf true, %v2, %v2 fastmath<none> : f8E4M3
  %v4 = arith.constant dense<-3> : vector<2x3xi8>
  %v5:2 = arith.addui_extended %v4, %v4 : vector<2x3xi8>, vector<2x3xi1>
  %v6 = arith.constant 63 : index
  %v7 = arith.minsi %v6, %v0 : index
  %v8 = arith.index_cast %v7 : index to i128
  %v9 = arith.constant 1 : i64
  %v10 = arith.constant 9223372036854775807 : i64
  %v11:2 = arith.mului_extended %v9, %v10 : i64
  %v12 = arith.remf %arg3, %arg3 : f32
  return %v7 : index
}
func.func @f3(%arg0: bf16, %arg1: f8E4M3FN, %arg2: vector<2x3xbf16>) -> (f8E4M3FN, f8E4M3FN, i1) {
  %v0 = arith.constant 0x2F58 : bf16
  %v1 = arith.mulf %arg0, %v0 : bf16
  %v2 = arith.constant dense<2.0> : vector<2x3xbf16>
  %v3 = arith.maximumf %v2, %arg2 : vector<2x3xbf16>
  %v4 = arith.constant true
  %v5 = arith.select %v4, %arg1, %arg1 : f8E4M3FN
  %v6 = arith.constant true
  %v7 = arith.constant true
  %v8 = arith.xori %v7, %v6 : i1
  %v9 = arith.xori %v8, %v6 : i1
  %v10 = arith.constant false
  %v11 = arith.constant false
  %v12 = arith.ori %v10, %v11 : i1
  %v13 = arith.constant true
  %v14 = arith.ori %v12, %v13 : i1
  %v15 = arith.constant dense<-1.0> : vector<2xbf16>
  %v16 = arith.cmpf oge, %v15, %v15 : vector<2xbf16>
  %v17 = arith.uitofp %v16 : vector<2xi1> to vector<2xf32>
  %v18 = arith.constant 0xFF80 : bf16
  %v19 = arith.cmpf oge, %arg0, %v18 : bf16
  %v20 = arith.constant 0.5 : f8E4M3FN
  %v21 = arith.maxnumf %v20, %v5 : f8E4M3FN
  %v22 = arith.subi %v13, %v19 overflow<nsw> : i1
  %v23 = arith.constant dense<0x3F80> : vector<2xbf16>
  %v24 = arith.remf %v23, %v23 fastmath<nnan> : vector<2xbf16>
  %v25 = arith.constant 1.0 : f8E4M3
  %v26 = arith.constant 0x38 : f8E4M3
  %v27 = arith.maxnumf %v25, %v26 fastmath<nnan,ninf> : f8E4M3
  %v28 = arith.constant dense<false> : vector<2xi1>
  %v29 = arith.constant dense<false> : vector<2xi1>
  %v30 = arith.select %v14, %v28, %v29 : vector<2xi1>
  return %v21, %v21, %v19 : f8E4M3FN, f8E4M3FN, i1
}
