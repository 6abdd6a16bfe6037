// Random func/arith module, seed 31.
func.func @f0(%arg0: i128, %arg1: f8E4M3FN) -> (f64, i1, f64) {
  %v0 = arith.constant 170141183460469231731687303715884105727 : i128
  %v1 = arith.cmpi slt, %arg0, %v0 : i128
  %v2 = arith.constant 0x00 : f8E4M3FN
  %v3 = arith.constant 7.0 : f8E4M3FN
  %v4 = arith.maxnumf %v2, %v3 fastmath<reassoc,contract> : f8E4M3FN
  %v5 = arith.constant 128 : i128
  %v6 = arith.addi %arg0, %v5 : i128
  %v7 = arith.uitofp %v1 : i1 to f64
  %v8 = arith.fptoui %v7 : f64 to i1
  %v9 = arith.constant dense<6> : vector<2x3xindex>
  %v10 = arith.shli %v9, %v9 overflow<none> : vector<2x3xindex>
  %v11 = arith.constant true
  %v12 = arith.index_castui %v11 : i1 to index
  %v13 = arith.constant 1.0e+10 : f64
  %v14 = arith.mulf %v7, %v13 : f64
  %v15 = arith.constant 1.0 : f8E4M3FN
  %v16 = arith.remf %arg1, %v15 fastmath<nnan,ninf> : f8E4M3FN
  %v17 = arith.constant 0x00000000000000000001 : f80
  %v18 = arith.negf %v17 fastmath<nsz> : f80
  %v19 = arith.constant 0x3FF0000000000000 : f64
  %v20 = arith.cmpf oge, %v7, %v19 fastmath<nnan,ninf> : f64
  return %v14, %v20, %v14 : f64, i1, f64
}
func.func @f1(%arg0: f6E2M3FN) -> i1 {
  %v0 = arith.constant -1 : i128
  %v1 = arith.constant 0xF8 : f8E4M3FN
  %v2:3 = func.call @f0(%v0, %v1) : (i128, f8E4M3FN) -> (f64, i1, f64)
  %v3 = arith.constant 0xFFC00000 : f32
  %v4 = arith.extf %v3 : f32 to f80
  %v5:3 = func.call @f0(%v0, %v1) : (i128, f8E4M3FN) -> (f64, i1, f64)
  %v6 = arith.extsi %v5#1 : i1 to i64
  %v7 = arith.constant false
  %v8 = arith.extsi %v7 : i1 to i64
  %v9 = arith.cmpi ule, %v6, %v8 : i64
  %v10 = arith.constant false
  %v11 = arith.ceildivsi %v5#1, %v10 : i1
  %v12 = arith.constant 127 : i128
  %v13 = arith.index_cast %v12 : i128 to index
  %v14:3 = func.call @f0(%v0, %v1) : (i128, f8E4M3FN) -> (f64, i1, f64)
  %v15 = arith.ceildivsi %v5#1, %v10 : i1
  %v16 = arith.constant 0x08 : f6E2M3FN
  %v17 = arith.constant 0x07 : f6E2M3FN
  %v18 = arith.select %v14#1, %v16, %v17 : f6E2M3FN
  %v19 = arith.constant 0xBFF0000000000000 : f64
  %v20 = arith.cmpf ogt, %v19, %v14#2 fastmath<reassoc,contract> : f64
  %v21 = arith.constant 65536 : i64
  %v22 = arith.trunci %v21 : i64 to i8
  %v23 = arith.constant 0x18 : f6E2M3FN
  %v24 = arith.extf %v23 : f6E2M3FN to f32
  %v25 = arith.truncf %v18 fastmath<ninf> : f6E2M3FN to f4E2M1FN
  %v26 = arith.constant true
  %v27 = arith.xori %v9, %v26 : i1
  %v28 = arith.xori %v27, %v26 : i1
  return %v15 : i1
}
