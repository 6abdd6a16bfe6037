// Random func/arith module, seed 129.
func.func @f0(%arg0: f16, %arg1: vector<2x3xf32>, %arg2: f32) -> i1 {
  %v0 = arith.constant 0x00800000 : f32
  %v1 = arith.remf %arg2, %v0 : f32
  %v2 = arith.constant 63 : i64
  %v3 = arith.constant 65 : i64
  %v4 = arith.xori %v2, %v3 : i64
  %v5 = arith.constant -1 : i64
  %v6 = arith.xori %v4, %v5 : i64
  %v7 = arith.xori %v2, %v3 : i64
  %v8 = arith.cmpf ole, %arg2, %v1 fastmath<ninf> : f32
  %v9 = arith.constant -2.5 : f32
  %v10 = arith.truncf %v9 fastmath<ninf> : f32 to f16
  %v11 = arith.sitofp %v8 : i1 to f64
  %v12 = arith.constant -8 : i64
  %v13 = arith.constant 7 : i64
  %v14 = arith.remsi %v12, %v13 : i64
  %v15 = arith.constant 7.0 : f32
  %v16 = arith.minnumf %v15, %arg2 fastmath<reassoc,contract> : f32
  %v17 = arith.constant 100.0 : f6E3M2FN
  %v18 = arith.constant 0x1D : f6E3M2FN
  %v19 = arith.minimumf %v17, %v18 : f6E3M2FN
  %v20 = arith.constant true
  %v21 = arith.muli %v20, %v8 : i1
  %v22 = arith.constant true
  %v23 = arith.andi %v20, %v22 : i1
  %v24 = arith.constant true
  %v25 = arith.andi %v23, %v24 : i1
  %v26 = arith.constant true
  %v27 = arith.minui %v8, %v26 : i1
  %v28 = arith.cmpi uge, %v3, %v6 : i64
  %v29 = arith.cmpi sle, %v8, %v23 : i1
  %v30 = arith.minui %v26, %v8 : i1
  %v31 = arith.minui %v26, %v8 : i1
  %v32 = arith.constant 0.1 : f8E5M2FNUZ
  %v33 = arith.remf %v32, %v32 fastmath<ninf> : f8E5M2FNUZ
  %v34 = arith.addf %arg2, %v1 fastmath<nnan,ninf> : f32
  %v35 = arith.constant true
  %v36 = arith.constant true
  %v37:2 = arith.addui_extended %v35, %v36 : i1, i1
  return %v30 : i1
}
func.func @f1(%arg0: f8E5M2) -> tensor<2x2xi1> {
  %v0 = arith.cmpf true, %arg0, %arg0 : f8E5M2
  %v1 = arith.constant 0.1 : f8E5M2
  %v2 = arith.cmpf false, %v1, %arg0 : f8E5M2
  %v3 = arith.constant false
  %v4 = arith.select %v0, %v3, %v2 : i1
  %v5 = arith.constant false
  %v6 = arith.select %v5, %v3, %v4 : i1
  %v7 = arith.maximumf %v1, %arg0 fastmath<fast> : f8E5M2
  %v8 = arith.constant dense<false> : tensor<2x2xi1>
  %v9 = arith.constant dense<true> : tensor<2x2xi1>
  %v10 = arith.remsi %v8, %v9 : tensor<2x2xi1>
  %v11 = arith.shrsi %v4, %v0 : i1
  %v12 = arith.extf %arg0 : f8E5M2 to bf16
  %v13 = arith.constant 0x7FC0 : bf16
  %v14 = arith.cmpf olt, %v12, %v13 : bf16
  return %v10 : tensor<2x2xi1>
}
func.func @f2(%arg0: i32) -> (i32, i32) {
  %v0 = arith.extsi %arg0 : i32 to i64
  %v1 = arith.trunci %v0 : i64 to i32
  %v2 = arith.constant -1 : i64
  %v3 = arith.ori %v2, %v0 : i64
  %v4 = arith.index_cast %v2 : i64 to index
  %v5 = arith.constant -1 : i32
  %v6 = arith.cmpi ule, %v5, %v1 : i32
  %v7 = arith.cmpi ule, %v5, %v1 : i32
  %v8 = arith.constant 0x00000001 : f32
  %v9 = arith.negf %v8 : f32
  %v10 = arith.negf %v9 : f32
  %v11 = arith.cmpi ugt, %arg0, %v1 : i32
  %v12 = arith.cmpf uge, %v8, %v10 fastmath<nnan,ninf> : f32
  %v13 = arith.constant -1 : i32
  %v14 = arith.andi %arg0, %v13 : i32
  %v15 = arith.constant 4.0 : f32
  %v16 = arith.extf %v15 fastmath<ninf> : f32 to f128
  %v17 = arith.trunci %v0 : i64 to i32
  %v18 = arith.constant -0.75 : f128
  %v19 = arith.cmpf ult, %v16, %v18 : f128
  %v20 = arith.constant -0.75 : f128
  %v21 = arith.mulf %v18, %v20 fastmath<nsz> : f128
  %v22 = arith.cmpi ule, %v5, %v1 : i32
  %v23 = arith.constant 0x00000001 : f32
  %v24 = arith.constant 3.0 : f32
  %v25 = arith.cmpf ult, %v23, %v24 : f32
  %v26 = arith.constant false
  %v27 = arith.shli %v11, %v26 : i1
  %v28 = arith.constant true
  %v29 = arith.cmpi ne, %v26, %v28 : i1
  %v30 = arith.select %v29, %v26, %v28 : i1
  %v31 = arith.addi %v27, %v11 overflow<nsw> : i1
  return %v14, %v14 : i32, i32
}
func.func @f3(%arg0: vector<i64>, %arg1: f4E2M1FN) {
  %v0 = arith.constant dense<1> : vector<i64>
  %v1 = arith.muli %arg0, %v0 : vector<i64>
  %v2 = arith.constant -76 : i8
  %v3 = arith.constant -2 : i8
  %v4 = arith.divui %v2, %v3 : i8
  %v5:2 = arith.mului_extended %v0, %v1 : vector<i64>
  %v6 = arith.cmpi eq, %arg0, %v1 : vector<i64>
  %v7 = arith.muli %arg0, %v0 : vector<i64>
  %v8:2 = arith.mului_extended %v0, %v1 : vector<i64>
  %v9 = arith.constant true
  %v10 = arith.select %v9, %v6, %v6 : vector<i1>
  %v11 = arith.constant -1.0 : f16
  %v12 = arith.truncf %v11 to_nearest_away fastmath<reassoc,contract> : f16 to f6E2M3FN
  %v13 = arith.extui %v10 : vector<i1> to vector<i8>
  %v14 = arith.constant -9223372036854775808 : i64
  %v15 = arith.select %v9, %v14, %v14 : i64
  %v16 = arith.extui %v10 : vector<i1> to vector<i8>
  %v17 = arith.constant 528540575 : i32
  %v18 = arith.addi %v17, %v17 overflow<nuw> : i32
  return
}
