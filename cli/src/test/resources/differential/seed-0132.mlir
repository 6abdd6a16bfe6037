// Random func/arith module, seed 132.
func.func @f0(%arg0: i33, %arg1: i1) -> (i1, i1) {
  %v0 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v1 = arith.fptoui %v0 : f64 to i32
  %v2 = arith.constant 32 : i33
  %v3 = arith.shrsi %arg0, %v2 exact : i33
  %v4 = arith.index_castui %v2 : i33 to index
  %v5 = arith.constant -4294967296 : i33
  %v6 = arith.trunci %v5 overflow<nuw> : i33 to i8
  %v7 = arith.xori %arg0, %arg0 : i33
  %v8 = arith.trunci %v5 overflow<nuw> : i33 to i8
  %v9 = arith.minimumf %v0, %v0 : f64
  %v10 = arith.constant 0xFFF8000000000000 : f64
  %v11 = arith.constant 0x0000000000000000 : f64
  %v12 = arith.mulf %v10, %v11 : f64
  %v13 = arith.trunci %v5 overflow<nuw> : i33 to i8
  %v14 = arith.xori %arg0, %arg0 : i33
  %v15 = arith.trunci %v5 overflow<nuw> : i33 to i8
  %v16 = arith.constant 4294967295 : i33
  %v17 = arith.minui %v14, %v16 : i33
  %v18 = arith.constant true
  %v19 = arith.ori %arg1, %v18 : i1
  %v20 = arith.constant false
  %v21 = arith.ori %v20, %v19 : i1
  %v22 = arith.mulf %v11, %v10 : f64
  %v23 = arith.cmpi slt, %arg0, %v2 : i33
  %v24 = arith.negf %v11 : f64
  %v25 = arith.fptoui %v11 : f64 to i128
  %v26 = arith.extui %v23 : i1 to i8
  %v27 = arith.constant -1 : i128
  %v28 = arith.constant 44951546541823636025458576176108987984 : i128
  %v29 = arith.ceildivui %v27, %v28 : i128
  %v30 = arith.constant 0.1 : f64
  %v31 = arith.fptoui %v30 : f64 to i7
  %v32 = arith.constant 0 : i64
  %v33 = arith.addi %v32, %v32 : i64
  %v34 = arith.constant 0.0 : f64
  %v35 = arith.cmpf ule, %v10, %v34 : f64
  return %v19, %v23 : i1, i1
}
func.func @f1(%arg0: f8E4M3FN, %arg1: i8) -> (i1, i1) {
  %v0 = arith.constant 1.0 : f8E4M3FN
  %v1 = arith.subf %v0, %arg0 fastmath<arcp,afn> : f8E4M3FN
  %v2 = arith.subf %v0, %arg0 fastmath<arcp,afn> : f8E4M3FN
  %v3 = arith.constant true
  %v4 = arith.select %v3, %v0, %arg0 : f8E4M3FN
  %v5 = arith.cmpi sgt, %arg1, %arg1 : i8
  %v6 = arith.constant true
  %v7 = arith.constant false
  %v8 = arith.select %v5, %v6, %v7 : i1
  %v9 = arith.constant 0x7C : f8E4M3FN
  %v10 = arith.constant 0x69 : f8E4M3FN
  %v11 = arith.select %v7, %v9, %v10 : f8E4M3FN
  %v12 = arith.subf %v0, %arg0 fastmath<arcp,afn> : f8E4M3FN
  %v13 = arith.constant 393260913 : i32
  %v14 = arith.constant 31 : i32
  %v15 = arith.andi %v13, %v14 : i32
  %v16 = arith.constant 8589934590 : i33
  %v17:2 = func.call @f0(%v16, %v5) : (i33, i1) -> (i1, i1)
  %v18 = arith.divsi %v3, %v17#1 exact : i1
  %v19 = arith.constant -1 : i8
  %v20 = arith.floordivsi %arg1, %v19 : i8
  %v21 = arith.mulf %v12, %v2 : f8E4M3FN
  %v22:2 = func.call @f0(%v16, %v7) : (i33, i1) -> (i1, i1)
  %v23 = arith.andi %v14, %v13 : i32
  %v24 = arith.mulf %v12, %v2 : f8E4M3FN
  %v25 = arith.addi %v18, %v3 : i1
  %v26 = arith.constant 0 : i32
  %v27 = arith.cmpi slt, %v26, %v14 : i32
  %v28 = arith.muli %v3, %v18 overflow<none> : i1
  %v29 = arith.constant 0xB8 : f8E4M3FN
  %v30 = arith.cmpf uge, %v2, %v29 fastmath<ninf> : f8E4M3FN
  %v31 = arith.truncf %v24 : f8E4M3FN to f4E2M1FN
  %v32 = arith.mulf %v2, %v12 : f8E4M3FN
  %v33 = arith.mulf %v10, %v12 fastmath<arcp,afn> : f8E4M3FN
  return %v22#1, %v28 : i1, i1
}
