// Random func/arith module, seed 69.
func.func @f0(%arg0: bf16, %arg1: i128) -> (bf16, index, f32) {
  %v0 = arith.constant 0x7C : f8E5M2
  %v1 = arith.constant 1.0e+10 : f8E5M2
  %v2 = arith.remf %v0, %v1 fastmath<reassoc,contract> : f8E5M2
  %v3 = arith.constant 4294967296 : i128
  %v4 = arith.shli %v3, %arg1 overflow<nsw> : i128
  %v5 = arith.constant 0x3F80 : bf16
  %v6 = arith.maximumf %v5, %arg0 : bf16
  %v7 = arith.constant 0.1 : f8E4M3
  %v8 = arith.fptosi %v7 : f8E4M3 to i64
  %v9 = arith.constant 0xBC : f8E5M2
  %v10 = arith.negf %v9 : f8E5M2
  %v11 = arith.cmpf true, %v7, %v7 : f8E4M3
  %v12 = arith.maximumf %v5, %arg0 : bf16
  %v13 = arith.cmpf true, %v7, %v7 : f8E4M3
  %v14 = arith.cmpi uge, %arg1, %arg1 : i128
  %v15 = arith.negf %v9 : f8E5M2
  %v16 = arith.constant 705976618 : i32
  %v17 = arith.constant -6 : i32
  %v18 = arith.cmpi ult, %v16, %v17 : i32
  %v19 = arith.addf %arg0, %v6 : bf16
  %v20 = arith.extf %v19 : bf16 to f32
  %v21 = arith.index_cast %v4 : i128 to index
  %v22 = arith.addf %arg0, %v6 : bf16
  %v23 = arith.divui %v21, %v21 exact : index
  %v24 = arith.extf %v19 : bf16 to f32
  %v25 = arith.constant -3.0e-05 : f32
  %v26 = arith.bitcast %v25 : f32 to i32
  %v27 = arith.constant true
  %v28 = arith.constant 0x0001 : bf16
  %v29 = arith.constant 3.0 : bf16
  %v30 = arith.select %v27, %v28, %v29 : bf16
  %v31 = arith.constant 11 : index
  %v32 = arith.minsi %v23, %v31 : index
  %v33 = arith.minnumf %v28, %arg0 : bf16
  return %v22, %v23, %v20 : bf16, index, f32
}
func.func @f1(%arg0: tensor<3xbf16>, %arg1: bf16) -> (i32, i32, i1, i1) {
  %v0 = arith.constant -3 : i32
  %v1 = arith.constant -2147483648 : i32
  %v2 = arith.ori %v0, %v1 : i32
  %v3 = arith.constant dense<0x8000> : tensor<3xf16>
  %v4 = arith.constant dense<0.0> : tensor<3xf16>
  %v5 = arith.mulf %v3, %v4 : tensor<3xf16>
  %v6 = arith.mulf %v3, %v4 : tensor<3xf16>
  %v7 = arith.constant dense<[1.0, 0x0001, 0x8000]> : tensor<3xbf16>
  %v8 = arith.extf %v7 : tensor<3xbf16> to tensor<3xf32>
  %v9 = arith.floordivsi %v0, %v1 : i32
  %v10 = arith.constant 0xBF80 : bf16
  %v11 = arith.cmpf ord, %arg1, %v10 fastmath<nsz> : bf16
  return %v0, %v9, %v11, %v11 : i32, i32, i1, i1
}
func.func @f2(%arg0: i128) -> i128 {
  %v0 = arith.constant 0x7FF0000000000000 : f64
  %v1 = arith.truncf %v0 toward_zero : f64 to f8E5M2
  %v2 = arith.minsi %arg0, %arg0 : i128
  %v3 = arith.constant 3 : i128
  %v4 = arith.constant -170141183460469231731687303715884105728 : i128
  %v5:2 = arith.addui_extended %v3, %v4 : i128, i1
  %v6 = arith.constant 1 : i128
  %v7 = arith.xori %v2, %v6 : i128
  %v8 = arith.muli %v2, %v7 overflow<nuw> : i128
  %v9 = arith.constant true
  %v10 = arith.subi %v5#1, %v9 overflow<nsw, nuw> : i1
  %v11 = arith.muli %v2, %v7 overflow<nuw> : i128
  return %v7 : i128
}
