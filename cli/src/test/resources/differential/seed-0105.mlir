// Random func/arith module, seed 105.
func.func @f0(%arg0: i1) -> i1 {
  %v0 = arith.constant false
  %v1 = arith.shli %v0, %arg0 overflow<none> : i1
  %v2 = arith.constant 63 : index
  %v3 = arith.maxui %v2, %v2 : index
  %v4 = arith.shrui %v2, %v2 : index
  %v5 = arith.divui %arg0, %v1 : i1
  %v6 = arith.shrsi %v0, %v1 : i1
  %v7 = arith.constant 0.0 : bf16
  %v8 = arith.constant 0x0080 : bf16
  %v9 = arith.cmpf one, %v7, %v8 fastmath<fast> : bf16
  return %v6 : i1
}
func.func @f1(%arg0: i16, %arg1: i64, %arg2: i7) -> f8E5M2 {
  %v0 = arith.constant 100.0 : f64
  %v1 = arith.maxnumf %v0, %v0 fastmath<arcp,afn> : f64
  %v2 = arith.constant false
  %v3 = func.call @f0(%v2) : (i1) -> i1
  %v4 = arith.constant 0xFFF8000000000000 : f64
  %v5 = arith.fptoui %v4 : f64 to i64
  %v6 = arith.constant 0x69DAFF8E55C9CA63 : f64
  %v7 = arith.negf %v6 : f64
  %v8 = arith.constant 0xBACD5D53D317988F : f64
  %v9 = arith.subf %v8, %v6 : f64
  %v10 = arith.constant -691244092 : i32
  %v11 = arith.constant 3 : i32
  %v12:2 = arith.mulsi_extended %v10, %v11 : i32
  %v13 = arith.fptosi %v7 : f64 to i128
  %v14:2 = arith.mulsi_extended %arg1, %arg1 : i64
  %v15 = arith.constant 19858837681768351775917259937761962148 : i128
  %v16 = arith.sitofp %v15 : i128 to f8E3M4
  %v17 = arith.constant 0x6F : f8E3M4
  %v18 = arith.select %v3, %v16, %v17 : f8E3M4
  %v19 = arith.constant 1.0e+10 : f8E3M4
  %v20 = arith.minimumf %v19, %v18 : f8E3M4
  %v21 = arith.constant 9 : i128
  %v22 = arith.remui %v13, %v21 : i128
  %v23 = arith.fptosi %v19 : f8E3M4 to i33
  %v24 = arith.constant 0xBF800000 : f32
  %v25 = arith.bitcast %v24 : f32 to i32
  %v26 = arith.minimumf %v19, %v18 : f8E3M4
  %v27 = arith.constant 0x03 : f8E5M2
  %v28 = arith.constant 1.0 : f8E5M2
  %v29 = arith.select %v3, %v27, %v28 : f8E5M2
  %v30 = arith.select %v3, %v27, %v29 : f8E5M2
  %v31 = arith.index_cast %v5 : i64 to index
  %v32 = arith.extui %arg2 : i7 to i64
  %v33 = arith.constant -5 : i7
  %v34 = arith.xori %arg2, %v33 : i7
  return %v29 : f8E5M2
}
