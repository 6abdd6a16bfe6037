// Random func/arith module, seed 188.
func.func @f0(%arg0: i64, %arg1: f6E2M3FN, %arg2: f6E2M3FN, %arg3: i16) -> f8E5M2 {
  %v0 = arith.constant dense<false> : vector<2x3xi1>
  %v1 = arith.extui %v0 : vector<2x3xi1> to vector<2x3xi64>
  %v2 = arith.constant dense<[[8589934592, -6, 63], [-9223372036854775808, 1, 10]]> : vector<2x3xi64>
  %v3 = arith.cmpi ugt, %v1, %v2 : vector<2x3xi64>
  %v4 = arith.constant -1.0 : f8E5M2FNUZ
  %v5 = arith.constant 0x03 : f8E5M2FNUZ
  %v6 = arith.cmpf ule, %v4, %v5 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v7 = arith.constant 0 : i16
  %v8 = arith.cmpi ugt, %v7, %arg3 : i16
  %v9 = arith.extf %arg2 : f6E2M3FN to f8E5M2
  %v10 = arith.cmpi ugt, %v1, %v2 : vector<2x3xi64>
  %v11 = arith.constant -1 : i8
  %v12 = arith.extui %v11 : i8 to i64
  %v13 = arith.constant -1 : i64
  %v14 = arith.cmpi ule, %v12, %v13 : i64
  %v15 = arith.cmpi ule, %v12, %v13 : i64
  %v16 = arith.remui %v0, %v0 : vector<2x3xi1>
  %v17 = arith.constant 0x7B : f8E5M2
  %v18 = arith.select %v8, %v17, %v9 : f8E5M2
  %v19 = arith.constant 0xFC : f8E5M2
  %v20 = arith.cmpf ule, %v9, %v19 : f8E5M2
  %v21 = arith.constant 0xFC : f8E5M2
  %v22 = arith.negf %v21 : f8E5M2
  %v23 = arith.constant -4 : i64
  %v24 = arith.constant 5 : i64
  %v25 = arith.floordivsi %v23, %v24 : i64
  %v26 = arith.negf %arg2 : f6E2M3FN
  %v27 = arith.cmpf ule, %v4, %v5 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v28 = arith.select %v8, %v17, %v9 : f8E5M2
  %v29 = arith.minnumf %v18, %v19 : f8E5M2
  %v30 = arith.constant 2.0 : f6E2M3FN
  %v31 = arith.minimumf %v30, %v26 : f6E2M3FN
  %v32 = arith.ori %v7, %arg3 : i16
  %v33 = arith.cmpi ne, %v23, %v23 : i64
  %v34 = arith.constant -1 : i32
  %v35 = arith.muli %v34, %v34 overflow<none> : i32
  %v36 = arith.constant 3165344155776134671 : index
  %v37 = arith.constant 2 : index
  %v38 = arith.cmpi eq, %v36, %v37 : index
  return %v28 : f8E5M2
}
func.func @f1(%arg0: i64) -> f32 {
  %v0 = arith.floordivsi %arg0, %arg0 : i64
  %v1 = arith.constant 0x00800000 : f32
  %v2 = arith.constant 0.0 : f32
  %v3 = arith.cmpf true, %v1, %v2 : f32
  %v4 = arith.constant -2 : i64
  %v5 = arith.uitofp %v4 : i64 to bf16
  %v6 = arith.constant 0.1 : f32
  %v7 = arith.cmpf uge, %v6, %v2 fastmath<none> : f32
  %v8 = arith.constant -1 : i64
  %v9 = arith.xori %v0, %v8 : i64
  %v10 = arith.xori %v9, %v8 : i64
  %v11 = arith.constant 0xBF800000 : f32
  %v12 = arith.constant 0x7F7FFFFF : f32
  %v13 = arith.addf %v11, %v12 : f32
  %v14 = arith.constant -1 : i32
  %v15:2 = arith.mulsi_extended %v14, %v14 : i32
  %v16 = arith.extui %v0 : i64 to i128
  %v17 = arith.constant -170141183460469231731687303715884105728 : i128
  %v18 = arith.remui %v17, %v16 : i128
  %v19 = arith.floordivsi %arg0, %arg0 : i64
  return %v13 : f32
}
func.func @f2(%arg0: i32) -> (i1, i1) {
  %v0 = arith.addi %arg0, %arg0 : i32
  %v1 = arith.cmpi uge, %v0, %arg0 : i32
  %v2:2 = arith.mului_extended %v1, %v1 : i1
  %v3 = arith.constant -3.0e-05 : f8E4M3FN
  %v4 = arith.addf %v3, %v3 fastmath<none> : f8E4M3FN
  %v5 = arith.addi %arg0, %arg0 : i32
  %v6 = arith.cmpi uge, %v0, %arg0 : i32
  %v7 = arith.constant 0xFC : f8E4M3FN
  %v8 = arith.remf %v4, %v7 fastmath<fast> : f8E4M3FN
  %v9 = arith.remf %v4, %v7 fastmath<fast> : f8E4M3FN
  %v10 = arith.index_castui %v2#0 : i1 to index
  %v11 = arith.constant -9223372036854775808 : i64
  %v12 = arith.constant 0x00 : f6E2M3FN
  %v13 = arith.constant 0 : i16
  %v14 = func.call @f0(%v11, %v12, %v12, %v13) : (i64, f6E2M3FN, f6E2M3FN, i16) -> f8E5M2
  %v15 = arith.truncf %v4 toward_zero : f8E4M3FN to f6E3M2FN
  %v16 = arith.cmpi uge, %v0, %arg0 : i32
  return %v6, %v16 : i1, i1
}
func.func @f3(%arg0: i32) -> (bf16, bf16) {
  %v0 = arith.constant 0x007F : bf16
  %v1 = arith.constant 0x1674 : bf16
  %v2 = arith.mulf %v0, %v1 fastmath<nnan,ninf> : bf16
  %v3 = arith.mulf %v0, %v1 fastmath<nnan,ninf> : bf16
  %v4 = arith.constant false
  %v5 = arith.select %v4, %v1, %v3 : bf16
  %v6 = arith.constant 0xB52B : bf16
  %v7 = arith.select %v4, %v0, %v6 : bf16
  %v8 = arith.constant false
  %v9 = arith.constant false
  %v10 = arith.floordivsi %v8, %v9 : i1
  %v11 = arith.constant 0x0000 : bf16
  %v12 = arith.subf %v11, %v1 : bf16
  %v13 = arith.maxnumf %v0, %v11 : bf16
  return %v12, %v13 : bf16, bf16
}
