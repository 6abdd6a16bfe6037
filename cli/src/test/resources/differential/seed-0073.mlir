// Random func/arith module, seed 73.
func.func @f0(%arg0: vector<2x3xbf16>, %arg1: f32) -> (vector<2x3xbf16>, i32, vector<2x3xbf16>) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.constant -5 : i32
  %v2 = arith.remsi %v0, %v1 : i32
  %v3 = arith.constant -1 : i32
  %v4 = arith.xori %v3, %v3 : i32
  %v5 = arith.xori %v4, %v3 : i32
  %v6 = arith.constant -1 : i32
  %v7 = arith.constant 16 : i32
  %v8 = arith.cmpi slt, %v6, %v7 : i32
  %v9 = arith.negf %arg0 : vector<2x3xbf16>
  %v10 = arith.negf %v9 fastmath<ninf> : vector<2x3xbf16>
  %v11 = arith.remsi %v0, %v1 : i32
  %v12 = arith.constant 9223372036854775807 : i64
  %v13 = arith.constant -2 : i64
  %v14:2 = arith.addui_extended %v12, %v13 : i64, i1
  return %v9, %v7, %v9 : vector<2x3xbf16>, i32, vector<2x3xbf16>
}
func.func @f1(%arg0: index) -> f64 {
  %v0 = arith.constant 15 : index
  %v1 = arith.constant 1048576 : index
  %v2 = arith.minui %v0, %v1 : index
  %v3 = arith.cmpi ule, %v1, %arg0 : index
  %v4 = arith.constant 0 : index
  %v5 = arith.ori %arg0, %v4 : index
  %v6 = arith.constant 0x0000000000000000 : f64
  %v7 = arith.negf %v6 fastmath<none> : f64
  %v8 = arith.constant 0.0 : f64
  %v9 = arith.addf %v7, %v8 : f64
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
  %v20 = arith.fptosi %v6 : f64 to i64
  %v21 = arith.constant 9223372036854775807 : i64
  %v22 = arith.divsi %v17, %v21 : i64
  %v23 = arith.constant dense<0x0001> : vector<4xbf16>
  %v24 = arith.constant dense<0x0080> : vector<4xbf16>
  %v25 = arith.subf %v23, %v24 : vector<4xbf16>
  %v26 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v27 = arith.maxnumf %v26, %v9 fastmath<none> : f64
  %v28 = arith.constant dense<0xEDD4> : vector<2x3xbf16>
  %v29 = arith.constant 0x00000001 : f32
  %v30:3 = func.call @f0(%v28, %v29) : (vector<2x3xbf16>, f32) -> (vector<2x3xbf16>, i32, vector<2x3xbf16>)
  %v31 = arith.constant 4294967290 : i32
  %v32 = arith.extui %v31 : i32 to i33
  %v33 = arith.remf %v30#0, %v30#2 fastmath<fast> : vector<2x3xbf16>
  %v34:2 = arith.mului_extended %v17, %v22 : i64
  %v35 = arith.constant 0.1 : f8E8M0FNU
  %v36 = arith.fptosi %v35 : f8E8M0FNU to i7
  return %v26 : f64
}
func.func @f2(%arg0: f8E5M2, %arg1: index, %arg2: f16, %arg3: f4E2M1FN) -> bf16 {
  %v0 = arith.constant dense<9223372036854775807> : tensor<0xi64>
  %v1 = arith.shrui %v0, %v0 exact : tensor<0xi64>
  %v2 = arith.shrui %v0, %v0 exact : tensor<0xi64>
  %v3 = arith.constant 1.0e+10 : f16
  %v4 = arith.remf %arg2, %v3 : f16
  %v5 = arith.muli %arg1, %arg1 : index
  %v6 = arith.constant 0x03 : f8E5M2
  %v7 = arith.remf %v6, %arg0 : f8E5M2
  %v8 = arith.bitcast %arg2 : f16 to bf16
  %v9 = arith.constant dense<[[1048576, 2147483647], [512, 7]]> : tensor<2x2xi32>
  %v10 = arith.bitcast %v9 : tensor<2x2xi32> to tensor<2x2xf32>
  %v11 = arith.constant -8 : i16
  %v12 = arith.constant 32767 : i16
  %v13 = arith.cmpi ult, %v11, %v12 : i16
  return %v8 : bf16
}
