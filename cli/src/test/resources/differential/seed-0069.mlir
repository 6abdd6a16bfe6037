// Random func/arith module, seed 69.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: i128) -> (i128, i1) {
  %v0 = arith.constant 0x7C00 : f16
  %v1 = arith.constant 1.0e+10 : f16
  %v2 = arith.remf %v0, %v1 fastmath<reassoc,contract> : f16
  %v3 = arith.constant true
  %v4 = arith.constant 0x80 : f8E5M2FNUZ
  %v5 = arith.select %v3, %v4, %arg0 : f8E5M2FNUZ
  %v6 = arith.select %v3, %arg0, %v4 : f8E5M2FNUZ
  %v7 = arith.constant 0.1 : tf32
  %v8 = arith.constant 0x5FC00 : tf32
  %v9 = arith.maximumf %v7, %v8 : tf32
  %v10 = arith.index_cast %v3 : i1 to index
  %v11 = arith.minnumf %v7, %v8 : tf32
  %v12 = arith.constant -8 : i128
  %v13 = arith.divui %v12, %arg1 exact : i128
  %v14 = arith.minnumf %v7, %v8 : tf32
  %v15 = arith.constant true
  %v16 = arith.extui %v15 : i1 to i64
  %v17 = arith.constant true
  %v18 = arith.extui %v17 : i1 to i64
  %v19 = arith.cmpi ult, %v16, %v18 : i64
  %v20 = arith.constant 0 : i128
  %v21 = arith.minsi %v13, %v20 : i128
  %v22:2 = arith.addui_extended %v20, %v13 : i128, i1
  %v23 = arith.constant -1 : i128
  %v24 = arith.xori %v22#0, %v23 : i128
  %v25 = arith.xori %v24, %v23 : i128
  %v26 = arith.constant 0 : i64
  %v27 = arith.constant 64 : i64
  %v28 = arith.minui %v26, %v27 : i64
  %v29 = arith.negf %v7 fastmath<none> : tf32
  %v30 = arith.constant false
  %v31 = arith.cmpi ule, %v22#1, %v30 : i1
  %v32 = arith.constant -1.0 : f8E5M2FNUZ
  %v33 = arith.bitcast %v32 : f8E5M2FNUZ to f8E8M0FNU
  %v34 = arith.select %v3, %v4, %arg0 : f8E5M2FNUZ
  %v35 = arith.constant 4 : i8
  %v36 = arith.extui %v35 : i8 to i64
  %v37 = arith.constant 16 : i8
  %v38 = arith.extui %v37 : i8 to i64
  %v39 = arith.cmpi sge, %v36, %v38 : i64
  %v40 = arith.constant 1 : i16
  %v41 = arith.minui %v40, %v40 : i16
  %v42 = arith.constant -170141183460469231731687303715884105728 : i128
  %v43:2 = arith.mulsi_extended %v42, %v22#0 : i128
  %v44:2 = arith.mului_extended %arg1, %v13 : i128
  return %v43#1, %v31 : i128, i1
}
func.func @f1(%arg0: i64, %arg1: f64) -> (i1, i64, i1) {
  %v0:2 = arith.mului_extended %arg0, %arg0 : i64
  %v1 = arith.uitofp %v0#1 : i64 to f64
  %v2 = arith.fptosi %v1 : f64 to i64
  %v3 = arith.constant 34359738368 : i128
  %v4 = arith.index_cast %v3 : i128 to index
  %v5 = arith.constant 1 : i64
  %v6 = arith.remui %v5, %arg0 : i64
  %v7 = arith.constant 3 : i128
  %v8 = arith.maxsi %v3, %v7 : i128
  %v9 = arith.constant 13 : i128
  %v10 = arith.maxsi %v8, %v9 : i128
  %v11 = arith.constant 0x7FF0000000000000 : f64
  %v12 = arith.cmpf ogt, %v1, %v11 : f64
  %v13 = arith.constant 0 : i8
  %v14 = arith.extui %v13 : i8 to i64
  %v15 = arith.constant 1 : i64
  %v16 = arith.cmpi ugt, %v14, %v15 : i64
  %v17 = arith.negf %v1 : f64
  %v18 = arith.extui %v13 : i8 to i64
  %v19:2 = arith.addui_extended %v5, %arg0 : i64, i1
  %v20 = arith.constant dense<0x00000000> : vector<2x3xf32>
  %v21 = arith.constant dense<0x007FFFFF> : vector<2x3xf32>
  %v22 = arith.maxnumf %v20, %v21 : vector<2x3xf32>
  %v23 = arith.cmpi ult, %v19#1, %v12 : i1
  %v24 = arith.constant -2 : i32
  %v25:2 = arith.addui_extended %v24, %v24 : i32, i1
  %v26 = arith.constant -0.0 : f64
  %v27 = arith.cmpf ult, %v11, %v26 fastmath<none> : f64
  %v28 = arith.constant 0 : i8
  %v29 = arith.constant -7 : i8
  %v30 = arith.cmpi uge, %v28, %v29 : i8
  return %v19#1, %v18, %v19#1 : i1, i64, i1
}
func.func @f2(%arg0: f64, %arg1: f64) -> i64 {
  %v0 = arith.divf %arg0, %arg0 : f64
  %v1 = arith.constant 4.0 : bf16
  %v2 = arith.negf %v1 : bf16
  %v3 = arith.remf %v0, %v0 : f64
  %v4 = arith.constant true
  %v5 = arith.constant 0.1 : f64
  %v6 = arith.select %v4, %v5, %arg0 : f64
  %v7 = arith.divf %arg0, %arg0 : f64
  %v8 = arith.constant true
  %v9 = arith.divui %v8, %v8 : i1
  %v10 = arith.constant 0xC7 : f8E5M2FNUZ
  %v11 = arith.constant -22005754432972615345561298069978816398 : i128
  %v12:2 = func.call @f0(%v10, %v11) : (f8E5M2FNUZ, i128) -> (i128, i1)
  %v13 = arith.remf %v0, %v0 : f64
  %v14 = arith.constant true
  %v15 = arith.xori %v14, %v14 : i1
  %v16 = arith.xori %v15, %v14 : i1
  %v17 = arith.extsi %v12#1 : i1 to i64
  %v18 = arith.constant true
  %v19 = arith.extsi %v18 : i1 to i64
  %v20 = arith.cmpi eq, %v17, %v19 : i64
  return %v17 : i64
}
