// Random func/arith module, seed 26.
func.func @f0(%arg0: f64) -> (f64, f64) {
  %v0 = arith.constant 7123197739288154176 : i64
  %v1:2 = arith.mulsi_extended %v0, %v0 : i64
  %v2 = arith.constant 18446744073709551615 : i64
  %v3 = arith.ori %v1#1, %v2 : i64
  %v4 = arith.constant 0 : i64
  %v5 = arith.ori %v3, %v4 : i64
  %v6 = arith.constant false
  %v7 = arith.constant 100.0 : f64
  %v8 = arith.select %v6, %arg0, %v7 : f64
  %v9 = arith.constant -9223372036854775808 : i64
  %v10 = arith.divui %v9, %v2 : i64
  %v11 = arith.constant 0xE46BDE4FDDC73D24 : f64
  %v12 = arith.divf %arg0, %v11 : f64
  %v13 = arith.remui %v4, %v9 : i64
  %v14 = arith.minnumf %v11, %v12 : f64
  return %v8, %v8 : f64, f64
}
func.func @f1(%arg0: f8E4M3FN, %arg1: f16, %arg2: f64, %arg3: f8E4M3FNUZ) -> (i1, i64, i128) {
  %v0 = arith.constant -0.0 : f16
  %v1 = arith.remf %arg1, %v0 fastmath<nnan> : f16
  %v2 = arith.constant 0x7FF0000000000000 : f64
  %v3 = arith.fptosi %v2 : f64 to i128
  %v4 = arith.fptosi %v2 : f64 to i128
  %v5 = arith.remf %v1, %arg1 : f16
  %v6 = arith.constant 170141183460469231731687303715884105727 : i128
  %v7 = arith.constant 604462909807314587353088 : i128
  %v8 = arith.maxui %v6, %v7 : i128
  %v9 = arith.constant -1 : i128
  %v10 = arith.xori %v9, %v9 : i128
  %v11 = arith.xori %v10, %v9 : i128
  %v12 = arith.constant false
  %v13 = arith.constant 2.0 : f8E3M4
  %v14 = arith.constant 0x10 : f8E3M4
  %v15 = arith.select %v12, %v13, %v14 : f8E3M4
  %v16 = arith.constant 16 : i8
  %v17 = arith.extui %v16 : i8 to i64
  %v18 = arith.constant 0 : i64
  %v19 = arith.cmpi sle, %v17, %v18 : i64
  %v20 = arith.constant 64 : i64
  %v21 = arith.cmpi uge, %v20, %v20 : i64
  %v22 = arith.constant 1 : i64
  %v23 = arith.shli %v22, %v18 : i64
  %v24 = arith.fptosi %v2 : f64 to i128
  %v25 = arith.cmpi ugt, %v17, %v22 : i64
  %v26 = arith.cmpi ult, %v9, %v6 : i128
  %v27 = arith.constant 0.5 : f64
  %v28 = arith.select %v26, %v27, %v2 : f64
  %v29 = arith.constant -1 : i128
  %v30 = arith.constant 170141183460469231731687303715884105727 : i128
  %v31 = arith.ori %v29, %v30 : i128
  %v32 = arith.cmpi sle, %v17, %v18 : i64
  %v33 = arith.maxsi %v18, %v23 : i64
  return %v32, %v33, %v24 : i1, i64, i128
}
