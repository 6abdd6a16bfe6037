// Random func/arith module, seed 32.
func.func @f0(%arg0: tensor<0xf32>, %arg1: f8E4M3FNUZ) -> tensor<0xi32> {
  %v0 = arith.constant dense<0x29FAAA21> : tensor<0xf32>
  %v1 = arith.negf %v0 : tensor<0xf32>
  %v2 = arith.negf %v0 : tensor<0xf32>
  %v3 = arith.constant true
  %v4 = arith.constant 0x1BAC : bf16
  %v5 = arith.select %v3, %v4, %v4 : bf16
  %v6 = arith.constant dense<[]> : tensor<0xi1>
  %v7 = arith.select %v6, %arg0, %arg0 : tensor<0xi1>, tensor<0xf32>
  %v8 = arith.constant dense<[[7.0, 0x7FC00000], [4.0, 0x7FC00000]]> : tensor<2x2xf32>
  %v9 = arith.fptoui %v8 : tensor<2x2xf32> to tensor<2x2xi1>
  %v10 = arith.cmpi eq, %v6, %v6 : tensor<0xi1>
  %v11 = arith.addf %arg1, %arg1 : f8E4M3FNUZ
  %v12 = arith.constant 0 : i7
  %v13 = arith.ceildivui %v12, %v12 : i7
  %v14 = arith.minnumf %arg0, %v0 fastmath<nnan> : tensor<0xf32>
  %v15 = arith.bitcast %v14 : tensor<0xf32> to tensor<0xi32>
  return %v15 : tensor<0xi32>
}
func.func @f1(%arg0: vector<2x3xbf16>) -> (i16, i1, i64) {
  %v0 = arith.constant dense<0x007F> : vector<2x3xbf16>
  %v1 = arith.mulf %arg0, %v0 : vector<2x3xbf16>
  %v2 = arith.minimumf %v1, %v0 : vector<2x3xbf16>
  %v3 = arith.constant 1 : i8
  %v4 = arith.cmpi ule, %v3, %v3 : i8
  %v5 = arith.extsi %v4 : i1 to i64
  %v6 = arith.constant 9223372036854775808 : i64
  %v7 = arith.cmpi sgt, %v5, %v6 : i64
  %v8 = arith.constant 10 : i16
  %v9 = arith.constant 12 : i16
  %v10 = arith.minui %v8, %v9 : i16
  %v11 = arith.constant 8 : i16
  %v12 = arith.shrui %v8, %v11 : i16
  %v13 = arith.constant false
  %v14 = arith.constant false
  %v15 = arith.cmpi sle, %v13, %v14 : i1
  %v16 = arith.constant 1 : i64
  %v17 = arith.floordivsi %v5, %v16 : i64
  return %v12, %v7, %v17 : i16, i1, i64
}
func.func @f2(%arg0: i64, %arg1: i1) -> (i1, i1) {
  %v0 = arith.constant 0x70 : f8E3M4
  %v1 = arith.cmpf ule, %v0, %v0 fastmath<nnan,ninf> : f8E3M4
  %v2 = arith.cmpf ule, %v0, %v0 fastmath<nnan,ninf> : f8E3M4
  %v3 = arith.constant -2.5 : f64
  %v4 = arith.constant 0xFFF0000000000000 : f64
  %v5 = arith.subf %v3, %v4 : f64
  %v6 = arith.constant true
  %v7 = arith.constant 0x3FF0000000000000 : f64
  %v8 = arith.select %v6, %v7, %v3 : f64
  %v9 = arith.constant dense<false> : vector<[4]xi1>
  %v10 = arith.extsi %v9 : vector<[4]xi1> to vector<[4]xi64>
  %v11 = arith.constant dense<6> : vector<[4]xi64>
  %v12 = arith.cmpi sgt, %v10, %v11 : vector<[4]xi64>
  %v13 = arith.constant -1 : i64
  %v14 = arith.extui %v13 : i64 to i128
  %v15 = arith.bitcast %v11 : vector<[4]xi64> to vector<[4]xf64>
  %v16 = arith.cmpi eq, %arg1, %arg1 : i1
  %v17 = arith.select %v16, %arg1, %arg1 : i1
  %v18 = arith.constant 6 : i128
  %v19 = arith.constant 1 : i128
  %v20 = arith.cmpi sge, %v18, %v19 : i128
  %v21 = arith.cmpf ule, %v0, %v0 fastmath<nnan,ninf> : f8E3M4
  %v22 = arith.cmpi ule, %arg1, %v20 : i1
  %v23 = arith.constant false
  %v24 = arith.subi %v23, %v6 : i1
  %v25 = arith.trunci %arg0 : i64 to i33
  %v26 = arith.cmpi sge, %v18, %v19 : i128
  return %v17, %v16 : i1, i1
}
func.func @f3(%arg0: i16) {
  %v0 = arith.constant -32768 : i16
  %v1 = arith.remui %v0, %arg0 : i16
  %v2 = arith.constant 6 : i16
  %v3 = arith.remui %v2, %v0 : i16
  %v4 = arith.constant 0 : i16
  %v5 = arith.shrsi %v1, %v4 : i16
  %v6:2 = arith.addui_extended %v2, %v0 : i16, i1
  %v7 = arith.remui %v2, %v0 : i16
  %v8 = arith.index_castui %v2 : i16 to index
  %v9 = arith.constant true
  %v10 = arith.constant -64 : i7
  %v11 = arith.select %v9, %v10, %v10 : i7
  %v12 = arith.constant dense<-7> : vector<[4]xi16>
  %v13 = arith.addi %v12, %v12 overflow<nsw> : vector<[4]xi16>
  %v14 = arith.constant 127 : i8
  %v15 = arith.extui %v14 : i8 to i64
  %v16 = arith.constant -128 : i8
  %v17 = arith.extui %v16 : i8 to i64
  %v18 = arith.cmpi sge, %v15, %v17 : i64
  %v19 = arith.extui %v5 : i16 to i64
  %v20 = arith.constant 0 : i16
  %v21 = arith.ori %v1, %v20 : i16
  %v22 = arith.constant dense<0x007FFFFF> : vector<2x3xf32>
  %v23 = arith.negf %v22 : vector<2x3xf32>
  %v24 = arith.negf %v23 : vector<2x3xf32>
  %v25 = arith.cmpi sle, %v10, %v10 : i7
  %v26:2 = arith.addui_extended %v19, %v19 : i64, i1
  return
}
