// Random func/arith module, seed 91.
func.func @f0(%arg0: f32, %arg1: i16, %arg2: f80) -> i32 {
  %v0 = arith.constant 0 : i32
  %v1 = arith.constant 1 : i32
  %v2 = arith.cmpi slt, %v0, %v1 : i32
  %v3 = arith.extui %arg1 : i16 to i64
  %v4 = arith.constant 9223372036854775807 : i64
  %v5 = arith.cmpi ult, %v3, %v4 : i64
  %v6 = arith.constant true
  %v7 = arith.constant 1 : i64
  %v8 = arith.constant 1 : i64
  %v9 = arith.select %v6, %v7, %v8 : i64
  %v10 = arith.extf %arg0 fastmath<ninf> : f32 to f128
  %v11 = arith.extui %arg1 : i16 to i64
  %v12 = arith.remui %arg1, %arg1 : i16
  %v13 = arith.constant dense<[-2.5, -0.0, 4.0, 0x0000000000000001]> : vector<4xf64>
  %v14 = arith.constant dense<3.0> : vector<4xf64>
  %v15 = arith.cmpf ole, %v13, %v14 fastmath<arcp,afn> : vector<4xf64>
  %v16 = arith.minsi %v8, %v3 : i64
  %v17 = arith.negf %v10 fastmath<arcp,afn> : f128
  %v18 = arith.index_castui %v12 : i16 to index
  %v19 = arith.remf %arg0, %arg0 fastmath<nnan,ninf> : f32
  %v20 = arith.uitofp %v12 : i16 to f32
  %v21 = arith.uitofp %v12 : i16 to f32
  %v22 = arith.negf %v17 : f128
  %v23 = arith.constant 0x7FFEFFFFFFFFFFFFFFFFFFFFFFFFFFFF : f128
  %v24 = arith.minimumf %v23, %v10 fastmath<nnan> : f128
  %v25 = arith.constant dense<false> : vector<4xi1>
  %v26 = arith.constant dense<true> : vector<4xi1>
  %v27:2 = arith.mulsi_extended %v25, %v26 : vector<4xi1>
  %v28 = arith.truncf %v22 : f128 to f8E5M2
  %v29 = arith.uitofp %v0 : i32 to f64
  %v30 = arith.fptoui %v29 : f64 to i32
  %v31 = arith.constant -1.0 : f8E5M2
  %v32 = arith.subf %v28, %v31 : f8E5M2
  %v33 = arith.extsi %v1 : i32 to i64
  %v34 = arith.cmpi slt, %v0, %v1 : i32
  return %v30 : i32
}
func.func @f1(%arg0: vector<f32>, %arg1: i33, %arg2: f6E2M3FN) -> (i1, vector<f32>) {
  %v0 = arith.constant 1.0 : f32
  %v1 = arith.constant -1 : i16
  %v2 = arith.constant 3.0 : f80
  %v3 = func.call @f0(%v0, %v1, %v2) : (f32, i16, f80) -> i32
  %v4 = arith.constant 0x3FFF0000000000000000 : f80
  %v5 = arith.minimumf %v2, %v4 fastmath<fast> : f80
  %v6 = arith.constant 1.0 : f6E2M3FN
  %v7 = arith.mulf %arg2, %v6 fastmath<nnan,ninf> : f6E2M3FN
  %v8 = arith.constant 0 : i33
  %v9 = arith.muli %v8, %arg1 : i33
  %v10 = arith.constant 0x20 : f6E2M3FN
  %v11 = arith.cmpf uno, %v7, %v10 fastmath<none> : f6E2M3FN
  %v12 = arith.constant false
  %v13 = arith.shli %v11, %v12 : i1
  %v14 = arith.divf %arg2, %v7 fastmath<nnan> : f6E2M3FN
  %v15 = arith.minui %v3, %v3 : i32
  %v16 = arith.negf %arg0 fastmath<nnan> : vector<f32>
  %v17 = arith.constant -2.5 : f6E2M3FN
  %v18 = arith.fptoui %v17 : f6E2M3FN to i128
  return %v13, %v16 : i1, vector<f32>
}
