// Random func/arith module, seed 194.
func.func @f0(%arg0: i32) -> i1 {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.shli %v0, %arg0 overflow<nsw> : i32
  %v2 = arith.constant -2.5 : f8E3M4
  %v3 = arith.negf %v2 : f8E3M4
  %v4 = arith.negf %v2 : f8E3M4
  %v5 = arith.constant -1 : i32
  %v6 = arith.maxsi %v5, %v5 : i32
  %v7 = arith.extui %v0 : i32 to i33
  %v8 = arith.constant 4.0 : f8E3M4
  %v9 = arith.fptoui %v8 : f8E3M4 to i16
  %v10 = arith.constant 0 : i32
  %v11 = arith.constant 64 : i32
  %v12 = arith.maxsi %v10, %v11 : i32
  %v13 = arith.constant 1 : i33
  %v14:2 = arith.addui_extended %v7, %v13 : i33, i1
  %v15 = arith.constant -32768 : i16
  %v16 = arith.andi %v9, %v15 : i16
  %v17 = arith.negf %v8 : f8E3M4
  %v18 = arith.sitofp %v0 : i32 to f64
  %v19 = arith.constant -2147483648 : i32
  %v20 = arith.constant 65536 : i32
  %v21:2 = arith.mulsi_extended %v19, %v20 : i32
  %v22 = arith.cmpi ugt, %v7, %v13 : i33
  %v23 = arith.extsi %v19 : i32 to i64
  %v24 = arith.constant dense<0x3F800000> : tensor<2x2xf32>
  %v25 = arith.constant dense<0x7F800000> : tensor<2x2xf32>
  %v26 = arith.divf %v24, %v25 : tensor<2x2xf32>
  %v27 = arith.andi %v9, %v15 : i16
  %v28 = arith.fptosi %v18 : f64 to i1
  return %v22 : i1
}
func.func @f1(%arg0: vector<2xindex>, %arg1: f64, %arg2: f32) -> i1 {
  %v0 = arith.constant 32 : i32
  %v1 = func.call @f0(%v0) : (i32) -> i1
  %v2 = arith.constant dense<[-1, 2]> : vector<2xindex>
  %v3 = arith.cmpi slt, %v2, %arg0 : vector<2xindex>
  %v4 = arith.divf %arg1, %arg1 : f64
  %v5 = arith.divf %arg1, %arg1 : f64
  %v6 = arith.constant dense<11> : vector<2xindex>
  %v7 = arith.constant dense<[0, 65536]> : vector<2xindex>
  %v8 = arith.remui %v6, %v7 : vector<2xindex>
  %v9 = arith.constant 1.0e+10 : f32
  %v10 = arith.fptosi %v9 : f32 to i64
  %v11 = arith.constant 967730404 : i32
  %v12 = arith.constant 8 : i32
  %v13:2 = arith.mului_extended %v11, %v12 : i32
  %v14 = arith.constant 7.0 : f32
  %v15 = arith.mulf %arg2, %v14 : f32
  %v16 = arith.remf %v9, %arg2 : f32
  %v17 = arith.fptosi %v9 : f32 to i64
  %v18 = arith.constant -3.0e-05 : f32
  %v19 = arith.cmpf ueq, %v18, %arg2 fastmath<arcp,afn> : f32
  %v20 = arith.divf %arg1, %arg1 : f64
  %v21 = arith.cmpi slt, %v13#1, %v12 : i32
  %v22 = arith.constant 0x77 : f8E4M3FNUZ
  %v23 = arith.bitcast %v22 : f8E4M3FNUZ to f8E4M3
  %v24 = arith.cmpf ueq, %v18, %arg2 fastmath<arcp,afn> : f32
  return %v21 : i1
}
func.func @f2(%arg0: f32, %arg1: f32, %arg2: f8E4M3) -> (i1, i1) {
  %v0 = arith.constant 0xFFF8000000000000 : f64
  %v1 = arith.subf %v0, %v0 : f64
  %v2 = arith.extf %arg2 : f8E4M3 to f32
  %v3 = arith.constant -3 : i8
  %v4 = arith.constant -1 : i8
  %v5:2 = arith.addui_extended %v3, %v4 : i8, i1
  %v6:2 = arith.addui_extended %v3, %v4 : i8, i1
  %v7 = arith.constant false
  %v8 = arith.andi %v7, %v5#1 : i1
  %v9 = arith.cmpf ueq, %arg0, %arg1 : f32
  %v10 = arith.constant -0.75 : f8E4M3
  %v11 = arith.constant 0xFF : f8E4M3
  %v12 = arith.divf %v10, %v11 fastmath<arcp,afn> : f8E4M3
  %v13 = arith.andi %v7, %v5#1 : i1
  %v14 = arith.remf %v0, %v0 fastmath<none> : f64
  %v15 = arith.cmpi sge, %v9, %v9 : i1
  %v16 = arith.constant 71 : i8
  %v17 = arith.shrsi %v3, %v16 exact : i8
  %v18 = arith.constant true
  %v19 = arith.xori %v18, %v15 : i1
  %v20 = arith.divui %v16, %v3 : i8
  %v21:2 = arith.addui_extended %v3, %v4 : i8, i1
  %v22 = arith.cmpf oge, %v10, %v11 fastmath<ninf> : f8E4M3
  %v23 = arith.subi %v18, %v6#1 : i1
  %v24 = arith.remf %v0, %v0 fastmath<none> : f64
  %v25 = arith.maximumf %v11, %v10 : f8E4M3
  %v26:2 = arith.addui_extended %v3, %v4 : i8, i1
  %v27 = arith.subi %v9, %v15 : i1
  %v28 = arith.cmpf uno, %v0, %v14 fastmath<none> : f64
  %v29 = arith.constant 0x7BFF : f16
  %v30 = arith.constant 0x7C00 : f16
  %v31 = arith.divf %v29, %v30 fastmath<nnan,ninf> : f16
  return %v27, %v23 : i1, i1
}
func.func @f3(%arg0: f32) -> (tensor<2x2xi1>, f32, tensor<2x2xi1>, f32) {
  %v0 = arith.constant 0.5 : f32
  %v1 = arith.constant 0xBF800000 : f32
  %v2 = arith.cmpf ogt, %v0, %v1 fastmath<ninf> : f32
  %v3 = arith.cmpf ogt, %v0, %v1 fastmath<ninf> : f32
  %v4 = arith.constant 0x01 : f8E4M3
  %v5:2 = func.call @f2(%arg0, %v0, %v4) : (f32, f32, f8E4M3) -> (i1, i1)
  %v6 = arith.constant true
  %v7 = arith.remsi %v6, %v5#0 : i1
  %v8 = arith.constant 3.0 : bf16
  %v9 = arith.constant 0.0 : bf16
  %v10 = arith.maxnumf %v8, %v9 fastmath<arcp,afn> : bf16
  %v11 = arith.constant dense<1.0e+10> : tensor<2x2xf64>
  %v12 = arith.fptoui %v11 : tensor<2x2xf64> to tensor<2x2xi1>
  %v13 = arith.constant dense<[[true, false], [true, false]]> : tensor<2x2xi1>
  %v14:2 = arith.addui_extended %v13, %v13 : tensor<2x2xi1>, tensor<2x2xi1>
  %v15 = arith.constant dense<true> : tensor<2x2xi1>
  %v16 = arith.constant dense<false> : tensor<2x2xi1>
  %v17 = arith.addi %v15, %v16 : tensor<2x2xi1>
  %v18 = arith.constant 9 : i32
  %v19 = arith.addi %v18, %v18 : i32
  %v20:2 = arith.addui_extended %v13, %v13 : tensor<2x2xi1>, tensor<2x2xi1>
  %v21 = arith.minnumf %arg0, %arg0 : f32
  %v22 = arith.cmpi uge, %v5#1, %v6 : i1
  %v23:2 = arith.mului_extended %v22, %v5#0 : i1
  %v24 = arith.fptoui %arg0 : f32 to i7
  %v25 = arith.constant true
  %v26 = arith.shrsi %v25, %v5#0 : i1
  %v27 = arith.cmpi eq, %v24, %v24 : i7
  %v28 = arith.maximumf %v1, %v0 : f32
  %v29 = arith.constant -1 : i7
  %v30 = arith.cmpi ugt, %v29, %v29 : i7
  %v31 = arith.constant dense<[[13, 11, 1], [1, -3, 1]]> : vector<2x3xi8>
  %v32 = arith.constant dense<2> : vector<2x3xi8>
  %v33 = arith.ceildivsi %v31, %v32 : vector<2x3xi8>
  %v34 = arith.select %v23#1, %v23#1, %v5#0 : i1
  %v35 = arith.constant dense<0x8000000000000000> : tensor<2x2xf64>
  %v36 = arith.addf %v35, %v11 fastmath<arcp,afn> : tensor<2x2xf64>
  return %v20#1, %v21, %v13, %v21 : tensor<2x2xi1>, f32, tensor<2x2xi1>, f32
}
