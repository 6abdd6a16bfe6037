// Random func/arith module, seed 153.
func.func @f0(%arg0: i32, %arg1: i64, %arg2: f128) -> (i64, i64, i8) {
  %v0 = arith.constant 0.5 : f128
  %v1 = arith.divf %arg2, %v0 fastmath<ninf> : f128
  %v2 = arith.constant -1 : i32
  %v3 = arith.muli %arg0, %v2 : i32
  %v4 = arith.fptosi %v1 : f128 to i8
  %v5 = arith.constant true
  %v6 = arith.constant 3.0 : f128
  %v7 = arith.select %v5, %arg2, %v6 : f128
  %v8 = arith.cmpi uge, %v4, %v4 : i8
  %v9 = arith.constant 7 : i8
  %v10 = arith.constant -98 : i8
  %v11 = arith.remui %v9, %v10 : i8
  %v12 = arith.constant 2147483647 : i32
  %v13 = arith.constant 5 : i32
  %v14 = arith.shrui %v12, %v13 exact : i32
  %v15 = arith.constant 4 : i64
  %v16 = arith.select %v5, %v15, %arg1 : i64
  %v17 = arith.fptosi %v1 : f128 to i8
  %v18 = arith.constant 0xBFFF0000000000000000000000000000 : f128
  %v19 = arith.minnumf %v18, %v0 : f128
  %v20 = arith.constant false
  %v21 = arith.cmpi slt, %v20, %v20 : i1
  %v22 = arith.constant 7 : i8
  %v23 = arith.subi %v9, %v22 : i8
  %v24 = arith.cmpi slt, %v20, %v20 : i1
  %v25 = arith.shrui %v15, %arg1 exact : i64
  %v26 = arith.constant 1.0e+10 : f128
  %v27 = arith.mulf %v18, %v26 : f128
  %v28 = arith.constant 1.0 : f128
  %v29 = arith.mulf %v7, %v28 : f128
  return %v25, %v25, %v17 : i64, i64, i8
}
func.func @f1(%arg0: index, %arg1: vector<4xindex>) -> (i64, i64) {
  %v0 = arith.constant 1 : index
  %v1 = arith.muli %arg0, %v0 : index
  %v2 = arith.constant 0xFFF8000000000000 : f64
  %v3 = arith.cmpf ult, %v2, %v2 : f64
  %v4 = arith.constant -9223372036854775808 : i64
  %v5:2 = arith.mului_extended %v4, %v4 : i64
  %v6 = arith.constant dense<-5273003955982651545> : vector<4xindex>
  %v7 = arith.addi %arg1, %v6 : vector<4xindex>
  %v8 = arith.constant -1 : i32
  %v9 = arith.constant 0x7FFEFFFFFFFFFFFFFFFFFFFFFFFFFFFF : f128
  %v10:3 = func.call @f0(%v8, %v4, %v9) : (i32, i64, f128) -> (i64, i64, i8)
  %v11 = arith.maxsi %v7, %v7 : vector<4xindex>
  %v12 = arith.constant 0x7FFF0000000000000000000000000000 : f128
  %v13 = arith.mulf %v9, %v12 fastmath<none> : f128
  %v14 = arith.constant -1 : i33
  %v15 = arith.sitofp %v14 : i33 to f8E4M3
  %v16:3 = func.call @f0(%v8, %v4, %v9) : (i32, i64, f128) -> (i64, i64, i8)
  %v17 = arith.constant 0x7B : f8E5M2FNUZ
  %v18 = arith.divf %v17, %v17 : f8E5M2FNUZ
  %v19 = arith.muli %v10#2, %v10#2 overflow<nuw> : i8
  %v20 = arith.constant -1 : i33
  %v21 = arith.constant -2 : i33
  %v22 = arith.remsi %v20, %v21 : i33
  %v23 = arith.subi %v4, %v5#1 overflow<nuw> : i64
  %v24 = arith.extui %v8 : i32 to i64
  %v25 = arith.constant 0.1 : f128
  %v26 = arith.negf %v25 : f128
  %v27 = arith.negf %v26 fastmath<ninf> : f128
  %v28 = arith.maxsi %v16#1, %v16#0 : i64
  return %v28, %v16#0 : i64, i64
}
