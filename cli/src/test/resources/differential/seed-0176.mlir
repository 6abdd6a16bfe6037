// Random func/arith module, seed 176.
func.func @f0(%arg0: i8, %arg1: bf16, %arg2: i32) {
  %v0 = arith.ceildivui %arg0, %arg0 : i8
  %v1 = arith.constant 0x7FC0 : bf16
  %v2 = arith.extf %v1 fastmath<none> : bf16 to f64
  %v3 = arith.extf %v1 fastmath<none> : bf16 to f64
  %v4 = arith.index_cast %arg2 : i32 to index
  %v5 = arith.bitcast %arg1 : bf16 to i16
  %v6 = arith.constant 0x03FF : f16
  %v7 = arith.mulf %v6, %v6 : f16
  %v8 = arith.constant 44575 : i16
  %v9 = arith.subi %v8, %v5 overflow<nsw, nuw> : i16
  %v10 = arith.constant 12 : index
  %v11 = arith.cmpi sge, %v4, %v10 : index
  %v12 = arith.cmpf ueq, %v1, %arg1 fastmath<nsz> : bf16
  %v13 = arith.constant true
  %v14 = arith.sitofp %v13 : i1 to f128
  %v15 = arith.constant 9223372036854775807 : index
  %v16 = arith.maxui %v15, %v10 : index
  %v17 = arith.constant 1 : i8
  %v18:2 = arith.addui_extended %v17, %v0 : i8, i1
  %v19 = arith.constant -85 : i8
  %v20 = arith.muli %v18#0, %v19 : i8
  %v21 = arith.constant 128 : i8
  %v22 = arith.muli %v20, %v21 : i8
  %v23 = arith.minimumf %v1, %arg1 : bf16
  %v24 = arith.constant true
  %v25 = arith.index_castui %v24 : i1 to index
  return
}
func.func @f1(%arg0: f6E2M3FN, %arg1: tensor<2x2xf32>) -> (tensor<2x2xi1>, f6E2M3FN) {
  %v0 = arith.constant dense<[[0xFC00, 0x8000, 0x0400], [0x0000, 0x3C00, -0.75]]> : vector<2x3xf16>
  %v1 = arith.constant dense<0x7C00> : vector<2x3xf16>
  %v2 = arith.cmpf one, %v0, %v1 fastmath<arcp,afn> : vector<2x3xf16>
  %v3 = arith.cmpf one, %v0, %v1 fastmath<arcp,afn> : vector<2x3xf16>
  %v4 = arith.constant dense<true> : vector<2x3xi1>
  %v5 = arith.ceildivui %v4, %v4 : vector<2x3xi1>
  %v6 = arith.constant 0 : i8
  %v7 = arith.constant 0x007F : bf16
  %v8 = arith.constant -359124882 : i32
  func.call @f0(%v6, %v7, %v8) : (i8, bf16, i32) -> ()
  %v10 = arith.remf %arg1, %arg1 : tensor<2x2xf32>
  func.call @f0(%v6, %v7, %v8) : (i8, bf16, i32) -> ()
  %v12 = arith.cmpf ord, %v10, %v10 fastmath<nnan> : tensor<2x2xf32>
  %v13 = arith.constant dense<false> : tensor<2x2xi1>
  %v14 = arith.divui %v12, %v13 : tensor<2x2xi1>
  %v15 = arith.constant dense<0xC4E1C37D> : tensor<2x2xf32>
  %v16 = arith.subf %v15, %v10 : tensor<2x2xf32>
  %v17 = arith.cmpi ne, %v14, %v13 : tensor<2x2xi1>
  %v18 = arith.constant 2535301200456458802993406410752 : i128
  %v19 = arith.constant -170141183460469231731687303715884105728 : i128
  %v20:2 = arith.mului_extended %v18, %v19 : i128
  %v21 = arith.truncf %v15 fastmath<arcp,afn> : tensor<2x2xf32> to tensor<2x2xbf16>
  %v22 = arith.constant dense<true> : tensor<2x2xi1>
  %v23 = arith.floordivsi %v17, %v22 : tensor<2x2xi1>
  %v24 = arith.constant dense<-3.0e-05> : vector<2xf32>
  %v25 = arith.fptoui %v24 : vector<2xf32> to vector<2xi16>
  %v26 = arith.constant 0x08 : f6E2M3FN
  %v27 = arith.maximumf %arg0, %v26 : f6E2M3FN
  %v28 = arith.ceildivui %v4, %v4 : vector<2x3xi1>
  %v29:2 = arith.addui_extended %v14, %v22 : tensor<2x2xi1>, tensor<2x2xi1>
  %v30 = arith.constant dense<[[-2.5, 100.0], [0x007FFFFF, 0x7F800000]]> : tensor<2x2xf32>
  %v31 = arith.subf %v10, %v30 fastmath<nnan,ninf> : tensor<2x2xf32>
  %v32 = arith.constant dense<false> : tensor<2x2xi1>
  %v33 = arith.subi %v32, %v23 overflow<none> : tensor<2x2xi1>
  %v34 = arith.extsi %v14 : tensor<2x2xi1> to tensor<2x2xi32>
  %v35 = arith.divf %v27, %v26 : f6E2M3FN
  %v36 = arith.constant dense<false> : vector<2x3xi1>
  %v37 = arith.divui %v3, %v36 : vector<2x3xi1>
  return %v23, %v27 : tensor<2x2xi1>, f6E2M3FN
}
func.func @f2(%arg0: i8) -> i1 {
  %v0 = arith.constant dense<[0.5, 0x0000, 1.0]> : tensor<3xf16>
  %v1 = arith.subf %v0, %v0 fastmath<reassoc,contract> : tensor<3xf16>
  %v2 = arith.subf %v0, %v0 fastmath<reassoc,contract> : tensor<3xf16>
  %v3 = arith.constant -89 : i8
  %v4 = arith.constant 95 : i8
  %v5 = arith.maxsi %v3, %v4 : i8
  %v6 = arith.bitcast %v0 : tensor<3xf16> to tensor<3xi16>
  %v7 = arith.constant 2 : i8
  %v8:2 = arith.addui_extended %v7, %arg0 : i8, i1
  %v9 = arith.constant dense<[-0.0, -2.5, 0.0]> : tensor<3xf16>
  %v10 = arith.constant dense<0x03FF> : tensor<3xf16>
  %v11 = arith.remf %v9, %v10 fastmath<nsz> : tensor<3xf16>
  %v12 = arith.constant -1 : index
  %v13 = arith.cmpi uge, %v12, %v12 : index
  %v14 = arith.constant dense<[-2.5, 0x7E00, 1.0e+10]> : tensor<3xf16>
  %v15 = arith.cmpf ole, %v14, %v10 : tensor<3xf16>
  %v16 = arith.ceildivui %v13, %v8#1 : i1
  %v17 = arith.negf %v0 fastmath<ninf> : tensor<3xf16>
  %v18 = arith.constant 2 : i8
  %v19 = arith.shli %v18, %v3 : i8
  %v20 = arith.constant dense<0x7C00> : tensor<3xf16>
  %v21 = arith.remf %v17, %v20 : tensor<3xf16>
  %v22 = arith.subf %v0, %v21 : tensor<3xf16>
  %v23 = arith.constant dense<false> : tensor<3xi1>
  %v24 = arith.floordivsi %v15, %v23 : tensor<3xi1>
  %v25 = arith.constant dense<[2.0, 0x7C00, 0x03FF]> : tensor<3xf16>
  %v26 = arith.cmpf true, %v25, %v20 : tensor<3xf16>
  %v27 = arith.constant dense<[-2, -1, 0]> : tensor<3xi16>
  %v28 = arith.cmpi ne, %v27, %v27 : tensor<3xi16>
  %v29 = arith.cmpf true, %v25, %v20 : tensor<3xf16>
  %v30 = arith.cmpf true, %v25, %v20 : tensor<3xf16>
  %v31 = arith.constant dense<0xFC00> : tensor<3xf16>
  %v32 = arith.divf %v0, %v31 fastmath<none> : tensor<3xf16>
  %v33 = arith.constant 0x007F : bf16
  %v34 = arith.constant 2147483647 : i32
  func.call @f0(%v8#0, %v33, %v34) : (i8, bf16, i32) -> ()
  %v36 = arith.constant true
  %v37 = arith.minsi %v8#1, %v36 : i1
  return %v37 : i1
}
