// Random func/arith module, seed 110.
func.func @f0(%arg0: i32, %arg1: i32) -> (f64, i1, f64) {
  %v0 = arith.constant 0xFFF0000000000000 : f64
  %v1 = arith.bitcast %v0 : f64 to i64
  %v2 = arith.ceildivui %arg1, %arg0 : i32
  %v3 = arith.constant -2147483648 : i32
  %v4:2 = arith.addui_extended %v3, %v2 : i32, i1
  %v5 = arith.fptoui %v0 : f64 to i7
  %v6 = arith.ceildivui %arg1, %arg0 : i32
  %v7 = arith.bitcast %v0 : f64 to i64
  %v8 = arith.constant true
  %v9 = arith.subi %v8, %v4#1 : i1
  %v10 = arith.cmpf une, %v0, %v0 : f64
  %v11 = arith.constant 0x0000000000000000 : f64
  %v12 = arith.constant 0xFFF8000000000000 : f64
  %v13 = arith.select %v4#1, %v11, %v12 : f64
  %v14:2 = arith.mului_extended %v8, %v4#1 : i1
  %v15 = arith.select %v4#1, %v14#1, %v4#1 : i1
  %v16 = arith.cmpi sgt, %v14#1, %v8 : i1
  %v17 = arith.index_cast %v2 : i32 to index
  %v18 = arith.constant dense<4> : tensor<2x2xi64>
  %v19 = arith.index_castui %v18 : tensor<2x2xi64> to tensor<2x2xindex>
  %v20 = arith.constant dense<9223372036854775807> : tensor<2x2xindex>
  %v21 = arith.index_castui %v20 : tensor<2x2xindex> to tensor<2x2xi1>
  %v22 = arith.cmpf false, %v13, %v0 fastmath<fast> : f64
  %v23 = arith.maximumf %v12, %v13 : f64
  %v24 = arith.constant 5 : i16
  %v25 = arith.shli %v24, %v24 : i16
  %v26 = arith.negf %v13 : f64
  return %v0, %v14#1, %v26 : f64, i1, f64
}
func.func @f1(%arg0: index) -> f64 {
  %v0 = arith.constant 0 : i32
  %v1 = arith.constant -1 : i32
  %v2 = arith.addi %v0, %v1 overflow<nsw> : i32
  %v3 = arith.constant -2.5 : bf16
  %v4 = arith.constant 1.0e+10 : bf16
  %v5 = arith.cmpf oge, %v3, %v4 fastmath<fast> : bf16
  %v6 = arith.constant 0.0 : bf16
  %v7 = arith.maximumf %v3, %v6 fastmath<nnan> : bf16
  %v8 = arith.cmpf ord, %v7, %v3 : bf16
  %v9 = arith.constant -8 : i8
  %v10 = arith.constant 9 : i8
  %v11 = arith.minsi %v9, %v10 : i8
  %v12:3 = func.call @f0(%v0, %v1) : (i32, i32) -> (f64, i1, f64)
  %v13 = arith.constant -2.5 : f64
  %v14 = arith.fptoui %v13 : f64 to i7
  %v15 = arith.constant 1 : i32
  %v16:3 = func.call @f0(%v15, %v1) : (i32, i32) -> (f64, i1, f64)
  %v17 = arith.fptoui %v13 : f64 to i7
  %v18 = arith.fptosi %v12#0 : f64 to i32
  %v19 = arith.constant -1 : i7
  %v20 = arith.subi %v14, %v19 overflow<nuw> : i7
  %v21 = arith.maxsi %v12#1, %v12#1 : i1
  return %v16#2 : f64
}
func.func @f2(%arg0: i8, %arg1: tensor<3xi16>, %arg2: i32, %arg3: f32) -> i128 {
  %v0 = arith.constant 4 : i8
  %v1 = arith.cmpi slt, %v0, %arg0 : i8
  %v2 = arith.constant -3.0e-05 : f32
  %v3 = arith.minimumf %arg3, %v2 : f32
  %v4 = arith.extf %v3 fastmath<reassoc,contract> : f32 to f64
  %v5 = arith.constant 0x7A845870 : f32
  %v6 = arith.minimumf %v5, %v3 fastmath<arcp,afn> : f32
  %v7 = arith.extf %v3 fastmath<reassoc,contract> : f32 to f64
  %v8 = arith.select %v1, %v7, %v4 : f64
  %v9 = arith.constant 170141183460469231731687303715884105727 : i128
  %v10 = arith.constant 2 : i128
  %v11 = arith.minsi %v9, %v10 : i128
  %v12 = arith.constant true
  %v13 = arith.uitofp %v12 : i1 to f16
  %v14 = arith.mulf %arg3, %v2 : f32
  %v15 = arith.minnumf %v6, %v14 fastmath<arcp,afn> : f32
  %v16 = arith.extsi %arg2 : i32 to i128
  %v17 = arith.constant 0 : i32
  %v18:2 = arith.mulsi_extended %v17, %arg2 : i32
  %v19 = arith.index_cast %arg0 : i8 to index
  %v20 = func.call @f1(%v19) : (index) -> f64
  %v21 = arith.select %v12, %v1, %v12 : i1
  %v22 = arith.constant 15 : i64
  %v23 = arith.cmpi uge, %v22, %v22 : i64
  %v24 = arith.constant 7.0 : f64
  %v25 = arith.maximumf %v24, %v4 fastmath<none> : f64
  %v26 = arith.constant dense<[2.0, 0x9D22BC1A]> : vector<2xf32>
  %v27 = arith.fptoui %v26 : vector<2xf32> to vector<2xi16>
  return %v16 : i128
}
