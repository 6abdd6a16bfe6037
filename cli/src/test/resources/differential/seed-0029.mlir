// Random func/arith module, seed 29.
func.func @f0(%arg0: tensor<2x2xf16>) -> (tensor<2x2xf16>, tensor<2x2xi32>, tensor<2x2xi1>) {
  %v0 = arith.constant dense<[[1.0, 0xBC00], [0xFE00, 0x0001]]> : tensor<2x2xf16>
  %v1 = arith.divf %arg0, %v0 : tensor<2x2xf16>
  %v2 = arith.constant 0 : i33
  %v3 = arith.divui %v2, %v2 : i33
  %v4 = arith.constant 0x7E : f8E5M2
  %v5 = arith.addf %v4, %v4 : f8E5M2
  %v6 = arith.constant 7 : i33
  %v7:2 = arith.addui_extended %v3, %v6 : i33, i1
  %v8 = arith.constant 0xE4 : f8E5M2
  %v9 = arith.cmpf ugt, %v4, %v8 : f8E5M2
  %v10 = arith.constant 0x4BA6 : bf16
  %v11 = arith.cmpf ogt, %v10, %v10 fastmath<ninf> : bf16
  %v12 = arith.divf %arg0, %v0 : tensor<2x2xf16>
  %v13 = arith.constant true
  %v14 = arith.constant true
  %v15 = arith.remsi %v13, %v14 : i1
  %v16 = arith.constant true
  %v17 = arith.index_cast %v16 : i1 to index
  %v18 = arith.constant dense<[[2.0, 0x7E00], [0x3C58, 0xFC00]]> : tensor<2x2xf16>
  %v19 = arith.addf %v12, %v18 fastmath<fast> : tensor<2x2xf16>
  %v20 = arith.constant dense<-3.0e-05> : tensor<2x2xf16>
  %v21 = arith.fptoui %v20 : tensor<2x2xf16> to tensor<2x2xi32>
  %v22 = arith.cmpf ugt, %arg0, %v19 : tensor<2x2xf16>
  %v23 = arith.minui %v22, %v22 : tensor<2x2xi1>
  return %v12, %v21, %v23 : tensor<2x2xf16>, tensor<2x2xi32>, tensor<2x2xi1>
}
func.func @f1(%arg0: i1, %arg1: vector<2x3xindex>, %arg2: i32, %arg3: index) -> i1 {
  %v0 = arith.constant dense<[[false, false, false], [true, false, true]]> : vector<2x3xi1>
  %v1 = arith.select %v0, %arg1, %arg1 : vector<2x3xi1>, vector<2x3xindex>
  %v2 = arith.select %v0, %arg1, %arg1 : vector<2x3xi1>, vector<2x3xindex>
  %v3 = arith.constant 0x01 : f8E5M2FNUZ
  %v4 = arith.bitcast %v3 : f8E5M2FNUZ to f8E5M2
  %v5 = arith.constant true
  %v6 = arith.minsi %v5, %arg0 : i1
  %v7 = arith.constant 64 : index
  %v8 = arith.cmpi uge, %v7, %arg3 : index
  %v9 = arith.constant true
  %v10 = arith.constant false
  %v11 = arith.select %v8, %v9, %v10 : i1
  %v12 = arith.floordivsi %v6, %v10 : i1
  return %v8 : i1
}
func.func @f2(%arg0: f8E3M4) -> (f8E3M4, f8E3M4) {
  %v0 = arith.constant dense<[[-3, 0], [10, 2371279740357940057]]> : tensor<2x2xi64>
  %v1 = arith.maxui %v0, %v0 : tensor<2x2xi64>
  %v2 = arith.constant dense<65> : tensor<2x2xi64>
  %v3 = arith.ceildivui %v0, %v2 : tensor<2x2xi64>
  %v4 = arith.maxui %v0, %v0 : tensor<2x2xi64>
  %v5 = arith.constant dense<[[2, 5], [64, 9223372036854775807]]> : tensor<2x2xi64>
  %v6 = arith.constant dense<0> : tensor<2x2xi64>
  %v7 = arith.cmpi uge, %v5, %v6 : tensor<2x2xi64>
  %v8 = arith.constant dense<[[-9223372036854775808, -4], [12, -6]]> : tensor<2x2xi64>
  %v9 = arith.maxsi %v5, %v8 : tensor<2x2xi64>
  %v10 = arith.negf %arg0 fastmath<nnan,ninf> : f8E3M4
  %v11 = arith.index_castui %v3 : tensor<2x2xi64> to tensor<2x2xindex>
  %v12 = arith.index_castui %v11 : tensor<2x2xindex> to tensor<2x2xi64>
  %v13:2 = arith.mulsi_extended %v2, %v5 : tensor<2x2xi64>
  %v14 = arith.cmpf ueq, %v10, %arg0 fastmath<none> : f8E3M4
  %v15 = arith.index_castui %v11 : tensor<2x2xindex> to tensor<2x2xi64>
  %v16 = arith.shli %v14, %v14 overflow<nsw, nuw> : i1
  %v17 = arith.constant 1.0 : f8E3M4
  %v18 = arith.maxnumf %v10, %v17 : f8E3M4
  %v19 = arith.constant false
  %v20:2 = arith.mulsi_extended %v19, %v16 : i1
  %v21 = arith.shli %v14, %v14 overflow<nsw, nuw> : i1
  %v22 = arith.negf %v10 fastmath<arcp,afn> : f8E3M4
  %v23 = arith.constant 1.0e+10 : f8E3M4
  %v24 = arith.minnumf %v23, %v23 : f8E3M4
  %v25 = arith.constant dense<[[0xBC00, 0xBC00], [0x7E00, 0x7116]]> : tensor<2x2xf16>
  %v26:3 = func.call @f0(%v25) : (tensor<2x2xf16>) -> (tensor<2x2xf16>, tensor<2x2xi32>, tensor<2x2xi1>)
  %v27 = arith.constant dense<-0.0> : tensor<2x2xf16>
  %v28 = arith.subf %v26#0, %v27 : tensor<2x2xf16>
  %v29 = arith.maxsi %v21, %v20#0 : i1
  %v30 = arith.subf %arg0, %v10 fastmath<fast> : f8E3M4
  %v31 = arith.negf %v22 fastmath<none> : f8E3M4
  %v32 = arith.cmpi sgt, %v26#1, %v26#1 : tensor<2x2xi32>
  return %v24, %v30 : f8E3M4, f8E3M4
}
