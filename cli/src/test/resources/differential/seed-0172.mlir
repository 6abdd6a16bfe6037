// Random func/arith module, seed 172.
func.func @f0(%arg0: f16) -> (i128, f16) {
  %v0 = arith.constant -1 : i32
  %v1 = arith.constant -2 : i32
  %v2 = arith.maxsi %v0, %v1 : i32
  %v3 = arith.constant -2.5 : f16
  %v4 = arith.mulf %arg0, %v3 : f16
  %v5 = arith.mulf %arg0, %v3 : f16
  %v6 = arith.mulf %arg0, %v3 : f16
  %v7 = arith.constant 1 : i32
  %v8 = arith.constant 12 : i32
  %v9 = arith.andi %v7, %v8 : i32
  %v10 = arith.extui %v0 : i32 to i128
  %v11 = arith.truncf %v5 to_nearest_even : f16 to f8E4M3FNUZ
  %v12 = arith.uitofp %v10 : i128 to f32
  %v13 = arith.constant 1 : i32
  %v14 = arith.constant 15 : i32
  %v15 = arith.addi %v13, %v14 overflow<nuw> : i32
  %v16 = arith.constant -170141183460469231731687303715884105728 : i128
  %v17 = arith.minsi %v16, %v10 : i128
  %v18 = arith.maxsi %v10, %v16 : i128
  %v19 = arith.shli %v16, %v17 overflow<nsw> : i128
  %v20 = arith.constant 8 : i128
  %v21 = arith.uitofp %v20 : i128 to f64
  %v22 = arith.andi %v8, %v7 : i32
  %v23 = arith.constant 0 : i128
  %v24 = arith.constant 0 : i128
  %v25 = arith.ceildivui %v23, %v24 : i128
  %v26 = arith.minsi %v23, %v23 : i128
  %v27 = arith.constant 1 : i32
  %v28 = arith.maxsi %v27, %v0 : i32
  %v29 = arith.constant 114570705085816684217217291036804163799 : i128
  %v30 = arith.ceildivsi %v20, %v29 : i128
  %v31 = arith.minsi %v23, %v23 : i128
  %v32 = arith.extf %v4 fastmath<nnan> : f16 to f32
  %v33 = arith.constant 0x77 : f8E4M3FNUZ
  %v34 = arith.maximumf %v11, %v33 : f8E4M3FNUZ
  %v35 = arith.uitofp %v10 : i128 to f32
  return %v31, %arg0 : i128, f16
}
func.func @f1(%arg0: vector<4xf64>) -> (i16, i16) {
  %v0 = arith.constant 0x3C00 : f16
  %v1:2 = func.call @f0(%v0) : (f16) -> (i128, f16)
  %v2 = arith.constant 3 : i64
  %v3 = arith.extsi %v2 : i64 to i128
  %v4 = arith.constant -1 : i128
  %v5 = arith.cmpi sgt, %v4, %v1#0 : i128
  %v6 = arith.constant true
  %v7 = arith.andi %v6, %v5 : i1
  %v8 = arith.truncf %arg0 fastmath<none> : vector<4xf64> to vector<4xf32>
  %v9 = arith.maxnumf %v8, %v8 : vector<4xf32>
  %v10 = arith.constant -4 : i8
  %v11 = arith.floordivsi %v10, %v10 : i8
  %v12 = arith.constant dense<[[18014398509481984, 65, 0], [2251799813685248, 14, 65]]> : vector<2x3xindex>
  %v13 = arith.constant dense<0> : vector<2x3xindex>
  %v14 = arith.subi %v12, %v13 overflow<nsw> : vector<2x3xindex>
  %v15 = arith.andi %v5, %v6 : i1
  %v16 = arith.subi %v12, %v13 overflow<nsw> : vector<2x3xindex>
  %v17 = arith.bitcast %v1#1 : f16 to i16
  %v18 = arith.constant -0.75 : f32
  %v19 = arith.negf %v18 : f32
  %v20 = arith.constant -4 : i64
  %v21:2 = arith.addui_extended %v2, %v20 : i64, i1
  %v22 = arith.addf %v9, %v8 fastmath<fast> : vector<4xf32>
  %v23 = arith.bitcast %v1#1 : f16 to i16
  %v24 = arith.fptoui %v1#1 : f16 to i16
  %v25 = arith.constant -6147471853753720245 : i64
  %v26 = arith.shrui %v25, %v2 : i64
  %v27 = arith.constant 0 : i7
  %v28 = arith.constant -2 : i7
  %v29 = arith.ceildivsi %v27, %v28 : i7
  %v30 = arith.constant -1 : i16
  %v31 = arith.addi %v17, %v30 overflow<none> : i16
  return %v31, %v23 : i16, i16
}
func.func @f2(%arg0: vector<4xf32>, %arg1: f8E3M4, %arg2: f32) -> i1 {
  %v0 = arith.constant true
  %v1 = arith.shrsi %v0, %v0 : i1
  %v2 = arith.constant dense<0> : vector<4xindex>
  %v3 = arith.constant dense<[-7269099676287435250, -1, 9223372036854775807, -9223372036854775808]> : vector<4xindex>
  %v4 = arith.ori %v2, %v3 : vector<4xindex>
  %v5 = arith.negf %arg0 fastmath<none> : vector<4xf32>
  %v6 = arith.index_cast %v3 : vector<4xindex> to vector<4xi64>
  %v7 = arith.constant dense<-9223372036854775808> : vector<4xindex>
  %v8 = arith.maxui %v3, %v7 : vector<4xindex>
  %v9 = arith.extsi %v0 : i1 to i16
  %v10 = arith.constant dense<0> : vector<4xindex>
  %v11 = arith.divsi %v2, %v10 : vector<4xindex>
  %v12 = arith.constant 0x6F : f8E3M4
  %v13 = arith.fptoui %v12 : f8E3M4 to i128
  %v14 = arith.constant false
  %v15:2 = arith.mulsi_extended %v1, %v14 : i1
  %v16 = arith.constant 1 : i16
  %v17 = arith.remsi %v9, %v16 : i16
  %v18 = arith.constant 0x00800000 : f32
  %v19 = arith.divf %arg2, %v18 : f32
  %v20 = arith.constant true
  %v21 = arith.constant false
  %v22 = arith.select %v20, %v15#1, %v21 : i1
  %v23 = arith.constant false
  %v24 = arith.minui %v23, %v0 : i1
  return %v22 : i1
}
