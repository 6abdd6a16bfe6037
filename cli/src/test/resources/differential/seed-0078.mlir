// Random func/arith module, seed 78.
func.func @f0(%arg0: f6E2M3FN, %arg1: i64, %arg2: f8E5M2) -> (i1, i1) {
  %v0 = arith.constant 11609739792592702920 : i64
  %v1 = arith.cmpi ne, %arg1, %v0 : i64
  %v2 = arith.constant 0x80000000 : f32
  %v3 = arith.extf %v2 fastmath<nnan> : f32 to f64
  %v4 = arith.constant 1.0 : f6E2M3FN
  %v5 = arith.cmpf oge, %arg0, %v4 : f6E2M3FN
  %v6 = arith.constant true
  %v7 = arith.select %v6, %v5, %v6 : i1
  %v8 = arith.cmpf false, %arg2, %arg2 : f8E5M2
  %v9 = arith.cmpi sle, %v5, %v7 : i1
  %v10 = arith.remui %arg1, %arg1 : i64
  return %v8, %v9 : i1, i1
}
func.func @f1(%arg0: f64, %arg1: index, %arg2: vector<i64>) -> (vector<i1>, tensor<2x2xf32>) {
  %v0 = arith.constant 1024 : index
  %v1 = arith.divsi %v0, %arg1 : index
  %v2 = arith.constant -3.0e-05 : f64
  %v3 = arith.minimumf %arg0, %v2 fastmath<reassoc,contract> : f64
  %v4 = arith.cmpf ult, %v3, %arg0 : f64
  %v5 = arith.cmpf ult, %v3, %arg0 : f64
  %v6 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v7 = arith.constant 0x7FF8000000000000 : f64
  %v8 = arith.mulf %v6, %v7 fastmath<nnan,ninf> : f64
  %v9 = arith.constant 1.0e+10 : f64
  %v10 = arith.cmpf one, %v9, %v3 : f64
  %v11 = arith.constant dense<false> : vector<i1>
  %v12 = arith.select %v11, %arg2, %arg2 : vector<i1>, vector<i64>
  %v13 = arith.constant dense<false> : vector<i1>
  %v14 = arith.remsi %v11, %v13 : vector<i1>
  %v15 = arith.constant dense<0xFFF8000000000000> : vector<2xf64>
  %v16 = arith.constant dense<1.0> : vector<2xf64>
  %v17 = arith.cmpf ugt, %v15, %v16 fastmath<arcp,afn> : vector<2xf64>
  %v18 = arith.remsi %v11, %v13 : vector<i1>
  %v19 = arith.constant true
  %v20 = arith.cmpi ult, %v10, %v19 : i1
  %v21 = arith.select %v4, %arg1, %v0 : index
  %v22 = arith.constant 0x17 : f6E2M3FN
  %v23 = arith.constant 1 : i64
  %v24 = arith.constant 7.0 : f8E5M2
  %v25:2 = func.call @f0(%v22, %v23, %v24) : (f6E2M3FN, i64, f8E5M2) -> (i1, i1)
  %v26 = arith.constant dense<-2.5> : tensor<2x2xbf16>
  %v27 = arith.extf %v26 : tensor<2x2xbf16> to tensor<2x2xf32>
  %v28 = arith.constant 32767 : i16
  %v29 = arith.cmpi ule, %v28, %v28 : i16
  %v30 = arith.select %v29, %v28, %v28 : i16
  %v31 = arith.constant -0.0 : f8E5M2
  %v32 = arith.extf %v31 fastmath<fast> : f8E5M2 to f128
  %v33 = arith.constant false
  %v34 = arith.select %v20, %v25#1, %v33 : i1
  %v35 = arith.constant -8 : index
  %v36 = arith.divui %arg1, %v35 : index
  %v37 = arith.remsi %v11, %v13 : vector<i1>
  return %v14, %v27 : vector<i1>, tensor<2x2xf32>
}
func.func @f2(%arg0: vector<4xi64>) -> (vector<4xi1>, vector<4xi1>) {
  %v0 = arith.constant dense<12> : vector<4xi64>
  %v1 = arith.minsi %arg0, %v0 : vector<4xi64>
  %v2 = arith.minsi %arg0, %v0 : vector<4xi64>
  %v3 = arith.xori %v1, %v2 : vector<4xi64>
  %v4 = arith.constant dense<-3> : tensor<2x2xi8>
  %v5 = arith.cmpi ult, %v4, %v4 : tensor<2x2xi8>
  %v6 = arith.cmpi eq, %v2, %v3 : vector<4xi64>
  %v7 = arith.constant 0xF8 : f8E4M3FNUZ
  %v8 = arith.truncf %v7 to_nearest_away fastmath<nnan> : f8E4M3FNUZ to f6E3M2FN
  %v9 = arith.cmpi sle, %v6, %v6 : vector<4xi1>
  %v10 = arith.constant 0x0001 : f16
  %v11 = arith.extf %v10 fastmath<nnan,ninf> : f16 to f128
  %v12 = arith.sitofp %v2 : vector<4xi64> to vector<4xf32>
  %v13 = arith.constant false
  %v14 = arith.select %v13, %arg0, %v2 : vector<4xi64>
  %v15 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v16 = arith.cmpi sle, %v15, %v3 : vector<4xi64>
  %v17 = arith.minsi %v0, %arg0 : vector<4xi64>
  %v18 = arith.cmpi sle, %v15, %v3 : vector<4xi64>
  %v19 = arith.constant dense<false> : tensor<2x2xi1>
  %v20 = arith.cmpi eq, %v5, %v19 : tensor<2x2xi1>
  %v21 = arith.extui %v9 : vector<4xi1> to vector<4xi64>
  %v22 = arith.constant dense<true> : vector<4xi1>
  %v23 = arith.cmpi uge, %v22, %v22 : vector<4xi1>
  %v24 = arith.constant 0 : i32
  %v25 = arith.minui %v24, %v24 : i32
  %v26 = arith.extsi %v4 : tensor<2x2xi8> to tensor<2x2xi16>
  %v27 = arith.trunci %v26 : tensor<2x2xi16> to tensor<2x2xi8>
  %v28 = arith.mulf %v10, %v10 : f16
  return %v23, %v9 : vector<4xi1>, vector<4xi1>
}
