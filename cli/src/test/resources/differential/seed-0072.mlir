// Random func/arith module, seed 72.
func.func @f0(%arg0: i1) -> (i1, i1, i1, i1) {
  %v0 = arith.constant dense<100.0> : vector<2x3xf32>
  %v1 = arith.constant dense<0xBF800000> : vector<2x3xf32>
  %v2 = arith.cmpf uge, %v0, %v1 : vector<2x3xf32>
  %v3 = arith.sitofp %arg0 : i1 to f64
  %v4 = arith.fptoui %v3 : f64 to i1
  %v5 = arith.addf %v3, %v3 : f64
  %v6 = arith.constant 128 : i8
  %v7 = arith.addi %v6, %v6 overflow<none> : i8
  %v8 = arith.constant false
  %v9 = arith.select %v8, %v4, %arg0 : i1
  %v10 = arith.ceildivui %v8, %v9 : i1
  %v11 = arith.addi %v6, %v6 overflow<none> : i8
  %v12 = arith.ceildivui %v8, %v9 : i1
  %v13 = arith.ori %v10, %v8 : i1
  %v14 = arith.constant true
  %v15 = arith.addi %v13, %v14 : i1
  %v16 = arith.constant false
  %v17 = arith.subi %v15, %v16 : i1
  %v18 = arith.constant dense<[[0xFC00, 2.0], [0x7C00, 0xBC00]]> : tensor<2x2xf16>
  %v19 = arith.constant dense<0xFC00> : tensor<2x2xf16>
  %v20 = arith.addf %v18, %v19 fastmath<reassoc,contract> : tensor<2x2xf16>
  %v21 = arith.constant false
  %v22 = arith.maxui %v21, %v9 : i1
  %v23 = arith.constant -0.75 : f32
  %v24 = arith.constant 7.0 : f32
  %v25 = arith.maximumf %v23, %v24 : f32
  %v26 = arith.constant dense<false> : vector<2x3xi1>
  %v27 = arith.remsi %v26, %v2 : vector<2x3xi1>
  %v28 = arith.index_castui %v10 : i1 to index
  %v29 = arith.index_castui %v28 : index to i1
  return %v15, %v13, %v13, %v8 : i1, i1, i1, i1
}
func.func @f1(%arg0: i8, %arg1: f6E2M3FN, %arg2: i64, %arg3: i33) -> i33 {
  %v0 = arith.sitofp %arg3 : i33 to f32
  %v1 = arith.constant 7.0 : f6E2M3FN
  %v2 = arith.truncf %v1 : f6E2M3FN to f4E2M1FN
  %v3 = arith.constant 0 : i33
  %v4 = arith.andi %arg3, %v3 : i33
  %v5 = arith.sitofp %arg3 : i33 to f32
  %v6 = arith.uitofp %arg3 : i33 to f80
  %v7 = arith.constant 127 : i8
  %v8 = arith.extsi %v7 : i8 to i33
  %v9 = arith.sitofp %arg3 : i33 to f32
  %v10 = arith.fptoui %arg1 : f6E2M3FN to i16
  %v11 = arith.constant dense<7> : tensor<2x2xi8>
  %v12 = arith.sitofp %v11 : tensor<2x2xi8> to tensor<2x2xf64>
  %v13 = arith.fptoui %v12 : tensor<2x2xf64> to tensor<2x2xi8>
  %v14 = arith.subi %arg3, %v4 : i33
  %v15 = arith.andi %v3, %arg3 : i33
  %v16 = arith.constant 0 : i16
  %v17 = arith.cmpi uge, %v10, %v16 : i16
  %v18 = arith.select %v17, %v16, %v10 : i16
  %v19 = arith.constant -381186420 : i33
  %v20 = arith.xori %v15, %v19 : i33
  %v21 = arith.mulf %v9, %v5 fastmath<fast> : f32
  %v22 = arith.fptoui %v6 : f80 to i64
  %v23 = arith.fptoui %arg1 : f6E2M3FN to i16
  %v24 = arith.constant 1 : i33
  %v25:2 = arith.addui_extended %v24, %v20 : i33, i1
  %v26 = arith.constant false
  %v27 = arith.xori %v25#1, %v26 : i1
  %v28 = arith.constant false
  %v29 = arith.select %v25#1, %v28, %v27 : i1
  %v30 = arith.constant 0x80000000 : f32
  %v31 = arith.fptoui %v30 : f32 to i33
  return %v25#0 : i33
}
