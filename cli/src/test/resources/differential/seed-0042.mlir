// Random func/arith module, seed 42.
func.func @f0(%arg0: vector<4xf64>) {
  %v0 = arith.constant 0 : index
  %v1 = arith.constant -2 : index
  %v2 = arith.muli %v0, %v1 : index
  %v3 = arith.constant 5 : i64
  %v4 = arith.constant 4 : i64
  %v5:2 = arith.addui_extended %v3, %v4 : i64, i1
  %v6 = arith.mulf %arg0, %arg0 : vector<4xf64>
  %v7 = arith.constant 1 : i64
  %v8 = arith.constant true
  %v9 = arith.extui %v8 : i1 to i7
  %v10 = arith.extui %v8 : i1 to i7
  %v11 = arith.constant true
  %v12 = arith.constant -7 : i7
  %v13 = arith.select %v11, %v12, %v10 : i7
  %v14 = arith.constant dense<0xC6B52A321EAC4658> : vector<4xf64>
  %v15 = arith.minimumf %arg0, %v14 fastmath<fast> : vector<4xf64>
  %v16 = arith.fptoui %v6 : vector<4xf64> to vector<4xi1>
  %v17 = arith.select %v11, %v12, %v10 : i7
  %v18 = arith.constant dense<[false, false, true, false]> : vector<4xi1>
  %v19 = arith.shrui %v18, %v16 : vector<4xi1>
  return
}
func.func @f1(%arg0: i32, %arg1: i1, %arg2: f8E5M2, %arg3: f32) -> f32 {
  %v0 = arith.constant -0.0 : f32
  %v1 = arith.addf %arg3, %v0 : f32
  %v2 = arith.constant 33 : i32
  %v3 = arith.cmpi eq, %v2, %v2 : i32
  %v4 = arith.constant 0x00 : f8E5M2
  %v5 = arith.maximumf %arg2, %v4 : f8E5M2
  %v6 = arith.addf %arg3, %v0 : f32
  %v7 = arith.constant dense<[0x7FF8000000000000, 0x7FF0000000000000, -3.0e-05, 7.0]> : vector<4xf64>
  func.call @f0(%v7) : (vector<4xf64>) -> ()
  %v9 = arith.addf %arg3, %v0 : f32
  %v10 = arith.addf %arg3, %v0 : f32
  %v11 = arith.constant false
  %v12 = arith.maxui %arg1, %v11 : i1
  %v13 = arith.maximumf %arg2, %v4 : f8E5M2
  %v14 = arith.constant true
  %v15 = arith.shli %arg1, %v14 overflow<nuw> : i1
  %v16 = arith.constant -2147483648 : i32
  %v17 = arith.xori %arg0, %v16 : i32
  %v18 = arith.constant 1048576 : i32
  %v19 = arith.xori %v18, %v17 : i32
  func.call @f0(%v7) : (vector<4xf64>) -> ()
  %v21 = arith.addf %arg3, %v0 : f32
  %v22 = arith.cmpi ult, %v2, %arg0 : i32
  %v23 = arith.constant -0.75 : f32
  %v24 = arith.fptoui %v23 : f32 to i16
  %v25 = arith.constant dense<0x3FF0000000000000> : vector<4xf64>
  func.call @f0(%v25) : (vector<4xf64>) -> ()
  %v27 = arith.negf %v6 fastmath<ninf> : f32
  %v28 = arith.constant 1425098232 : i32
  %v29 = arith.constant 1 : i32
  %v30 = arith.shli %v28, %v29 overflow<nsw, nuw> : i32
  %v31 = arith.constant -8 : i32
  %v32 = arith.index_cast %v31 : i32 to index
  return %v27 : f32
}
func.func @f2(%arg0: vector<2xi1>, %arg1: tensor<3xbf16>) {
  %v0 = arith.constant dense<[0x7F80, -0.0, 0x3F80]> : tensor<3xbf16>
  %v1 = arith.negf %v0 : tensor<3xbf16>
  %v2 = arith.extsi %arg0 : vector<2xi1> to vector<2xi64>
  %v3 = arith.constant dense<[true, true]> : vector<2xi1>
  %v4 = arith.maxui %arg0, %v3 : vector<2xi1>
  %v5 = arith.cmpi slt, %v4, %v3 : vector<2xi1>
  %v6 = arith.cmpf one, %arg1, %arg1 : tensor<3xbf16>
  %v7 = arith.constant dense<0x007F> : tensor<3xbf16>
  %v8 = arith.cmpf true, %v7, %arg1 : tensor<3xbf16>
  %v9 = arith.negf %v0 : tensor<3xbf16>
  %v10 = arith.constant dense<[-1, 65]> : vector<2xi64>
  %v11:2 = arith.mului_extended %v10, %v2 : vector<2xi64>
  %v12 = arith.minui %v2, %v11#0 : vector<2xi64>
  %v13 = arith.constant dense<[0x0000000000000001, 1.0e+10, -1.0, 0.1]> : vector<4xf64>
  func.call @f0(%v13) : (vector<4xf64>) -> ()
  %v15:2 = arith.mului_extended %v10, %v2 : vector<2xi64>
  %v16 = arith.sitofp %v12 : vector<2xi64> to vector<2xf16>
  %v17 = arith.cmpi sgt, %v4, %v5 : vector<2xi1>
  return
}
func.func @f3(%arg0: f8E4M3FNUZ, %arg1: f16) -> i128 {
  %v0 = arith.constant 0 : i128
  %v1:2 = arith.mulsi_extended %v0, %v0 : i128
  %v2 = arith.constant 129 : i128
  %v3:2 = arith.mulsi_extended %v0, %v1#0 : i128
  %v4 = arith.constant 0 : i128
  %v5 = arith.remui %v4, %v3#1 : i128
  %v6 = arith.constant false
  %v7 = arith.constant 0x7F7FFFFF : f32
  %v8 = arith.select %v6, %v7, %v7 : f32
  %v9:2 = arith.mulsi_extended %v0, %v1#0 : i128
  return %v9#0 : i128
}
