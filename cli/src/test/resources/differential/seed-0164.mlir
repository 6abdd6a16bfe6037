// Random func/arith module, seed 164.
func.func @f0(%arg0: f32) -> f128 {
  %v0 = arith.constant 32768 : i16
  %v1 = arith.muli %v0, %v0 : i16
  %v2 = arith.subi %v1, %v0 : i16
  %v3 = arith.muli %v0, %v0 : i16
  %v4 = arith.constant 5 : i16
  %v5 = arith.extsi %v4 : i16 to i64
  %v6 = arith.extsi %v3 : i16 to i64
  %v7 = arith.cmpi sle, %v5, %v6 : i64
  %v8 = arith.subi %v1, %v0 : i16
  %v9 = arith.constant -9223372036854775808 : i64
  %v10 = arith.minui %v6, %v9 : i64
  %v11 = arith.constant 17590124390353431775 : i64
  %v12 = arith.minui %v10, %v11 : i64
  %v13 = arith.mulf %arg0, %arg0 fastmath<fast> : f32
  %v14 = arith.cmpf ueq, %v13, %v13 : f32
  %v15 = arith.constant false
  %v16 = arith.cmpi sle, %v14, %v15 : i1
  %v17 = arith.constant false
  %v18 = arith.cmpi sge, %v16, %v17 : i1
  %v19 = arith.constant true
  %v20 = arith.sitofp %v19 : i1 to f6E2M3FN
  %v21 = arith.constant dense<[[0xFFC00000, 3.0, 0x7FC00000], [-0.0, 0x7F800000, 0xBF800000]]> : vector<2x3xf32>
  %v22 = arith.constant dense<[[0xFF800000, -1.0, 0x00800000], [0x007FFFFF, 0x7F7FFFFF, 0xFFC00000]]> : vector<2x3xf32>
  %v23 = arith.cmpf ugt, %v21, %v22 : vector<2x3xf32>
  %v24 = arith.extsi %v3 : i16 to i64
  %v25 = arith.bitcast %v22 : vector<2x3xf32> to vector<2x3xi32>
  %v26 = arith.constant 0x7FC00000 : f32
  %v27 = arith.maxnumf %v26, %arg0 : f32
  %v28 = arith.constant -2 : i64
  %v29 = arith.constant 0 : i64
  %v30 = arith.muli %v28, %v29 : i64
  %v31 = arith.extf %v13 : f32 to f128
  %v32 = arith.constant 0x7FFF0000000000000000000000000000 : f128
  %v33 = arith.maxnumf %v32, %v31 : f128
  %v34 = arith.maxnumf %v33, %v31 fastmath<nnan,ninf> : f128
  return %v33 : f128
}
func.func @f1(%arg0: f32) -> f32 {
  %v0 = arith.constant true
  %v1 = arith.select %v0, %arg0, %arg0 : f32
  %v2 = arith.constant true
  %v3 = arith.subi %v2, %v2 overflow<nsw> : i1
  %v4 = arith.cmpi ugt, %v0, %v3 : i1
  %v5 = arith.index_castui %v0 : i1 to index
  %v6 = arith.bitcast %v1 : f32 to i32
  %v7 = arith.mulf %arg0, %v1 : f32
  %v8 = arith.negf %v1 : f32
  %v9 = arith.constant 12 : index
  %v10 = arith.constant 4 : index
  %v11 = arith.divui %v9, %v10 : index
  %v12 = arith.constant 1 : i32
  %v13 = arith.shli %v12, %v6 overflow<none> : i32
  return %v7 : f32
}
