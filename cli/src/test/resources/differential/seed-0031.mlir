// Random func/arith module, seed 31.
func.func @f0(%arg0: i128, %arg1: f8E5M2FNUZ) -> (f8E5M2FNUZ, f8E5M2FNUZ) {
  %v0 = arith.constant 170141183460469231731687303715884105727 : i128
  %v1 = arith.cmpi slt, %arg0, %v0 : i128
  %v2 = arith.constant 0x00 : f8E5M2FNUZ
  %v3 = arith.constant 7.0 : f8E5M2FNUZ
  %v4 = arith.maxnumf %v2, %v3 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v5 = arith.constant 128 : i128
  %v6 = arith.addi %arg0, %v5 : i128
  %v7 = arith.uitofp %v1 : i1 to f64
  %v8 = arith.fptoui %v7 : f64 to i1
  %v9 = arith.constant dense<6> : vector<4xindex>
  %v10 = arith.shli %v9, %v9 overflow<none> : vector<4xindex>
  %v11 = arith.constant true
  %v12 = arith.index_castui %v11 : i1 to index
  %v13 = arith.constant 1.0e+10 : f64
  %v14 = arith.mulf %v7, %v13 : f64
  %v15 = arith.constant 1.0 : f8E5M2FNUZ
  %v16 = arith.remf %arg1, %v15 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v17 = arith.constant 0x01 : f8E5M2
  %v18 = arith.negf %v17 fastmath<nsz> : f8E5M2
  %v19 = arith.constant 0.1 : f16
  %v20 = arith.cmpf ueq, %v19, %v19 fastmath<none> : f16
  return %v16, %v16 : f8E5M2FNUZ, f8E5M2FNUZ
}
func.func @f1(%arg0: index, %arg1: bf16) -> index {
  %v0 = arith.constant 0x8000 : bf16
  %v1 = arith.constant 0x7FC0 : bf16
  %v2 = arith.cmpf oeq, %v0, %v1 : bf16
  %v3 = arith.constant 0x8000 : bf16
  %v4 = arith.maxnumf %v0, %v3 : bf16
  %v5 = arith.constant 9223372036854775807 : index
  %v6 = arith.muli %v5, %arg0 overflow<none> : index
  %v7 = arith.constant 127 : i128
  %v8 = arith.constant 0.5 : f8E5M2FNUZ
  %v9:2 = func.call @f0(%v7, %v8) : (i128, f8E5M2FNUZ) -> (f8E5M2FNUZ, f8E5M2FNUZ)
  %v10 = arith.cmpf oeq, %v0, %v1 : bf16
  %v11 = arith.constant 0 : i32
  %v12 = arith.bitcast %v11 : i32 to f32
  %v13 = arith.bitcast %v12 : f32 to i32
  %v14 = arith.constant 0x7F80 : bf16
  %v15 = arith.constant 0x0001 : bf16
  %v16 = arith.select %v10, %v14, %v15 : bf16
  %v17 = arith.cmpf ogt, %v8, %v9#0 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v18 = arith.constant 4294967296 : i128
  %v19 = arith.uitofp %v18 : i128 to f8E4M3FNUZ
  %v20 = arith.shrsi %v11, %v11 exact : i32
  %v21 = arith.truncf %arg1 fastmath<ninf> : bf16 to f8E5M2FNUZ
  %v22 = arith.constant -1 : index
  %v23 = arith.xori %v6, %v22 : index
  %v24 = arith.xori %v23, %v22 : index
  return %v23 : index
}
