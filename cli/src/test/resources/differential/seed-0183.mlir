// Random func/arith module, seed 183.
func.func @f0(%arg0: f16, %arg1: index, %arg2: i64) -> (index, f16) {
  %v0 = arith.negf %arg0 fastmath<arcp,afn> : f16
  %v1 = arith.constant -6 : index
  %v2 = arith.cmpi eq, %v1, %v1 : index
  %v3 = arith.maximumf %v0, %arg0 : f16
  %v4 = arith.constant true
  %v5 = arith.constant -2002325357645195770 : i64
  %v6 = arith.select %v4, %arg2, %v5 : i64
  %v7 = arith.select %v4, %v6, %arg2 : i64
  %v8 = arith.constant -9135261171274305005 : i64
  %v9 = arith.minsi %v7, %v8 : i64
  %v10 = arith.remui %v1, %arg1 : index
  %v11 = arith.negf %arg0 fastmath<arcp,afn> : f16
  %v12 = arith.constant 0 : i32
  %v13 = arith.constant 15 : i32
  %v14 = arith.shrui %v12, %v13 : i32
  %v15 = arith.maximumf %v0, %arg0 : f16
  %v16 = arith.negf %arg0 fastmath<arcp,afn> : f16
  %v17 = arith.constant -2.5 : f16
  %v18 = arith.cmpf true, %v17, %v17 : f16
  %v19 = arith.constant -5 : index
  %v20 = arith.addi %v10, %v19 : index
  %v21 = arith.constant 0 : index
  %v22 = arith.addi %v21, %v20 : index
  %v23 = arith.constant 14 : i64
  %v24 = arith.shrui %v6, %v23 : i64
  %v25 = arith.cmpi sgt, %v20, %v20 : index
  %v26 = arith.negf %arg0 fastmath<arcp,afn> : f16
  %v27 = arith.addi %v21, %v20 : index
  %v28 = arith.constant dense<16> : vector<2x3xi16>
  %v29 = arith.constant dense<[[-32768, -2, -7], [-32768, -20002, -1]]> : vector<2x3xi16>
  %v30 = arith.floordivsi %v28, %v29 : vector<2x3xi16>
  %v31 = arith.negf %v11 fastmath<arcp,afn> : f16
  %v32 = arith.mulf %v16, %v0 fastmath<none> : f16
  return %v20, %v32 : index, f16
}
func.func @f1(%arg0: vector<2x3xf32>, %arg1: index) -> (vector<2x3xf32>, f16, vector<2x3xi1>) {
  %v0 = arith.constant dense<[[1.0, 0x007FFFFF, 1.0], [0x007FFFFF, 0.5, 0xF451571E]]> : vector<2x3xf32>
  %v1 = arith.maximumf %arg0, %v0 fastmath<nsz> : vector<2x3xf32>
  %v2 = arith.negf %v1 : vector<2x3xf32>
  %v3 = arith.constant true
  %v4 = arith.select %v3, %v0, %v1 : vector<2x3xf32>
  %v5 = arith.minimumf %v1, %v2 fastmath<nnan,ninf> : vector<2x3xf32>
  %v6 = arith.constant -9223372036854775808 : i64
  %v7 = arith.constant 5490170997875787930 : i64
  %v8:2 = arith.addui_extended %v6, %v7 : i64, i1
  %v9 = arith.negf %v1 : vector<2x3xf32>
  %v10 = arith.constant dense<3> : tensor<2x2xindex>
  %v11 = arith.divui %v10, %v10 : tensor<2x2xindex>
  %v12 = arith.fptosi %v4 : vector<2x3xf32> to vector<2x3xi8>
  %v13 = arith.cmpi ule, %v12, %v12 : vector<2x3xi8>
  %v14 = arith.select %v3, %v0, %v1 : vector<2x3xf32>
  %v15 = arith.constant 2 : index
  %v16 = arith.xori %v15, %v15 : index
  %v17 = arith.constant 1.0e+10 : f16
  %v18 = arith.constant 0xFC00 : f16
  %v19 = arith.maxnumf %v17, %v18 : f16
  %v20 = arith.constant 1 : i8
  %v21 = arith.constant -1 : i8
  %v22 = arith.andi %v20, %v21 : i8
  %v23 = arith.fptosi %v4 : vector<2x3xf32> to vector<2x3xi8>
  return %v14, %v19, %v13 : vector<2x3xf32>, f16, vector<2x3xi1>
}
