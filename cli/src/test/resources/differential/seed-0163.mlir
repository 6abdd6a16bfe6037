// Random func/arith module, seed 163.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: f16, %arg2: f8E3M4) -> (f8E3M4, f8E3M4, f8E3M4, i8) {
  %v0 = arith.constant -128 : i8
  %v1 = arith.minsi %v0, %v0 : i8
  %v2 = arith.minsi %v0, %v0 : i8
  %v3 = arith.minsi %v0, %v0 : i8
  %v4 = arith.constant 0x8000 : f16
  %v5 = arith.fptoui %v4 : f16 to i1
  %v6 = arith.minsi %v0, %v0 : i8
  %v7 = arith.constant dense<7.0> : tensor<2x2xf64>
  %v8 = arith.constant dense<[[1.0e+10, 7.0], [0x8000000000000000, 0x0000000000000001]]> : tensor<2x2xf64>
  %v9 = arith.cmpf uge, %v7, %v8 : tensor<2x2xf64>
  %v10 = arith.constant 0x6F : f8E3M4
  %v11 = arith.divf %v10, %arg2 : f8E3M4
  return %v11, %v11, %v11, %v6 : f8E3M4, f8E3M4, f8E3M4, i8
}
func.func @f1(%arg0: i64, %arg1: i32, %arg2: i16, %arg3: i1) -> i16 {
  %v0 = arith.constant 0x7C : f8E4M3FNUZ
  %v1 = arith.fptoui %v0 : f8E4M3FNUZ to i1
  %v2 = arith.divf %v0, %v0 fastmath<ninf> : f8E4M3FNUZ
  %v3 = arith.constant 0 : i16
  %v4 = arith.maxsi %arg2, %v3 : i16
  %v5 = arith.constant 8192 : i16
  %v6 = arith.shrui %arg2, %v5 : i16
  %v7 = arith.constant -8 : i32
  %v8 = arith.constant -93370316 : i32
  %v9 = arith.xori %v7, %v8 : i32
  %v10 = arith.xori %v8, %v7 : i32
  return %v6 : i16
}
