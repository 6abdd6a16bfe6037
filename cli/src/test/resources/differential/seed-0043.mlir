// Random func/arith module, seed 43.
func.func @f0(%arg0: f8E5M2, %arg1: vector<2xf16>) -> (f8E5M2, i128) {
  %v0 = arith.constant -1 : i128
  %v1 = arith.constant 536870912 : i128
  %v2 = arith.cmpi ne, %v0, %v1 : i128
  %v3 = arith.select %v2, %v1, %v0 : i128
  %v4 = arith.constant -1 : i128
  %v5 = arith.xori %v1, %v4 : i128
  %v6 = arith.xori %v5, %v4 : i128
  %v7 = arith.constant -1 : i128
  %v8 = arith.constant 16 : i128
  %v9 = arith.minsi %v7, %v8 : i128
  %v10 = arith.xori %v1, %v4 : i128
  %v11 = arith.constant 170141183460469231731687303715884105727 : i128
  %v12 = arith.ori %v11, %v1 : i128
  %v13 = arith.constant 0.0 : f8E5M2
  %v14 = arith.subf %arg0, %v13 fastmath<fast> : f8E5M2
  return %v14, %v8 : f8E5M2, i128
}
func.func @f1(%arg0: f8E3M4, %arg1: vector<4xbf16>, %arg2: i32, %arg3: bf16) -> i1 {
  %v0 = arith.mulf %arg1, %arg1 fastmath<arcp,afn> : vector<4xbf16>
  %v1 = arith.constant 4 : i32
  %v2 = arith.constant 8 : i32
  %v3 = arith.ori %v1, %v2 : i32
  %v4 = arith.mulf %arg1, %arg1 fastmath<arcp,afn> : vector<4xbf16>
  %v5 = arith.addi %v2, %arg2 : i32
  %v6 = arith.constant 0.0 : f8E3M4
  %v7 = arith.constant 0xF8 : f8E3M4
  %v8 = arith.maximumf %v6, %v7 : f8E3M4
  %v9 = arith.constant 31 : i32
  %v10 = arith.cmpi ule, %arg2, %v9 : i32
  %v11 = arith.cmpi ule, %arg2, %v9 : i32
  %v12 = arith.constant 0x7B : f8E5M2
  %v13 = arith.constant dense<0xFC00> : vector<2xf16>
  %v14:2 = func.call @f0(%v12, %v13) : (f8E5M2, vector<2xf16>) -> (f8E5M2, i128)
  return %v11 : i1
}
