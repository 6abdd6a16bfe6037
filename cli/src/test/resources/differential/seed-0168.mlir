// Random func/arith module, seed 168.
func.func @f0(%arg0: tensor<3xi1>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %v0 = arith.andi %arg0, %arg0 : tensor<3xi1>
  %v1 = arith.constant 0xFF80 : bf16
  %v2 = arith.negf %v1 : bf16
  %v3 = arith.negf %v2 : bf16
  %v4:2 = arith.mulsi_extended %v0, %arg0 : tensor<3xi1>
  %v5 = arith.constant 0x007F : bf16
  %v6 = arith.negf %v5 fastmath<reassoc,contract> : bf16
  %v7 = arith.shli %arg0, %v0 overflow<nsw> : tensor<3xi1>
  %v8 = arith.constant 0x8000 : bf16
  %v9 = arith.minimumf %v1, %v8 : bf16
  %v10 = arith.constant 0x7FE00 : tf32
  %v11 = arith.negf %v10 : tf32
  %v12 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v13 = arith.cmpi eq, %v7, %v12 : tensor<3xi1>
  %v14 = arith.select %v13, %v7, %v12 : tensor<3xi1>, tensor<3xi1>
  return %v7, %v7, %v13, %v13 : tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>
}
func.func @f1(%arg0: f6E2M3FN, %arg1: tensor<3xi16>) -> (f6E2M3FN, tensor<3xi1>) {
  %v0 = arith.minsi %arg1, %arg1 : tensor<3xi16>
  %v1 = arith.constant dense<true> : tensor<3xi1>
  %v2 = arith.constant dense<[32767, -1, 4]> : tensor<3xi16>
  %v3 = arith.select %v1, %v0, %v2 : tensor<3xi1>, tensor<3xi16>
  %v4 = arith.bitcast %v3 : tensor<3xi16> to tensor<3xf16>
  %v5:4 = func.call @f0(%v1) : (tensor<3xi1>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>)
  %v6 = arith.ceildivsi %v5#1, %v5#0 : tensor<3xi1>
  %v7 = arith.constant 0x28 : f6E2M3FN
  %v8 = arith.cmpf oge, %arg0, %v7 : f6E2M3FN
  %v9 = arith.constant dense<[false, false, false]> : tensor<3xi1>
  %v10 = arith.constant dense<true> : tensor<3xi1>
  %v11 = arith.muli %v9, %v10 : tensor<3xi1>
  return %arg0, %v5#3 : f6E2M3FN, tensor<3xi1>
}
func.func @f2(%arg0: i7, %arg1: i32, %arg2: vector<i32>, %arg3: i128) -> (i64, i64, f4E2M1FN, i32) {
  %v0 = arith.constant true
  %v1 = arith.constant 1 : i128
  %v2 = arith.select %v0, %v1, %arg3 : i128
  %v3 = arith.constant dense<0x8000> : vector<2xf16>
  %v4 = arith.constant dense<0.0> : vector<2xf16>
  %v5 = arith.remf %v3, %v4 : vector<2xf16>
  %v6:2 = arith.mului_extended %arg0, %arg0 : i7
  %v7 = arith.ceildivsi %arg1, %arg1 : i32
  %v8 = arith.constant true
  %v9 = arith.constant dense<1> : vector<i32>
  %v10 = arith.select %v8, %arg2, %v9 : vector<i32>
  %v11 = arith.constant dense<0x3C00> : vector<2xf16>
  %v12 = arith.subf %v5, %v11 fastmath<none> : vector<2xf16>
  %v13 = arith.constant dense<2048> : vector<i32>
  %v14 = arith.maxui %v10, %v13 : vector<i32>
  %v15 = arith.constant 7.0 : f4E2M1FN
  %v16 = arith.fptoui %v15 : f4E2M1FN to i7
  %v17 = arith.minsi %arg2, %v13 : vector<i32>
  %v18 = arith.divf %v15, %v15 fastmath<nsz> : f4E2M1FN
  %v19 = arith.select %v8, %arg2, %v9 : vector<i32>
  %v20 = arith.constant 7 : i32
  %v21 = arith.andi %arg1, %v20 : i32
  %v22 = arith.floordivsi %arg3, %v2 : i128
  %v23 = arith.mulf %v18, %v15 fastmath<arcp,afn> : f4E2M1FN
  %v24 = arith.constant 0x6 : f4E2M1FN
  %v25 = arith.cmpf ord, %v24, %v15 fastmath<ninf> : f4E2M1FN
  %v26 = arith.constant dense<0x0400> : vector<2xf16>
  %v27 = arith.cmpf une, %v3, %v26 fastmath<nsz> : vector<2xf16>
  %v28 = arith.divsi %v6#0, %arg0 : i7
  %v29 = arith.constant dense<[0xFE00, 0xB6DC]> : vector<2xf16>
  %v30 = arith.cmpf oge, %v29, %v3 fastmath<nnan,ninf> : vector<2xf16>
  %v31 = arith.extui %arg1 : i32 to i64
  %v32 = arith.constant 0x6 : f4E2M1FN
  %v33 = arith.cmpf ogt, %v32, %v15 fastmath<reassoc,contract> : f4E2M1FN
  %v34 = arith.constant 13 : i128
  %v35 = arith.select %v8, %v1, %v34 : i128
  return %v31, %v31, %v15, %v21 : i64, i64, f4E2M1FN, i32
}
func.func @f3(%arg0: tensor<3xbf16>, %arg1: i33, %arg2: i16) -> i16 {
  %v0 = arith.trunci %arg2 : i16 to i7
  %v1 = arith.trunci %arg2 : i16 to i7
  %v2 = arith.minnumf %arg0, %arg0 : tensor<3xbf16>
  %v3 = arith.constant 1 : i7
  %v4 = arith.divui %v0, %v3 exact : i7
  %v5 = arith.andi %v1, %v3 : i7
  %v6 = arith.constant 15 : i16
  %v7 = arith.cmpi ne, %arg2, %v6 : i16
  %v8 = arith.select %v7, %v6, %arg2 : i16
  %v9 = arith.constant dense<0x007F> : tensor<3xbf16>
  %v10 = arith.mulf %v9, %arg0 : tensor<3xbf16>
  %v11 = arith.divui %arg1, %arg1 : i33
  %v12 = arith.constant false
  %v13:2 = arith.mului_extended %v7, %v12 : i1
  %v14 = arith.constant 32767 : i16
  %v15 = arith.remui %arg2, %v14 : i16
  %v16 = arith.constant 15 : i16
  %v17 = arith.remui %v16, %v15 : i16
  %v18 = arith.bitcast %v15 : i16 to bf16
  return %v15 : i16
}
