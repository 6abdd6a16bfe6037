// Random func/arith module, seed 44.
func.func @f0(%arg0: f8E4M3FNUZ, %arg1: index, %arg2: f8E5M2) -> f8E5M2 {
  %v0 = arith.constant -7085719522999606807 : index
  %v1 = arith.minui %arg1, %v0 : index
  %v2 = arith.constant false
  %v3 = arith.constant -0.0 : f8E4M3FNUZ
  %v4 = arith.select %v2, %v3, %arg0 : f8E4M3FNUZ
  %v5 = arith.shrui %v1, %arg1 : index
  %v6 = arith.constant 1 : i8
  %v7 = arith.extsi %v6 : i8 to i64
  %v8 = arith.constant 1 : i8
  %v9 = arith.extsi %v8 : i8 to i64
  %v10 = arith.cmpi ne, %v7, %v9 : i64
  %v11 = arith.constant 1 : i32
  %v12 = arith.constant 6 : i32
  %v13 = arith.ori %v11, %v12 : i32
  %v14 = arith.constant true
  %v15 = arith.constant 32 : index
  %v16 = arith.select %v14, %v5, %v15 : index
  %v17 = arith.constant 0.1 : f8E5M2
  %v18 = arith.minnumf %arg2, %v17 fastmath<fast> : f8E5M2
  return %v18 : f8E5M2
}
func.func @f1(%arg0: i1, %arg1: f16, %arg2: i1) -> i64 {
  %v0 = arith.extui %arg2 : i1 to i64
  %v1 = arith.extui %arg0 : i1 to i64
  %v2 = arith.cmpi sgt, %v0, %v1 : i64
  %v3 = arith.constant -0.75 : f16
  %v4 = arith.cmpf ugt, %v3, %arg1 : f16
  %v5 = arith.fptoui %v3 : f16 to i16
  %v6 = arith.constant 0xF0 : f8E3M4
  %v7 = arith.cmpf uno, %v6, %v6 : f8E3M4
  %v8 = arith.constant 9223372036854775807 : i64
  %v9 = arith.ori %v8, %v0 : i64
  %v10 = arith.ori %v8, %v0 : i64
  return %v10 : i64
}
