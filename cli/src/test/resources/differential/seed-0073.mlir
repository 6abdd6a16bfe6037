// Random func/arith module, seed 73.
func.func @f0(%arg0: tensor<2x2xbf16>, %arg1: f32) -> (tensor<2x2xbf16>, i32, tensor<2x2xbf16>) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.constant -5 : i32
  %v2 = arith.remsi %v0, %v1 : i32
  %v3 = arith.constant -1 : i32
  %v4 = arith.xori %v3, %v3 : i32
  %v5 = arith.xori %v4, %v3 : i32
  %v6 = arith.constant -1 : i32
  %v7 = arith.constant 16 : i32
  %v8 = arith.cmpi slt, %v6, %v7 : i32
  %v9 = arith.negf %arg0 : tensor<2x2xbf16>
  %v10 = arith.negf %v9 fastmath<ninf> : tensor<2x2xbf16>
  %v11 = arith.remsi %v0, %v1 : i32
  %v12 = arith.constant 9223372036854775807 : i64
  %v13 = arith.constant -2 : i64
  %v14:2 = arith.addui_extended %v12, %v13 : i64, i1
  return %v9, %v7, %v9 : tensor<2x2xbf16>, i32, tensor<2x2xbf16>
}
func.func @f1(%arg0: index) -> f32 {
  %v0 = arith.constant 15 : index
  %v1 = arith.constant 1048576 : index
  %v2 = arith.minui %v0, %v1 : index
  %v3 = arith.cmpi ule, %v1, %arg0 : index
  %v4 = arith.constant 0 : index
  %v5 = arith.ori %arg0, %v4 : index
  %v6 = arith.constant 0x00000000 : f32
  %v7 = arith.negf %v6 fastmath<none> : f32
  %v8 = arith.constant 0.0 : f32
  %v9 = arith.addf %v7, %v8 : f32
  %v10 = arith.constant -9223372036854775808 : index
  %v11 = arith.cmpi ule, %v5, %v10 : index
  %v12 = arith.cmpi sge, %v11, %v3 : i1
  %v13 = arith.extui %v12 : i1 to i64
  %v14 = arith.constant 64 : i64
  %v15 = arith.cmpi ult, %v13, %v14 : i64
  %v16 = arith.constant -9223372036854775808 : i64
  %v17 = arith.shli %v13, %v16 overflow<none> : i64
  %v18 = arith.ori %arg0, %v4 : index
  %v19:2 = arith.mulsi_extended %v12, %v12 : i1
  %v20 = arith.fptosi %v6 : f32 to i64
  %v21 = arith.constant 9223372036854775807 : i64
  %v22 = arith.divsi %v17, %v21 : i64
  %v23 = arith.constant dense<0x0001> : vector<4xbf16>
  %v24 = arith.constant dense<0x0080> : vector<4xbf16>
  %v25 = arith.subf %v23, %v24 : vector<4xbf16>
  %v26 = arith.constant 0x7F7FFFFF : f32
  %v27 = arith.maxnumf %v26, %v9 fastmath<none> : f32
  %v28 = arith.constant dense<0xEDD4> : tensor<2x2xbf16>
  %v29 = arith.constant 100.0 : f32
  %v30:3 = func.call @f0(%v28, %v29) : (tensor<2x2xbf16>, f32) -> (tensor<2x2xbf16>, i32, tensor<2x2xbf16>)
  %v31 = arith.divsi %v17, %v21 : i64
  %v32 = arith.maxui %v30#1, %v30#1 : i32
  %v33 = arith.constant dense<0x3F80> : vector<4xbf16>
  %v34 = arith.negf %v33 : vector<4xbf16>
  %v35 = arith.negf %v34 fastmath<nsz> : vector<4xbf16>
  %v36 = arith.constant 0.1 : f64
  %v37 = arith.fptosi %v36 : f64 to i7
  return %v26 : f32
}
func.func @f2(%arg0: f8E4M3FNUZ, %arg1: index, %arg2: f32, %arg3: f8E3M4) -> i32 {
  %v0 = arith.constant dense<9223372036854775807> : tensor<3xi64>
  %v1 = arith.shrui %v0, %v0 exact : tensor<3xi64>
  %v2 = arith.shrui %v0, %v0 exact : tensor<3xi64>
  %v3 = arith.constant 1.0e+10 : f32
  %v4 = arith.remf %arg2, %v3 : f32
  %v5 = arith.muli %arg1, %arg1 : index
  %v6 = arith.constant 0x07 : f8E4M3FNUZ
  %v7 = arith.remf %v6, %arg0 : f8E4M3FNUZ
  %v8 = arith.bitcast %arg2 : f32 to i32
  %v9 = arith.constant dense<[1048576, 2147483647, 512, 7]> : vector<4xi32>
  %v10 = arith.bitcast %v9 : vector<4xi32> to vector<4xf32>
  %v11 = arith.constant -8 : i16
  %v12 = arith.constant 32767 : i16
  %v13 = arith.cmpi ult, %v11, %v12 : i16
  return %v8 : i32
}
