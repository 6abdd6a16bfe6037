// Random func/arith module, seed 93.
func.func @f0(%arg0: f8E3M4) -> (i1, f8E3M4) {
  %v0 = arith.constant 4.0 : f8E3M4
  %v1 = arith.minimumf %arg0, %v0 : f8E3M4
  %v2 = arith.constant 16 : i32
  %v3 = arith.constant 4 : i32
  %v4 = arith.maxsi %v2, %v3 : i32
  %v5 = arith.constant 63 : i7
  %v6 = arith.cmpi eq, %v5, %v5 : i7
  %v7 = arith.select %v6, %v5, %v5 : i7
  %v8 = arith.constant 16 : i32
  %v9 = arith.remui %v4, %v8 : i32
  %v10 = arith.constant 1 : i32
  %v11 = arith.constant -3 : i32
  %v12 = arith.xori %v10, %v11 : i32
  %v13 = arith.constant 0xB0 : f8E3M4
  %v14 = arith.subf %v13, %arg0 : f8E3M4
  %v15 = arith.constant false
  %v16 = arith.constant false
  %v17 = arith.addi %v15, %v16 : i1
  %v18 = arith.subf %v13, %arg0 : f8E3M4
  %v19 = arith.divsi %v15, %v6 : i1
  %v20 = arith.maximumf %v1, %v18 : f8E3M4
  %v21 = arith.select %v6, %v5, %v5 : i7
  %v22 = arith.constant -1 : i16
  %v23 = arith.constant -32768 : i16
  %v24:2 = arith.mulsi_extended %v22, %v23 : i16
  return %v19, %v18 : i1, f8E3M4
}
func.func @f1(%arg0: f32, %arg1: i64) -> i1 {
  %v0 = arith.constant 0 : i64
  %v1 = arith.muli %v0, %v0 overflow<none> : i64
  %v2 = arith.constant 64 : i64
  %v3 = arith.cmpi slt, %v2, %arg1 : i64
  %v4 = arith.constant 0xFFC00000 : f32
  %v5 = arith.subf %v4, %arg0 fastmath<arcp,afn> : f32
  %v6 = arith.extui %v0 : i64 to i128
  %v7 = arith.cmpi slt, %v2, %arg1 : i64
  %v8 = arith.cmpi eq, %v0, %arg1 : i64
  %v9 = arith.constant 0x7FC00000 : f32
  %v10 = arith.constant 0x7FC00000 : f32
  %v11 = arith.minimumf %v9, %v10 fastmath<fast> : f32
  %v12 = arith.bitcast %arg1 : i64 to f64
  %v13 = arith.bitcast %v12 : f64 to i64
  %v14 = arith.constant 0.1 : f64
  %v15 = arith.fptosi %v14 : f64 to i128
  %v16 = arith.minui %v8, %v3 : i1
  %v17 = arith.constant 18446744073709551615 : i64
  %v18 = arith.andi %arg1, %v17 : i64
  %v19 = arith.constant 576460752303423488 : i64
  %v20 = arith.andi %v18, %v19 : i64
  %v21 = arith.constant true
  %v22 = arith.maxsi %v21, %v16 : i1
  %v23 = arith.constant 9 : i64
  %v24:2 = arith.mului_extended %v0, %v23 : i64
  %v25 = arith.constant 1.0e+10 : f64
  %v26 = arith.cmpf une, %v25, %v14 fastmath<arcp,afn> : f64
  %v27 = arith.constant 0 : i64
  %v28 = arith.andi %v18, %v27 : i64
  %v29 = arith.negf %v12 : f64
  %v30 = arith.negf %v29 : f64
  %v31 = arith.minimumf %v10, %v9 fastmath<fast> : f32
  return %v22 : i1
}
