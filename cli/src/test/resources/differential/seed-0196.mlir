// Random func/arith module, seed 196.
func.func @f0(%arg0: i33, %arg1: f8E5M2FNUZ, %arg2: tensor<0xi1>) -> i1 {
  %v0 = arith.constant 100.0 : f8E5M2FNUZ
  %v1 = arith.constant 0xF4 : f8E5M2FNUZ
  %v2 = arith.cmpf oge, %v0, %v1 : f8E5M2FNUZ
  %v3 = arith.constant true
  %v4 = arith.select %v3, %v0, %arg1 : f8E5M2FNUZ
  %v5 = arith.constant -3 : i33
  %v6 = arith.subi %v5, %arg0 overflow<nsw, nuw> : i33
  %v7 = arith.constant dense<false> : tensor<0xi1>
  %v8 = arith.extsi %v7 : tensor<0xi1> to tensor<0xi16>
  %v9 = arith.trunci %v8 : tensor<0xi16> to tensor<0xi1>
  %v10 = arith.subi %v5, %arg0 overflow<nsw, nuw> : i33
  %v11 = arith.shli %arg2, %v7 : tensor<0xi1>
  %v12 = arith.constant 34 : i33
  %v13 = arith.constant -4294967296 : i33
  %v14 = arith.cmpi ne, %v12, %v13 : i33
  %v15 = arith.maximumf %v1, %arg1 : f8E5M2FNUZ
  %v16 = arith.constant 0x01 : f8E5M2FNUZ
  %v17 = arith.maximumf %v16, %v4 : f8E5M2FNUZ
  %v18 = arith.cmpi sge, %v11, %v7 : tensor<0xi1>
  %v19 = arith.constant 128 : i33
  %v20 = arith.select %v14, %v19, %v12 : i33
  %v21 = arith.extsi %v7 : tensor<0xi1> to tensor<0xi16>
  %v22 = arith.constant 7.0 : f8E5M2FNUZ
  %v23 = arith.fptoui %v22 : f8E5M2FNUZ to i7
  %v24 = arith.cmpi ne, %v12, %v13 : i33
  %v25 = arith.negf %v4 : f8E5M2FNUZ
  %v26 = arith.constant 0x80 : f8E5M2FNUZ
  %v27 = arith.constant 0.0 : f8E5M2FNUZ
  %v28 = arith.remf %v26, %v27 : f8E5M2FNUZ
  %v29 = arith.constant dense<-1> : tensor<0xi16>
  %v30 = arith.xori %v29, %v29 : tensor<0xi16>
  %v31 = arith.xori %v30, %v29 : tensor<0xi16>
  %v32 = arith.remf %v26, %v27 : f8E5M2FNUZ
  %v33 = arith.constant -2.5 : f8E5M2FNUZ
  %v34 = arith.mulf %v33, %v15 : f8E5M2FNUZ
  %v35 = arith.constant dense<false> : tensor<0xi1>
  %v36 = arith.shli %v18, %v35 : tensor<0xi1>
  %v37 = arith.xori %v29, %v29 : tensor<0xi16>
  %v38 = arith.shli %arg2, %v7 : tensor<0xi1>
  %v39 = arith.cmpi ugt, %v6, %v6 : i33
  return %v39 : i1
}
func.func @f1(%arg0: f16, %arg1: vector<2x3xf64>, %arg2: vector<2x3xf64>) -> (f64, f64) {
  %v0 = arith.constant -147454222380784852011387075382975612185 : i128
  %v1 = arith.index_castui %v0 : i128 to index
  %v2 = arith.constant 9 : i33
  %v3 = arith.constant -2.5 : f8E5M2FNUZ
  %v4 = arith.constant dense<true> : tensor<0xi1>
  %v5 = func.call @f0(%v2, %v3, %v4) : (i33, f8E5M2FNUZ, tensor<0xi1>) -> i1
  %v6 = arith.index_castui %v0 : i128 to index
  %v7 = arith.constant -1 : index
  %v8 = arith.subi %v7, %v7 overflow<nsw, nuw> : index
  %v9 = arith.constant false
  %v10 = arith.cmpi slt, %v9, %v5 : i1
  %v11 = arith.constant dense<100.0> : vector<2x3xf64>
  %v12 = arith.subf %v11, %arg1 : vector<2x3xf64>
  %v13 = arith.constant dense<0x0000000000000001> : vector<2x3xf64>
  %v14 = arith.negf %v13 fastmath<nnan,ninf> : vector<2x3xf64>
  %v15 = arith.constant 0.5 : f16
  %v16 = arith.constant 0xBC00 : f16
  %v17 = arith.addf %v15, %v16 : f16
  %v18 = arith.sitofp %v10 : i1 to f64
  %v19 = arith.fptoui %v18 : f64 to i1
  %v20 = arith.constant 0x3C : f8E5M2FNUZ
  %v21 = func.call @f0(%v2, %v20, %v4) : (i33, f8E5M2FNUZ, tensor<0xi1>) -> i1
  return %v18, %v18 : f64, f64
}
