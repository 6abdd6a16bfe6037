// Random func/arith module, seed 123.
func.func @f0(%arg0: tf32) -> i64 {
  %v0 = arith.maximumf %arg0, %arg0 fastmath<reassoc,contract> : tf32
  %v1 = arith.negf %arg0 fastmath<nnan> : tf32
  %v2 = arith.constant 1 : i64
  %v3 = arith.uitofp %v2 : i64 to tf32
  %v4 = arith.constant 0x003FF : tf32
  %v5 = arith.mulf %v3, %v4 : tf32
  %v6 = arith.constant -9223372036854775808 : i64
  %v7 = arith.ori %v2, %v6 : i64
  %v8 = arith.cmpi eq, %v7, %v2 : i64
  %v9 = arith.ori %v2, %v6 : i64
  %v10 = arith.constant -3 : i64
  %v11 = arith.maxsi %v10, %v6 : i64
  %v12 = arith.extsi %v8 : i1 to i64
  %v13 = arith.constant -3 : i64
  %v14 = arith.cmpi uge, %v12, %v13 : i64
  %v15 = arith.constant -1 : i64
  %v16 = arith.subi %v7, %v15 : i64
  %v17 = arith.constant 9072181758435632692 : i64
  %v18 = arith.subi %v17, %v16 : i64
  %v19 = arith.constant true
  %v20 = arith.constant true
  %v21 = arith.xori %v20, %v19 : i1
  %v22 = arith.xori %v21, %v19 : i1
  return %v12 : i64
}
func.func @f1(%arg0: f32, %arg1: f16) -> (f32, i64, i128) {
  %v0 = arith.constant 7.0 : f32
  %v1 = arith.maximumf %arg0, %v0 : f32
  %v2 = arith.constant 16 : i8
  %v3 = arith.extui %v2 : i8 to i64
  %v4 = arith.constant -9223372036854775808 : i64
  %v5 = arith.cmpi ule, %v3, %v4 : i64
  %v6 = arith.constant -128 : i8
  %v7 = arith.cmpi eq, %v2, %v6 : i8
  %v8 = arith.select %v7, %v2, %v6 : i8
  %v9 = arith.constant -76 : i8
  %v10 = arith.subi %v8, %v9 : i8
  %v11 = arith.constant false
  %v12 = arith.constant 0 : i8
  %v13 = arith.constant -128 : i8
  %v14 = arith.select %v11, %v12, %v13 : i8
  %v15 = arith.select %v11, %v12, %v13 : i8
  %v16 = arith.constant -9223372036854775808 : i64
  %v17 = arith.constant -8990615615510107190 : i64
  %v18 = arith.remui %v16, %v17 : i64
  %v19:2 = arith.mului_extended %v18, %v16 : i64
  %v20 = arith.constant -1 : i8
  %v21 = arith.addi %v9, %v20 : i8
  %v22 = arith.constant 127 : i8
  %v23 = arith.addi %v21, %v22 : i8
  %v24 = arith.select %v7, %v2, %v6 : i8
  %v25 = arith.extui %v22 : i8 to i128
  %v26 = arith.constant 8 : i128
  %v27 = arith.shrsi %v26, %v25 : i128
  %v28 = arith.divf %arg0, %arg0 fastmath<nnan> : f32
  %v29 = arith.constant -1 : i128
  %v30 = arith.maxsi %v29, %v26 : i128
  return %v28, %v19#1, %v25 : f32, i64, i128
}
func.func @f2(%arg0: i8, %arg1: i32, %arg2: f8E5M2FNUZ, %arg3: tf32) -> (i64, i64) {
  %v0 = arith.constant 0.1 : f8E5M2FNUZ
  %v1 = arith.remf %arg2, %v0 fastmath<nnan> : f8E5M2FNUZ
  %v2 = arith.extui %arg1 : i32 to i64
  %v3 = arith.trunci %v2 : i64 to i32
  %v4 = arith.minimumf %v1, %v1 : f8E5M2FNUZ
  %v5 = arith.remf %arg2, %v0 fastmath<nnan> : f8E5M2FNUZ
  %v6 = arith.trunci %v2 : i64 to i32
  %v7 = arith.negf %arg3 : tf32
  %v8 = arith.constant 0 : i8
  %v9 = arith.extui %v8 : i8 to i64
  %v10 = arith.extui %arg0 : i8 to i64
  %v11 = arith.cmpi sge, %v9, %v10 : i64
  %v12 = arith.constant 63 : i7
  %v13 = arith.constant 1 : i7
  %v14 = arith.maxsi %v12, %v13 : i7
  %v15 = arith.constant 0x794CA : tf32
  %v16 = func.call @f0(%v15) : (tf32) -> i64
  %v17 = arith.constant -9223372036854775808 : i64
  %v18 = arith.divsi %v16, %v17 : i64
  %v19 = arith.ceildivui %v11, %v11 : i1
  return %v18, %v16 : i64, i64
}
func.func @f3(%arg0: f8E5M2) -> (i64, f32, i64) {
  %v0 = arith.constant 0 : index
  %v1 = arith.constant 65536 : index
  %v2 = arith.shrsi %v0, %v1 : index
  %v3 = arith.constant 0x227FEC1A : f32
  %v4 = arith.constant -3.0e-05 : f16
  %v5:3 = func.call @f1(%v3, %v4) : (f32, f16) -> (f32, i64, i128)
  %v6 = arith.constant 0xFF800000 : f32
  %v7 = arith.maximumf %v5#0, %v6 : f32
  %v8:2 = arith.mulsi_extended %v5#1, %v5#1 : i64
  %v9 = arith.constant true
  %v10 = arith.select %v9, %v8#0, %v5#1 : i64
  %v11 = arith.divf %v4, %v4 : f16
  %v12 = arith.xori %v5#2, %v5#2 : i128
  %v13 = arith.shrsi %v10, %v8#1 : i64
  %v14 = arith.truncf %v7 : f32 to f8E5M2FNUZ
  %v15 = arith.constant 14 : i64
  %v16 = arith.ceildivsi %v15, %v8#0 : i64
  %v17 = arith.shrsi %v10, %v8#1 : i64
  %v18 = arith.constant 0 : i64
  %v19 = arith.andi %v10, %v18 : i64
  %v20 = arith.constant 0x3FE00 : tf32
  %v21 = func.call @f0(%v20) : (tf32) -> i64
  %v22 = arith.maxnumf %v14, %v14 fastmath<arcp,afn> : f8E5M2FNUZ
  return %v16, %v6, %v8#0 : i64, f32, i64
}
