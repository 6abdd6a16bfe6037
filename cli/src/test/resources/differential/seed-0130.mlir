// Random func/arith module, seed 130.
func.func @f0(%arg0: i16, %arg1: f32, %arg2: i8, %arg3: vector<4xi1>) {
  %v0 = arith.constant 15 : i16
  %v1 = arith.remsi %v0, %arg0 : i16
  %v2 = arith.constant 0xBF800000 : f32
  %v3 = arith.remf %v2, %arg1 : f32
  %v4 = arith.constant -2.5 : f32
  %v5 = arith.remf %v4, %v3 fastmath<nsz> : f32
  %v6 = arith.cmpi ult, %v0, %v1 : i16
  %v7 = arith.remf %v4, %v3 fastmath<nsz> : f32
  %v8 = arith.constant -1 : i8
  %v9 = arith.ceildivsi %v8, %arg2 : i8
  %v10 = arith.constant 0x4D4D86C4 : f32
  %v11 = arith.subf %v7, %v10 : f32
  %v12 = arith.subf %v7, %v10 : f32
  return
}
func.func @f1(%arg0: vector<2x3xf32>, %arg1: i128, %arg2: tensor<2x2xi1>, %arg3: tensor<2x2xi16>) -> (tensor<2x2xi16>, i64) {
  %v0 = arith.constant dense<0x00000001> : vector<2x3xf32>
  %v1 = arith.subf %arg0, %v0 : vector<2x3xf32>
  %v2 = arith.subf %arg0, %v0 : vector<2x3xf32>
  %v3 = arith.minsi %arg2, %arg2 : tensor<2x2xi1>
  %v4 = arith.constant dense<true> : vector<4xi1>
  %v5 = arith.extui %v4 : vector<4xi1> to vector<4xi64>
  %v6 = arith.minsi %arg2, %arg2 : tensor<2x2xi1>
  %v7 = arith.constant 0x7C : f8E5M2FNUZ
  %v8 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v9 = arith.addf %v7, %v8 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v10 = arith.constant dense<true> : vector<2x3xi1>
  %v11 = arith.constant dense<[[false, false, false], [true, false, true]]> : vector<2x3xi1>
  %v12 = arith.ceildivsi %v10, %v11 : vector<2x3xi1>
  %v13 = arith.subi %arg3, %arg3 overflow<nsw, nuw> : tensor<2x2xi16>
  %v14 = arith.constant 1 : i64
  %v15 = arith.minsi %v14, %v14 : i64
  %v16 = arith.constant dense<16> : tensor<2x2xi16>
  %v17 = arith.constant dense<8192> : tensor<2x2xi16>
  %v18 = arith.cmpi ule, %v16, %v17 : tensor<2x2xi16>
  %v19 = arith.constant dense<[[-8, 32767], [5, -32768]]> : tensor<2x2xi16>
  %v20 = arith.cmpi ugt, %v19, %v17 : tensor<2x2xi16>
  %v21 = arith.muli %v14, %v14 overflow<none> : i64
  return %v13, %v21 : tensor<2x2xi16>, i64
}
