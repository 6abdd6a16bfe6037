// Random func/arith module, seed 77.
func.func @f0(%arg0: i64, %arg1: i1, %arg2: i64) -> index {
  %v0 = arith.constant true
  %v1 = arith.maxui %arg1, %v0 : i1
  %v2 = arith.constant 10 : i64
  %v3 = arith.shrsi %v2, %arg2 exact : i64
  %v4 = arith.index_cast %arg2 : i64 to index
  %v5 = arith.shrsi %v2, %arg2 exact : i64
  %v6 = arith.constant 1 : i64
  %v7 = arith.index_castui %v6 : i64 to index
  %v8 = arith.extui %v1 : i1 to i7
  %v9 = arith.addi %v4, %v4 overflow<nsw> : index
  %v10 = arith.divui %arg1, %v0 exact : i1
  %v11 = arith.maxui %arg1, %v0 : i1
  %v12 = arith.constant 7 : i7
  %v13 = arith.minui %v8, %v12 : i7
  %v14 = arith.constant false
  %v15 = arith.constant false
  %v16 = arith.shrsi %v14, %v15 exact : i1
  %v17 = arith.select %v11, %arg1, %arg1 : i1
  return %v9 : index
}
func.func @f1(%arg0: i32, %arg1: f8E3M4, %arg2: i32) -> (f8E3M4, i32) {
  %v0 = arith.divf %arg1, %arg1 : f8E3M4
  %v1 = arith.constant -5 : i8
  %v2 = arith.constant 0 : i8
  %v3 = arith.floordivsi %v1, %v2 : i8
  %v4 = arith.constant 16 : i8
  %v5 = arith.constant 127 : i8
  %v6:2 = arith.mului_extended %v4, %v5 : i8
  %v7 = arith.constant true
  %v8 = arith.constant 0x78 : f8E3M4
  %v9 = arith.constant 3.0 : f8E3M4
  %v10 = arith.select %v7, %v8, %v9 : f8E3M4
  %v11 = arith.constant 0x8F : f8E3M4
  %v12 = arith.remf %v11, %arg1 fastmath<nsz> : f8E3M4
  %v13 = arith.constant 64 : i32
  %v14 = arith.minsi %v13, %arg0 : i32
  %v15 = arith.constant 0xF8 : f8E3M4
  %v16 = arith.constant 0x01 : f8E3M4
  %v17 = arith.subf %v15, %v16 : f8E3M4
  %v18 = arith.sitofp %v13 : i32 to f32
  %v19 = arith.constant 12 : i32
  %v20 = arith.maxui %arg0, %v19 : i32
  %v21 = arith.constant 7 : i32
  %v22:2 = arith.addui_extended %v14, %v21 : i32, i1
  %v23 = arith.constant 2 : i32
  %v24 = arith.shrsi %v20, %v23 exact : i32
  %v25 = arith.constant dense<[0x46171D345B5D9CD8, 1.0, 0x7FEFFFFFFFFFFFFF, 2.0]> : vector<4xf64>
  %v26 = arith.fptoui %v25 : vector<4xf64> to vector<4xi32>
  %v27 = arith.negf %v12 : f8E3M4
  %v28 = arith.constant -9223372036854775808 : i64
  %v29 = arith.constant true
  %v30 = func.call @f0(%v28, %v29, %v28) : (i64, i1, i64) -> index
  %v31 = arith.constant 1 : i32
  %v32 = arith.constant -1 : i32
  %v33 = arith.select %v22#1, %v31, %v32 : i32
  %v34 = arith.minnumf %v8, %v9 fastmath<arcp,afn> : f8E3M4
  return %v27, %v22#0 : f8E3M4, i32
}
