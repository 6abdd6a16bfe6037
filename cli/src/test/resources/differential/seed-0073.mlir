// Random func/arith module, seed 73.
func.func @f0(%arg0: vector<2x3xbf16>, %arg1: f32) -> (f32, f32, f32, f32) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.constant -5 : i32
  %v2 = arith.remsi %v0, %v1 : i32
  %v3 = arith.constant 4 : i32
  %v4:2 = arith.mului_extended %v3, %v2 : i32
  %v5 = arith.shli %v3, %v2 overflow<nuw> {tag = 0 : i64} : i32
  %v6 = arith.mulf %arg1, %arg1 fastmath<reassoc,contract> : f32
  %v7 = arith.constant -0.75 : f32
  %v8 = arith.divf %v6, %v7 fastmath<arcp,afn> : f32
  %v9 = arith.constant 0x00000001 : f32
  %v10 = arith.minimumf %arg1, %v9 fastmath<arcp,afn> {tag = 1 : i64} : f32
  return %v8, %v6, %v6, %v6 : f32, f32, f32, f32
}
func.func @f1(%arg0: tensor<3xi8>, %arg1: i128, %arg2: i64, %arg3: i8) -> (tensor<3xi8>, tensor<3xi8>) {
  %v0 = arith.ori %arg1, %arg1 : i128
  %v1 = arith.constant 1 : i64
  %v2 = arith.constant -9223372036854775808 : i64
  %v3 = arith.cmpi slt, %v1, %v2 : i64
  %v4 = arith.constant -1 : i128
  %v5 = arith.xori %v0, %v4 : i128
  %v6 = arith.xori %v5, %v4 : i128
  %v7 = arith.constant dense<12> : tensor<3xi8>
  %v8 = arith.cmpi eq, %arg0, %v7 : tensor<3xi8>
  %v9 = arith.constant 0x00000000000000000000000000000000 : f128
  %v10 = arith.fptosi %v9 : f128 to i7
  %v11 = arith.ori %arg0, %v7 : tensor<3xi8>
  %v12 = arith.ori %arg0, %v7 : tensor<3xi8>
  %v13 = arith.constant 0.0 : f128
  %v14 = arith.bitcast %v13 : f128 to i128
  %v15 = arith.ori %arg0, %v7 {tag = 1 : i64} : tensor<3xi8>
  return %v15, %v15 : tensor<3xi8>, tensor<3xi8>
}
func.func @f2(%arg0: tf32, %arg1: f32) -> f32 {
  %v0 = arith.constant dense<0.1> : vector<4xbf16>
  %v1 = arith.constant dense<0.0> : vector<4xbf16>
  %v2 = arith.addf %v0, %v1 fastmath<none> : vector<4xbf16>
  %v3 = arith.constant 0x5FC00 : tf32
  %v4 = arith.cmpf oge, %arg0, %v3 : tf32
  %v5 = arith.constant true
  %v6 = arith.constant false
  %v7:2 = arith.mulsi_extended %v5, %v6 : i1
  %v8 = arith.constant dense<true> : vector<4xi1>
  %v9 = arith.constant dense<[0xBF80, -3.0e-05, 4.0, 0x007F]> : vector<4xbf16>
  %v10 = arith.select %v8, %v9, %v0 : vector<4xi1>, vector<4xbf16>
  %v11 = arith.constant 0.1 : f8E8M0FNU
  %v12 = arith.fptosi %v11 {tag = 0 : i64} : f8E8M0FNU to i7
  %v13 = arith.constant true
  %v14 = arith.addi %v4, %v13 : i1
  %v15 = arith.constant false
  %v16 = arith.subi %v14, %v15 : i1
  %v17 = arith.cmpi ult, %v14, %v7#1 : i1
  %v18 = arith.constant true
  %v19 = arith.xori %v18, %v14 : i1
  %v20 = arith.minimumf %arg0, %v3 : tf32
  %v21 = arith.constant dense<0xFFC0> : vector<2x3xbf16>
  %v22 = arith.constant -3.0e-05 : f32
  %v23:4 = func.call @f0(%v21, %v22) : (vector<2x3xbf16>, f32) -> (f32, f32, f32, f32)
  %v24 = arith.minimumf %v3, %arg0 : tf32
  return %v23#0 : f32
}
