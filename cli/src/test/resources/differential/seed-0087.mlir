// Random func/arith module, seed 87.
func.func @f0(%arg0: f8E4M3FN, %arg1: i64, %arg2: vector<4xi8>) -> f8E4M3FN {
  %v0 = arith.divui %arg1, %arg1 : i64
  %v1 = arith.constant 0xB8 : f8E4M3FN
  %v2 = arith.maxnumf %v1, %arg0 : f8E4M3FN
  %v3 = arith.constant dense<[[3.0, 0x0000, 0x7C00], [0xD350, 0x0001, 0.0]]> : vector<2x3xf16>
  %v4 = arith.constant dense<100.0> : vector<2x3xf16>
  %v5 = arith.addf %v3, %v4 fastmath<nnan,ninf> : vector<2x3xf16>
  %v6 = arith.constant 1 : i64
  %v7 = arith.muli %v6, %v0 overflow<none> : i64
  %v8 = arith.muli %v6, %v0 overflow<none> : i64
  %v9 = arith.addf %v1, %v2 fastmath<reassoc,contract> : f8E4M3FN
  %v10 = arith.addf %v1, %v2 fastmath<reassoc,contract> : f8E4M3FN
  %v11 = arith.addf %v1, %v2 fastmath<reassoc,contract> : f8E4M3FN
  return %v11 : f8E4M3FN
}
func.func @f1(%arg0: i32, %arg1: index, %arg2: f16) -> f16 {
  %v0 = arith.remsi %arg0, %arg0 : i32
  %v1 = arith.constant 63 : index
  %v2 = arith.index_castui %v1 : index to i32
  %v3 = arith.constant 0x07 : f8E4M3
  %v4 = arith.remf %v3, %v3 : f8E4M3
  %v5 = arith.shli %arg1, %arg1 overflow<nsw, nuw> : index
  %v6 = arith.constant dense<0> : tensor<2x2xi16>
  %v7 = arith.sitofp %v6 : tensor<2x2xi16> to tensor<2x2xf16>
  %v8 = arith.constant dense<[[false, true, true], [false, false, false]]> : vector<2x3xi1>
  %v9 = arith.constant dense<false> : vector<2x3xi1>
  %v10 = arith.cmpi sgt, %v8, %v9 : vector<2x3xi1>
  %v11 = arith.andi %v5, %arg1 : index
  %v12 = arith.constant dense<0x7C00> : tensor<2x2xf16>
  %v13 = arith.maxnumf %v12, %v12 : tensor<2x2xf16>
  %v14 = arith.constant false
  %v15 = arith.constant 0 : index
  %v16 = arith.select %v14, %v15, %v15 : index
  %v17:2 = arith.mulsi_extended %arg0, %v0 : i32
  %v18 = arith.constant dense<true> : vector<2x3xi1>
  %v19 = arith.constant dense<[[true, true, true], [true, true, true]]> : vector<2x3xi1>
  %v20 = arith.ceildivsi %v18, %v19 : vector<2x3xi1>
  %v21 = arith.constant -9223372036854775808 : index
  %v22 = arith.cmpi ule, %v21, %v5 : index
  %v23 = arith.subf %arg2, %arg2 : f16
  %v24 = arith.constant dense<0x0000000000000000> : tensor<2x2xf64>
  %v25 = arith.truncf %v24 : tensor<2x2xf64> to tensor<2x2xf16>
  %v26 = arith.extsi %v17#1 : i32 to i64
  %v27 = arith.trunci %v26 : i64 to i32
  %v28 = arith.index_castui %v1 : index to i32
  %v29 = arith.constant -9223372036854775808 : index
  %v30 = arith.ceildivsi %v11, %v29 : index
  %v31 = arith.uitofp %v26 : i64 to bf16
  %v32 = arith.constant -32768 : i16
  %v33:2 = arith.addui_extended %v32, %v32 : i16, i1
  %v34 = arith.truncf %v24 : tensor<2x2xf64> to tensor<2x2xf32>
  %v35 = arith.ceildivui %v0, %v17#0 : i32
  %v36 = arith.negf %arg2 : f16
  %v37 = arith.constant -0.75 : f16
  %v38 = arith.mulf %v23, %v37 fastmath<nnan,ninf> : f16
  return %v23 : f16
}
func.func @f2(%arg0: vector<2x3xf32>) -> vector<2x3xi32> {
  %v0 = arith.constant 0xFC : f8E4M3
  %v1 = arith.constant 4.0 : f8E4M3
  %v2 = arith.cmpf ole, %v0, %v1 fastmath<fast> : f8E4M3
  %v3 = arith.cmpf ole, %v0, %v1 fastmath<fast> : f8E4M3
  %v4 = arith.constant true
  %v5 = arith.constant true
  %v6 = arith.maxsi %v4, %v5 : i1
  %v7 = arith.constant false
  %v8 = arith.maxsi %v6, %v7 : i1
  %v9 = arith.fptoui %arg0 : vector<2x3xf32> to vector<2x3xi32>
  %v10 = arith.constant dense<false> : vector<2x3xi1>
  %v11 = arith.constant dense<-50> : vector<2x3xi8>
  %v12 = arith.select %v10, %v11, %v11 : vector<2x3xi1>, vector<2x3xi8>
  %v13 = arith.constant dense<4> : vector<2x3xi32>
  %v14 = arith.remsi %v9, %v13 : vector<2x3xi32>
  return %v9 : vector<2x3xi32>
}
