// Random func/arith module, seed 86.
func.func @f0(%arg0: f32, %arg1: f32) -> (i32, i32, i32) {
  %v0 = arith.bitcast %arg1 : f32 to i32
  %v1 = arith.bitcast %arg1 : f32 to i32
  %v2 = arith.constant 3 : i32
  %v3 = arith.maxsi %v2, %v2 : i32
  %v4 = arith.constant false
  %v5 = arith.constant -2.5 : f32
  %v6 = arith.select %v4, %arg0, %v5 : f32
  %v7 = arith.constant true
  %v8 = arith.select %v7, %v3, %v2 : i32
  %v9 = arith.bitcast %v1 : i32 to f32
  %v10 = arith.constant 128 : i32
  %v11 = arith.subi %v1, %v10 : i32
  %v12 = arith.constant -2147483648 : i32
  %v13 = arith.subi %v11, %v12 : i32
  return %v13, %v11, %v11 : i32, i32, i32
}
func.func @f1(%arg0: f16, %arg1: f8E4M3) -> (i32, i1, i32, i32) {
  %v0 = arith.constant 0 : i64
  %v1 = arith.constant 18446744073709551615 : i64
  %v2 = arith.minsi %v0, %v1 : i64
  %v3 = arith.minsi %v0, %v1 : i64
  %v4 = arith.constant 0x7F7FFFFF : f32
  %v5 = arith.constant 0x7F800000 : f32
  %v6:3 = func.call @f0(%v4, %v5) : (f32, f32) -> (i32, i32, i32)
  %v7 = arith.minsi %v0, %v1 : i64
  %v8 = arith.constant 1 : i32
  %v9 = arith.divsi %v8, %v8 exact : i32
  %v10 = arith.constant 0 : i32
  %v11 = arith.cmpi sgt, %v10, %v6#1 : i32
  %v12 = arith.constant -0.0 : bf16
  %v13 = arith.constant 0xE7F7 : bf16
  %v14 = arith.divf %v12, %v13 fastmath<fast> : bf16
  %v15 = arith.cmpi sgt, %v10, %v6#1 : i32
  %v16 = arith.constant 0 : i32
  %v17 = arith.select %v15, %v6#0, %v16 : i32
  %v18 = arith.divf %v12, %v13 fastmath<fast> : bf16
  %v19 = arith.constant -0.0 : f16
  %v20 = arith.bitcast %v19 : f16 to bf16
  %v21 = arith.index_castui %v10 : i32 to index
  %v22 = arith.cmpf oeq, %v19, %v19 fastmath<ninf> : f16
  %v23 = arith.negf %v4 fastmath<nnan> : f32
  %v24 = arith.bitcast %v19 : f16 to bf16
  %v25 = arith.addi %v6#1, %v6#2 : i32
  %v26 = arith.constant 0xBC : f8E4M3
  %v27 = arith.addf %v26, %arg1 : f8E4M3
  %v28 = arith.constant 0x00800000 : f32
  %v29 = arith.bitcast %v28 : f32 to i32
  %v30 = arith.bitcast %v28 : f32 to i32
  return %v30, %v22, %v25, %v17 : i32, i1, i32, i32
}
