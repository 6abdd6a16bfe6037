// Random func/arith module, seed 136.
func.func @f0(%arg0: f32, %arg1: i32, %arg2: i64) -> (i1, i1) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.minui %v0, %arg1 : i32
  %v2 = arith.minui %arg1, %v0 : i32
  %v3 = arith.cmpi slt, %v0, %v1 : i32
  %v4 = arith.constant 0xFF800000 : f32
  %v5 = arith.mulf %arg0, %v4 : f32
  %v6 = arith.constant false
  %v7 = arith.remsi %v3, %v6 : i1
  %v8 = arith.minui %arg1, %v0 : i32
  return %v7, %v7 : i1, i1
}
func.func @f1(%arg0: f64, %arg1: f8E3M4, %arg2: f8E3M4) -> i1 {
  %v0 = arith.constant 9223372036854775807 : i64
  %v1 = arith.cmpi slt, %v0, %v0 : i64
  %v2 = arith.cmpf ugt, %arg1, %arg2 : f8E3M4
  %v3 = arith.constant 0x007FFFFF : f32
  %v4 = arith.constant 0 : i32
  %v5 = arith.constant -8 : i64
  %v6:2 = func.call @f0(%v3, %v4, %v5) : (f32, i32, i64) -> (i1, i1)
  %v7 = arith.constant true
  %v8 = arith.shli %v7, %v2 overflow<none> : i1
  %v9 = arith.constant 7 : i7
  %v10 = arith.constant 0 : i7
  %v11 = arith.ceildivsi %v9, %v10 : i7
  %v12 = arith.index_castui %v1 : i1 to index
  %v13 = arith.constant 2048 : i32
  %v14 = arith.shrsi %v13, %v13 exact : i32
  %v15 = arith.constant false
  %v16 = arith.cmpi sge, %v15, %v6#0 : i1
  %v17 = arith.constant 32 : i32
  %v18:2 = func.call @f0(%v3, %v17, %v0) : (f32, i32, i64) -> (i1, i1)
  %v19 = arith.constant false
  %v20 = arith.constant false
  %v21 = arith.divsi %v19, %v20 : i1
  %v22 = arith.select %v20, %v6#1, %v7 : i1
  %v23 = arith.addi %v19, %v7 overflow<nsw, nuw> : i1
  %v24 = arith.constant 11 : i7
  %v25 = arith.cmpi eq, %v11, %v24 : i7
  %v26 = arith.remsi %v18#1, %v16 : i1
  return %v16 : i1
}
