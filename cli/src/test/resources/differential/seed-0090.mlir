// Random func/arith module, seed 90.
func.func @f0(%arg0: i1, %arg1: f32) -> (i16, f32, i1, i16) {
  %v0 = arith.negf %arg1 : f32
  %v1 = arith.negf %v0 : f32
  %v2 = arith.extsi %arg0 : i1 to i16
  %v3 = arith.trunci %v2 : i16 to i1
  %v4 = arith.constant 0 : i16
  %v5 = arith.maxui %v2, %v4 : i16
  %v6 = arith.maximumf %v0, %arg1 : f32
  %v7 = arith.constant 0x7F7FFFFF : f32
  %v8 = arith.cmpf ord, %v7, %v1 : f32
  %v9 = arith.constant 21468 : i16
  %v10 = arith.constant -6 : i16
  %v11 = arith.divui %v9, %v10 : i16
  return %v5, %v6, %v8, %v5 : i16, f32, i1, i16
}
func.func @f1(%arg0: i32, %arg1: i8, %arg2: index) -> i1 {
  %v0 = arith.constant 0 : i8
  %v1 = arith.andi %arg1, %v0 : i8
  %v2 = arith.andi %arg1, %v0 : i8
  %v3 = arith.constant 0x00000001 : f32
  %v4 = arith.negf %v3 : f32
  %v5 = arith.negf %v4 : f32
  %v6 = arith.negf %v4 : f32
  %v7 = arith.constant true
  %v8:4 = func.call @f0(%v7, %v4) : (i1, f32) -> (i16, f32, i1, i16)
  %v9 = arith.cmpi ne, %v2, %v1 : i8
  %v10 = arith.constant true
  %v11 = arith.constant false
  %v12 = arith.select %v9, %v11, %v10 : i1
  %v13 = arith.constant dense<5> : tensor<3xi32>
  %v14 = arith.maxui %v13, %v13 : tensor<3xi32>
  %v15 = arith.andi %arg1, %v0 : i8
  %v16 = arith.constant true
  %v17 = arith.select %v16, %v2, %v1 : i8
  %v18 = arith.extf %v8#1 : f32 to f64
  return %v9 : i1
}
func.func @f2(%arg0: f6E2M3FN) -> (i1, i1, f6E3M2FN) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.constant 0 : i8
  %v2 = arith.constant 64 : index
  %v3 = func.call @f1(%v0, %v1, %v2) {tag = 0 : i64} : (i32, i8, index) -> i1
  %v4 = arith.bitcast %arg0 : f6E2M3FN to f6E3M2FN
  %v5 = arith.constant true
  %v6 = arith.select %v3, %v3, %v5 : i1
  %v7 = arith.constant 0.1 : f6E2M3FN
  %v8 = arith.minimumf %arg0, %v7 fastmath<reassoc,contract> : f6E2M3FN
  %v9 = arith.constant true
  %v10 = arith.subi %v9, %v6 overflow<nuw> : i1
  %v11 = arith.select %v3, %v3, %v5 : i1
  %v12 = arith.constant 0x01 : f6E3M2FN
  %v13 = arith.remf %v4, %v12 : f6E3M2FN
  %v14 = arith.constant true
  %v15 = arith.minsi %v9, %v14 : i1
  %v16 = arith.constant true
  %v17 = arith.constant true
  %v18 = arith.xori %v16, %v17 : i1
  %v19 = arith.divui %v17, %v3 exact : i1
  %v20:2 = arith.addui_extended %v19, %v19 : i1, i1
  %v21 = arith.minnumf %v13, %v13 : f6E3M2FN
  %v22 = arith.cmpf une, %v8, %arg0 : f6E2M3FN
  %v23 = arith.constant false
  %v24 = arith.divui %v11, %v23 exact : i1
  %v25 = arith.maxnumf %v12, %v13 fastmath<none> : f6E3M2FN
  %v26 = arith.andi %v24, %v10 : i1
  %v27 = arith.constant 64 : i64
  %v28 = arith.constant 9223372036854775807 : i64
  %v29 = arith.cmpi eq, %v27, %v28 : i64
  %v30 = arith.constant true
  %v31 = arith.constant false
  %v32 = arith.select %v29, %v30, %v31 : i1
  return %v26, %v22, %v25 : i1, i1, f6E3M2FN
}
func.func @f3(%arg0: f32, %arg1: f32, %arg2: i64, %arg3: i1) -> (i1, f32) {
  %v0 = arith.constant 65 : i64
  %v1 = arith.extsi %v0 : i64 to i128
  %v2 = arith.shrui %v0, %arg2 : i64
  %v3 = arith.negf %arg0 : f32
  %v4 = arith.negf %arg0 : f32
  %v5 = arith.cmpf ole, %arg1, %v3 fastmath<nsz> : f32
  %v6 = arith.constant true
  %v7 = arith.floordivsi %v6, %v5 : i1
  return %v7, %v4 : i1, f32
}
