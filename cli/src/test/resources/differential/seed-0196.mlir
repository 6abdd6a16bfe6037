// Random func/arith module, seed 196.
func.func @f0(%arg0: i33, %arg1: f32, %arg2: tensor<3xi1>) -> i1 {
  %v0 = arith.constant 100.0 : f32
  %v1 = arith.constant 0xF4554C07 : f32
  %v2 = arith.cmpf oge, %v0, %v1 : f32
  %v3 = arith.constant true
  %v4 = arith.select %v3, %v0, %arg1 : f32
  %v5 = arith.constant -3 : i33
  %v6 = arith.subi %v5, %arg0 overflow<nsw, nuw> : i33
  %v7 = arith.constant dense<false> : tensor<3xi1>
  %v8 = arith.extsi %v7 : tensor<3xi1> to tensor<3xi16>
  %v9 = arith.trunci %v8 : tensor<3xi16> to tensor<3xi1>
  %v10 = arith.subi %v5, %arg0 overflow<nsw, nuw> : i33
  %v11 = arith.shli %arg2, %v7 : tensor<3xi1>
  %v12 = arith.constant 34 : i33
  %v13 = arith.constant -4294967296 : i33
  %v14 = arith.cmpi ne, %v12, %v13 : i33
  %v15 = arith.maximumf %v1, %arg1 : f32
  %v16 = arith.constant 0x00000001 : f32
  %v17 = arith.maximumf %v16, %v4 : f32
  %v18 = arith.cmpi sge, %v11, %v7 : tensor<3xi1>
  %v19 = arith.constant 128 : i33
  %v20 = arith.select %v14, %v19, %v12 : i33
  %v21 = arith.extsi %v7 : tensor<3xi1> to tensor<3xi16>
  %v22 = arith.constant 7.0 : f32
  %v23 = arith.fptoui %v22 : f32 to i7
  %v24 = arith.cmpi ne, %v12, %v13 : i33
  %v25 = arith.negf %v4 : f32
  %v26 = arith.constant 0x80000000 : f32
  %v27 = arith.constant 0.0 : f32
  %v28 = arith.remf %v26, %v27 : f32
  %v29 = arith.constant dense<-1> : tensor<3xi16>
  %v30 = arith.xori %v29, %v29 : tensor<3xi16>
  %v31 = arith.xori %v30, %v29 : tensor<3xi16>
  %v32 = arith.remf %v26, %v27 : f32
  %v33 = arith.constant -2.5 : f32
  %v34 = arith.mulf %v33, %v15 : f32
  %v35 = arith.constant dense<false> : tensor<3xi1>
  %v36 = arith.shli %v18, %v35 : tensor<3xi1>
  %v37 = arith.xori %v29, %v29 : tensor<3xi16>
  %v38 = arith.shli %arg2, %v7 : tensor<3xi1>
  %v39 = arith.cmpi ugt, %v6, %v6 : i33
  return %v39 : i1
}
func.func @f1(%arg0: bf16, %arg1: tensor<3xf64>, %arg2: vector<2x3xf64>) {
  %v0 = arith.constant -147454222380784852011387075382975612185 : i128
  %v1 = arith.index_castui %v0 : i128 to index
  %v2 = arith.constant 9 : i33
  %v3 = arith.constant -2.5 : f32
  %v4 = arith.constant dense<true> : tensor<3xi1>
  %v5 = func.call @f0(%v2, %v3, %v4) : (i33, f32, tensor<3xi1>) -> i1
  %v6 = arith.index_castui %v0 : i128 to index
  %v7 = arith.constant -1 : index
  %v8 = arith.subi %v7, %v7 overflow<nsw, nuw> : index
  %v9 = arith.constant false
  %v10 = arith.cmpi slt, %v9, %v5 : i1
  %v11 = arith.constant 0x7F80 : bf16
  %v12 = arith.subf %v11, %arg0 : bf16
  %v13 = arith.constant dense<0xFFF8000000000000> : tensor<3xf64>
  %v14 = arith.negf %v13 fastmath<nnan,ninf> : tensor<3xf64>
  %v15 = arith.constant -0.0 : bf16
  %v16 = arith.constant 0x8000 : bf16
  %v17 = arith.cmpf oge, %v15, %v16 : bf16
  %v18 = arith.subi %v7, %v7 overflow<nsw, nuw> : index
  %v19 = arith.cmpi ne, %v10, %v17 : i1
  return
}
