// Random func/arith module, seed 86.
func.func @f0(%arg0: bf16, %arg1: f8E4M3FN) -> f8E4M3 {
  %v0 = arith.bitcast %arg1 : f8E4M3FN to f8E4M3
  %v1 = arith.constant 14 : i16
  %v2 = arith.bitcast %v1 : i16 to f16
  %v3 = arith.constant 4.0 : bf16
  %v4 = arith.negf %v3 fastmath<nnan> : bf16
  %v5 = arith.constant 0xB8 : f8E4M3
  %v6 = arith.negf %v5 : f8E4M3
  %v7 = arith.constant 11 : i16
  %v8:2 = arith.mului_extended %v7, %v1 : i16
  %v9 = arith.constant false
  %v10 = arith.constant -8 : i16
  %v11 = arith.constant 17 : i16
  %v12 = arith.select %v9, %v10, %v11 : i16
  %v13 = arith.subf %v5, %v0 fastmath<nsz> : f8E4M3
  return %v13 : f8E4M3
}
func.func @f1(%arg0: i8, %arg1: f16) -> i1 {
  %v0 = arith.constant dense<0x7FF0000000000000> : vector<2x3xf64>
  %v1 = arith.constant dense<4.0> : vector<2x3xf64>
  %v2 = arith.addf %v0, %v1 fastmath<none> : vector<2x3xf64>
  %v3 = arith.constant 0x007F : bf16
  %v4 = arith.constant 0xF2 : f8E4M3FN
  %v5 = func.call @f0(%v3, %v4) : (bf16, f8E4M3FN) -> f8E4M3
  %v6 = arith.subi %arg0, %arg0 : i8
  %v7 = arith.subi %arg0, %arg0 : i8
  %v8 = arith.addi %v7, %v6 : i8
  %v9 = arith.constant -5 : i32
  %v10 = arith.maxui %v9, %v9 : i32
  %v11 = arith.constant -2 : i32
  %v12 = arith.extui %v11 : i32 to i64
  %v13 = arith.constant -8 : i64
  %v14 = arith.cmpi ule, %v12, %v13 : i64
  %v15 = arith.cmpf oeq, %arg1, %arg1 fastmath<ninf> : f16
  %v16 = arith.extui %v11 : i32 to i64
  %v17 = arith.maxui %v9, %v9 : i32
  %v18 = arith.constant 14 : i8
  %v19 = arith.ori %v8, %v18 {tag = 1 : i64} : i8
  %v20 = arith.constant -8 : i8
  %v21 = arith.ori %v20, %v19 : i8
  return %v15 : i1
}
