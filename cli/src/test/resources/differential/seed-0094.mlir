// Random func/arith module, seed 94.
func.func @f0(%arg0: tensor<2x2xi8>, %arg1: f16) -> (tensor<2x2xi1>, i1) {
  %v0 = arith.maxsi %arg0, %arg0 : tensor<2x2xi8>
  %v1 = arith.constant 0x3C00 : f16
  %v2 = arith.constant 0xBC00 : f16
  %v3 = arith.minnumf %v1, %v2 fastmath<nnan> : f16
  %v4 = arith.negf %arg1 fastmath<nnan,ninf> : f16
  %v5 = arith.constant dense<64> : tensor<2x2xi8>
  %v6 = arith.maxui %arg0, %v5 : tensor<2x2xi8>
  %v7 = arith.cmpi eq, %arg0, %v0 : tensor<2x2xi8>
  %v8 = arith.maxsi %arg0, %arg0 : tensor<2x2xi8>
  %v9 = arith.constant dense<[[false, false], [false, true]]> : tensor<2x2xi1>
  %v10 = arith.constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %v11 = arith.ori %v9, %v10 : tensor<2x2xi1>
  %v12 = arith.minui %v0, %v8 : tensor<2x2xi8>
  %v13 = arith.constant 0x3C00 : f16
  %v14 = arith.minimumf %v13, %v4 fastmath<fast> : f16
  %v15 = arith.extui %v9 : tensor<2x2xi1> to tensor<2x2xi32>
  %v16:2 = arith.addui_extended %v6, %v0 : tensor<2x2xi8>, tensor<2x2xi1>
  %v17 = arith.constant dense<29598> : vector<2x3xi16>
  %v18:2 = arith.addui_extended %v17, %v17 : vector<2x3xi16>, vector<2x3xi1>
  %v19 = arith.constant dense<[0, 0]> : vector<2xi64>
  %v20 = arith.trunci %v19 : vector<2xi64> to vector<2xi1>
  %v21 = arith.constant true
  %v22 = arith.constant true
  %v23 = arith.cmpi eq, %v21, %v22 : i1
  %v24 = arith.xori %v16#1, %v16#1 : tensor<2x2xi1>
  %v25 = arith.constant true
  %v26 = arith.constant false
  %v27 = arith.cmpi sge, %v25, %v26 : i1
  %v28 = arith.constant dense<-62> : vector<2x3xi8>
  %v29 = arith.constant dense<1> : vector<2x3xi8>
  %v30 = arith.minsi %v28, %v29 : vector<2x3xi8>
  %v31 = arith.cmpf ule, %v14, %v3 fastmath<arcp,afn> : f16
  %v32 = arith.cmpf ule, %v14, %v3 fastmath<arcp,afn> : f16
  %v33 = arith.extf %arg1 fastmath<fast> : f16 to f32
  %v34 = arith.xori %v16#1, %v16#1 : tensor<2x2xi1>
  return %v24, %v31 : tensor<2x2xi1>, i1
}
func.func @f1(%arg0: vector<2x3xi8>, %arg1: tensor<2x2xindex>) -> i1 {
  %v0 = arith.remsi %arg0, %arg0 : vector<2x3xi8>
  %v1 = arith.constant -6 : i64
  %v2 = arith.constant 13 : i64
  %v3 = arith.maxsi %v1, %v2 : i64
  %v4 = arith.constant 0xFFC00000 : f32
  %v5 = arith.negf %v4 fastmath<ninf> : f32
  %v6 = arith.constant dense<[[127, -1], [-128, -128]]> : tensor<2x2xi8>
  %v7 = arith.constant 0x0001 : f16
  %v8:2 = func.call @f0(%v6, %v7) : (tensor<2x2xi8>, f16) -> (tensor<2x2xi1>, i1)
  %v9 = arith.constant true
  %v10 = arith.ori %v8#1, %v9 : i1
  %v11 = arith.maxsi %v2, %v1 : i64
  return %v10 : i1
}
func.func @f2(%arg0: index, %arg1: i16, %arg2: i32, %arg3: f64) -> (i1, tensor<2x2xi1>) {
  %v0 = arith.remf %arg3, %arg3 : f64
  %v1 = arith.constant 0 : i32
  %v2 = arith.cmpi ule, %v1, %arg2 : i32
  %v3 = arith.constant -1178282857 : i32
  %v4:2 = arith.mului_extended %v1, %v3 : i32
  %v5 = arith.constant 1 : index
  %v6 = arith.remui %v5, %arg0 : index
  %v7 = arith.remui %v1, %arg2 : i32
  %v8 = arith.constant -3.0e-05 : f32
  %v9 = arith.constant 0x007FFFFF : f32
  %v10 = arith.cmpf ueq, %v8, %v9 fastmath<reassoc,contract> : f32
  %v11 = arith.remui %v1, %arg2 : i32
  %v12 = arith.shli %arg1, %arg1 overflow<nsw> : i16
  %v13 = arith.cmpi ugt, %v5, %v5 : index
  %v14 = arith.divf %arg3, %v0 : f64
  %v15 = arith.constant 5 : i64
  %v16 = arith.constant 13 : i64
  %v17:2 = arith.addui_extended %v15, %v16 : i64, i1
  %v18 = arith.minsi %v5, %v6 : index
  %v19 = arith.constant dense<false> : tensor<2x2xi1>
  %v20 = arith.maxsi %v19, %v19 : tensor<2x2xi1>
  %v21 = arith.constant 0xBFF0000000000000 : f64
  %v22 = arith.addf %v21, %arg3 : f64
  %v23 = arith.shli %arg1, %arg1 overflow<nsw> : i16
  %v24 = arith.constant 0x7FF0000000000000 : f64
  %v25 = arith.remf %v24, %v14 : f64
  %v26 = arith.subi %v12, %arg1 : i16
  %v27 = arith.constant true
  %v28 = arith.andi %v27, %v2 : i1
  %v29 = arith.constant 4.0 : f32
  %v30 = arith.subf %v8, %v29 : f32
  return %v28, %v20 : i1, tensor<2x2xi1>
}
