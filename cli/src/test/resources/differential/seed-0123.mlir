// Random func/arith module, seed 123.
func.func @f0(%arg0: f16) -> i64 {
  %v0 = arith.maximumf %arg0, %arg0 fastmath<reassoc,contract> : f16
  %v1 = arith.negf %arg0 fastmath<nnan> : f16
  %v2 = arith.constant 1 : i64
  %v3 = arith.uitofp %v2 : i64 to f8E4M3
  %v4 = arith.constant 0x03FF : f16
  %v5 = arith.mulf %v0, %v4 : f16
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
func.func @f1(%arg0: f8E4M3, %arg1: f32) -> (f8E4M3, i64, i128) {
  %v0 = arith.constant 7.0 : f8E4M3
  %v1 = arith.maximumf %arg0, %v0 : f8E4M3
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
  %v28 = arith.divf %arg0, %arg0 fastmath<nnan> : f8E4M3
  %v29 = arith.constant -1 : i128
  %v30 = arith.maxsi %v29, %v26 : i128
  return %v28, %v19#1, %v25 : f8E4M3, i64, i128
}
func.func @f2(%arg0: i8, %arg1: i32, %arg2: f8E5M2, %arg3: f16) -> (i64, i64) {
  %v0 = arith.constant 0.1 : f8E5M2
  %v1 = arith.remf %arg2, %v0 fastmath<nnan> : f8E5M2
  %v2 = arith.extui %arg1 : i32 to i64
  %v3 = arith.trunci %v2 : i64 to i32
  %v4 = arith.minimumf %v1, %v1 : f8E5M2
  %v5 = arith.remf %arg2, %v0 fastmath<nnan> : f8E5M2
  %v6 = arith.trunci %v2 : i64 to i32
  %v7 = arith.negf %arg3 : f16
  %v8 = arith.constant 0 : i8
  %v9 = arith.extui %v8 : i8 to i64
  %v10 = arith.extui %arg0 : i8 to i64
  %v11 = arith.cmpi sge, %v9, %v10 : i64
  %v12 = arith.constant 63 : i7
  %v13 = arith.constant 1 : i7
  %v14 = arith.maxsi %v12, %v13 : i7
  %v15 = arith.constant 0x0794 : f16
  %v16 = func.call @f0(%v15) : (f16) -> i64
  %v17 = arith.constant -9223372036854775808 : i64
  %v18 = arith.divsi %v16, %v17 : i64
  %v19 = arith.ceildivui %v11, %v11 : i1
  return %v18, %v16 : i64, i64
}
func.func @f3(%arg0: f8E4M3) -> i64 {
  %v0 = arith.constant 0 : index
  %v1 = arith.constant 65536 : index
  %v2 = arith.shrsi %v0, %v1 : index
  %v3 = arith.constant -3.0e-05 : f32
  %v4:3 = func.call @f1(%arg0, %v3) : (f8E4M3, f32) -> (f8E4M3, i64, i128)
  %v5 = arith.constant 1.0 : f8E4M3
  %v6 = arith.mulf %v4#0, %v5 : f8E4M3
  %v7:2 = arith.mulsi_extended %v4#1, %v4#1 : i64
  %v8 = arith.constant true
  %v9 = arith.select %v8, %v7#0, %v4#1 : i64
  %v10 = arith.divf %arg0, %v6 : f8E4M3
  %v11 = arith.cmpf ogt, %arg0, %arg0 : f8E4M3
  %v12 = arith.constant 0x0010000000000000 : f64
  %v13 = arith.negf %v12 fastmath<fast> : f64
  %v14 = arith.truncf %v3 : f32 to f8E4M3FN
  %v15 = arith.constant 14 : i64
  %v16 = arith.ceildivsi %v15, %v7#0 : i64
  %v17 = arith.negf %v12 fastmath<fast> : f64
  %v18 = arith.constant false
  %v19 = arith.andi %v11, %v18 : i1
  %v20 = arith.constant 0x7E00 : f16
  %v21 = func.call @f0(%v20) : (f16) -> i64
  return %v16 : i64
}
