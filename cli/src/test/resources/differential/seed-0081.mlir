// Random func/arith module, seed 81.
func.func @f0(%arg0: f32) -> (i1, i16) {
  %v0 = arith.constant 11 : i16
  %v1 = arith.shrui %v0, %v0 : i16
  %v2 = arith.constant true
  %v3 = arith.constant 0 : i16
  %v4 = arith.select %v2, %v3, %v3 : i16
  %v5 = arith.constant 0x00800000 : f32
  %v6 = arith.negf %v5 : f32
  %v7 = arith.constant 0 : i16
  %v8 = arith.cmpi eq, %v4, %v7 : i16
  %v9 = arith.select %v8, %v7, %v4 : i16
  %v10 = arith.mulf %arg0, %arg0 fastmath<fast> : f32
  %v11 = arith.constant -1.0 : f32
  %v12 = arith.constant 0x80000000 : f32
  %v13 = arith.maxnumf %v11, %v12 : f32
  %v14 = arith.constant 7 : i16
  %v15 = arith.remui %v7, %v14 : i16
  %v16 = arith.cmpf false, %arg0, %v12 fastmath<none> : f32
  %v17 = arith.mulf %arg0, %arg0 fastmath<fast> : f32
  %v18 = arith.constant 0x00000001 : f32
  %v19 = arith.minimumf %v6, %v18 fastmath<none> : f32
  %v20 = arith.select %v2, %v3, %v3 : i16
  %v21 = arith.select %v2, %v3, %v3 : i16
  %v22 = arith.constant 0x7FC00000 : f32
  %v23 = arith.cmpf une, %v22, %arg0 : f32
  %v24 = arith.fptosi %arg0 : f32 to i16
  %v25 = arith.constant 13 : i16
  %v26 = arith.xori %v25, %v24 : i16
  %v27 = arith.constant 0x3F800000 : f32
  %v28 = arith.divf %v17, %v27 fastmath<ninf> : f32
  return %v23, %v24 : i1, i16
}
func.func @f1(%arg0: i64) -> i1 {
  %v0 = arith.constant -7 : i64
  %v1:2 = arith.addui_extended %v0, %arg0 : i64, i1
  %v2 = arith.constant 0x3C : f8E5M2
  %v3 = arith.constant 0xFE : f8E5M2
  %v4 = arith.cmpf ogt, %v2, %v3 : f8E5M2
  %v5 = arith.constant 1.0e+10 : f8E5M2
  %v6 = arith.divf %v3, %v5 : f8E5M2
  %v7 = arith.constant 1.0e+10 : f8E4M3FN
  %v8 = arith.fptoui %v7 : f8E4M3FN to i33
  %v9 = arith.constant false
  %v10 = arith.constant true
  %v11 = arith.shrsi %v9, %v10 : i1
  %v12 = arith.floordivsi %v1#1, %v10 : i1
  %v13 = arith.fptoui %v7 : f8E4M3FN to i33
  %v14 = arith.minimumf %v6, %v3 fastmath<nsz> : f8E5M2
  %v15:2 = arith.mului_extended %v0, %v1#0 : i64
  %v16 = arith.constant 0xF8 : f8E4M3FN
  %v17 = arith.constant 0x2B : f8E4M3FN
  %v18 = arith.mulf %v16, %v17 : f8E4M3FN
  %v19 = arith.floordivsi %v1#1, %v10 : i1
  %v20 = arith.constant 0xBC : f8E5M2
  %v21 = arith.divf %v2, %v20 fastmath<ninf> : f8E5M2
  %v22 = arith.fptoui %v16 : f8E4M3FN to i8
  %v23 = arith.constant 2.0 : f32
  %v24:2 = func.call @f0(%v23) : (f32) -> (i1, i16)
  %v25 = arith.mulf %v16, %v17 : f8E4M3FN
  %v26 = arith.constant false
  %v27 = arith.divui %v12, %v26 exact : i1
  %v28 = arith.constant 0x3F800000 : f32
  %v29 = arith.negf %v28 : f32
  %v30 = arith.constant dense<[2147483647, 509362495, 33]> : tensor<3xi32>
  %v31 = arith.index_cast %v30 : tensor<3xi32> to tensor<3xindex>
  %v32 = arith.index_cast %v31 : tensor<3xindex> to tensor<3xi32>
  %v33 = arith.constant -128 : i8
  %v34 = arith.divui %v33, %v22 : i8
  %v35 = arith.constant 1 : i8
  %v36 = arith.remsi %v34, %v35 : i8
  return %v19 : i1
}
func.func @f2(%arg0: f32, %arg1: i32, %arg2: i16, %arg3: i64) -> (i16, f32) {
  %v0 = arith.constant 4 : i16
  %v1 = arith.muli %arg2, %v0 : i16
  %v2 = arith.constant false
  %v3 = arith.select %v2, %arg2, %v1 : i16
  %v4 = arith.muli %arg2, %v0 : i16
  %v5 = arith.constant 6 : i16
  %v6 = arith.cmpi ule, %v5, %v4 : i16
  %v7 = arith.cmpi slt, %v6, %v6 : i1
  %v8 = arith.constant -3.0e-05 : f32
  %v9 = arith.cmpf oeq, %arg0, %v8 : f32
  %v10 = arith.constant 1.0 : f32
  %v11 = arith.constant 100.0 : f32
  %v12 = arith.select %v6, %v10, %v11 : f32
  %v13 = arith.constant 0.5 : f64
  %v14 = arith.fptoui %v13 : f64 to i16
  %v15 = arith.constant 0x00800000 : f32
  %v16 = arith.maximumf %v12, %v15 fastmath<reassoc,contract> : f32
  %v17 = arith.extsi %v9 : i1 to i64
  %v18 = arith.constant 1 : i64
  %v19 = arith.cmpi sgt, %v17, %v18 : i64
  %v20 = arith.cmpf oeq, %arg0, %v8 : f32
  %v21 = arith.cmpf oeq, %arg0, %v8 : f32
  return %arg2, %v12 : i16, f32
}
func.func @f3(%arg0: f16, %arg1: i128, %arg2: vector<2xf32>) -> (vector<2xf32>, vector<2xf32>, i128) {
  %v0 = arith.minsi %arg1, %arg1 : i128
  %v1 = arith.constant 1.0e+10 : f8E4M3
  %v2 = arith.constant 0x01 : f8E4M3
  %v3 = arith.cmpf ogt, %v1, %v2 : f8E4M3
  %v4 = arith.constant false
  %v5 = arith.extsi %v4 : i1 to i33
  %v6 = arith.constant 8 : i64
  %v7 = func.call @f1(%v6) : (i64) -> i1
  %v8 = arith.minsi %arg1, %arg1 : i128
  %v9 = arith.bitcast %v6 : i64 to f64
  %v10 = arith.extsi %v4 : i1 to i33
  %v11 = arith.constant true
  %v12:2 = arith.addui_extended %v3, %v11 : i1, i1
  %v13 = arith.constant dense<[0x3F800000, 1.0e+10]> : vector<2xf32>
  %v14 = arith.divf %v13, %arg2 fastmath<nsz> : vector<2xf32>
  %v15 = arith.constant dense<[[0.1, 0.0, 0xFC00], [0xFE00, 0x7E00, 0x7E00]]> : vector<2x3xf16>
  %v16 = arith.constant dense<[[0x3C00, 7.0, 0x29E0], [0x7C00, 4.0, 0x7C00]]> : vector<2x3xf16>
  %v17 = arith.mulf %v15, %v16 : vector<2x3xf16>
  %v18 = arith.subi %v0, %arg1 : i128
  %v19 = arith.cmpi slt, %v6, %v6 : i64
  %v20 = arith.constant true
  %v21 = arith.constant false
  %v22 = arith.select %v19, %v21, %v20 : i1
  %v23 = arith.subi %v0, %arg1 : i128
  %v24 = arith.constant 0xFF800000 : f32
  %v25 = arith.constant 0x00000001 : f32
  %v26 = arith.mulf %v24, %v25 fastmath<nnan> : f32
  %v27 = arith.constant 2 : i64
  %v28 = arith.shrui %v27, %v27 : i64
  %v29 = arith.constant 0.1 : f8E4M3
  %v30 = arith.cmpf ule, %v29, %v29 fastmath<none> : f8E4M3
  return %v14, %v14, %v18 : vector<2xf32>, vector<2xf32>, i128
}
