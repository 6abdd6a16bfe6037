// Random func/arith module, seed 35.
func.func @f0(%arg0: i32) {
  %v0 = arith.constant dense<0xFC00> : tensor<2x2xf16>
  %v1 = arith.fptosi %v0 : tensor<2x2xf16> to tensor<2x2xi32>
  %v2 = arith.constant true
  %v3 = arith.select %v2, %v0, %v0 : tensor<2x2xf16>
  %v4 = arith.fptosi %v0 : tensor<2x2xf16> to tensor<2x2xi32>
  %v5 = arith.fptosi %v0 : tensor<2x2xf16> to tensor<2x2xi32>
  %v6 = arith.extui %arg0 : i32 to i128
  %v7 = arith.constant -2147483648 : i32
  %v8 = arith.constant 2147483647 : i32
  %v9 = arith.cmpi ne, %v7, %v8 : i32
  %v10 = arith.maxnumf %v3, %v0 fastmath<reassoc,contract> : tensor<2x2xf16>
  %v11 = arith.fptosi %v0 : tensor<2x2xf16> to tensor<2x2xi32>
  %v12 = arith.constant dense<0x7C00> : tensor<2x2xf16>
  %v13 = arith.fptoui %v12 : tensor<2x2xf16> to tensor<2x2xi8>
  %v14 = arith.cmpi ugt, %v6, %v6 : i128
  %v15 = arith.extui %v2 : i1 to i16
  %v16 = arith.constant dense<4194304> : tensor<2x2xi32>
  %v17 = arith.constant dense<[[2147483647, -3], [-2147483648, -2147483648]]> : tensor<2x2xi32>
  %v18 = arith.minsi %v16, %v17 : tensor<2x2xi32>
  %v19 = arith.constant dense<[]> : tensor<0xi32>
  %v20 = arith.constant dense<1024> : tensor<0xi32>
  %v21 = arith.shrsi %v19, %v20 : tensor<0xi32>
  %v22 = arith.trunci %v15 overflow<none> : i16 to i8
  %v23 = arith.xori %v14, %v14 : i1
  %v24 = arith.extui %v2 : i1 to i16
  %v25 = arith.maxnumf %v0, %v3 fastmath<reassoc,contract> : tensor<2x2xf16>
  %v26 = arith.constant dense<[[0x0400, 0x3C00], [1.0e+10, -0.0]]> : tensor<2x2xf16>
  %v27 = arith.maxnumf %v0, %v26 : tensor<2x2xf16>
  %v28 = arith.fptosi %v25 : tensor<2x2xf16> to tensor<2x2xi64>
  %v29 = arith.constant dense<0.1> : tensor<2x2xf16>
  %v30 = arith.constant dense<[[-0.75, 0.5], [0xFE00, 0xFC00]]> : tensor<2x2xf16>
  %v31 = arith.maxnumf %v29, %v30 fastmath<reassoc,contract> : tensor<2x2xf16>
  %v32 = arith.minimumf %v12, %v31 : tensor<2x2xf16>
  return
}
func.func @f1(%arg0: f8E3M4) -> (i128, f8E3M4) {
  %v0 = arith.constant true
  %v1 = arith.extui %v0 : i1 to i128
  %v2 = arith.constant -1 : i128
  %v3 = arith.constant 9903520314283042199192993792 : i128
  %v4 = arith.divui %v2, %v3 : i128
  %v5:2 = arith.mulsi_extended %v0, %v0 : i1
  %v6 = arith.constant true
  %v7:2 = arith.mului_extended %v6, %v5#0 : i1
  %v8 = arith.constant 128 : i128
  %v9 = arith.subi %v8, %v4 overflow<nuw> : i128
  %v10 = arith.constant -8 : i64
  %v11:2 = arith.mului_extended %v10, %v10 : i64
  %v12 = arith.cmpi eq, %v0, %v6 : i1
  %v13 = arith.extui %v0 : i1 to i128
  %v14 = arith.constant false
  %v15 = arith.select %v14, %arg0, %arg0 : f8E3M4
  %v16 = arith.constant -2.5 : f8E3M4
  %v17 = arith.divf %v15, %v16 : f8E3M4
  return %v1, %v15 : i128, f8E3M4
}
func.func @f2(%arg0: i1, %arg1: f64) -> (i128, i1) {
  %v0 = arith.constant false
  %v1 = arith.maxsi %arg0, %v0 : i1
  %v2 = arith.constant false
  %v3 = arith.extui %v2 : i1 to i64
  %v4 = arith.constant 0x8000000000000000 : f64
  %v5 = arith.cmpf oge, %v4, %arg1 : f64
  %v6 = arith.minnumf %arg1, %v4 : f64
  %v7 = arith.constant 3.0 : f64
  %v8 = arith.select %v0, %v7, %v6 : f64
  %v9 = arith.constant true
  %v10 = arith.index_cast %v9 : i1 to index
  %v11 = arith.constant -1 : i32
  func.call @f0(%v11) : (i32) -> ()
  %v13 = arith.constant 0x7FF0000000000000 : f64
  %v14 = arith.constant 7.0 : f64
  %v15 = arith.minimumf %v13, %v14 : f64
  %v16 = arith.ceildivui %v1, %arg0 : i1
  %v17 = arith.constant 0 : i64
  %v18 = arith.constant 64 : i64
  %v19 = arith.remui %v17, %v18 : i64
  %v20 = arith.constant -8 : index
  %v21 = arith.constant 0 : index
  %v22 = arith.subi %v20, %v21 : index
  %v23 = arith.constant true
  %v24 = arith.select %v1, %arg0, %v23 : i1
  %v25 = arith.constant 8192 : i128
  %v26 = arith.constant -1 : i128
  %v27 = arith.andi %v25, %v26 : i128
  %v28 = arith.negf %v13 fastmath<none> : f64
  %v29 = arith.constant 1.0 : f64
  %v30 = arith.mulf %v8, %v29 : f64
  %v31 = arith.select %v2, %v30, %v29 : f64
  %v32 = arith.ceildivsi %v2, %v16 : i1
  %v33 = arith.constant false
  %v34 = arith.cmpi eq, %v33, %v16 : i1
  %v35 = arith.constant 100.0 : f64
  %v36 = arith.cmpf ord, %v30, %v35 : f64
  %v37 = arith.constant 0.5 : f6E2M3FN
  %v38 = arith.extf %v37 : f6E2M3FN to f8E4M3B11FNUZ
  %v39 = arith.constant false
  %v40 = arith.cmpi sle, %v39, %v33 : i1
  return %v27, %v32 : i128, i1
}
func.func @f3(%arg0: f4E2M1FN, %arg1: tensor<3xf16>) -> (i16, i16) {
  %v0 = arith.constant 17592186044416 : i64
  %v1 = arith.ori %v0, %v0 : i64
  %v2 = arith.constant 0 : i64
  %v3 = arith.shrsi %v0, %v2 exact {tag = 1 : i64} : i64
  %v4 = arith.trunci %v2 overflow<nsw, nuw> : i64 to i16
  %v5 = arith.constant 32767 : i16
  %v6 = arith.floordivsi %v5, %v4 : i16
  %v7 = arith.constant 0x1 : f4E2M1FN
  %v8 = arith.addf %v7, %arg0 : f4E2M1FN
  %v9 = arith.remsi %v6, %v4 : i16
  %v10 = arith.remsi %v6, %v4 {tag = 0 : i64} : i16
  %v11 = arith.constant dense<[0xBC00, 0x7BFF, -3.0e-05]> : tensor<3xf16>
  %v12 = arith.constant dense<[-1.0, 0x0000, -0.75]> : tensor<3xf16>
  %v13 = arith.cmpf true, %v11, %v12 : tensor<3xf16>
  %v14 = arith.constant 2.0 : f6E3M2FN
  %v15 = arith.constant 0.0 : f6E3M2FN
  %v16 = arith.addf %v14, %v15 fastmath<ninf> : f6E3M2FN
  %v17 = arith.fptoui %v12 : tensor<3xf16> to tensor<3xi64>
  %v18 = arith.fptoui %v12 : tensor<3xf16> to tensor<3xi64>
  %v19 = arith.remsi %v6, %v4 {tag = 0 : i64} : i16
  %v20 = arith.constant dense<false> : tensor<3xi1>
  %v21 = arith.index_castui %v20 : tensor<3xi1> to tensor<3xindex>
  %v22 = arith.remsi %v6, %v4 {tag = 0 : i64} : i16
  %v23 = arith.constant 1.0 : f16
  %v24 = arith.cmpf ogt, %v23, %v23 : f16
  %v25 = arith.constant dense<1.0> : tensor<3xf16>
  %v26 = arith.cmpf uno, %v25, %arg1 : tensor<3xf16>
  return %v22, %v5 : i16, i16
}
