// Random func/arith module, seed 86.
func.func @f0(%arg0: f32, %arg1: f32) -> (i1, i1) {
  %v0 = arith.constant false
  %v1 = arith.select %v0, %arg0, %arg1 : f32
  %v2 = arith.select %v0, %arg0, %arg1 : f32
  %v3 = arith.constant false
  %v4 = arith.constant false
  %v5 = arith.minui %v3, %v4 : i1
  %v6 = arith.constant 0x007FFFFF : f32
  %v7 = arith.cmpf ult, %v6, %arg1 : f32
  %v8 = arith.constant true
  %v9 = arith.cmpi ule, %v7, %v8 : i1
  %v10 = arith.index_cast %v3 : i1 to index
  %v11 = arith.constant dense<65> : vector<2xindex>
  %v12 = arith.constant dense<63> : vector<2xindex>
  %v13 = arith.shrsi %v11, %v12 exact : vector<2xindex>
  return %v7, %v9 : i1, i1
}
func.func @f1(%arg0: i1, %arg1: f16, %arg2: f8E4M3, %arg3: i8) -> i33 {
  %v0 = arith.maximumf %arg2, %arg2 fastmath<nnan> : f8E4M3
  %v1 = arith.maximumf %arg2, %arg2 fastmath<nnan> : f8E4M3
  %v2 = arith.constant 2 : i8
  %v3 = arith.constant 1 : i8
  %v4:2 = arith.mului_extended %v2, %v3 : i8
  %v5 = arith.constant 0x0000 : f16
  %v6 = arith.select %arg0, %v5, %arg1 : f16
  %v7 = arith.constant 0x8000 : bf16
  %v8 = arith.extf %v7 fastmath<nsz> : bf16 to f64
  %v9 = arith.extf %v5 : f16 to f64
  %v10 = arith.constant -5 : i32
  %v11 = arith.maxui %v10, %v10 : i32
  %v12 = arith.constant false
  %v13 = arith.constant -8 : i32
  %v14 = arith.select %v12, %v10, %v13 : i32
  %v15 = arith.constant 0 : i8
  %v16 = arith.ori %v15, %v4#1 : i8
  %v17 = arith.remui %v12, %arg0 : i1
  %v18 = arith.index_cast %v17 : i1 to index
  %v19 = arith.constant 1958094165668893811 : i64
  %v20 = arith.constant 1024 : i64
  %v21:2 = arith.addui_extended %v19, %v20 : i64, i1
  %v22 = arith.addf %v7, %v7 : bf16
  %v23 = arith.cmpi ugt, %v20, %v21#0 : i64
  %v24 = arith.constant 0x7F800000 : f32
  %v25:2 = func.call @f0(%v24, %v24) : (f32, f32) -> (i1, i1)
  %v26:2 = arith.mului_extended %v2, %v3 : i8
  %v27 = arith.trunci %v15 overflow<nsw> : i8 to i7
  %v28 = arith.extui %arg3 : i8 to i33
  %v29 = arith.minsi %arg3, %v2 : i8
  %v30:2 = arith.addui_extended %v28, %v28 : i33, i1
  return %v30#0 : i33
}
