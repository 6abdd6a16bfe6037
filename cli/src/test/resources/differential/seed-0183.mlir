// Random func/arith module, seed 183.
func.func @f0(%arg0: f32, %arg1: index, %arg2: i64) -> index {
  %v0 = arith.negf %arg0 fastmath<arcp,afn> : f32
  %v1 = arith.constant 0xFFC00000 : f32
  %v2 = arith.cmpf oge, %v1, %v0 fastmath<nnan,ninf> : f32
  %v3 = arith.extsi %v2 : i1 to i64
  %v4 = arith.constant 1 : i64
  %v5 = arith.cmpi eq, %v3, %v4 {tag = 1 : i64} : i64
  %v6:2 = arith.mului_extended %v3, %v4 : i64
  %v7 = arith.cmpf oge, %v1, %v0 fastmath<nnan,ninf> : f32
  %v8 = arith.cmpf olt, %v0, %arg0 fastmath<none> : f32
  %v9 = arith.constant 0 : i64
  %v10 = arith.maxsi %v6#0, %v9 : i64
  %v11 = arith.uitofp %v6#0 : i64 to f6E2M3FN
  %v12 = arith.extsi %v2 : i1 to i64
  %v13 = arith.constant -3.0e-05 : f16
  %v14 = arith.negf %v13 : f16
  %v15 = arith.constant 0xFFC00000 : f32
  %v16 = arith.cmpf ult, %v15, %v0 fastmath<nnan> : f32
  %v17 = arith.cmpf ult, %v15, %v0 fastmath<nnan> : f32
  %v18 = arith.constant false
  %v19 = arith.constant true
  %v20 = arith.xori %v18, %v19 : i1
  %v21 = arith.constant 3 : i32
  %v22 = arith.index_castui %v21 : i32 to index
  %v23 = arith.index_castui %v22 : index to i32
  %v24 = arith.negf %v1 : f32
  %v25 = arith.shrsi %v3, %v6#0 : i64
  %v26 = arith.xori %v18, %v19 : i1
  %v27 = arith.negf %v24 : f32
  %v28 = arith.addi %v22, %arg1 overflow<nsw> : index
  %v29 = arith.constant -6 : index
  %v30 = arith.andi %v28, %v29 : index
  %v31 = arith.constant 12 : index
  %v32 = arith.andi %v30, %v31 : index
  return %v30 : index
}
func.func @f1(%arg0: i16, %arg1: f128) -> (f128, f128) {
  %v0 = arith.extui %arg0 : i16 to i64
  %v1 = arith.constant 65 : i64
  %v2 = arith.cmpi sle, %v0, %v1 : i64
  %v3 = arith.constant 1.0 : f128
  %v4 = arith.mulf %arg1, %v3 fastmath<arcp,afn> : f128
  %v5 = arith.constant 0 : i32
  %v6 = arith.constant 9 : i32
  %v7 = arith.remsi %v5, %v6 : i32
  %v8 = arith.maxui %v1, %v0 : i64
  %v9 = arith.constant dense<[[-3.0e-05, 0x000FFFFFFFFFFFFF, 0x8000000000000000], [0x8000000000000000, 0x38191C5C90BD237A, 0xFFF0000000000000]]> : vector<2x3xf64>
  %v10 = arith.bitcast %v9 : vector<2x3xf64> to vector<2x3xi64>
  %v11 = arith.constant false
  %v12 = arith.minsi %v2, %v11 : i1
  %v13 = arith.cmpi eq, %arg0, %arg0 : i16
  %v14 = arith.addf %v3, %v4 fastmath<fast> : f128
  %v15 = arith.constant -3 : i16
  %v16 = arith.floordivsi %arg0, %v15 : i16
  return %v14, %v14 : f128, f128
}
