// Random func/arith module, seed 104.
func.func @f0(%arg0: f32, %arg1: f16, %arg2: i1, %arg3: f32) -> f32 {
  %v0 = arith.shrui %arg2, %arg2 : i1
  %v1 = arith.extui %v0 : i1 to i64
  %v2 = arith.constant 9223372036854775807 : i64
  %v3 = arith.cmpi slt, %v1, %v2 : i64
  %v4 = arith.extui %v0 : i1 to i64
  %v5 = arith.mulf %arg0, %arg0 : f32
  %v6 = arith.constant false
  %v7 = arith.constant true
  %v8 = arith.shli %v6, %v7 : i1
  %v9 = arith.constant 100.0 : f8E4M3FN
  %v10 = arith.bitcast %v9 : f8E4M3FN to f8E5M2
  %v11 = arith.constant 536870912 : i64
  %v12 = arith.select %v8, %v1, %v11 : i64
  %v13 = arith.mulf %arg0, %arg0 : f32
  return %v13 : f32
}
func.func @f1(%arg0: i16, %arg1: f16, %arg2: f8E5M2FNUZ) -> (i16, i16) {
  %v0 = arith.constant true
  %v1 = arith.constant 0x0001 : f16
  %v2 = arith.select %v0, %v1, %arg1 : f16
  %v3 = arith.constant false
  %v4 = arith.extsi %v3 : i1 to i64
  %v5 = arith.constant 0 : i64
  %v6 = arith.cmpi ule, %v4, %v5 : i64
  %v7 = arith.constant -26094 : i16
  %v8 = arith.constant 1 : i16
  %v9 = arith.shrui %v7, %v8 : i16
  %v10 = arith.negf %arg2 fastmath<nsz> : f8E5M2FNUZ
  %v11 = arith.constant 0 : i16
  %v12 = arith.ori %arg0, %v11 : i16
  %v13 = arith.constant -32768 : i16
  %v14 = arith.ori %v13, %v12 : i16
  %v15 = arith.cmpi ugt, %v0, %v3 : i1
  %v16 = arith.constant 0x03FF : f16
  %v17 = arith.constant 0xBC00 : f16
  %v18 = arith.cmpf false, %v16, %v17 fastmath<reassoc,contract> : f16
  %v19 = arith.constant 64 : i64
  %v20 = arith.shrsi %v5, %v19 : i64
  return %v12, %v12 : i16, i16
}
