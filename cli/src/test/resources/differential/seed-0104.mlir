// Random func/arith module, seed 104.
func.func @f0(%arg0: f32, %arg1: f16, %arg2: i1, %arg3: f32) -> (i1, i1) {
  %v0 = arith.shrui %arg2, %arg2 : i1
  %v1 = arith.constant false
  %v2 = arith.extsi %v1 : i1 to i32
  %v3 = arith.uitofp %arg2 : i1 to f8E4M3FNUZ
  %v4 = arith.constant 0.1 : f32
  %v5 = arith.divf %arg0, %v4 : f32
  %v6 = arith.constant 7.0 : f32
  %v7 = arith.negf %v6 : f32
  %v8 = arith.extsi %v1 : i1 to i32
  %v9 = arith.constant -0.0 : f16
  %v10 = arith.cmpf ule, %v9, %arg1 : f16
  %v11 = arith.sitofp %v10 : i1 to f64
  return %v10, %v10 : i1, i1
}
func.func @f1(%arg0: vector<2x3xf32>, %arg1: tensor<2x2xf64>, %arg2: f32) -> (i1, i1) {
  %v0 = arith.constant 0x3C00 : f16
  %v1 = arith.constant false
  %v2 = arith.constant 0x007FFFFF : f32
  %v3:2 = func.call @f0(%arg2, %v0, %v1, %v2) : (f32, f16, i1, f32) -> (i1, i1)
  %v4 = arith.ceildivsi %v1, %v3#1 : i1
  %v5:2 = func.call @f0(%arg2, %v0, %v1, %v2) : (f32, f16, i1, f32) -> (i1, i1)
  %v6 = arith.constant true
  %v7 = arith.floordivsi %v6, %v5#0 : i1
  %v8 = arith.constant 15 : i128
  %v9 = arith.constant 170141183460469231731687303715884105727 : i128
  %v10 = arith.addi %v8, %v9 overflow<nsw, nuw> : i128
  %v11 = arith.constant true
  %v12 = arith.muli %v3#1, %v11 overflow<nsw> : i1
  %v13 = arith.constant true
  %v14 = arith.cmpi slt, %v1, %v13 : i1
  %v15 = arith.constant dense<[[0xBFF0000000000000, 0x7FF0000000000000], [0x0000000000000000, 0x8000000000000000]]> : tensor<2x2xf64>
  %v16 = arith.maximumf %v15, %v15 : tensor<2x2xf64>
  %v17 = arith.constant 0x80000000 : f32
  %v18 = arith.cmpf olt, %v17, %arg2 fastmath<reassoc,contract> : f32
  %v19 = arith.remui %v11, %v5#0 : i1
  %v20 = arith.constant 147573952589676412928 : i128
  %v21 = arith.constant 127 : i128
  %v22:2 = arith.mulsi_extended %v20, %v21 : i128
  %v23 = arith.constant dense<[[0xBF800000, 0x3F800000, -1.0], [4.0, 0xFFC00000, 0xFFC00000]]> : vector<2x3xf32>
  %v24 = arith.addf %arg0, %v23 fastmath<reassoc,contract> : vector<2x3xf32>
  return %v19, %v19 : i1, i1
}
