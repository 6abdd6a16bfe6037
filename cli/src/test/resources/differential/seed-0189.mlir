// Random func/arith module, seed 189.
func.func @f0(%arg0: i8) -> i64 {
  %v0 = arith.constant 12 : index
  %v1 = arith.constant 16 : index
  %v2 = arith.shrui %v0, %v1 : index
  %v3 = arith.maxui %v2, %v0 : index
  %v4 = arith.constant true
  %v5:2 = arith.mului_extended %v4, %v4 : i1
  %v6 = arith.constant 9 : i8
  %v7 = arith.maxsi %v6, %arg0 : i8
  %v8 = arith.constant 0x7FF0000000000000 : f64
  %v9 = arith.minimumf %v8, %v8 : f64
  %v10 = arith.cmpi eq, %v7, %v6 : i8
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v11, %v12 : i1
  %v14 = arith.constant 9 : i8
  %v15 = arith.select %v10, %v7, %v14 : i8
  %v16 = arith.minimumf %v8, %v8 : f64
  %v17 = arith.extui %v10 : i1 to i64
  %v18 = arith.constant false
  %v19 = arith.extui %v18 : i1 to i64
  %v20 = arith.cmpi sgt, %v17, %v19 : i64
  return %v17 : i64
}
func.func @f1(%arg0: i33, %arg1: tensor<3xi32>, %arg2: i1, %arg3: tensor<3xf16>) -> tensor<3xi1> {
  %v0 = arith.constant dense<-1.0> : tensor<3xf16>
  %v1 = arith.constant dense<0x8000> : tensor<3xf16>
  %v2 = arith.remf %v0, %v1 : tensor<3xf16>
  %v3 = arith.constant false
  %v4 = arith.constant -3455382804437404624 : i64
  %v5 = arith.select %v3, %v4, %v4 : i64
  %v6 = arith.constant dense<2147483647> : tensor<3xi32>
  %v7 = arith.cmpi slt, %v6, %arg1 : tensor<3xi32>
  %v8 = arith.constant dense<0x7FC0> : vector<2x3xbf16>
  %v9 = arith.constant dense<[[-2.5, -0.75, 0.5], [0x7FC0, 0x007F, 0x7FC0]]> : vector<2x3xbf16>
  %v10 = arith.mulf %v8, %v9 : vector<2x3xbf16>
  %v11 = arith.constant dense<[-2147483648, 1048576, 8]> : tensor<3xi32>
  %v12 = arith.andi %v6, %v11 : tensor<3xi32>
  %v13 = arith.constant -1 : i16
  %v14:2 = arith.addui_extended %v13, %v13 : i16, i1
  %v15 = arith.mulf %v8, %v9 : vector<2x3xbf16>
  %v16 = arith.select %v3, %v4, %v4 : i64
  %v17 = arith.constant dense<false> : tensor<3xi1>
  %v18 = arith.cmpi eq, %v17, %v7 : tensor<3xi1>
  %v19 = arith.constant dense<[-128, 9]> : vector<2xi8>
  %v20 = arith.floordivsi %v19, %v19 : vector<2xi8>
  %v21 = arith.constant dense<[0x0400, 0x0400, 0x0000]> : tensor<3xf16>
  %v22 = arith.select %v3, %v21, %arg3 : tensor<3xf16>
  %v23 = arith.constant dense<[[0xFF80, -2.5, 0x3F80], [0xFF80, 0.5, 1.0]]> : vector<2x3xbf16>
  %v24 = arith.negf %v23 : vector<2x3xbf16>
  return %v18 : tensor<3xi1>
}
func.func @f2(%arg0: i32, %arg1: f16) -> i32 {
  %v0 = arith.constant 2 : i32
  %v1 = arith.divsi %arg0, %v0 exact : i32
  %v2 = arith.constant -1 : i32
  %v3 = arith.ceildivui %arg0, %v2 : i32
  %v4 = arith.constant -4294967296 : i33
  %v5 = arith.constant dense<0> : tensor<3xi32>
  %v6 = arith.constant true
  %v7 = arith.constant dense<[0xFE00, -1.0, -2.5]> : tensor<3xf16>
  %v8 = func.call @f1(%v4, %v5, %v6, %v7) : (i33, tensor<3xi32>, i1, tensor<3xf16>) -> tensor<3xi1>
  %v9 = arith.negf %arg1 : f16
  %v10 = arith.negf %v9 : f16
  %v11 = arith.constant -3.0e-05 : f16
  %v12 = arith.addf %v11, %v9 fastmath<arcp,afn> : f16
  %v13 = arith.constant false
  %v14 = arith.shli %v6, %v13 : i1
  %v15 = arith.constant dense<true> : tensor<3xi1>
  %v16 = arith.remui %v8, %v15 : tensor<3xi1>
  %v17 = arith.shrui %v4, %v4 : i33
  %v18 = arith.constant false
  %v19 = arith.minsi %v14, %v18 : i1
  %v20 = arith.cmpf ult, %v9, %v9 : f16
  %v21 = arith.cmpf ord, %v11, %v9 fastmath<ninf> : f16
  %v22 = arith.divf %v9, %arg1 fastmath<arcp,afn> : f16
  %v23 = func.call @f1(%v4, %v5, %v21, %v7) : (i33, tensor<3xi32>, i1, tensor<3xf16>) -> tensor<3xi1>
  %v24 = arith.cmpi ule, %arg0, %v0 : i32
  %v25 = arith.cmpf ord, %v11, %v9 fastmath<ninf> : f16
  %v26 = arith.ceildivui %arg0, %v2 : i32
  %v27 = arith.constant 8 : i32
  %v28:2 = arith.mului_extended %v3, %v27 : i32
  %v29 = arith.cmpi ule, %arg0, %v0 : i32
  %v30 = arith.constant true
  %v31 = arith.constant true
  %v32:2 = arith.mului_extended %v30, %v31 : i1
  %v33 = arith.extsi %v3 : i32 to i33
  %v34 = arith.cmpf ord, %v11, %v9 fastmath<ninf> : f16
  %v35 = arith.constant 1 : i64
  %v36 = arith.index_castui %v35 : i64 to index
  %v37 = arith.index_castui %v36 : index to i64
  %v38 = arith.constant 4 : i8
  %v39 = func.call @f0(%v38) : (i8) -> i64
  return %v28#0 : i32
}
func.func @f3(%arg0: i32, %arg1: f4E2M1FN) -> f4E2M1FN {
  %v0 = arith.constant 0x6 : f4E2M1FN
  %v1 = arith.constant 0xF : f4E2M1FN
  %v2 = arith.cmpf ole, %v0, %v1 : f4E2M1FN
  %v3 = arith.constant 0 : i33
  %v4 = arith.constant dense<4194304> : tensor<3xi32>
  %v5 = arith.constant false
  %v6 = arith.constant dense<[0x8000, 0x039D, -0.75]> : tensor<3xf16>
  %v7 = func.call @f1(%v3, %v4, %v5, %v6) : (i33, tensor<3xi32>, i1, tensor<3xf16>) -> tensor<3xi1>
  %v8 = arith.maxnumf %v1, %arg1 fastmath<reassoc,contract> : f4E2M1FN
  %v9 = arith.constant dense<true> : tensor<3xi1>
  %v10 = arith.constant dense<false> : tensor<3xi1>
  %v11 = arith.cmpi sle, %v9, %v10 : tensor<3xi1>
  %v12 = arith.constant 2147483647 : i32
  %v13:2 = arith.mulsi_extended %arg0, %v12 : i32
  %v14 = arith.constant -6 : i33
  %v15 = arith.shli %v3, %v14 overflow<nsw> : i33
  %v16 = arith.maxsi %v12, %arg0 : i32
  %v17 = arith.minui %v13#1, %v12 : i32
  %v18 = arith.constant -9223372036854775808 : i64
  %v19 = arith.cmpi ugt, %v18, %v18 : i64
  %v20 = arith.constant dense<4.0> : vector<2x3xf16>
  %v21 = arith.bitcast %v20 : vector<2x3xf16> to vector<2x3xi16>
  %v22 = arith.constant 2147483647 : i32
  %v23 = arith.xori %v13#1, %v22 : i32
  %v24 = arith.constant 0x6 : f4E2M1FN
  %v25 = arith.remf %arg1, %v24 : f4E2M1FN
  %v26 = arith.constant dense<[0xFE00, -0.75, 2.0]> : tensor<3xf16>
  %v27 = arith.bitcast %v26 : tensor<3xf16> to tensor<3xi16>
  %v28 = arith.constant 7 : i64
  %v29 = arith.constant -1 : i64
  %v30 = arith.remsi %v28, %v29 : i64
  %v31 = arith.constant true
  %v32 = arith.minsi %v19, %v31 : i1
  %v33 = arith.constant 0xF8 : f8E4M3
  %v34 = arith.bitcast %v33 : f8E4M3 to f8E4M3B11FNUZ
  return %v24 : f4E2M1FN
}
