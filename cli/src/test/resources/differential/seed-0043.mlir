// Random func/arith module, seed 43.
func.func @f0(%arg0: f16, %arg1: vector<2xf16>) -> (f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ) {
  %v0 = arith.constant 170141183460469231731687303715884105727 : i128
  %v1 = arith.index_castui %v0 : i128 to index
  %v2 = arith.constant dense<9223372036854775807> : tensor<3xindex>
  %v3 = arith.divsi %v2, %v2 : tensor<3xindex>
  %v4 = arith.constant 0x7BFF : f16
  %v5 = arith.truncf %v4 : f16 to f8E4M3FNUZ
  %v6 = arith.divsi %v2, %v2 : tensor<3xindex>
  %v7 = arith.truncf %v4 : f16 to f8E4M3FNUZ
  %v8 = arith.truncf %v4 : f16 to f8E4M3FNUZ
  return %v8, %v8, %v7 : f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ
}
func.func @f1(%arg0: bf16) -> (i1, f8E4M3FN) {
  %v0 = arith.constant -64 : i7
  %v1 = arith.constant 2 : i7
  %v2 = arith.shli %v0, %v1 : i7
  %v3:2 = arith.mulsi_extended %v1, %v2 : i7
  %v4 = arith.constant 2 : i7
  %v5 = arith.cmpi sge, %v1, %v4 : i7
  %v6 = arith.constant false
  %v7 = arith.shrsi %v5, %v6 exact : i1
  %v8 = arith.shrsi %v5, %v6 exact : i1
  %v9 = arith.constant false
  %v10:2 = arith.mului_extended %v7, %v9 : i1
  %v11 = arith.cmpi sge, %v1, %v4 : i7
  %v12 = arith.constant 12 : i7
  %v13:2 = arith.addui_extended %v12, %v0 : i7, i1
  %v14 = arith.floordivsi %v6, %v6 : i1
  %v15 = arith.constant -64 : i7
  %v16 = arith.constant 63 : i7
  %v17 = arith.minsi %v15, %v16 : i7
  %v18 = arith.constant 0x0080 : bf16
  %v19 = arith.select %v6, %v18, %arg0 : bf16
  %v20 = arith.constant 1 : i7
  %v21 = arith.muli %v17, %v20 : i7
  %v22 = arith.fptoui %arg0 : bf16 to i32
  %v23 = arith.constant 3002387846 : i33
  %v24 = arith.constant -1 : i33
  %v25 = arith.remsi %v23, %v24 : i33
  %v26 = arith.constant 5 : i64
  %v27 = arith.constant 15 : i64
  %v28 = arith.maxsi %v26, %v27 : i64
  %v29 = arith.truncf %arg0 : bf16 to f8E4M3FN
  %v30 = arith.cmpf ult, %v19, %arg0 : bf16
  return %v30, %v29 : i1, f8E4M3FN
}
