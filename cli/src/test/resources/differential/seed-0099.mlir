// Random func/arith module, seed 99.
func.func @f0(%arg0: i64, %arg1: i8) -> i64 {
  %v0 = arith.minsi %arg0, %arg0 : i64
  %v1 = arith.constant 128 : i8
  %v2 = arith.constant 9 : i8
  %v3:2 = arith.addui_extended %v1, %v2 : i8, i1
  %v4 = arith.constant -9223372036854775808 : index
  %v5 = arith.index_cast %v4 : index to i64
  %v6 = arith.constant -1 : i7
  %v7 = arith.constant 6 : i7
  %v8 = arith.maxui %v6, %v7 : i7
  %v9 = arith.minsi %arg0, %arg0 : i64
  %v10 = arith.constant 1.0e+10 : f32
  %v11 = arith.constant 0x6C6CE8E5 : f32
  %v12 = arith.remf %v10, %v11 fastmath<nnan,ninf> : f32
  %v13 = arith.ceildivui %v9, %v5 : i64
  %v14 = arith.constant 4.0 : f32
  %v15 = arith.negf %v14 fastmath<arcp,afn> : f32
  %v16 = arith.constant -4 : i64
  %v17 = arith.sitofp %v16 : i64 to bf16
  %v18 = arith.constant 0x7FC0 : bf16
  %v19 = arith.negf %v18 : bf16
  %v20 = arith.constant false
  %v21 = arith.constant -3.0e-05 : f32
  %v22 = arith.select %v20, %v14, %v21 : f32
  %v23 = arith.constant -1.0 : bf16
  %v24 = arith.extf %v23 : bf16 to f64
  %v25 = arith.index_cast %arg1 : i8 to index
  %v26 = arith.constant 0xBF800000 : f32
  %v27 = arith.extf %v26 : f32 to f64
  %v28 = arith.extf %v21 : f32 to f64
  %v29:2 = arith.addui_extended %v1, %v2 : i8, i1
  %v30 = arith.constant 0x8000000000000000 : f64
  %v31 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v32 = arith.select %v20, %v30, %v31 : f64
  %v33 = arith.index_cast %arg1 : i8 to index
  %v34 = arith.constant 0xBF80 : bf16
  %v35 = arith.constant 0.5 : bf16
  %v36 = arith.minimumf %v34, %v35 : bf16
  %v37 = arith.minsi %arg0, %arg0 : i64
  return %v37 : i64
}
func.func @f1(%arg0: f32) -> (f32, f64) {
  %v0 = arith.constant true
  %v1 = arith.constant true
  %v2 = arith.shrui %v0, %v1 : i1
  %v3 = arith.constant 64 : i7
  %v4 = arith.constant 7 : i7
  %v5 = arith.muli %v3, %v4 : i7
  %v6 = arith.constant true
  %v7 = arith.constant false
  %v8 = arith.select %v1, %v6, %v7 : i1
  %v9 = arith.extf %arg0 : f32 to f64
  %v10 = arith.negf %arg0 fastmath<nnan,ninf> : f32
  %v11 = arith.constant 11 : i32
  %v12 = arith.constant -2147483648 : i32
  %v13 = arith.divsi %v11, %v12 exact : i32
  return %v10, %v9 : f32, f64
}
func.func @f2(%arg0: i32, %arg1: f64, %arg2: i64) {
  %v0 = arith.constant true
  %v1 = arith.constant 15 : i64
  %v2 = arith.select %v0, %v1, %arg2 : i64
  %v3 = arith.select %v0, %v1, %arg2 : i64
  %v4 = arith.select %v0, %v1, %arg2 : i64
  %v5 = arith.minnumf %arg1, %arg1 : f64
  %v6 = arith.constant 31 : i32
  %v7 = arith.shli %v6, %arg0 : i32
  %v8 = arith.constant false
  %v9 = arith.select %v8, %v3, %v3 : i64
  %v10 = arith.select %v8, %v3, %v3 : i64
  %v11 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v12 = arith.truncf %v11 : f64 to bf16
  %v13 = arith.constant 0xFFC00000 : f32
  %v14:2 = func.call @f1(%v13) : (f32) -> (f32, f64)
  %v15 = arith.mulf %v5, %v5 fastmath<nsz> : f64
  %v16 = arith.fptoui %v14#0 : f32 to i8
  %v17 = arith.constant 127 : i8
  %v18 = func.call @f0(%v4, %v17) : (i64, i8) -> i64
  return
}
