// Random func/arith module, seed 30.
func.func @f0(%arg0: i8) -> f64 {
  %v0 = arith.remui %arg0, %arg0 : i8
  %v1 = arith.constant -1 : i8
  %v2 = arith.constant 101 : i8
  %v3 = arith.subi %v1, %v2 overflow<nuw> : i8
  %v4 = arith.remui %arg0, %arg0 : i8
  %v5 = arith.cmpi sge, %v0, %v0 : i8
  %v6 = arith.constant true
  %v7 = arith.constant 0x6EDEAA3A521D9879 : f64
  %v8 = arith.constant 0xBFF0000000000000 : f64
  %v9 = arith.select %v6, %v7, %v8 : f64
  %v10 = arith.constant 1.0 : f64
  %v11 = arith.fptoui %v10 : f64 to i1
  %v12 = arith.fptoui %v8 : f64 to i1
  %v13 = arith.constant 0x7FF8000000000000 : f64
  %v14 = arith.constant 0x7FF8000000000000 : f64
  %v15 = arith.select %v5, %v13, %v14 : f64
  %v16 = arith.subi %v1, %v2 overflow<nuw> : i8
  %v17 = arith.constant -3.0e-05 : f64
  %v18 = arith.cmpf ult, %v17, %v15 fastmath<arcp,afn> : f64
  %v19 = arith.cmpi sge, %v0, %v0 : i8
  %v20 = arith.select %v18, %arg0, %v3 : i8
  %v21 = arith.constant false
  %v22 = arith.andi %v6, %v21 : i1
  %v23 = arith.subi %v1, %v2 overflow<nuw> : i8
  %v24 = arith.constant 64 : i64
  %v25 = arith.constant -1 : i64
  %v26 = arith.ori %v24, %v25 : i64
  %v27 = arith.select %v5, %v13, %v14 : f64
  %v28 = arith.cmpi eq, %v5, %v6 : i1
  %v29 = arith.select %v28, %v6, %v5 : i1
  %v30 = arith.constant 0x3F80 : bf16
  %v31 = arith.negf %v30 fastmath<ninf> : bf16
  %v32:2 = arith.addui_extended %v28, %v18 : i1, i1
  %v33 = arith.select %v5, %v13, %v14 : f64
  return %v27 : f64
}
func.func @f1(%arg0: i64, %arg1: f8E3M4, %arg2: index) -> (i1, f8E3M4) {
  %v0 = arith.constant 0 : i64
  %v1:2 = arith.addui_extended %v0, %arg0 : i64, i1
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg1, %arg1 : f8E3M4
  %v4 = arith.extsi %v1#1 : i1 to i64
  %v5 = arith.extsi %v1#1 : i1 to i64
  %v6 = arith.cmpi ne, %v4, %v5 : i64
  %v7 = arith.constant 2251799813685248 : index
  %v8 = arith.andi %arg2, %v7 : index
  %v9 = arith.constant 0xF8 : f8E3M4
  %v10 = arith.constant -2.5 : f8E3M4
  %v11 = arith.select %v1#1, %v9, %v10 : f8E3M4
  %v12 = arith.subi %v2, %v1#1 : i1
  %v13 = arith.constant dense<0x0080> : tensor<3xbf16>
  %v14 = arith.constant dense<0x0000> : tensor<3xbf16>
  %v15 = arith.addf %v13, %v14 : tensor<3xbf16>
  %v16 = arith.constant true
  %v17 = arith.remui %v16, %v12 : i1
  %v18 = arith.constant -8 : i64
  %v19 = arith.andi %v5, %v18 : i64
  %v20 = arith.constant -1 : i64
  %v21 = arith.andi %v19, %v20 : i64
  %v22 = arith.constant 3.0 : bf16
  %v23 = arith.cmpf une, %v22, %v22 : bf16
  %v24 = arith.constant dense<1> : tensor<2x2xi32>
  %v25 = arith.shrsi %v24, %v24 : tensor<2x2xi32>
  return %v12, %v11 : i1, f8E3M4
}
func.func @f2(%arg0: f16, %arg1: vector<4xf16>, %arg2: vector<4xbf16>, %arg3: i32) -> (i32, f8E4M3FN) {
  %v0 = arith.cmpf ule, %arg0, %arg0 fastmath<nnan> : f16
  %v1 = arith.constant dense<100.0> : vector<2x3xf16>
  %v2 = arith.fptoui %v1 : vector<2x3xf16> to vector<2x3xi32>
  %v3 = arith.extsi %v0 : i1 to i64
  %v4 = arith.constant 64 : i64
  %v5 = arith.cmpi ule, %v3, %v4 : i64
  %v6 = arith.constant dense<0x7FC0> : vector<4xbf16>
  %v7 = arith.mulf %arg2, %v6 : vector<4xbf16>
  %v8 = arith.constant -1 : i64
  %v9 = arith.ori %v3, %v8 : i64
  %v10 = arith.constant 0x77 : f8E4M3FN
  %v11 = arith.fptoui %v10 : f8E4M3FN to i7
  %v12:2 = arith.mului_extended %v9, %v3 : i64
  %v13 = arith.constant 5 : i8
  %v14 = func.call @f0(%v13) : (i8) -> f64
  %v15 = arith.constant 9 : i7
  %v16 = arith.shrui %v11, %v15 exact : i7
  %v17 = arith.constant dense<0> : vector<2x3xi16>
  %v18 = arith.extui %v17 : vector<2x3xi16> to vector<2x3xi64>
  %v19 = arith.trunci %v18 : vector<2x3xi64> to vector<2x3xi16>
  %v20 = arith.constant 3216745690078726621 : i64
  %v21 = arith.shrui %v3, %v20 : i64
  %v22 = arith.constant dense<[[0x8000, -0.0, 1.0], [0x7BFF, 100.0, 0xFC00]]> : vector<2x3xf16>
  %v23 = arith.minimumf %v1, %v22 fastmath<fast> : vector<2x3xf16>
  %v24 = arith.constant dense<true> : tensor<3xi1>
  %v25 = arith.constant dense<false> : tensor<3xi1>
  %v26 = arith.select %v24, %v25, %v24 : tensor<3xi1>, tensor<3xi1>
  %v27 = arith.extui %v17 : vector<2x3xi16> to vector<2x3xi64>
  %v28 = arith.constant 32 : i7
  %v29 = arith.remsi %v15, %v28 : i7
  %v30 = arith.constant dense<65536> : vector<2x3xi32>
  %v31 = arith.constant dense<[[256, 2147483647, 0], [1, 0, 1878497843]]> : vector<2x3xi32>
  %v32 = arith.ceildivui %v30, %v31 : vector<2x3xi32>
  %v33 = arith.constant dense<[[-2147483648, -8, -1], [14, -121999390, 8]]> : vector<2x3xi32>
  %v34 = arith.cmpi ne, %v33, %v32 : vector<2x3xi32>
  %v35 = arith.constant 16 : i32
  %v36 = arith.shrui %v35, %arg3 : i32
  %v37 = arith.constant true
  %v38 = arith.constant true
  %v39 = arith.constant true
  %v40 = arith.select %v37, %v38, %v39 : i1
  %v41 = arith.constant 0x77 : f8E4M3FN
  %v42 = arith.maxnumf %v41, %v10 fastmath<nnan> : f8E4M3FN
  return %v36, %v42 : i32, f8E4M3FN
}
func.func @f3(%arg0: tensor<3xi1>, %arg1: f32, %arg2: i64, %arg3: i128) -> i128 {
  %v0 = arith.cmpi ult, %arg3, %arg3 : i128
  %v1 = arith.cmpi ult, %arg3, %arg3 : i128
  %v2 = arith.constant 9223372036854775807 : i64
  %v3:2 = arith.mului_extended %arg2, %v2 : i64
  %v4 = arith.constant 1.0 : f32
  %v5 = arith.constant 0x7F7FFFFF : f32
  %v6 = arith.maxnumf %v4, %v5 fastmath<ninf> : f32
  %v7 = arith.divf %arg1, %v5 : f32
  %v8 = arith.maxnumf %v7, %v5 fastmath<reassoc,contract> : f32
  %v9:2 = arith.mului_extended %arg2, %v2 : i64
  %v10 = arith.maximumf %v7, %v8 : f32
  %v11 = arith.constant 4.0 : f32
  %v12 = arith.cmpf uno, %v11, %arg1 : f32
  %v13 = arith.negf %v11 : f32
  %v14 = arith.negf %v13 fastmath<ninf> : f32
  %v15 = arith.cmpf olt, %v5, %v11 : f32
  %v16 = arith.divf %arg1, %v10 : f32
  %v17:2 = arith.mulsi_extended %arg0, %arg0 : tensor<3xi1>
  %v18 = arith.constant false
  %v19 = arith.remsi %v1, %v18 : i1
  %v20 = arith.minsi %arg3, %arg3 : i128
  return %v20 : i128
}
