// Random func/arith module, seed 165.
func.func @f0(%arg0: f8E4M3FN, %arg1: i8) -> i1 {
  %v0 = arith.constant 0x78 : f8E4M3FN
  %v1 = arith.maxnumf %arg0, %v0 fastmath<arcp,afn> : f8E4M3FN
  %v2 = arith.maxnumf %arg0, %v0 fastmath<arcp,afn> : f8E4M3FN
  %v3 = arith.extsi %arg1 : i8 to i64
  %v4 = arith.constant 137438953472 : i64
  %v5 = arith.cmpi ugt, %v3, %v4 : i64
  %v6 = arith.sitofp %v4 : i64 to f32
  %v7 = arith.constant 1.0e+10 : f8E4M3FN
  %v8 = arith.constant 100.0 : f8E4M3FN
  %v9 = arith.cmpf ule, %v7, %v8 : f8E4M3FN
  %v10 = arith.constant 0x4F6D4E42 : f32
  %v11 = arith.cmpf false, %v10, %v6 fastmath<reassoc,contract> : f32
  %v12 = arith.cmpi ugt, %v3, %v4 : i64
  %v13 = arith.constant false
  %v14 = arith.cmpi slt, %v13, %v12 : i1
  %v15 = arith.constant 127 : i8
  %v16 = arith.cmpi eq, %v15, %arg1 : i8
  %v17 = arith.constant 100.0 : f32
  %v18 = arith.mulf %v6, %v17 fastmath<arcp,afn> : f32
  %v19 = arith.constant true
  %v20 = arith.cmpi sle, %v19, %v16 : i1
  %v21 = arith.constant 7 : i8
  %v22 = arith.select %v14, %v21, %arg1 : i8
  %v23 = arith.sitofp %v3 : i64 to f8E5M2FNUZ
  %v24 = arith.cmpf ule, %v7, %v8 : f8E4M3FN
  %v25 = arith.constant 3.0 : f8E5M2FNUZ
  %v26 = arith.negf %v25 {tag = 0 : i64} : f8E5M2FNUZ
  %v27 = arith.cmpi slt, %v13, %v12 : i1
  %v28 = arith.cmpi ne, %v3, %v3 : i64
  %v29 = arith.select %v28, %v3, %v3 : i64
  %v30 = arith.bitcast %v23 : f8E5M2FNUZ to f8E4M3B11FNUZ
  %v31 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v32 = arith.constant 0x18 : f8E5M2FNUZ
  %v33 = arith.divf %v31, %v32 : f8E5M2FNUZ
  %v34 = arith.floordivsi %v11, %v16 : i1
  %v35 = arith.cmpi ugt, %v3, %v4 : i64
  return %v20 : i1
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: f64, %arg2: i8, %arg3: vector<2x3xf64>) -> i16 {
  %v0 = arith.constant 0 : i8
  %v1 = arith.remui %v0, %arg2 : i8
  %v2 = arith.constant 7 : i8
  %v3 = arith.remui %arg2, %v2 : i8
  %v4 = arith.remui %arg2, %v2 : i8
  %v5 = arith.extui %arg2 : i8 to i16
  %v6 = arith.extui %arg2 : i8 to i16
  %v7 = arith.constant 0x01 : f8E5M2FNUZ
  %v8 = arith.cmpf one, %arg0, %v7 : f8E5M2FNUZ
  return %v5 : i16
}
