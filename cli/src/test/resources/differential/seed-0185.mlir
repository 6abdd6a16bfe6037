// Random func/arith module, seed 185.
func.func @f0(%arg0: tensor<3xbf16>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %v0 = arith.constant 32 : i32
  %v1 = arith.constant 776583391 : i32
  %v2 = arith.ceildivsi %v0, %v1 : i32
  %v3 = arith.constant 31 : i32
  %v4 = arith.shli %v0, %v3 overflow<nsw, nuw> : i32
  %v5 = arith.ceildivsi %v0, %v1 : i32
  %v6 = arith.constant -1 : i32
  %v7 = arith.constant 31 : i32
  %v8 = arith.shrsi %v6, %v7 : i32
  %v9 = arith.constant dense<[-0.0, 0xBF80, -2.5]> : tensor<3xbf16>
  %v10 = arith.negf %v9 : tensor<3xbf16>
  %v11 = arith.negf %v10 : tensor<3xbf16>
  %v12 = arith.negf %v10 : tensor<3xbf16>
  %v13 = arith.subi %v6, %v5 overflow<none> : i32
  %v14 = arith.constant dense<-1> : tensor<2x2xi32>
  %v15:2 = arith.mului_extended %v14, %v14 : tensor<2x2xi32>
  %v16 = arith.cmpi ule, %v14, %v14 : tensor<2x2xi32>
  %v17 = arith.constant dense<false> : vector<2xi1>
  %v18 = arith.constant dense<false> : vector<2xi1>
  %v19 = arith.divui %v17, %v18 : vector<2xi1>
  %v20 = arith.constant dense<[false, true]> : vector<2xi1>
  %v21 = arith.subi %v17, %v20 : vector<2xi1>
  %v22 = arith.constant dense<0xBF80> : tensor<3xbf16>
  %v23 = arith.cmpf oge, %v22, %arg0 fastmath<arcp,afn> : tensor<3xbf16>
  return %v23, %v23, %v23 : tensor<3xi1>, tensor<3xi1>, tensor<3xi1>
}
func.func @f1(%arg0: f32, %arg1: tensor<2x2xf64>, %arg2: vector<4xi64>) -> (tensor<3xi1>, tensor<3xi1>, vector<4xi64>) {
  %v0 = arith.constant dense<9223372036854775807> : vector<4xi64>
  %v1 = arith.divsi %arg2, %v0 : vector<4xi64>
  %v2 = arith.constant 0x7F800000 : f32
  %v3 = arith.minnumf %arg0, %v2 fastmath<nnan,ninf> : f32
  %v4 = arith.constant dense<-8> : vector<4xi64>
  %v5 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v6 = arith.cmpi uge, %v4, %v5 : vector<4xi64>
  %v7 = arith.constant dense<[false, true, true, false]> : vector<4xi1>
  %v8 = arith.ceildivsi %v7, %v7 : vector<4xi1>
  %v9 = arith.ceildivsi %v7, %v7 : vector<4xi1>
  %v10 = arith.bitcast %v1 : vector<4xi64> to vector<4xf64>
  %v11 = arith.bitcast %v10 : vector<4xf64> to vector<4xi64>
  %v12 = arith.constant dense<[true, true, false, true]> : vector<4xi1>
  %v13 = arith.subi %v7, %v12 : vector<4xi1>
  %v14 = arith.constant dense<[false, false, true, true]> : vector<4xi1>
  %v15 = arith.subi %v14, %v13 : vector<4xi1>
  %v16 = arith.constant dense<[11, -9223372036854775808, 1, 11]> : vector<4xi64>
  %v17 = arith.uitofp %v16 : vector<4xi64> to vector<4xbf16>
  %v18:2 = arith.addui_extended %arg2, %v4 : vector<4xi64>, vector<4xi1>
  %v19 = arith.constant dense<false> : vector<4xi1>
  %v20:2 = arith.mulsi_extended %v18#1, %v19 : vector<4xi1>
  %v21 = arith.constant dense<[false, true, true, false]> : vector<4xi1>
  %v22 = arith.ori %v20#1, %v21 : vector<4xi1>
  %v23 = arith.constant dense<true> : vector<4xi1>
  %v24 = arith.ori %v22, %v23 : vector<4xi1>
  %v25 = arith.constant dense<[1, 7, -1, -1]> : vector<4xi8>
  %v26 = arith.extsi %v25 : vector<4xi8> to vector<4xi64>
  %v27 = arith.extsi %v25 : vector<4xi8> to vector<4xi64>
  %v28 = arith.cmpi ule, %v26, %v27 : vector<4xi64>
  %v29 = arith.constant dense<[0.1, 2.0, 0x8000]> : tensor<3xbf16>
  %v30:3 = func.call @f0(%v29) : (tensor<3xbf16>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>)
  %v31 = arith.constant dense<false> : vector<4xi1>
  %v32 = arith.minui %v31, %v9 : vector<4xi1>
  %v33 = arith.constant dense<[false, false, false, true]> : vector<4xi1>
  %v34 = arith.cmpi uge, %v33, %v19 : vector<4xi1>
  %v35 = arith.maxnumf %v10, %v10 : vector<4xf64>
  %v36 = arith.cmpi ule, %v26, %v27 : vector<4xi64>
  %v37:3 = func.call @f0(%v29) : (tensor<3xbf16>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>)
  %v38 = arith.bitcast %v10 : vector<4xf64> to vector<4xi64>
  %v39 = arith.divsi %arg2, %v0 : vector<4xi64>
  %v40 = arith.constant -7 : i128
  %v41 = arith.constant dense<0x3F80> : tensor<3xbf16>
  %v42:3 = func.call @f0(%v41) : (tensor<3xbf16>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>)
  %v43 = arith.constant 100.0 : f64
  %v44 = arith.truncf %v43 fastmath<reassoc,contract> : f64 to f16
  return %v42#1, %v42#0, %v11 : tensor<3xi1>, tensor<3xi1>, vector<4xi64>
}
