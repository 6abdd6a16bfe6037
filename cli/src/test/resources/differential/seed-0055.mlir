// Random func/arith module, seed 55.
func.func @f0(%arg0: index, %arg1: index, %arg2: f8E3M4, %arg3: i8) -> (index, vector<2x3xf32>) {
  %v0 = arith.constant dense<0xFF800000> : vector<2x3xf32>
  %v1 = arith.maximumf %v0, %v0 fastmath<arcp,afn> : vector<2x3xf32>
  %v2 = arith.constant dense<3.0> : vector<2x3xf32>
  %v3 = arith.maximumf %v2, %v0 fastmath<nsz> : vector<2x3xf32>
  %v4 = arith.cmpf oge, %arg2, %arg2 fastmath<fast> : f8E3M4
  %v5 = arith.constant 0x6F : f8E3M4
  %v6 = arith.constant 0xF0 : f8E3M4
  %v7 = arith.cmpf one, %v5, %v6 : f8E3M4
  %v8 = arith.constant 248 : i8
  %v9:2 = arith.mulsi_extended %arg3, %v8 : i8
  %v10:2 = arith.mulsi_extended %arg3, %v8 : i8
  %v11 = arith.select %v4, %arg2, %arg2 : f8E3M4
  %v12 = arith.cmpf one, %v5, %v6 : f8E3M4
  %v13 = arith.constant dense<0x007FFFFF> : vector<2x3xf32>
  %v14 = arith.negf %v13 : vector<2x3xf32>
  %v15 = arith.constant false
  %v16 = arith.select %v15, %arg1, %arg0 : index
  %v17 = arith.constant dense<1.0e+10> : vector<2x3xf32>
  %v18 = arith.cmpf ogt, %v17, %v0 : vector<2x3xf32>
  %v19 = arith.constant dense<0xBF800000> : vector<2x3xf32>
  %v20 = arith.negf %v19 : vector<2x3xf32>
  %v21 = arith.cmpf oge, %arg2, %arg2 fastmath<fast> : f8E3M4
  %v22 = arith.maximumf %v2, %v0 fastmath<nsz> : vector<2x3xf32>
  %v23 = arith.divsi %v7, %v7 exact : i1
  %v24 = arith.constant dense<false> : vector<2x3xi1>
  %v25 = arith.minsi %v18, %v24 : vector<2x3xi1>
  %v26 = arith.constant 2.0 : f8E3M4
  %v27 = arith.maximumf %v11, %v26 fastmath<nsz> : f8E3M4
  return %v16, %v14 : index, vector<2x3xf32>
}
func.func @f1(%arg0: tensor<3xf64>) -> (tensor<3xf16>, index) {
  %v0 = arith.constant true
  %v1 = arith.constant true
  %v2 = arith.ori %v0, %v1 : i1
  %v3 = arith.truncf %arg0 toward_zero : tensor<3xf64> to tensor<3xf16>
  %v4 = arith.constant dense<0x7C00> : tensor<3xf16>
  %v5 = arith.remf %v3, %v4 : tensor<3xf16>
  %v6:2 = arith.addui_extended %v1, %v0 : i1, i1
  %v7 = arith.constant 0 : i64
  %v8 = arith.extui %v7 : i64 to i128
  %v9 = arith.constant 15 : i32
  %v10 = arith.floordivsi %v9, %v9 : i32
  %v11 = arith.constant -1 : index
  %v12 = arith.constant 3.0 : f8E3M4
  %v13 = arith.constant -7 : i8
  %v14:2 = func.call @f0(%v11, %v11, %v12, %v13) : (index, index, f8E3M4, i8) -> (index, vector<2x3xf32>)
  %v15 = arith.constant 1 : index
  %v16 = arith.index_cast %v15 : index to i7
  %v17 = arith.shrui %v15, %v14#0 : index
  %v18 = arith.constant -1 : index
  %v19 = arith.cmpi ult, %v11, %v18 : index
  %v20 = arith.constant -9223372036854775808 : index
  %v21 = arith.ceildivsi %v11, %v20 : index
  %v22 = arith.constant 0 : index
  %v23 = arith.maxui %v22, %v17 : index
  %v24 = arith.constant dense<false> : tensor<3xi1>
  %v25 = arith.select %v24, %v5, %v4 : tensor<3xi1>, tensor<3xf16>
  %v26 = arith.select %v24, %v5, %v4 : tensor<3xi1>, tensor<3xf16>
  %v27 = arith.constant 2 : i7
  %v28 = arith.extui %v27 : i7 to i33
  %v29 = arith.muli %v19, %v2 : i1
  %v30 = arith.truncf %v14#1 to_nearest_even : vector<2x3xf32> to vector<2x3xbf16>
  return %v26, %v22 : tensor<3xf16>, index
}
func.func @f2(%arg0: index, %arg1: f8E5M2, %arg2: i8, %arg3: f8E3M4) -> tensor<3xf32> {
  %v0 = arith.constant dense<0xBFF0000000000000> : tensor<3xf64>
  %v1:2 = func.call @f1(%v0) : (tensor<3xf64>) -> (tensor<3xf16>, index)
  %v2 = arith.constant 0 : i8
  %v3 = arith.constant 127 : i8
  %v4 = arith.shli %v2, %v3 overflow<nsw> : i8
  %v5 = arith.constant 0x00 : f8E5M2
  %v6 = arith.cmpf oge, %v5, %arg1 fastmath<arcp,afn> : f8E5M2
  %v7 = arith.index_castui %v1#1 : index to i1
  %v8 = arith.index_castui %v1#1 : index to i64
  %v9 = arith.constant dense<0xFFF8000000000000> : tensor<3xf64>
  %v10:2 = func.call @f1(%v9) : (tensor<3xf64>) -> (tensor<3xf16>, index)
  %v11 = arith.minnumf %arg3, %arg3 fastmath<nnan,ninf> : f8E3M4
  %v12 = arith.constant -128 : i8
  %v13:2 = arith.mului_extended %arg2, %v12 : i8
  %v14 = arith.extf %v1#0 fastmath<nnan,ninf> : tensor<3xf16> to tensor<3xf32>
  return %v14 : tensor<3xf32>
}
