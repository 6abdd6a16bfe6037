// Random func/arith module, seed 105.
func.func @f0(%arg0: i1) -> f8E4M3B11FNUZ {
  %v0 = arith.constant false
  %v1 = arith.shli %v0, %arg0 overflow<none> : i1
  %v2 = arith.constant 63 : index
  %v3 = arith.maxui %v2, %v2 : index
  %v4 = arith.shrui %v2, %v2 : index
  %v5 = arith.divui %arg0, %v1 : i1
  %v6 = arith.constant 1.0 : f8E4M3B11FNUZ
  %v7 = arith.maxnumf %v6, %v6 : f8E4M3B11FNUZ
  %v8 = arith.constant true
  %v9 = arith.cmpi slt, %v0, %v8 : i1
  return %v7 : f8E4M3B11FNUZ
}
func.func @f1(%arg0: i16, %arg1: i64, %arg2: i7) -> i1 {
  %v0 = arith.constant 100.0 : f8E4M3
  %v1 = arith.maxnumf %v0, %v0 fastmath<arcp,afn> : f8E4M3
  %v2 = arith.constant false
  %v3 = func.call @f0(%v2) : (i1) -> f8E4M3B11FNUZ
  %v4 = arith.constant true
  %v5 = arith.constant true
  %v6 = arith.andi %v4, %v5 : i1
  %v7 = arith.constant 0x92 : f8E4M3
  %v8 = arith.constant 0xB8 : f8E4M3
  %v9 = arith.select %v5, %v7, %v8 : f8E4M3
  %v10 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v11 = arith.addf %v10, %v10 : f64
  %v12 = arith.addf %v10, %v10 : f64
  %v13 = arith.select %v5, %v7, %v8 : f8E4M3
  %v14 = arith.constant -332011247 : i32
  %v15 = arith.cmpi sle, %v14, %v14 : i32
  %v16 = arith.constant true
  %v17 = arith.constant false
  %v18 = arith.select %v15, %v16, %v17 : i1
  %v19 = arith.cmpi sge, %v15, %v2 : i1
  %v20 = arith.maximumf %v11, %v10 fastmath<reassoc,contract> : f64
  %v21 = arith.constant 0 : i32
  %v22 = arith.ori %v14, %v21 : i32
  %v23 = arith.extui %arg2 : i7 to i64
  %v24 = arith.constant -8 : i7
  %v25 = arith.extui %v24 : i7 to i64
  %v26 = arith.cmpi sle, %v23, %v25 : i64
  %v27 = arith.maxui %arg0, %arg0 : i16
  %v28 = arith.bitcast %arg0 : i16 to bf16
  %v29 = arith.constant 4 : i16
  %v30 = arith.select %v26, %v29, %v27 : i16
  %v31 = arith.cmpi eq, %v27, %arg0 : i16
  %v32 = arith.constant 65309 : i16
  %v33 = arith.cmpi ule, %v32, %arg0 : i16
  %v34 = arith.floordivsi %v33, %v31 : i1
  %v35 = arith.extui %v23 : i64 to i128
  %v36 = arith.floordivsi %v34, %v31 : i1
  return %v31 : i1
}
