// Random func/arith module, seed 143.
func.func @f0(%arg0: i32, %arg1: vector<2xi64>) -> (vector<2xi1>, vector<2xi1>) {
  %v0 = arith.constant 0x0000 : f16
  %v1 = arith.minnumf %v0, %v0 fastmath<ninf> : f16
  %v2 = arith.minnumf %v0, %v0 fastmath<ninf> : f16
  %v3 = arith.minnumf %v0, %v0 fastmath<ninf> : f16
  %v4 = arith.constant -3.0e-05 : f16
  %v5 = arith.extf %v4 : f16 to f32
  %v6 = arith.constant dense<-7> : vector<2xi64>
  %v7 = arith.cmpi slt, %v6, %arg1 : vector<2xi64>
  %v8 = arith.extf %v4 : f16 to f32
  %v9 = arith.constant 1.0 : f16
  %v10 = arith.constant 0x0001 : f16
  %v11 = arith.cmpf false, %v9, %v10 fastmath<none> : f16
  %v12 = arith.cmpi slt, %v6, %arg1 : vector<2xi64>
  %v13 = arith.minsi %v12, %v7 : vector<2xi1>
  %v14 = arith.constant dense<0> : vector<2xi64>
  %v15 = arith.muli %arg1, %v14 : vector<2xi64>
  %v16 = arith.constant dense<[-5650749458910304024, 1]> : vector<2xi64>
  %v17 = arith.muli %v16, %v15 : vector<2xi64>
  return %v12, %v13 : vector<2xi1>, vector<2xi1>
}
func.func @f1(%arg0: f32, %arg1: f64, %arg2: vector<2xbf16>) -> vector<2xi1> {
  %v0 = arith.constant 13 : index
  %v1 = arith.floordivsi %v0, %v0 : index
  %v2 = arith.constant dense<[0xFF80, -2.5]> : vector<2xbf16>
  %v3 = arith.extf %v2 : vector<2xbf16> to vector<2xf32>
  %v4 = arith.fptoui %arg2 : vector<2xbf16> to vector<2xi8>
  %v5 = arith.constant 0x959AA874B90ED50C : f64
  %v6 = arith.minnumf %v5, %v5 : f64
  %v7 = arith.constant dense<[true, true]> : vector<2xi1>
  %v8 = arith.select %v7, %v4, %v4 : vector<2xi1>, vector<2xi8>
  %v9 = arith.select %v7, %v4, %v4 : vector<2xi1>, vector<2xi8>
  %v10 = arith.divf %v2, %arg2 fastmath<nnan> : vector<2xbf16>
  %v11 = arith.constant 65536 : i32
  %v12 = arith.constant dense<64> : vector<2xi64>
  %v13:2 = func.call @f0(%v11, %v12) : (i32, vector<2xi64>) -> (vector<2xi1>, vector<2xi1>)
  %v14 = arith.select %v7, %v4, %v4 : vector<2xi1>, vector<2xi8>
  %v15 = arith.constant dense<[0, 9223372036854775807]> : vector<2xi64>
  %v16:2 = func.call @f0(%v11, %v15) : (i32, vector<2xi64>) -> (vector<2xi1>, vector<2xi1>)
  %v17 = arith.constant 1 : i32
  %v18:2 = func.call @f0(%v17, %v12) : (i32, vector<2xi64>) -> (vector<2xi1>, vector<2xi1>)
  %v19 = arith.mulf %v10, %v10 fastmath<nnan,ninf> : vector<2xbf16>
  %v20 = arith.constant false
  %v21 = arith.constant 0 : index
  %v22 = arith.select %v20, %v0, %v21 : index
  %v23 = arith.minnumf %v5, %v5 : f64
  %v24:2 = func.call @f0(%v11, %v12) : (i32, vector<2xi64>) -> (vector<2xi1>, vector<2xi1>)
  %v25 = arith.extf %v2 : vector<2xbf16> to vector<2xf32>
  %v26:2 = arith.mulsi_extended %v13#0, %v18#0 : vector<2xi1>
  %v27 = arith.cmpi sle, %v16#0, %v24#0 : vector<2xi1>
  %v28 = arith.constant 2147483647 : i32
  %v29 = arith.andi %v28, %v17 : i32
  %v30 = arith.minsi %v4, %v9 : vector<2xi8>
  %v31 = arith.extf %v2 : vector<2xbf16> to vector<2xf32>
  return %v27 : vector<2xi1>
}
func.func @f2(%arg0: index) -> index {
  %v0 = arith.constant dense<3.0> : vector<2x3xf16>
  %v1 = arith.extf %v0 fastmath<fast> : vector<2x3xf16> to vector<2x3xf32>
  %v2 = arith.constant dense<[[0.0, 0x3F800000, -2.5], [0x7F800000, 0x3F800000, 0x7FC00000]]> : vector<2x3xf32>
  %v3 = arith.minimumf %v2, %v1 fastmath<reassoc,contract> : vector<2x3xf32>
  %v4 = arith.extf %v0 fastmath<fast> : vector<2x3xf16> to vector<2x3xf32>
  %v5 = arith.fptoui %v0 : vector<2x3xf16> to vector<2x3xi1>
  %v6 = arith.constant -4353746170420094265 : index
  %v7 = arith.constant -1 : index
  %v8 = arith.minui %v6, %v7 : index
  %v9 = arith.constant dense<false> : vector<2x3xi1>
  %v10 = arith.select %v9, %v2, %v4 : vector<2x3xi1>, vector<2x3xf32>
  %v11 = arith.constant -9223372036854775808 : index
  %v12 = arith.ceildivui %v11, %arg0 : index
  %v13 = arith.constant dense<false> : vector<2x3xi1>
  %v14 = arith.divsi %v9, %v13 : vector<2x3xi1>
  %v15 = arith.constant dense<true> : vector<2x3xi1>
  %v16 = arith.extsi %v15 : vector<2x3xi1> to vector<2x3xi8>
  %v17 = arith.constant dense<7> : vector<2x3xi8>
  %v18 = arith.constant dense<127> : vector<2x3xi8>
  %v19 = arith.ori %v17, %v18 : vector<2x3xi8>
  %v20 = arith.constant dense<8> : vector<2x3xi8>
  %v21 = arith.ori %v19, %v20 : vector<2x3xi8>
  %v22 = arith.constant 8 : i64
  %v23 = arith.constant 9007199254740992 : i64
  %v24 = arith.muli %v22, %v23 : i64
  %v25 = arith.constant dense<0xFFF0000000000000> : tensor<2x2xf64>
  %v26 = arith.negf %v25 : tensor<2x2xf64>
  %v27 = arith.shrsi %arg0, %v11 : index
  %v28 = arith.truncf %v25 : tensor<2x2xf64> to tensor<2x2xbf16>
  %v29 = arith.ori %v19, %v20 : vector<2x3xi8>
  %v30 = arith.constant dense<0x00800000> : vector<2x3xf32>
  %v31 = arith.negf %v30 fastmath<nnan,ninf> : vector<2x3xf32>
  return %v27 : index
}
