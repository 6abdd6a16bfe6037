// Random func/arith module, seed 126.
func.func @f0(%arg0: index) -> (vector<2xi1>, f16) {
  %v0 = arith.constant dense<64> : vector<2x3xi64>
  %v1 = arith.divsi %v0, %v0 : vector<2x3xi64>
  %v2 = arith.constant 3.0 : f64
  %v3 = arith.negf %v2 fastmath<nnan> : f64
  %v4 = arith.divsi %v0, %v0 : vector<2x3xi64>
  %v5 = arith.constant 0.5 : f16
  %v6 = arith.constant 0x7BFF : f16
  %v7 = arith.cmpf une, %v5, %v6 : f16
  %v8 = arith.maxnumf %v2, %v2 : f64
  %v9 = arith.constant 3024420393725594316 : i64
  %v10:2 = arith.mului_extended %v9, %v9 : i64
  %v11 = arith.constant 0 : index
  %v12 = arith.muli %arg0, %v11 overflow<none> : index
  %v13 = arith.constant dense<[0x7F7F, 0.0]> : vector<2xbf16>
  %v14 = arith.cmpf uno, %v13, %v13 : vector<2xbf16>
  %v15 = arith.maxnumf %v2, %v2 : f64
  %v16:2 = arith.mului_extended %v9, %v10#1 : i64
  return %v14, %v5 : vector<2xi1>, f16
}
func.func @f1(%arg0: tensor<2x2xf32>, %arg1: f64) -> (vector<2xi1>, i1) {
  %v0 = arith.constant 65529 : i16
  %v1 = arith.extsi %v0 : i16 to i128
  %v2 = arith.constant 1.0e+10 : f64
  %v3 = arith.constant 0x7FF8000000000000 : f64
  %v4 = arith.remf %v2, %v3 : f64
  %v5 = arith.constant -4 : i16
  %v6 = arith.constant -1 : i16
  %v7 = arith.maxui %v5, %v6 : i16
  %v8 = arith.remf %v2, %v3 : f64
  %v9 = arith.constant -6498104695438083677 : index
  %v10:2 = func.call @f0(%v9) : (index) -> (vector<2xi1>, f16)
  %v11 = arith.extsi %v0 : i16 to i128
  %v12 = arith.constant 0x79B94C0CFA7F9403 : f64
  %v13 = arith.constant 0xF67D8C968E911820 : f64
  %v14 = arith.remf %v12, %v13 fastmath<nsz> : f64
  %v15 = arith.constant -0.0 : f64
  %v16 = arith.truncf %v15 fastmath<none> : f64 to f8E4M3FN
  %v17 = arith.floordivsi %v10#0, %v10#0 : vector<2xi1>
  %v18 = arith.constant dense<true> : vector<2xi1>
  %v19 = arith.constant dense<[true, false]> : vector<2xi1>
  %v20 = arith.xori %v18, %v19 : vector<2xi1>
  %v21 = arith.constant 2 : index
  %v22 = arith.constant 65 : index
  %v23 = arith.cmpi eq, %v21, %v22 : index
  %v24 = arith.constant 0x7BFF : f16
  %v25 = arith.extf %v24 fastmath<ninf> : f16 to f32
  %v26 = arith.constant dense<false> : vector<2xi1>
  %v27 = arith.constant dense<false> : vector<2xi1>
  %v28 = arith.cmpi sle, %v26, %v27 : vector<2xi1>
  %v29 = arith.cmpi sle, %v26, %v27 : vector<2xi1>
  %v30 = arith.cmpf une, %v24, %v10#1 : f16
  return %v17, %v30 : vector<2xi1>, i1
}
func.func @f2(%arg0: i32, %arg1: i32) -> (vector<2xi1>, i1) {
  %v0 = arith.constant -1154411738 : i32
  %v1 = arith.cmpi ule, %v0, %arg0 : i32
  %v2 = arith.constant -2.5 : f8E5M2FNUZ
  %v3 = arith.constant 0xBC : f8E5M2FNUZ
  %v4 = arith.divf %v2, %v3 : f8E5M2FNUZ
  %v5 = arith.constant true
  %v6 = arith.constant true
  %v7 = arith.ceildivui %v5, %v6 : i1
  %v8 = arith.constant 0 : i32
  %v9 = arith.select %v6, %v8, %arg0 : i32
  %v10 = arith.constant dense<0x7DCF3310> : tensor<2x2xf32>
  %v11 = arith.constant -3.0e-05 : f64
  %v12:2 = func.call @f1(%v10, %v11) : (tensor<2x2xf32>, f64) -> (vector<2xi1>, i1)
  %v13 = arith.cmpi sgt, %v9, %v9 : i32
  %v14 = arith.select %v6, %v8, %arg0 : i32
  %v15 = arith.constant -9223372036854775808 : i64
  %v16 = arith.constant 13 : i64
  %v17 = arith.select %v13, %v15, %v16 : i64
  %v18 = arith.cmpi ule, %v12#1, %v13 : i1
  %v19 = arith.constant dense<0x7FC00000> : tensor<2x2xf32>
  %v20 = arith.maxnumf %v10, %v19 fastmath<nnan,ninf> : tensor<2x2xf32>
  %v21 = arith.shrsi %v12#0, %v12#0 : vector<2xi1>
  %v22 = arith.constant dense<[[0x7F7FFFFF, 0xFFC00000], [-1.0, 0x3F800000]]> : tensor<2x2xf32>
  %v23 = arith.addf %v22, %v19 fastmath<none> : tensor<2x2xf32>
  %v24 = arith.minsi %v21, %v21 : vector<2xi1>
  %v25 = arith.maxnumf %v10, %v22 : tensor<2x2xf32>
  %v26 = arith.cmpi ule, %v12#1, %v13 : i1
  %v27 = arith.cmpi sle, %v13, %v7 : i1
  %v28 = arith.constant dense<7.0> : vector<4xf32>
  %v29 = arith.bitcast %v28 : vector<4xf32> to vector<4xi32>
  %v30 = arith.cmpf olt, %v11, %v11 : f64
  return %v21, %v26 : vector<2xi1>, i1
}
