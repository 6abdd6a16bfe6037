// Random func/arith module, seed 67.
func.func @f0(%arg0: tensor<2x2xf16>, %arg1: f32, %arg2: i32, %arg3: vector<2xf64>) -> (f64, i8) {
  %v0 = arith.constant 8192 : i32
  %v1:2 = arith.mului_extended %v0, %arg2 : i32
  %v2:2 = arith.mului_extended %v0, %arg2 : i32
  %v3:2 = arith.mului_extended %v0, %arg2 : i32
  %v4 = arith.constant 0xFF800000 : f32
  %v5 = arith.cmpf ule, %v4, %arg1 fastmath<nnan,ninf> : f32
  %v6 = arith.negf %arg0 {tag = 0 : i64} : tensor<2x2xf16>
  %v7 = arith.negf %v6 : tensor<2x2xf16>
  %v8 = arith.constant true
  %v9 = arith.muli %v5, %v8 overflow<none> : i1
  %v10 = arith.cmpf ole, %arg1, %v4 fastmath<none> : f32
  %v11 = arith.constant dense<0x03FF> : tensor<2x2xf16>
  %v12 = arith.minimumf %arg0, %v11 : tensor<2x2xf16>
  %v13 = arith.constant 127 : i8
  %v14 = arith.constant 4 : i8
  %v15 = arith.divsi %v13, %v14 : i8
  %v16 = arith.cmpf ole, %arg1, %v4 fastmath<none> : f32
  %v17 = arith.sitofp %v16 : i1 to f64
  %v18 = arith.fptoui %v17 {tag = 0 : i64} : f64 to i1
  %v19 = arith.divsi %v13, %v14 : i8
  %v20 = arith.constant dense<[[0x7C00, 0xFE00], [0x7E00, 0x0000]]> : tensor<2x2xf16>
  %v21 = arith.extf %v20 fastmath<nnan,ninf> : tensor<2x2xf16> to tensor<2x2xf32>
  %v22 = arith.divsi %v13, %v14 : i8
  %v23 = arith.constant -5 : i33
  %v24 = arith.constant 33 : i33
  %v25:2 = arith.mulsi_extended %v23, %v24 : i33
  %v26 = arith.divf %v4, %arg1 fastmath<nsz> : f32
  %v27 = arith.extui %v5 : i1 to i7
  %v28 = arith.constant dense<0x80000000> : tensor<2x2xf32>
  %v29 = arith.maximumf %v21, %v28 : tensor<2x2xf32>
  %v30 = arith.constant 3.0 : f32
  %v31 = arith.constant 0.0 : f32
  %v32 = arith.cmpf une, %v30, %v31 : f32
  %v33 = arith.constant true
  %v34 = arith.ceildivsi %v10, %v33 : i1
  return %v17, %v19 : f64, i8
}
func.func @f1(%arg0: i33, %arg1: vector<2x3xi64>, %arg2: tensor<0xi64>, %arg3: vector<[4]xi32>) -> (i1, i64) {
  %v0 = arith.constant dense<3635171485596643431> : vector<2x3xi64>
  %v1 = arith.remui %arg1, %v0 : vector<2x3xi64>
  %v2 = arith.constant 1.0e+10 : bf16
  %v3 = arith.constant 0xBF80 : bf16
  %v4 = arith.divf %v2, %v3 fastmath<fast> : bf16
  %v5 = arith.constant 32 : i33
  %v6 = arith.xori %arg0, %v5 : i33
  %v7 = arith.constant 0 : i33
  %v8 = arith.xori %v6, %v7 : i33
  %v9 = arith.xori %v6, %v7 : i33
  %v10 = arith.constant 0x77 : f8E4M3FN
  %v11 = arith.divf %v10, %v10 {tag = 0 : i64} : f8E4M3FN
  %v12 = arith.subf %v3, %v2 : bf16
  %v13 = arith.xori %v6, %v7 : i33
  %v14 = arith.maxsi %arg1, %arg1 : vector<2x3xi64>
  %v15 = arith.xori %v6, %v7 : i33
  %v16 = arith.constant dense<[]> : tensor<0xi64>
  %v17 = arith.uitofp %v16 : tensor<0xi64> to tensor<0xf16>
  %v18 = arith.constant true
  %v19 = arith.constant 0x0080 : bf16
  %v20 = arith.select %v18, %v19, %v12 : bf16
  %v21 = arith.bitcast %v1 : vector<2x3xi64> to vector<2x3xf64>
  %v22 = arith.uitofp %v14 : vector<2x3xi64> to vector<2x3xf32>
  %v23 = arith.fptoui %v22 : vector<2x3xf32> to vector<2x3xi64>
  %v24 = arith.constant dense<[[0x7FF8000000000000, 0xFFF0000000000000, 0x0010000000000000], [0xFFF0000000000000, 0x3FF0000000000000, 1.0e+10]]> : vector<2x3xf64>
  %v25 = arith.bitcast %v24 : vector<2x3xf64> to vector<2x3xi64>
  %v26 = arith.constant dense<[]> : tensor<0xi64>
  %v27 = arith.shrui %v26, %arg2 : tensor<0xi64>
  %v28 = arith.constant 0xFF800000 : f32
  %v29 = arith.constant 2.0 : f32
  %v30 = arith.select %v18, %v28, %v29 : f32
  %v31 = arith.remui %arg1, %v0 : vector<2x3xi64>
  %v32 = arith.cmpi sge, %v16, %v27 : tensor<0xi64>
  %v33 = arith.extui %v6 : i33 to i64
  %v34 = arith.constant -4294967296 : i33
  %v35 = arith.extui %v34 : i33 to i64
  %v36 = arith.cmpi sle, %v33, %v35 : i64
  return %v18, %v33 : i1, i64
}
func.func @f2(%arg0: i64, %arg1: i32, %arg2: i32) -> i64 {
  %v0 = arith.constant 1 : i16
  %v1 = arith.minui %v0, %v0 : i16
  %v2 = arith.constant 9223372036854775807 : i64
  %v3 = arith.muli %arg0, %v2 overflow<nuw> : i64
  %v4 = arith.extsi %arg2 : i32 to i64
  %v5 = arith.constant 9223372036854775807 : i64
  %v6 = arith.cmpi slt, %v4, %v5 : i64
  %v7 = arith.cmpi slt, %v4, %v5 : i64
  %v8:2 = arith.addui_extended %v3, %v5 : i64, i1
  %v9 = arith.constant 0xB8 : f8E4M3FN
  %v10 = arith.cmpf ole, %v9, %v9 : f8E4M3FN
  %v11 = arith.constant 1 : i8
  %v12 = arith.constant -41 : i8
  %v13:2 = arith.mului_extended %v11, %v12 : i8
  %v14:2 = arith.mului_extended %v11, %v12 : i8
  %v15:2 = arith.mului_extended %v11, %v12 : i8
  %v16 = arith.muli %arg0, %v2 overflow<nuw> : i64
  return %v3 : i64
}
