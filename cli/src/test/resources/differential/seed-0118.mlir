// Random func/arith module, seed 118.
func.func @f0(%arg0: i32, %arg1: f32, %arg2: f64, %arg3: i128) -> i7 {
  %v0 = arith.constant 1073741824 : i128
  %v1 = arith.constant 12 : i128
  %v2 = arith.minsi %v0, %v1 : i128
  %v3 = arith.shrui %v2, %arg3 : i128
  %v4 = arith.constant 0xFFC00000 : f32
  %v5 = arith.minnumf %arg1, %v4 : f32
  %v6 = arith.sitofp %arg0 : i32 to f8E3M4
  %v7 = arith.cmpi ugt, %arg0, %arg0 : i32
  %v8 = arith.constant -1 : i16
  %v9 = arith.divui %v8, %v8 : i16
  %v10 = arith.fptosi %v6 : f8E3M4 to i7
  %v11 = arith.constant dense<0x80000000> : vector<2xf32>
  %v12 = arith.truncf %v11 to_nearest_even : vector<2xf32> to vector<2xf16>
  %v13 = arith.truncf %v11 to_nearest_even : vector<2xf32> to vector<2xf16>
  %v14 = arith.truncf %v11 to_nearest_even : vector<2xf32> to vector<2xf16>
  return %v10 : i7
}
func.func @f1(%arg0: vector<2xbf16>, %arg1: vector<4xf32>) -> vector<4xf32> {
  %v0 = arith.constant -90687817441598335384143926531852756237 : i128
  %v1 = arith.constant 4194304 : i128
  %v2 = arith.cmpi sle, %v0, %v1 : i128
  %v3 = arith.constant 1 : i32
  %v4 = arith.constant 100.0 : f32
  %v5 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v6 = func.call @f0(%v3, %v4, %v5, %v0) : (i32, f32, f64, i128) -> i7
  %v7 = arith.remsi %v6, %v6 : i7
  %v8 = arith.constant 14 : i128
  %v9 = func.call @f0(%v3, %v4, %v5, %v8) : (i32, f32, f64, i128) -> i7
  %v10 = arith.constant dense<[[15, -1], [0, 1]]> : tensor<2x2xi16>
  %v11 = arith.constant dense<1> : tensor<2x2xi16>
  %v12 = arith.ceildivsi %v10, %v11 : tensor<2x2xi16>
  %v13 = arith.constant 3.0 : f32
  %v14 = func.call @f0(%v3, %v13, %v5, %v1) : (i32, f32, f64, i128) -> i7
  %v15 = arith.constant dense<[4.0, 0.0, 0x7F800000, -3.0e-05]> : vector<4xf32>
  %v16 = arith.divf %arg1, %v15 : vector<4xf32>
  %v17 = arith.remsi %v6, %v6 : i7
  %v18 = arith.constant -1.0 : f32
  %v19 = arith.constant 129 : i128
  %v20 = func.call @f0(%v3, %v18, %v5, %v19) : (i32, f32, f64, i128) -> i7
  %v21 = arith.constant 0x7FF0000000000000 : f64
  %v22 = arith.constant -170141183460469231731687303715884105728 : i128
  %v23 = func.call @f0(%v3, %v18, %v21, %v22) : (i32, f32, f64, i128) -> i7
  %v24 = arith.maxui %v3, %v3 : i32
  %v25 = arith.constant 5 : i7
  %v26:2 = arith.mului_extended %v17, %v25 : i7
  %v27 = arith.remui %v7, %v20 : i7
  return %v15 : vector<4xf32>
}
