// Random func/arith module, seed 10.
func.func @f0(%arg0: i64, %arg1: vector<2x3xf64>) -> vector<2x3xi64> {
  %v0 = arith.divf %arg1, %arg1 fastmath<nsz> : vector<2x3xf64>
  %v1 = arith.constant dense<0x0000000000000000> : vector<2x3xf64>
  %v2 = arith.cmpf oge, %v1, %arg1 fastmath<arcp,afn> : vector<2x3xf64>
  %v3 = arith.constant 1024 : i64
  %v4 = arith.cmpi ne, %v3, %arg0 : i64
  %v5 = arith.constant 7 : i7
  %v6 = arith.constant 1 : i7
  %v7 = arith.floordivsi %v5, %v6 : i7
  %v8 = arith.divf %arg1, %arg1 fastmath<nsz> : vector<2x3xf64>
  %v9 = arith.constant dense<0xFFF0000000000000> : vector<2x3xf64>
  %v10 = arith.mulf %v9, %arg1 fastmath<ninf> : vector<2x3xf64>
  %v11 = arith.uitofp %v4 : i1 to f8E3M4
  %v12 = arith.maximumf %v9, %arg1 : vector<2x3xf64>
  %v13 = arith.ori %arg0, %v3 : i64
  %v14 = arith.ori %arg0, %v3 : i64
  %v15 = arith.fptoui %v11 : f8E3M4 to i16
  %v16 = arith.constant dense<[[false, false, true], [false, true, true]]> : vector<2x3xi1>
  %v17 = arith.cmpi uge, %v2, %v16 : vector<2x3xi1>
  %v18 = arith.select %v17, %v16, %v2 : vector<2x3xi1>, vector<2x3xi1>
  %v19 = arith.cmpf one, %v11, %v11 fastmath<fast> : f8E3M4
  %v20 = arith.extui %v17 : vector<2x3xi1> to vector<2x3xi64>
  %v21 = arith.cmpi ne, %v13, %v14 : i64
  %v22 = arith.select %v21, %v13, %v14 : i64
  %v23 = arith.constant 0x30 : f8E3M4
  %v24 = arith.cmpf ugt, %v11, %v23 : f8E3M4
  return %v20 : vector<2x3xi64>
}
func.func @f1(%arg0: f128, %arg1: f8E5M2FNUZ) -> (i1, vector<2x3xi64>) {
  %v0 = arith.constant 65 : i64
  %v1 = arith.constant 14 : i64
  %v2 = arith.shli %v0, %v1 : i64
  %v3 = arith.cmpf ugt, %arg1, %arg1 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v4 = arith.negf %arg0 fastmath<fast> : f128
  %v5 = arith.cmpi ne, %v0, %v1 : i64
  %v6 = arith.select %v5, %v0, %v1 : i64
  %v7 = arith.constant false
  %v8 = arith.remsi %v7, %v5 : i1
  %v9 = arith.remf %arg1, %arg1 : f8E5M2FNUZ
  %v10 = arith.select %v5, %v0, %v1 : i64
  %v11 = arith.extsi %v1 : i64 to i128
  %v12 = arith.cmpi sgt, %v0, %v6 : i64
  %v13 = arith.constant dense<0x7FF0000000000000> : vector<2x3xf64>
  %v14 = func.call @f0(%v0, %v13) : (i64, vector<2x3xf64>) -> vector<2x3xi64>
  %v15 = arith.constant dense<[[-2, -1, 9223372036854775807], [1125899906842624, -9223372036854775808, 36028797018963968]]> : vector<2x3xi64>
  %v16 = arith.andi %v14, %v15 : vector<2x3xi64>
  %v17 = arith.constant dense<-2> : vector<2x3xi64>
  %v18 = arith.andi %v17, %v16 : vector<2x3xi64>
  %v19 = arith.subf %v4, %arg0 fastmath<fast> : f128
  %v20 = arith.constant -6 : i64
  %v21:2 = arith.addui_extended %v20, %v0 : i64, i1
  %v22 = arith.select %v5, %v0, %v1 : i64
  %v23 = arith.constant 0.0 : f8E5M2FNUZ
  %v24 = arith.subf %v23, %v9 fastmath<none> {tag = 1 : i64} : f8E5M2FNUZ
  %v25 = arith.constant 12 : i128
  %v26 = arith.minsi %v25, %v11 : i128
  %v27 = func.call @f0(%v0, %v13) : (i64, vector<2x3xf64>) -> vector<2x3xi64>
  %v28 = arith.cmpi ult, %v7, %v3 : i1
  %v29 = arith.constant 281474976710656 : i64
  %v30 = arith.trunci %v29 overflow<none> : i64 to i8
  return %v3, %v27 : i1, vector<2x3xi64>
}
