// Random func/arith module, seed 145.
func.func @f0(%arg0: tensor<2x2xbf16>, %arg1: f64) -> (tensor<2x2xbf16>, i64) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.constant -1 : i32
  %v2 = arith.andi %v0, %v1 : i32
  %v3 = arith.shrsi %v1, %v1 exact : i32
  %v4 = arith.constant 0x00 : f8E4M3
  %v5 = arith.addf %v4, %v4 : f8E4M3
  %v6 = arith.constant dense<[[false, true], [false, false]]> : tensor<2x2xi1>
  %v7 = arith.select %v6, %arg0, %arg0 : tensor<2x2xi1>, tensor<2x2xbf16>
  %v8 = arith.constant dense<4.0> : tensor<2x2xbf16>
  %v9 = arith.extf %v8 fastmath<ninf> : tensor<2x2xbf16> to tensor<2x2xf32>
  %v10 = arith.remsi %v0, %v0 : i32
  %v11 = arith.addi %v6, %v6 overflow<none> : tensor<2x2xi1>
  %v12 = arith.constant 65 : index
  %v13 = arith.constant 16 : index
  %v14 = arith.remui %v12, %v13 : index
  %v15 = arith.constant dense<[[true, true], [false, false]]> : tensor<2x2xi1>
  %v16 = arith.addi %v15, %v15 : tensor<2x2xi1>
  %v17 = arith.constant 4.0 : f16
  %v18 = arith.minnumf %v17, %v17 : f16
  %v19 = arith.addi %v6, %v6 overflow<none> : tensor<2x2xi1>
  %v20 = arith.addf %v4, %v4 : f8E4M3
  %v21 = arith.bitcast %arg1 : f64 to i64
  %v22 = arith.constant dense<true> : tensor<2x2xi1>
  %v23 = arith.constant dense<[[true, true], [true, true]]> : tensor<2x2xi1>
  %v24 = arith.addi %v22, %v23 overflow<nuw> : tensor<2x2xi1>
  %v25 = arith.constant 0x78 : f8E4M3
  %v26 = arith.bitcast %v25 : f8E4M3 to f8E5M2FNUZ
  %v27 = arith.bitcast %v2 : i32 to f32
  %v28 = arith.constant dense<0x7F80> : tensor<2x2xbf16>
  %v29 = arith.cmpf one, %v28, %v7 : tensor<2x2xbf16>
  %v30 = arith.constant 0x92 : f8E4M3
  %v31 = arith.bitcast %v30 : f8E4M3 to f8E4M3FNUZ
  return %v8, %v21 : tensor<2x2xbf16>, i64
}
func.func @f1(%arg0: vector<4xi1>, %arg1: i64) -> (vector<2xi1>, vector<2xf32>) {
  %v0 = arith.constant 65 : i64
  %v1 = arith.divui %v0, %arg1 : i64
  %v2 = arith.divui %v0, %arg1 : i64
  %v3 = arith.constant dense<0x7FC00000> : vector<2xf32>
  %v4 = arith.negf %v3 : vector<2xf32>
  %v5 = arith.cmpf ult, %v4, %v3 : vector<2xf32>
  %v6 = arith.divui %v0, %arg1 : i64
  %v7 = arith.constant -1 : i64
  %v8 = arith.constant 18446744073709551611 : i64
  %v9 = arith.muli %v7, %v8 : i64
  %v10 = arith.constant dense<false> : vector<4xi1>
  %v11 = arith.ceildivsi %v10, %arg0 : vector<4xi1>
  return %v5, %v3 : vector<2xi1>, vector<2xf32>
}
func.func @f2(%arg0: tensor<3xf16>) -> (tensor<3xi16>, tensor<3xi16>) {
  %v0 = arith.addf %arg0, %arg0 fastmath<nnan> : tensor<3xf16>
  %v1 = arith.constant 32767 : i16
  %v2 = arith.constant 11 : i16
  %v3 = arith.cmpi slt, %v1, %v2 : i16
  %v4 = arith.constant dense<true> : tensor<3xi1>
  %v5 = arith.select %v4, %v0, %arg0 : tensor<3xi1>, tensor<3xf16>
  %v6 = arith.constant -1 : i16
  %v7 = arith.shli %v1, %v6 overflow<nsw, nuw> : i16
  %v8 = arith.constant false
  %v9 = arith.minsi %v3, %v8 : i1
  %v10 = arith.cmpi slt, %v1, %v2 : i16
  %v11 = arith.constant dense<[-3.0e-05, 0x3C00, 0x0400]> : tensor<3xf16>
  %v12 = arith.cmpf olt, %v11, %arg0 fastmath<nsz> : tensor<3xf16>
  %v13 = arith.constant false
  %v14 = arith.constant dense<true> : tensor<3xi1>
  %v15 = arith.select %v13, %v12, %v14 : tensor<3xi1>
  %v16 = arith.addf %arg0, %arg0 fastmath<nnan> : tensor<3xf16>
  %v17 = arith.constant dense<[0x0001, 0xBC00, 0x3C00]> : tensor<3xf16>
  %v18 = arith.maximumf %v17, %v5 fastmath<nnan,ninf> : tensor<3xf16>
  %v19 = arith.select %v13, %v14, %v4 : tensor<3xi1>
  %v20 = arith.bitcast %arg0 : tensor<3xf16> to tensor<3xi16>
  %v21 = arith.constant dense<9> : vector<4xi32>
  %v22 = arith.constant dense<33> : vector<4xi32>
  %v23 = arith.divui %v21, %v22 : vector<4xi32>
  %v24 = arith.fptosi %v11 : tensor<3xf16> to tensor<3xi1>
  %v25 = arith.constant dense<true> : tensor<3xi1>
  %v26 = arith.cmpi ugt, %v25, %v15 : tensor<3xi1>
  %v27:2 = arith.mului_extended %v20, %v20 : tensor<3xi16>
  %v28 = arith.constant dense<[false, true, false, false]> : vector<4xi1>
  %v29 = arith.constant 5 : i64
  %v30:2 = func.call @f1(%v28, %v29) : (vector<4xi1>, i64) -> (vector<2xi1>, vector<2xf32>)
  %v31 = arith.cmpf olt, %v11, %arg0 fastmath<nsz> : tensor<3xf16>
  %v32 = arith.constant dense<0x007FFFFF> : vector<2xf32>
  %v33 = arith.cmpf oge, %v32, %v32 : vector<2xf32>
  return %v20, %v27#0 : tensor<3xi16>, tensor<3xi16>
}
func.func @f3(%arg0: i1, %arg1: i64) -> i1 {
  %v0 = arith.constant 0xFFF8000000000000 : f64
  %v1 = arith.constant 1.0e+10 : f64
  %v2 = arith.addf %v0, %v1 : f64
  %v3 = arith.addf %v0, %v1 : f64
  %v4 = arith.addf %v0, %v1 : f64
  %v5 = arith.constant false
  %v6 = arith.maxsi %arg0, %v5 : i1
  %v7 = arith.maxsi %arg0, %v5 : i1
  %v8 = arith.cmpf false, %v2, %v1 fastmath<nnan,ninf> : f64
  %v9 = arith.constant false
  %v10 = arith.extui %v9 : i1 to i16
  %v11 = arith.constant 18446744073709551615 : i64
  %v12 = arith.muli %arg1, %v11 : i64
  return %v7 : i1
}
