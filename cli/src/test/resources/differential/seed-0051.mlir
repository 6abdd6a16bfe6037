// Random func/arith module, seed 51.
func.func @f0(%arg0: f16, %arg1: i16, %arg2: i64, %arg3: tensor<2x2xbf16>) -> (i1, i1, i64) {
  %v0 = arith.constant -9223372036854775808 : i64
  %v1 = arith.extui %v0 : i64 to i128
  %v2 = arith.cmpi ne, %arg1, %arg1 : i16
  %v3 = arith.select %v2, %arg1, %arg1 : i16
  %v4 = arith.constant false
  %v5 = arith.remui %v4, %v2 : i1
  %v6 = arith.minsi %v4, %v5 : i1
  %v7 = arith.cmpi uge, %arg1, %arg1 : i16
  %v8 = arith.constant -128 : i8
  %v9 = arith.extsi %v8 : i8 to i64
  %v10 = arith.constant 8 : i8
  %v11 = arith.extsi %v10 : i8 to i64
  %v12 = arith.cmpi ne, %v9, %v11 : i64
  %v13 = arith.constant false
  %v14 = arith.ori %v2, %v13 : i1
  %v15 = arith.constant false
  %v16 = arith.ori %v14, %v15 : i1
  %v17 = arith.cmpi eq, %v9, %arg2 : i64
  return %v12, %v14, %v0 : i1, i1, i64
}
func.func @f1(%arg0: i8) -> tensor<3xi64> {
  %v0 = arith.constant 2.0 : bf16
  %v1 = arith.maximumf %v0, %v0 : bf16
  %v2 = arith.constant dense<0> : tensor<3xi64>
  %v3 = arith.constant dense<1> : tensor<3xi64>
  %v4:2 = arith.addui_extended %v2, %v3 : tensor<3xi64>, tensor<3xi1>
  %v5 = arith.constant 0xFE00 : f16
  %v6 = arith.constant 1 : i16
  %v7 = arith.constant -3 : i64
  %v8 = arith.constant dense<[[2.0, 0x0080], [0x7F80, 0x0001]]> : tensor<2x2xbf16>
  %v9:3 = func.call @f0(%v5, %v6, %v7, %v8) : (f16, i16, i64, tensor<2x2xbf16>) -> (i1, i1, i64)
  %v10 = arith.constant -3.0e-05 : f8E3M4
  %v11 = arith.constant 0x70 : f8E3M4
  %v12 = arith.cmpf une, %v10, %v11 : f8E3M4
  %v13:2 = arith.addui_extended %v2, %v3 : tensor<3xi64>, tensor<3xi1>
  %v14 = arith.constant dense<[17, -32768]> : vector<2xi16>
  %v15 = arith.divui %v14, %v14 exact : vector<2xi16>
  %v16 = arith.bitcast %v7 : i64 to f64
  return %v2 : tensor<3xi64>
}
func.func @f2(%arg0: index, %arg1: index, %arg2: tensor<2x2xf32>, %arg3: f8E3M4) -> f8E3M4 {
  %v0 = arith.cmpf ole, %arg2, %arg2 : tensor<2x2xf32>
  %v1 = arith.constant 9 : index
  %v2 = arith.ori %arg1, %v1 : index
  %v3 = arith.constant 0xA3 : f8E3M4
  %v4 = arith.minnumf %arg3, %v3 fastmath<nnan,ninf> : f8E3M4
  %v5 = arith.constant dense<[[false, true], [true, true]]> : tensor<2x2xi1>
  %v6 = arith.addi %v0, %v5 : tensor<2x2xi1>
  %v7 = arith.constant dense<[[true, true], [false, true]]> : tensor<2x2xi1>
  %v8 = arith.addi %v6, %v7 : tensor<2x2xi1>
  %v9 = arith.minnumf %arg3, %v3 fastmath<nnan,ninf> : f8E3M4
  %v10 = arith.constant dense<false> : tensor<2x2xi1>
  %v11 = arith.cmpi sle, %v10, %v7 : tensor<2x2xi1>
  %v12 = arith.constant 0x3050 : bf16
  %v13 = arith.constant 0xFF80 : bf16
  %v14 = arith.maximumf %v12, %v13 : bf16
  %v15 = arith.index_castui %arg1 : index to i16
  %v16 = arith.constant -0.0 : f8E3M4
  %v17 = arith.cmpf une, %v3, %v16 fastmath<nnan> : f8E3M4
  %v18 = arith.extf %arg2 : tensor<2x2xf32> to tensor<2x2xf64>
  %v19 = arith.constant dense<[[0x3F800000, 0x00800000], [-0.0, -2.5]]> : tensor<2x2xf32>
  %v20 = arith.divf %v19, %arg2 : tensor<2x2xf32>
  %v21 = arith.constant 15 : i16
  %v22:2 = arith.mulsi_extended %v21, %v15 : i16
  %v23 = arith.index_castui %arg1 : index to i16
  %v24 = arith.constant 0 : i16
  %v25 = arith.floordivsi %v22#0, %v24 : i16
  %v26 = arith.subf %v18, %v18 : tensor<2x2xf64>
  %v27 = arith.constant dense<[[false, true], [false, false]]> : tensor<2x2xi1>
  %v28 = arith.select %v6, %v6, %v27 : tensor<2x2xi1>, tensor<2x2xi1>
  %v29 = arith.constant dense<0x8000000000000000> : tensor<2x2xf64>
  %v30 = arith.minimumf %v26, %v29 : tensor<2x2xf64>
  %v31 = arith.cmpi slt, %arg1, %v1 : index
  %v32 = arith.constant -8 : i8
  %v33 = func.call @f1(%v32) : (i8) -> tensor<3xi64>
  %v34 = arith.select %v31, %v4, %v9 : f8E3M4
  %v35 = arith.constant false
  %v36 = arith.addi %v31, %v35 : i1
  %v37 = arith.extui %v25 : i16 to i64
  %v38 = arith.extui %v15 : i16 to i64
  %v39 = arith.cmpi slt, %v37, %v38 : i64
  return %v34 : f8E3M4
}
func.func @f3(%arg0: i64, %arg1: f64) -> (i64, f64) {
  %v0 = arith.constant 14 : i64
  %v1 = arith.muli %v0, %arg0 : i64
  %v2 = arith.muli %arg0, %v0 : i64
  %v3 = arith.minnumf %arg1, %arg1 fastmath<reassoc,contract> : f64
  %v4:2 = arith.mulsi_extended %v0, %v1 : i64
  %v5 = arith.constant 1.0e+10 : f16
  %v6 = arith.constant -20525 : i16
  %v7 = arith.constant 576460752303423488 : i64
  %v8 = arith.constant dense<[[0x7F7F, 0x0000], [0x7F80, 0.1]]> : tensor<2x2xbf16>
  %v9:3 = func.call @f0(%v5, %v6, %v7, %v8) : (f16, i16, i64, tensor<2x2xbf16>) -> (i1, i1, i64)
  %v10 = arith.subf %v8, %v8 : tensor<2x2xbf16>
  %v11 = arith.constant 0 : index
  %v12 = arith.constant dense<[[0xFFC00000, 1.0], [0x7FC00000, 100.0]]> : tensor<2x2xf32>
  %v13 = arith.constant 0xB0 : f8E3M4
  %v14 = func.call @f2(%v11, %v11, %v12, %v13) : (index, index, tensor<2x2xf32>, f8E3M4) -> f8E3M4
  %v15 = arith.minimumf %v14, %v14 : f8E3M4
  %v16 = arith.select %v9#0, %v11, %v11 : index
  %v17 = arith.constant -1 : i16
  %v18:3 = func.call @f0(%v5, %v17, %v9#2, %v10) : (f16, i16, i64, tensor<2x2xbf16>) -> (i1, i1, i64)
  %v19 = arith.cmpf une, %v5, %v5 fastmath<nnan,ninf> : f16
  %v20 = arith.constant 0x3FF0000000000000 : f64
  %v21 = arith.maxnumf %v3, %v20 : f64
  %v22 = arith.constant false
  %v23 = arith.constant true
  %v24 = arith.remsi %v22, %v23 : i1
  %v25 = arith.negf %v5 : f16
  %v26 = arith.negf %v25 fastmath<nsz> : f16
  %v27 = arith.bitcast %v21 : f64 to i64
  %v28 = arith.maxnumf %v20, %v3 : f64
  %v29 = arith.constant 0x78 : f8E3M4
  %v30 = arith.minimumf %v29, %v14 fastmath<none> : f8E3M4
  %v31 = arith.ceildivui %v11, %v16 : index
  %v32 = arith.ori %v27, %v2 : i64
  %v33 = arith.minimumf %v21, %arg1 : f64
  %v34 = arith.constant dense<[[0xBF80, 0x3F80], [-0.75, 0.1]]> : tensor<2x2xbf16>
  %v35 = arith.constant dense<-0.0> : tensor<2x2xbf16>
  %v36 = arith.maxnumf %v34, %v35 fastmath<arcp,afn> : tensor<2x2xbf16>
  %v37 = arith.constant false
  %v38 = arith.select %v37, %v28, %v3 : f64
  return %v18#2, %v38 : i64, f64
}
