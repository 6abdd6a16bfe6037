// Random func/arith module, seed 88.
func.func @f0(%arg0: f8E4M3, %arg1: i64, %arg2: i8, %arg3: f64) -> (i64, i1) {
  %v0 = arith.constant 0x096F31AF294C7367 : f64
  %v1 = arith.negf %v0 : f64
  %v2 = arith.negf %v0 : f64
  %v3 = arith.negf %v0 : f64
  %v4 = arith.cmpi sle, %arg2, %arg2 : i8
  %v5 = arith.constant 15 : i8
  %v6 = arith.xori %arg2, %v5 : i8
  %v7 = arith.negf %v0 : f64
  %v8 = arith.constant -9223372036854775808 : i64
  %v9 = arith.xori %v8, %arg1 : i64
  %v10 = arith.cmpi eq, %v9, %arg1 : i64
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v11, %v12 : i1
  %v14 = arith.extsi %arg2 : i8 to i16
  %v15 = arith.trunci %v14 : i16 to i8
  return %v9, %v12 : i64, i1
}
func.func @f1(%arg0: i32, %arg1: index, %arg2: i32, %arg3: f16) -> (i64, f64, f16) {
  %v0 = arith.constant dense<false> : vector<i1>
  %v1 = arith.constant dense<288230376151711744> : vector<index>
  %v2 = arith.constant dense<4> : vector<index>
  %v3 = arith.select %v0, %v1, %v2 : vector<i1>, vector<index>
  %v4 = arith.constant 0.0 : f8E4M3
  %v5 = arith.constant 1 : i64
  %v6 = arith.constant -128 : i8
  %v7 = arith.constant 0x0000000000000000 : f64
  %v8:2 = func.call @f0(%v4, %v5, %v6, %v7) : (f8E4M3, i64, i8, f64) -> (i64, i1)
  %v9 = arith.constant 8 : i64
  %v10:2 = arith.mulsi_extended %v8#0, %v9 : i64
  %v11 = arith.fptoui %arg3 : f16 to i64
  %v12 = arith.cmpf oeq, %v4, %v4 : f8E4M3
  %v13 = arith.constant -0.0 : f64
  %v14 = arith.truncf %v13 : f64 to tf32
  %v15 = arith.negf %arg3 : f16
  %v16 = arith.constant 0x00000000 : f32
  %v17 = arith.minnumf %v16, %v16 fastmath<none> : f32
  %v18 = arith.extf %v17 fastmath<nnan> : f32 to f64
  %v19 = arith.minnumf %v16, %v16 fastmath<none> : f32
  %v20 = arith.floordivsi %v11, %v10#0 : i64
  %v21 = arith.floordivsi %v11, %v10#0 : i64
  return %v21, %v18, %v15 : i64, f64, f16
}
