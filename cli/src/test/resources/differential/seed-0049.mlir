// Random func/arith module, seed 49.
func.func @f0(%arg0: vector<2x3xi8>, %arg1: f8E3M4) -> (i33, f8E3M4, i33) {
  %v0 = arith.subf %arg1, %arg1 fastmath<nnan> : f8E3M4
  %v1 = arith.minnumf %arg1, %v0 : f8E3M4
  %v2 = arith.negf %v0 fastmath<nsz> : f8E3M4
  %v3 = arith.fptosi %v0 {tag = 1 : i64} : f8E3M4 to i33
  %v4 = arith.minnumf %arg1, %v0 : f8E3M4
  %v5 = arith.constant 1 : i33
  %v6 = arith.maxui %v5, %v3 : i33
  %v7 = arith.constant true
  %v8 = arith.constant 0x81 : f8E3M4
  %v9 = arith.select %v7, %v4, %v8 : f8E3M4
  return %v3, %v4, %v3 : i33, f8E3M4, i33
}
func.func @f1(%arg0: f32, %arg1: f64) -> f8E3M4 {
  %v0 = arith.constant 11 : i128
  %v1 = arith.index_cast %v0 : i128 to index
  %v2 = arith.constant -1 : index
  %v3 = arith.shli %v2, %v1 overflow<nuw> {tag = 0 : i64} : index
  %v4 = arith.constant -9223372036854775808 : index
  %v5 = arith.constant 0 : index
  %v6 = arith.maxsi %v4, %v5 : index
  %v7 = arith.constant -3.0e-05 : f32
  %v8 = arith.maxnumf %arg0, %v7 fastmath<none> : f32
  %v9 = arith.constant -4294967296 : i33
  %v10 = arith.index_castui %v9 : i33 to index
  %v11 = arith.constant 1 : i32
  %v12 = arith.floordivsi %v11, %v11 : i32
  %v13 = arith.constant 4294967295 : i33
  %v14 = arith.floordivsi %v9, %v13 : i33
  %v15 = arith.constant -4 : i64
  %v16:2 = arith.mului_extended %v15, %v15 : i64
  %v17 = arith.constant -1 : i33
  %v18 = arith.constant 33 : i33
  %v19 = arith.xori %v18, %v17 : i33
  %v20 = arith.xori %v19, %v17 : i33
  %v21 = arith.constant -3.0e-05 : f64
  %v22 = arith.constant 1.0e+10 : f64
  %v23 = arith.maxnumf %v21, %v22 : f64
  %v24 = arith.index_cast %v0 : i128 to index
  %v25 = arith.constant true
  %v26 = arith.constant 0x3FFF0000000000000000000000000000 : f128
  %v27 = arith.constant 0x3FFF0000000000000000000000000000 : f128
  %v28 = arith.select %v25, %v26, %v27 : f128
  %v29 = arith.constant dense<127> : vector<2x3xi8>
  %v30 = arith.constant 0xAE : f8E3M4
  %v31:3 = func.call @f0(%v29, %v30) : (vector<2x3xi8>, f8E3M4) -> (i33, f8E3M4, i33)
  return %v31#1 : f8E3M4
}
