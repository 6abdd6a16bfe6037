// Random func/arith module, seed 60.
func.func @f0(%arg0: vector<2xf32>, %arg1: i16) -> f16 {
  %v0 = arith.bitcast %arg1 : i16 to bf16
  %v1 = arith.fptosi %v0 : bf16 to i32
  %v2 = arith.cmpi sge, %v1, %v1 : i32
  %v3 = arith.select %v2, %arg1, %arg1 : i16
  %v4 = arith.constant -1 : i32
  %v5 = arith.maxui %v1, %v4 : i32
  %v6 = arith.fptosi %v0 : bf16 to i32
  %v7 = arith.constant -2147483648 : i32
  %v8 = arith.minui %v7, %v1 : i32
  %v9 = arith.cmpf ugt, %v0, %v0 : bf16
  %v10 = arith.constant true
  %v11 = arith.cmpi ugt, %v10, %v10 : i1
  %v12 = arith.bitcast %v0 : bf16 to f16
  %v13 = arith.constant 32767 : i16
  %v14 = arith.constant -1 : i16
  %v15 = arith.cmpi ule, %v13, %v14 : i16
  %v16 = arith.bitcast %v12 : f16 to i16
  %v17 = arith.constant true
  %v18 = arith.minui %v17, %v2 : i1
  %v19 = arith.bitcast %v0 : bf16 to f16
  %v20 = arith.minui %v1, %v7 : i32
  %v21 = arith.constant 13 : i7
  %v22 = arith.ceildivui %v21, %v21 : i7
  %v23 = arith.minui %v1, %v7 : i32
  return %v12 : f16
}
func.func @f1(%arg0: i64, %arg1: f16) -> i1 {
  %v0 = arith.maxnumf %arg1, %arg1 : f16
  %v1 = arith.constant -7661436801581144681 : i64
  %v2 = arith.cmpi ugt, %v1, %arg0 : i64
  %v3 = arith.constant -9223372036854775808 : i64
  %v4 = arith.ori %v3, %v1 : i64
  %v5 = arith.constant 14 : i64
  %v6 = arith.divsi %arg0, %v5 : i64
  %v7 = arith.constant 0x783E : bf16
  %v8 = arith.fptosi %v7 : bf16 to i16
  %v9 = arith.constant 0x03FF : f16
  %v10 = arith.cmpf true, %arg1, %v9 fastmath<none> : f16
  %v11 = arith.constant 7 : i16
  %v12:2 = arith.mului_extended %v11, %v11 : i16
  return %v10 : i1
}
