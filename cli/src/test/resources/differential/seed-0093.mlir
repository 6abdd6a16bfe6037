// Random func/arith module, seed 93.
func.func @f0(%arg0: f8E3M4) {
  %v0 = arith.constant 4.0 : f8E3M4
  %v1 = arith.minimumf %arg0, %v0 : f8E3M4
  %v2 = arith.constant 16 : i32
  %v3 = arith.constant 4 : i32
  %v4 = arith.maxsi %v2, %v3 : i32
  %v5 = arith.constant 1 : i7
  %v6 = arith.extsi %v5 : i7 to i8
  %v7 = arith.extsi %v5 : i7 to i8
  %v8 = arith.constant 1 : i8
  %v9:2 = arith.addui_extended %v8, %v6 : i8, i1
  %v10 = arith.constant -848160892 : i32
  %v11 = arith.trunci %v10 : i32 to i7
  %v12 = arith.constant dense<false> : tensor<2x2xi1>
  %v13 = arith.constant dense<4.0> : tensor<2x2xf16>
  %v14 = arith.select %v12, %v13, %v13 : tensor<2x2xi1>, tensor<2x2xf16>
  %v15 = arith.constant -4 : i32
  %v16 = arith.constant 6 : i32
  %v17 = arith.remsi %v15, %v16 : i32
  %v18 = arith.cmpf uge, %v1, %v0 : f8E3M4
  %v19 = arith.constant 16 : i7
  %v20 = arith.minsi %v19, %v11 : i7
  %v21 = arith.addf %v0, %v1 : f8E3M4
  %v22 = arith.constant true
  %v23:2 = arith.mulsi_extended %v18, %v22 : i1
  return
}
func.func @f1(%arg0: i64, %arg1: vector<2x3xf64>) -> (i64, i64, i64, i64) {
  %v0 = arith.constant dense<[[0.1, 0x4BDAE0EBCEADA882, 0xBFF0000000000000], [3.0, 0xFFF8000000000000, 0x7FEFFFFFFFFFFFFF]]> : vector<2x3xf64>
  %v1 = arith.maxnumf %arg1, %v0 : vector<2x3xf64>
  %v2 = arith.constant 64 : i64
  %v3 = arith.addi %v2, %arg0 : i64
  %v4 = arith.constant true
  %v5 = arith.constant 1 : i64
  %v6 = arith.constant 65 : i64
  %v7 = arith.select %v4, %v5, %v6 : i64
  %v8 = arith.addi %arg0, %v6 : i64
  %v9 = arith.constant -1 : i64
  %v10 = arith.remui %v2, %v9 : i64
  %v11 = arith.select %v4, %v5, %v6 : i64
  %v12 = arith.constant -3 : i64
  %v13 = arith.select %v4, %v12, %v9 : i64
  %v14 = arith.minui %v8, %v11 : i64
  return %v14, %v14, %v14, %v11 : i64, i64, i64, i64
}
