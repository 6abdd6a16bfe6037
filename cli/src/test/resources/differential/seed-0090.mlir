// Random func/arith module, seed 90.
func.func @f0(%arg0: i1, %arg1: f8E3M4) -> f8E3M4 {
  %v0:2 = arith.addui_extended %arg0, %arg0 : i1, i1
  %v1 = arith.constant 0x60 : f8E3M4
  %v2 = arith.minnumf %arg1, %v1 : f8E3M4
  %v3 = arith.constant 0x0F : f8E3M4
  %v4 = arith.cmpf false, %arg1, %v3 : f8E3M4
  %v5 = arith.addf %v3, %v2 : f8E3M4
  %v6 = arith.extui %v0#0 : i1 to i8
  %v7 = arith.constant 255 : i8
  %v8 = arith.divui %v7, %v6 : i8
  return %v5 : f8E3M4
}
func.func @f1(%arg0: f64) -> (f8E3M4, f8E3M4, f8E4M3, f8E3M4) {
  %v0 = arith.constant 238770564 : i32
  %v1 = arith.uitofp %v0 : i32 to f8E4M3
  %v2 = arith.uitofp %v0 : i32 to f8E4M3
  %v3 = arith.constant -1 : i32
  %v4 = arith.shli %v0, %v3 overflow<nsw, nuw> : i32
  %v5 = arith.constant true
  %v6 = arith.constant 0x7FF0000000000000 : f64
  %v7 = arith.constant 0x0010000000000000 : f64
  %v8 = arith.select %v5, %v6, %v7 : f64
  %v9 = arith.constant -0.0 : f64
  %v10 = arith.remf %arg0, %v9 : f64
  %v11 = arith.constant 0x77 : f8E4M3
  %v12 = arith.maximumf %v11, %v11 fastmath<none> : f8E4M3
  %v13 = arith.constant 5 : i32
  %v14 = arith.divui %v0, %v13 exact : i32
  %v15 = arith.constant -1 : i32
  %v16 = arith.constant -1 : i32
  %v17 = arith.shrsi %v15, %v16 exact : i32
  %v18 = arith.constant true
  %v19 = arith.constant 0x10 : f8E3M4
  %v20 = func.call @f0(%v18, %v19) : (i1, f8E3M4) -> f8E3M4
  %v21 = arith.negf %v19 fastmath<arcp,afn> : f8E3M4
  %v22 = func.call @f0(%v18, %v20) : (i1, f8E3M4) -> f8E3M4
  %v23 = arith.constant true
  %v24 = arith.addi %v5, %v23 : i1
  %v25 = arith.constant true
  %v26 = arith.divui %v25, %v5 : i1
  %v27 = arith.remf %arg0, %v9 : f64
  return %v20, %v22, %v1, %v20 : f8E3M4, f8E3M4, f8E4M3, f8E3M4
}
func.func @f2(%arg0: f8E4M3, %arg1: vector<2xf32>, %arg2: i8, %arg3: i32) -> (f8E3M4, i1, i8) {
  %v0 = arith.divui %arg2, %arg2 exact : i8
  %v1 = arith.divui %arg2, %arg2 exact : i8
  %v2 = arith.constant 11 : i8
  %v3:2 = arith.mului_extended %v2, %arg2 : i8
  %v4 = arith.constant dense<[0x7FC00000, -1.0]> : vector<2xf32>
  %v5 = arith.remf %arg1, %v4 : vector<2xf32>
  %v6 = arith.constant -128 : i8
  %v7 = arith.maxui %v0, %v6 : i8
  %v8 = arith.constant 3 : i32
  %v9 = arith.xori %v8, %arg3 : i32
  %v10 = arith.constant 0.5 : f64
  %v11:4 = func.call @f1(%v10) : (f64) -> (f8E3M4, f8E3M4, f8E4M3, f8E3M4)
  %v12 = arith.divui %v3#0, %v3#1 exact : i8
  %v13 = arith.constant 0xF8 : f8E4M3FNUZ
  %v14 = arith.maximumf %v13, %v13 : f8E4M3FNUZ
  %v15 = arith.constant -1 : i32
  %v16 = arith.ori %v15, %arg3 : i32
  %v17 = arith.divf %arg0, %v11#2 : f8E4M3
  %v18 = arith.maxui %v0, %v6 : i8
  %v19 = arith.cmpi sgt, %v9, %v16 : i32
  %v20 = arith.muli %v16, %arg3 : i32
  %v21 = arith.maxui %v0, %v6 : i8
  %v22 = arith.minimumf %arg1, %v5 fastmath<none> : vector<2xf32>
  %v23 = arith.constant true
  %v24 = arith.constant 0x6F : f8E3M4
  %v25 = func.call @f0(%v23, %v24) : (i1, f8E3M4) -> f8E3M4
  %v26 = arith.divf %v24, %v25 : f8E3M4
  return %v25, %v19, %v12 : f8E3M4, i1, i8
}
func.func @f3(%arg0: f8E4M3FN, %arg1: f64, %arg2: i64, %arg3: i1) -> i64 {
  %v0 = arith.constant 65 : i64
  %v1 = arith.extsi %v0 : i64 to i128
  %v2 = arith.constant -1 : i32
  %v3 = arith.constant 15 : i32
  %v4:2 = arith.mului_extended %v2, %v3 : i32
  %v5 = arith.constant dense<0> : tensor<3xindex>
  %v6 = arith.constant dense<14> : tensor<3xindex>
  %v7 = arith.cmpi sgt, %v5, %v6 : tensor<3xindex>
  %v8:2 = arith.mului_extended %v2, %v3 : i32
  %v9 = arith.addi %arg2, %v0 : i64
  %v10 = arith.cmpi ule, %arg3, %arg3 : i1
  return %v9 : i64
}
