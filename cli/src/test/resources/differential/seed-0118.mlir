// Random func/arith module, seed 118.
func.func @f0(%arg0: i32, %arg1: f32, %arg2: f64, %arg3: i128) -> i128 {
  %v0 = arith.constant 1073741824 : i128
  %v1 = arith.constant 12 : i128
  %v2 = arith.minsi %v0, %v1 : i128
  %v3 = arith.shrui %v2, %arg3 : i128
  %v4 = arith.constant 0xFFC00000 : f32
  %v5 = arith.minnumf %arg1, %v4 : f32
  %v6 = arith.extsi %arg0 : i32 to i64
  %v7 = arith.constant 65 : i64
  %v8 = arith.cmpi ult, %v6, %v7 : i64
  %v9 = arith.shrui %v2, %arg3 : i128
  %v10 = arith.shrui %v2, %arg3 : i128
  %v11 = arith.minsi %v0, %v1 : i128
  %v12 = arith.constant dense<0x80000000> : vector<2xf32>
  %v13 = arith.cmpf ule, %v12, %v12 : vector<2xf32>
  %v14 = arith.minsi %v0, %v1 : i128
  %v15:2 = arith.addui_extended %v6, %v7 : i64, i1
  return %v14 : i128
}
func.func @f1(%arg0: vector<2x3xi8>, %arg1: tensor<2x2xi16>, %arg2: tensor<2x2xf32>, %arg3: bf16) -> (i128, i128, vector<2x3xi64>) {
  %v0 = arith.minui %arg0, %arg0 : vector<2x3xi8>
  %v1 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v2 = arith.constant dense<13> : tensor<2x2xi16>
  %v3 = arith.remui %v1, %v2 : tensor<2x2xi16>
  %v4:2 = arith.mulsi_extended %v0, %v0 : vector<2x3xi8>
  %v5 = arith.constant dense<[[false, true, false], [true, false, false]]> : vector<2x3xi1>
  %v6 = arith.constant dense<3> : vector<2x3xi8>
  %v7 = arith.constant dense<[[-1, 0, 1], [1, 9, 1]]> : vector<2x3xi8>
  %v8 = arith.select %v5, %v6, %v7 : vector<2x3xi1>, vector<2x3xi8>
  %v9 = arith.constant -1 : i32
  %v10 = arith.constant 0x69FBBF4D : f32
  %v11 = arith.constant 3.0 : f64
  %v12 = arith.constant 170141183460469231731687303715884105727 : i128
  %v13 = func.call @f0(%v9, %v10, %v11, %v12) : (i32, f32, f64, i128) -> i128
  %v14 = arith.extsi %v4#1 : vector<2x3xi8> to vector<2x3xi64>
  %v15 = arith.extsi %v4#0 : vector<2x3xi8> to vector<2x3xi64>
  %v16 = arith.cmpi ule, %v14, %v15 : vector<2x3xi64>
  return %v13, %v13, %v15 : i128, i128, vector<2x3xi64>
}
