// Random func/arith module, seed 198.
func.func @f0(%arg0: f16) -> f16 {
  %v0 = arith.bitcast %arg0 : f16 to bf16
  %v1 = arith.truncf %v0 toward_zero : bf16 to f8E4M3FNUZ
  %v2 = arith.constant 16 : i32
  %v3 = arith.constant -868151999 : i32
  %v4 = arith.cmpi sle, %v2, %v3 : i32
  %v5 = arith.negf %v0 fastmath<nsz> : bf16
  %v6 = arith.constant 1 : i32
  %v7 = arith.constant -8 : i32
  %v8 = arith.ceildivui %v6, %v7 : i32
  %v9 = arith.constant 1 : i32
  %v10 = arith.select %v4, %v2, %v9 : i32
  %v11 = arith.constant 0x368F : bf16
  %v12 = arith.maximumf %v11, %v5 : bf16
  %v13 = arith.constant -4 : i32
  %v14 = arith.constant 1 : i32
  %v15 = arith.divsi %v13, %v14 : i32
  %v16 = arith.constant 12 : i32
  %v17 = arith.xori %v7, %v16 : i32
  %v18 = arith.constant 3 : i32
  %v19 = arith.xori %v18, %v17 : i32
  %v20 = arith.constant 1.0 : f16
  %v21 = arith.mulf %arg0, %v20 fastmath<none> : f16
  return %v21 : f16
}
func.func @f1(%arg0: i33) -> (i33, i33) {
  %v0 = arith.maxui %arg0, %arg0 : i33
  %v1 = arith.constant -1 : i33
  %v2 = arith.minsi %v1, %v0 : i33
  %v3 = arith.constant dense<100.0> : tensor<2x2xf32>
  %v4 = arith.constant dense<0x7F7FFFFF> : tensor<2x2xf32>
  %v5 = arith.remf %v3, %v4 : tensor<2x2xf32>
  %v6 = arith.constant 1 : i33
  %v7:2 = arith.mului_extended %v2, %v6 : i33
  %v8 = arith.constant dense<[[0x00000000, 4.0], [0x007FFFFF, -2.5]]> : tensor<2x2xf32>
  %v9 = arith.cmpf one, %v8, %v3 fastmath<ninf> : tensor<2x2xf32>
  %v10 = arith.constant dense<true> : tensor<2x2xi1>
  %v11 = arith.constant dense<false> : tensor<2x2xi1>
  %v12:2 = arith.addui_extended %v10, %v11 : tensor<2x2xi1>, tensor<2x2xi1>
  %v13 = arith.constant dense<3.0> : tensor<2x2xf32>
  %v14 = arith.maxnumf %v4, %v13 : tensor<2x2xf32>
  %v15 = arith.cmpf one, %v8, %v3 fastmath<ninf> : tensor<2x2xf32>
  %v16 = arith.extsi %v7#0 : i33 to i128
  %v17:2 = arith.mului_extended %v2, %v6 : i33
  %v18 = arith.maxnumf %v4, %v13 : tensor<2x2xf32>
  %v19 = arith.truncf %v4 toward_zero fastmath<none> : tensor<2x2xf32> to tensor<2x2xf16>
  %v20 = arith.constant 17179869184 : i64
  %v21 = arith.constant 0 : i64
  %v22 = arith.subi %v20, %v21 overflow<nuw> : i64
  %v23 = arith.constant 0 : i128
  %v24 = arith.constant -98687987754729257866737924837910914818 : i128
  %v25 = arith.maxsi %v23, %v24 : i128
  return %v17#0, %v17#1 : i33, i33
}
func.func @f2(%arg0: i64) -> (index, i128) {
  %v0 = arith.extui %arg0 : i64 to i128
  %v1 = arith.muli %arg0, %arg0 : i64
  %v2 = arith.constant dense<0x8000000000000000> : vector<4xf64>
  %v3 = arith.fptosi %v2 : vector<4xf64> to vector<4xi8>
  %v4 = arith.constant 0 : i64
  %v5 = arith.constant -9223372036854775808 : i64
  %v6 = arith.cmpi uge, %v4, %v5 : i64
  %v7 = arith.constant dense<0x3FF0000000000000> : vector<2x3xf64>
  %v8 = arith.fptoui %v7 : vector<2x3xf64> to vector<2x3xi32>
  %v9 = arith.constant 0xFF800000 : f32
  %v10 = arith.cmpf one, %v9, %v9 : f32
  %v11 = arith.constant 6 : i7
  %v12 = arith.constant 8 : i7
  %v13 = arith.maxui %v11, %v12 : i7
  %v14 = arith.constant dense<[[0xFFF0000000000000, 0x0000000000000000, -3.0e-05], [-0.0, 0x7FEFFFFFFFFFFFFF, 0x0000000000000001]]> : vector<2x3xf64>
  %v15 = arith.mulf %v7, %v14 fastmath<reassoc,contract> : vector<2x3xf64>
  %v16 = arith.index_cast %v0 : i128 to index
  %v17:2 = arith.mului_extended %arg0, %v1 : i64
  %v18 = arith.divsi %v0, %v0 exact : i128
  %v19 = arith.muli %arg0, %arg0 : i64
  %v20 = arith.index_cast %v0 : i128 to index
  %v21 = arith.constant -1 : index
  %v22 = arith.xori %v20, %v21 : index
  %v23 = arith.xori %v22, %v21 : index
  %v24 = arith.constant 0xFFC00000 : f32
  %v25 = arith.constant 0x00800000 : f32
  %v26 = arith.maximumf %v24, %v25 : f32
  %v27 = arith.constant 0xBF800000 : f32
  %v28 = arith.extf %v27 : f32 to f64
  return %v20, %v18 : index, i128
}
