// Random func/arith module, seed 72.
func.func @f0(%arg0: i1) -> (i1, i1, i1, i1) {
  %v0 = arith.constant dense<100.0> : tensor<3xf32>
  %v1 = arith.constant dense<0xBF800000> : tensor<3xf32>
  %v2 = arith.cmpf uge, %v0, %v1 : tensor<3xf32>
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
  %v23 = arith.constant -0.75 : f8E3M4
  %v24 = arith.constant 7.0 : f8E3M4
  %v25 = arith.maximumf %v23, %v24 : f8E3M4
  %v26 = arith.constant dense<false> : tensor<3xi1>
  %v27 = arith.remsi %v26, %v2 : tensor<3xi1>
  %v28 = arith.index_castui %v10 : i1 to index
  %v29 = arith.index_castui %v28 : index to i1
  return %v15, %v13, %v13, %v8 : i1, i1, i1, i1
}
func.func @f1(%arg0: i8, %arg1: f8E5M2, %arg2: i64, %arg3: i33) -> i8 {
  %v0 = arith.sitofp %arg3 : i33 to f8E4M3FN
  %v1 = arith.constant 7.0 : f8E5M2
  %v2 = arith.fptosi %v1 : f8E5M2 to i16
  %v3 = arith.remf %arg1, %v1 : f8E5M2
  %v4 = arith.constant 4.0 : f8E4M3FN
  %v5 = arith.mulf %v0, %v4 : f8E4M3FN
  %v6 = arith.constant -128 : i8
  %v7 = arith.cmpi ne, %v6, %arg0 : i8
  %v8 = arith.constant -1.0 : f8E4M3FN
  %v9 = arith.minimumf %v0, %v8 : f8E4M3FN
  %v10 = arith.constant 3.0 : f8E4M3FN
  %v11 = arith.cmpf une, %v10, %v9 fastmath<arcp,afn> : f8E4M3FN
  %v12 = arith.constant true
  %v13:2 = arith.addui_extended %v11, %v12 : i1, i1
  %v14:4 = func.call @f0(%v7) : (i1) -> (i1, i1, i1, i1)
  %v15 = arith.constant -113 : i8
  %v16 = arith.xori %arg0, %v15 : i8
  %v17 = arith.constant 0x3C00 : f16
  %v18 = arith.constant 0x3C00 : f16
  %v19 = arith.cmpf olt, %v17, %v18 : f16
  %v20 = arith.extui %arg3 : i33 to i128
  %v21:2 = arith.addui_extended %v11, %v12 : i1, i1
  %v22 = arith.constant 33 : i33
  %v23:2 = arith.addui_extended %v22, %arg3 : i33, i1
  %v24 = arith.constant 170141183460469231731687303715884105727 : i128
  %v25 = arith.xori %v20, %v24 : i128
  %v26 = arith.constant 14 : i128
  %v27 = arith.select %v11, %v26, %v25 : i128
  %v28 = arith.constant 0xF8 : f8E4M3FN
  %v29 = arith.fptosi %v28 : f8E4M3FN to i33
  %v30 = arith.cmpf ord, %v5, %v4 : f8E4M3FN
  %v31 = arith.constant 0xFC : f8E5M2FNUZ
  %v32 = arith.remf %v31, %v31 : f8E5M2FNUZ
  %v33 = arith.extsi %v30 : i1 to i64
  %v34 = arith.extsi %v23#1 : i1 to i64
  %v35 = arith.cmpi ule, %v33, %v34 : i64
  return %v16 : i8
}
