// Random func/arith module, seed 178.
func.func @f0(%arg0: bf16) -> i8 {
  %v0 = arith.constant 0 : i8
  %v1 = arith.constant -1 : i8
  %v2 = arith.shli %v0, %v1 : i8
  %v3 = arith.shli %v0, %v1 : i8
  %v4 = arith.constant 0 : i8
  %v5 = arith.trunci %v4 overflow<nsw> : i8 to i7
  %v6 = arith.trunci %v4 overflow<nsw> : i8 to i7
  %v7 = arith.constant 32 : i7
  %v8 = arith.muli %v7, %v5 overflow<none> : i7
  %v9 = arith.minnumf %arg0, %arg0 fastmath<nsz> : bf16
  %v10 = arith.constant 9 : i7
  %v11 = arith.shli %v7, %v10 : i7
  %v12 = arith.minui %v1, %v4 : i8
  %v13 = arith.constant 8 : i7
  %v14 = arith.constant 1 : i7
  %v15 = arith.remui %v13, %v14 : i7
  %v16 = arith.minnumf %arg0, %v9 : bf16
  %v17 = arith.constant 0x3F800000 : f32
  %v18 = arith.constant 2.0 : f32
  %v19 = arith.cmpf ule, %v17, %v18 : f32
  %v20 = arith.muli %v5, %v7 overflow<none> : i7
  %v21 = arith.constant -1.0 : bf16
  %v22 = arith.mulf %v16, %v21 : bf16
  return %v12 : i8
}
func.func @f1(%arg0: i32, %arg1: f8E5M2, %arg2: f8E4M3) -> (f8E4M3, f8E4M3) {
  %v0 = arith.maxnumf %arg2, %arg2 : f8E4M3
  %v1 = arith.constant 0x00 : f8E4M3
  %v2 = arith.constant 0x77 : f8E4M3
  %v3 = arith.mulf %v1, %v2 fastmath<ninf> {tag = 1 : i64} : f8E4M3
  %v4 = arith.negf %arg1 : f8E5M2
  %v5 = arith.maxnumf %arg2, %arg2 : f8E4M3
  %v6 = arith.constant 16 : i32
  %v7 = arith.minui %arg0, %v6 : i32
  %v8 = arith.constant -6 : i32
  %v9 = arith.minui %v8, %v7 : i32
  %v10 = arith.cmpf ule, %v4, %arg1 fastmath<reassoc,contract> : f8E5M2
  %v11 = arith.maxnumf %v0, %arg2 : f8E4M3
  %v12 = arith.maxnumf %arg2, %arg2 : f8E4M3
  %v13 = arith.subf %v5, %arg2 : f8E4M3
  %v14 = arith.constant 3 : i32
  %v15 = arith.cmpi eq, %arg0, %v14 : i32
  %v16 = arith.extui %v15 {tag = 0 : i64} : i1 to i32
  %v17 = arith.minui %arg0, %v6 : i32
  %v18 = arith.maxnumf %arg2, %arg2 : f8E4M3
  %v19:2 = arith.mului_extended %v17, %v16 : i32
  %v20 = arith.constant true
  %v21 = arith.constant 0xF8 : f8E4M3
  %v22 = arith.select %v20, %v21, %v12 : f8E4M3
  %v23 = arith.addf %v5, %arg2 : f8E4M3
  return %v22, %v22 : f8E4M3, f8E4M3
}
