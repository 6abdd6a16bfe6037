// Random func/arith module, seed 43.
func.func @f0(%arg0: f16, %arg1: vector<2xf16>) -> (f16, i128) {
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
  %v13 = arith.constant 0.0 : f16
  %v14 = arith.subf %arg0, %v13 fastmath<fast> : f16
  return %v14, %v8 : f16, i128
}
func.func @f1(%arg0: f16, %arg1: vector<2xbf16>, %arg2: i32, %arg3: f16) -> (vector<2xbf16>, i128) {
  %v0 = arith.mulf %arg1, %arg1 fastmath<arcp,afn> : vector<2xbf16>
  %v1 = arith.constant 4 : i32
  %v2 = arith.constant 8 : i32
  %v3 = arith.ori %v1, %v2 : i32
  %v4 = arith.mulf %arg1, %arg1 fastmath<arcp,afn> : vector<2xbf16>
  %v5 = arith.addi %v2, %arg2 : i32
  %v6 = arith.constant dense<[1.0e+10, 0x8000]> : vector<2xbf16>
  %v7 = arith.maximumf %v6, %v4 : vector<2xbf16>
  %v8 = arith.constant 31 : i32
  %v9 = arith.cmpi ule, %arg2, %v8 : i32
  %v10 = arith.cmpi ule, %arg2, %v8 : i32
  %v11 = arith.constant 0x0400 : f16
  %v12 = arith.constant dense<2.0> : vector<2xf16>
  %v13:2 = func.call @f0(%v11, %v12) : (f16, vector<2xf16>) -> (f16, i128)
  return %v4, %v13#1 : vector<2xbf16>, i128
}
