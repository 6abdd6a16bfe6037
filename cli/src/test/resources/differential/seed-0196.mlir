// Random func/arith module, seed 196.
func.func @f0(%arg0: i33, %arg1: f32, %arg2: tensor<3xi1>) -> tensor<3xf32> {
  %v0 = arith.constant dense<[false, false, false]> : tensor<3xi1>
  %v1 = arith.cmpi ule, %v0, %arg2 : tensor<3xi1>
  %v2 = arith.constant dense<[false, true, false]> : tensor<3xi1>
  %v3 = arith.cmpi ugt, %v0, %v2 : tensor<3xi1>
  %v4 = arith.constant -3 : i33
  %v5:2 = arith.mului_extended %arg0, %v4 : i33
  %v6 = arith.constant -1.0 : f32
  %v7 = arith.extf %v6 : f32 to f64
  %v8:2 = arith.mului_extended %arg0, %v4 : i33
  %v9 = arith.shli %v5#0, %v8#1 : i33
  %v10:2 = arith.mului_extended %arg0, %v4 : i33
  %v11:2 = arith.mului_extended %v1, %v0 : tensor<3xi1>
  %v12 = arith.uitofp %v1 : tensor<3xi1> to tensor<3xf32>
  %v13 = arith.extf %v6 : f32 to f64
  %v14 = arith.constant 0.5 : f64
  %v15 = arith.negf %v14 fastmath<nnan,ninf> : f64
  %v16 = arith.constant true
  %v17 = arith.select %v16, %v5#1, %v10#1 : i33
  %v18 = arith.constant 4294967295 : i33
  %v19 = arith.divui %arg0, %v18 : i33
  %v20 = arith.constant 32 : i33
  %v21 = arith.constant 32 : i33
  %v22 = arith.maxsi %v20, %v21 : i33
  %v23 = arith.constant dense<7.0> : tensor<3xf32>
  %v24 = arith.fptoui %v23 : tensor<3xf32> to tensor<3xi16>
  %v25:2 = arith.mului_extended %arg0, %v4 : i33
  %v26 = arith.constant dense<-0.0> : tensor<3xf32>
  %v27 = arith.addf %v26, %v12 : tensor<3xf32>
  %v28 = arith.constant 0xBF800000 : f32
  %v29 = arith.truncf %v28 toward_zero : f32 to f8E5M2
  %v30 = arith.constant dense<false> : tensor<3xi1>
  %v31 = arith.index_cast %v30 : tensor<3xi1> to tensor<3xindex>
  %v32 = arith.negf %arg1 : f32
  %v33:2 = arith.mului_extended %arg0, %v4 : i33
  %v34 = arith.maxnumf %v12, %v23 : tensor<3xf32>
  %v35 = arith.extf %v6 : f32 to f64
  return %v27 : tensor<3xf32>
}
func.func @f1(%arg0: tensor<3xi8>) {
  %v0 = arith.constant -3.0e-05 : bf16
  %v1 = arith.truncf %v0 : bf16 to f8E5M2
  %v2 = arith.constant dense<-4> : tensor<3xi8>
  %v3 = arith.shrui %v2, %arg0 : tensor<3xi8>
  %v4 = arith.shrui %v2, %arg0 : tensor<3xi8>
  %v5 = arith.muli %arg0, %v2 overflow<nuw> : tensor<3xi8>
  %v6 = arith.constant dense<[9, 4, 127]> : tensor<3xi8>
  %v7 = arith.subi %v6, %v4 overflow<nsw, nuw> : tensor<3xi8>
  %v8:2 = arith.mului_extended %v2, %v7 : tensor<3xi8>
  %v9 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v10 = arith.select %v9, %v5, %arg0 : tensor<3xi1>, tensor<3xi8>
  return
}
