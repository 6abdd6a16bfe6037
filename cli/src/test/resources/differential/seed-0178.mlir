// Random func/arith module, seed 178.
func.func @f0(%arg0: f16) {
  %v0 = arith.constant 0 : i8
  %v1 = arith.constant -1 : i8
  %v2 = arith.shli %v0, %v1 : i8
  %v3 = arith.constant 0xFC00 : f16
  %v4 = arith.mulf %arg0, %v3 : f16
  %v5 = arith.constant false
  %v6 = arith.constant 4.0 : f16
  %v7 = arith.constant 0x03FF : f16
  %v8 = arith.select %v5, %v6, %v7 : f16
  %v9 = arith.select %v5, %v6, %v7 : f16
  %v10 = arith.constant -33 : i8
  %v11 = arith.uitofp %v10 : i8 to f16
  %v12 = arith.constant false
  %v13 = arith.select %v12, %v4, %v6 : f16
  %v14 = arith.select %v5, %v6, %v7 : f16
  %v15 = arith.constant -6 : i7
  %v16 = arith.index_castui %v15 : i7 to index
  %v17 = arith.constant 0x7C00 : f16
  %v18 = arith.maximumf %arg0, %v17 fastmath<ninf> : f16
  %v19 = arith.minnumf %v8, %v13 : f16
  %v20 = arith.index_castui %v15 : i7 to index
  %v21 = arith.constant -4 : i8
  %v22 = arith.maxui %v10, %v21 : i8
  %v23 = arith.select %v5, %v6, %v7 : f16
  return
}
func.func @f1(%arg0: f64, %arg1: tensor<2x2xi16>) {
  %v0 = arith.constant dense<[[9, -1], [10, 32767]]> : tensor<2x2xi16>
  %v1 = arith.minsi %arg1, %v0 : tensor<2x2xi16>
  %v2 = arith.maxnumf %arg0, %arg0 : f64
  %v3 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v4 = arith.truncf %v3 downward : f64 to f8E5M2
  %v5 = arith.cmpi ule, %arg1, %v1 : tensor<2x2xi16>
  %v6 = arith.constant dense<true> : tensor<2x2xi1>
  %v7 = arith.remsi %v5, %v6 : tensor<2x2xi1>
  %v8 = arith.constant 0x0400 : f16
  func.call @f0(%v8) : (f16) -> ()
  %v10 = arith.ori %arg1, %v1 : tensor<2x2xi16>
  %v11 = arith.cmpi ule, %arg1, %v1 : tensor<2x2xi16>
  %v12 = arith.mulf %v3, %v2 : f64
  %v13 = arith.shrui %v5, %v11 : tensor<2x2xi1>
  %v14 = arith.cmpi slt, %v7, %v11 : tensor<2x2xi1>
  %v15 = arith.constant dense<true> : tensor<2x2xi1>
  %v16 = arith.floordivsi %v5, %v15 : tensor<2x2xi1>
  %v17 = arith.constant dense<true> : tensor<2x2xi1>
  %v18 = arith.minsi %v15, %v17 : tensor<2x2xi1>
  %v19 = arith.constant -7 : i64
  %v20 = arith.constant -1 : i64
  %v21:2 = arith.mului_extended %v19, %v20 : i64
  %v22 = arith.uitofp %v10 : tensor<2x2xi16> to tensor<2x2xbf16>
  %v23 = arith.constant 0x3C00 : f16
  func.call @f0(%v23) : (f16) -> ()
  %v25 = arith.constant dense<0xFF80> : tensor<2x2xbf16>
  %v26 = arith.cmpf ole, %v22, %v25 fastmath<none> : tensor<2x2xbf16>
  %v27 = arith.trunci %v20 : i64 to i7
  %v28 = arith.constant dense<true> : tensor<2x2xi1>
  %v29 = arith.constant dense<[[false, true], [false, false]]> : tensor<2x2xi1>
  %v30 = arith.shrsi %v28, %v29 : tensor<2x2xi1>
  %v31 = arith.shrsi %v7, %v26 : tensor<2x2xi1>
  %v32 = arith.shrsi %v1, %v10 exact : tensor<2x2xi16>
  %v33 = arith.constant true
  %v34 = arith.constant dense<[[true, true], [true, false]]> : tensor<2x2xi1>
  %v35 = arith.select %v33, %v34, %v17 : tensor<2x2xi1>
  return
}
