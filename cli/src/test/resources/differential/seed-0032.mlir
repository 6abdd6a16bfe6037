// Random func/arith module, seed 32.
func.func @f0(%arg0: tensor<2x2xf32>, %arg1: f32) -> tensor<2x2xi32> {
  %v0 = arith.constant dense<0x29FAAA21> : tensor<2x2xf32>
  %v1 = arith.negf %v0 : tensor<2x2xf32>
  %v2 = arith.negf %v0 : tensor<2x2xf32>
  %v3 = arith.constant true
  %v4 = arith.constant 0x1B : f8E5M2
  %v5 = arith.select %v3, %v4, %v4 : f8E5M2
  %v6 = arith.constant dense<[[true, false], [true, false]]> : tensor<2x2xi1>
  %v7 = arith.constant dense<[[0x3F800000, 0x649CCE92], [0.0, 0x00000000]]> : tensor<2x2xf32>
  %v8 = arith.constant dense<-0.75> : tensor<2x2xf32>
  %v9 = arith.select %v6, %v7, %v8 : tensor<2x2xi1>, tensor<2x2xf32>
  %v10 = arith.select %v6, %v7, %v8 : tensor<2x2xi1>, tensor<2x2xf32>
  %v11 = arith.constant 0x01 : f8E5M2
  %v12 = arith.cmpf true, %v11, %v4 : f8E5M2
  %v13 = arith.constant false
  %v14 = arith.uitofp %v13 : i1 to f32
  %v15 = arith.fptosi %v14 : f32 to i1
  %v16 = arith.constant true
  %v17 = arith.ceildivui %v16, %v13 : i1
  %v18 = arith.minnumf %v2, %v8 fastmath<nnan> : tensor<2x2xf32>
  %v19 = arith.bitcast %arg0 : tensor<2x2xf32> to tensor<2x2xi32>
  return %v19 : tensor<2x2xi32>
}
func.func @f1(%arg0: vector<2xbf16>) -> (i16, i1, i64) {
  %v0 = arith.constant dense<0x007F> : vector<2xbf16>
  %v1 = arith.mulf %arg0, %v0 : vector<2xbf16>
  %v2 = arith.minimumf %v1, %v0 : vector<2xbf16>
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
  %v0 = arith.constant 0x7C : f8E5M2
  %v1 = arith.cmpf ule, %v0, %v0 fastmath<nnan,ninf> : f8E5M2
  %v2 = arith.cmpf ule, %v0, %v0 fastmath<nnan,ninf> : f8E5M2
  %v3 = arith.constant -2.5 : f32
  %v4 = arith.constant 0xFF800000 : f32
  %v5 = arith.subf %v3, %v4 : f32
  %v6 = arith.constant true
  %v7 = arith.constant 0x3F800000 : f32
  %v8 = arith.select %v6, %v7, %v3 : f32
  %v9 = arith.constant dense<false> : vector<2xi1>
  %v10 = arith.extsi %v9 : vector<2xi1> to vector<2xi64>
  %v11 = arith.constant dense<-1> : vector<2xi64>
  %v12 = arith.cmpi sgt, %v10, %v11 : vector<2xi64>
  %v13 = arith.constant -1 : i64
  %v14 = arith.extui %v13 : i64 to i128
  %v15 = arith.bitcast %v11 : vector<2xi64> to vector<2xf64>
  %v16 = arith.cmpi eq, %arg1, %arg1 : i1
  %v17 = arith.select %v16, %arg1, %arg1 : i1
  %v18 = arith.constant 6 : i128
  %v19 = arith.constant 1 : i128
  %v20 = arith.cmpi sge, %v18, %v19 : i128
  %v21 = arith.cmpf ule, %v0, %v0 fastmath<nnan,ninf> : f8E5M2
  %v22 = arith.cmpi ule, %arg1, %v20 : i1
  %v23 = arith.constant false
  %v24 = arith.subi %v23, %v6 : i1
  %v25 = arith.trunci %arg0 : i64 to i33
  %v26 = arith.cmpi sge, %v18, %v19 : i128
  return %v17, %v16 : i1, i1
}
func.func @f3(%arg0: i16) -> (i16, i1, i16) {
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
  %v12 = arith.constant dense<14> : tensor<2x2xi16>
  %v13 = arith.constant dense<[[-1, 11], [32767, -32768]]> : tensor<2x2xi16>
  %v14 = arith.addi %v12, %v13 overflow<nsw> : tensor<2x2xi16>
  %v15 = arith.shrsi %v1, %v4 : i16
  %v16 = arith.constant 0x122C : bf16
  %v17 = arith.constant 1.0 : bf16
  %v18 = arith.addf %v16, %v17 : bf16
  %v19 = arith.constant 14 : i64
  %v20:2 = func.call @f2(%v19, %v9) : (i64, i1) -> (i1, i1)
  %v21 = arith.constant 0x0001 : f16
  %v22 = arith.constant 0.0 : f16
  %v23 = arith.addf %v21, %v22 fastmath<nnan> : f16
  %v24 = arith.select %v9, %v10, %v10 : i7
  %v25:2 = arith.addui_extended %v20#0, %v20#0 : i1, i1
  return %v15, %v20#0, %v15 : i16, i1, i16
}
