// Random func/arith module, seed 78.
func.func @f0(%arg0: f32, %arg1: i64, %arg2: f64) -> (f64, i64, i64) {
  %v0 = arith.constant 4.0 : f32
  %v1 = arith.maximumf %arg0, %v0 : f32
  %v2 = arith.constant 0xBFF0000000000000 : f64
  %v3 = arith.negf %v2 : f64
  %v4 = arith.constant false
  %v5 = arith.constant 9223372036854775807 : i64
  %v6 = arith.select %v4, %v5, %arg1 : i64
  %v7 = arith.constant 0x3F800000 : f32
  %v8 = arith.mulf %v7, %v1 : f32
  %v9 = arith.constant 3 : i64
  %v10 = arith.constant -6 : i64
  %v11:2 = arith.mului_extended %v9, %v10 : i64
  %v12 = arith.remf %arg2, %arg2 : f64
  %v13 = arith.remui %v6, %arg1 : i64
  return %v12, %v13, %v13 : f64, i64, i64
}
func.func @f1(%arg0: f8E4M3FN, %arg1: index, %arg2: vector<4xf32>) -> f64 {
  %v0 = arith.constant 1024 : index
  %v1 = arith.index_castui %v0 : index to i33
  %v2 = arith.minnumf %arg2, %arg2 : vector<4xf32>
  %v3 = arith.constant -2.5 : bf16
  %v4 = arith.addf %v3, %v3 : bf16
  %v5 = arith.constant dense<0x7F7FFFFF> : vector<4xf32>
  %v6 = arith.cmpf olt, %arg2, %v5 : vector<4xf32>
  %v7 = arith.index_cast %arg1 : index to i64
  %v8 = arith.constant 65 : i64
  %v9 = arith.constant 12 : i64
  %v10 = arith.cmpi sgt, %v8, %v9 : i64
  %v11 = arith.ori %v9, %v8 : i64
  %v12 = arith.cmpi sgt, %v8, %v9 : i64
  %v13 = arith.ori %v9, %v8 : i64
  %v14 = arith.ori %v9, %v8 : i64
  %v15 = arith.remsi %v7, %v9 : i64
  %v16 = arith.constant true
  %v17 = arith.minui %v12, %v16 : i1
  %v18 = arith.minnumf %arg2, %arg2 : vector<4xf32>
  %v19 = arith.constant dense<0x3F800000> : vector<4xf32>
  %v20 = arith.minimumf %v19, %v18 : vector<4xf32>
  %v21 = arith.constant 3.0 : f32
  %v22 = arith.constant -9223372036854775808 : i64
  %v23 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v24:3 = func.call @f0(%v21, %v22, %v23) : (f32, i64, f64) -> (f64, i64, i64)
  %v25 = arith.constant 7 : i64
  %v26:2 = arith.mului_extended %v25, %v14 : i64
  %v27:3 = func.call @f0(%v21, %v22, %v23) : (f32, i64, f64) -> (f64, i64, i64)
  %v28 = arith.constant dense<true> : tensor<3xi1>
  %v29 = arith.constant dense<1.0e+10> : tensor<3xbf16>
  %v30 = arith.select %v28, %v29, %v29 : tensor<3xi1>, tensor<3xbf16>
  %v31 = arith.ceildivui %v6, %v6 : vector<4xi1>
  %v32 = arith.constant 1 : index
  %v33 = arith.minui %v0, %v32 : index
  %v34 = arith.constant dense<0x7FC00000> : vector<4xf32>
  %v35 = arith.cmpf uge, %v18, %v34 : vector<4xf32>
  %v36 = arith.addf %v3, %v3 : bf16
  return %v24#0 : f64
}
func.func @f2(%arg0: i128) -> (vector<4xi64>, i64, f64) {
  %v0 = arith.constant 0xFF800000 : f32
  %v1 = arith.constant -9223372036854775808 : i64
  %v2 = arith.constant 0xBFF0000000000000 : f64
  %v3:3 = func.call @f0(%v0, %v1, %v2) : (f32, i64, f64) -> (f64, i64, i64)
  %v4:3 = func.call @f0(%v0, %v1, %v2) : (f32, i64, f64) -> (f64, i64, i64)
  %v5:3 = func.call @f0(%v0, %v1, %v2) : (f32, i64, f64) -> (f64, i64, i64)
  %v6:3 = func.call @f0(%v0, %v1, %v2) : (f32, i64, f64) -> (f64, i64, i64)
  %v7:3 = func.call @f0(%v0, %v1, %v2) : (f32, i64, f64) -> (f64, i64, i64)
  %v8 = arith.negf %v5#0 : f64
  %v9 = arith.constant true
  %v10 = arith.select %v9, %v8, %v6#0 : f64
  %v11 = arith.minnumf %v2, %v7#0 fastmath<reassoc,contract> : f64
  %v12 = arith.constant 18446744073709551615 : i64
  %v13 = arith.cmpi eq, %v7#2, %v12 : i64
  %v14 = arith.constant 4.0 : f16
  %v15 = arith.constant 0xFC00 : f16
  %v16 = arith.minimumf %v14, %v15 : f16
  %v17 = arith.addi %v4#1, %v5#1 : i64
  %v18 = arith.select %v13, %v12, %v3#1 : i64
  %v19 = arith.cmpi eq, %v7#2, %v12 : i64
  %v20 = arith.andi %v19, %v9 : i1
  %v21 = arith.constant dense<0> : vector<4xi64>
  %v22 = arith.constant dense<1> : vector<4xi64>
  %v23 = arith.minsi %v21, %v22 : vector<4xi64>
  %v24 = arith.constant 64 : i64
  %v25 = arith.cmpi ult, %v7#2, %v24 : i64
  %v26 = arith.cmpf olt, %v7#0, %v4#0 fastmath<nnan,ninf> : f64
  %v27 = arith.constant -1 : i128
  %v28 = arith.ceildivui %v27, %arg0 : i128
  %v29 = arith.ceildivsi %v28, %arg0 : i128
  return %v23, %v7#2, %v10 : vector<4xi64>, i64, f64
}
