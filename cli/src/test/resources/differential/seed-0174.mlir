// Random func/arith module, seed 174.
func.func @f0(%arg0: f8E4M3B11FNUZ, %arg1: f6E3M2FN, %arg2: f8E4M3FN) -> (i1, i1) {
  %v0 = arith.constant -6 : index
  %v1 = arith.ceildivui %v0, %v0 : index
  %v2 = arith.ceildivui %v0, %v0 : index
  %v3 = arith.ceildivui %v0, %v0 : index
  %v4 = arith.shrsi %v3, %v0 : index
  %v5 = arith.constant 1 : i32
  %v6 = arith.extui %v5 : i32 to i64
  %v7 = arith.trunci %v6 : i64 to i32
  %v8 = arith.shrsi %v3, %v0 : index
  %v9 = arith.constant -1 : i64
  %v10 = arith.constant 9 : i64
  %v11 = arith.xori %v10, %v9 : i64
  %v12 = arith.xori %v11, %v9 : i64
  %v13 = arith.ceildivui %v0, %v0 : index
  %v14 = arith.cmpf uno, %arg0, %arg0 : f8E4M3B11FNUZ
  %v15 = arith.constant true
  %v16 = arith.cmpi sge, %v14, %v15 : i1
  %v17 = arith.constant 0x7C : f8E4M3FN
  %v18 = arith.cmpf ult, %arg2, %v17 fastmath<ninf> : f8E4M3FN
  %v19 = arith.shrsi %v3, %v0 : index
  %v20 = arith.select %v18, %arg0, %arg0 : f8E4M3B11FNUZ
  %v21 = arith.constant 16 : i8
  %v22 = arith.constant 3 : i8
  %v23 = arith.ceildivui %v21, %v22 : i8
  %v24 = arith.index_castui %v15 : i1 to index
  %v25 = arith.cmpi ult, %v15, %v16 : i1
  %v26 = arith.constant true
  %v27 = arith.ceildivsi %v25, %v26 : i1
  %v28 = arith.minsi %v15, %v14 : i1
  %v29 = arith.constant true
  %v30 = arith.andi %v16, %v29 : i1
  %v31 = arith.remui %v5, %v7 : i32
  return %v18, %v28 : i1, i1
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: index) -> (i1, i1) {
  %v0 = arith.constant 1 : index
  %v1 = arith.minui %arg1, %v0 : index
  %v2 = arith.minui %v0, %arg1 : index
  %v3 = arith.minui %v0, %arg1 : index
  %v4 = arith.constant 0xFC : f8E4M3B11FNUZ
  %v5 = arith.constant 1.0e+10 : f6E3M2FN
  %v6 = arith.constant 4.0 : f8E4M3FN
  %v7:2 = func.call @f0(%v4, %v5, %v6) : (f8E4M3B11FNUZ, f6E3M2FN, f8E4M3FN) -> (i1, i1)
  %v8 = arith.constant 0x3C : f6E3M2FN
  %v9:2 = func.call @f0(%v4, %v8, %v6) : (f8E4M3B11FNUZ, f6E3M2FN, f8E4M3FN) -> (i1, i1)
  %v10 = arith.constant -2.5 : f6E3M2FN
  %v11 = arith.constant 0x77 : f8E4M3FN
  %v12:2 = func.call @f0(%v4, %v10, %v11) : (f8E4M3B11FNUZ, f6E3M2FN, f8E4M3FN) -> (i1, i1)
  return %v7#1, %v9#1 : i1, i1
}
