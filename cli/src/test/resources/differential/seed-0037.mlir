// Random func/arith module, seed 37.
func.func @f0(%arg0: vector<4xf16>, %arg1: tensor<2x2xi64>, %arg2: i1, %arg3: f8E3M4) -> i1 {
  %v0 = arith.constant -2.5 : f8E3M4
  %v1 = arith.maxnumf %arg3, %v0 fastmath<reassoc,contract> : f8E3M4
  %v2 = arith.constant false
  %v3 = arith.divsi %arg2, %v2 exact : i1
  %v4 = arith.divsi %arg2, %v2 exact : i1
  %v5 = arith.constant dense<0x8BB5> : vector<4xf16>
  %v6 = arith.remf %v5, %arg0 fastmath<none> : vector<4xf16>
  %v7 = arith.remf %v5, %arg0 fastmath<none> : vector<4xf16>
  %v8 = arith.sitofp %arg1 : tensor<2x2xi64> to tensor<2x2xf16>
  %v9 = arith.maxnumf %v5, %v7 fastmath<none> : vector<4xf16>
  %v10 = arith.divsi %arg2, %v2 exact : i1
  %v11 = arith.cmpf uge, %v8, %v8 fastmath<none> : tensor<2x2xf16>
  %v12 = arith.constant dense<false> : tensor<2x2xi1>
  %v13 = arith.cmpi ne, %v12, %v11 : tensor<2x2xi1>
  %v14 = arith.select %v13, %v11, %v12 : tensor<2x2xi1>, tensor<2x2xi1>
  %v15 = arith.select %v10, %arg3, %v1 : f8E3M4
  %v16 = arith.constant dense<0x7C00> : vector<4xf16>
  %v17 = arith.mulf %arg0, %v16 fastmath<fast> : vector<4xf16>
  %v18 = arith.constant 0x80 : f8E5M2FNUZ
  %v19 = arith.constant 1.0 : f8E5M2FNUZ
  %v20 = arith.divf %v18, %v19 : f8E5M2FNUZ
  %v21 = arith.maxnumf %v5, %v7 fastmath<none> : vector<4xf16>
  return %v10 : i1
}
func.func @f1(%arg0: vector<4xi1>, %arg1: bf16, %arg2: i33) -> (vector<4xi1>, bf16) {
  %v0 = arith.constant true
  %v1 = arith.constant 0x0000 : bf16
  %v2 = arith.select %v0, %v1, %v1 : bf16
  %v3 = arith.fptoui %arg1 : bf16 to i32
  %v4 = arith.andi %arg2, %arg2 : i33
  %v5 = arith.constant false
  %v6 = arith.shrui %v5, %v0 : i1
  %v7 = arith.select %v0, %v1, %v1 : bf16
  %v8:2 = arith.mulsi_extended %arg0, %arg0 : vector<4xi1>
  return %v8#1, %v1 : vector<4xi1>, bf16
}
func.func @f2(%arg0: i32) -> (i1, i1) {
  %v0 = arith.constant dense<[2147483647, 7]> : vector<2xi32>
  %v1 = arith.divsi %v0, %v0 : vector<2xi32>
  %v2 = arith.constant 7.0 : f32
  %v3 = arith.cmpf ogt, %v2, %v2 : f32
  %v4:2 = arith.addui_extended %arg0, %arg0 : i32, i1
  %v5 = arith.divsi %v0, %v0 : vector<2xi32>
  %v6 = arith.constant 0xBF800000 : f32
  %v7 = arith.constant 0x7F800000 : f32
  %v8 = arith.minnumf %v6, %v7 : f32
  %v9 = arith.constant 0x7F7FFFFF : f32
  %v10 = arith.constant 0x00800000 : f32
  %v11 = arith.mulf %v9, %v10 : f32
  %v12 = arith.constant -1 : i32
  %v13 = arith.constant -1252592298 : i32
  %v14 = arith.xori %v13, %v12 : i32
  %v15 = arith.xori %v14, %v12 : i32
  %v16 = arith.constant 1 : index
  %v17 = arith.constant 848106792153815414 : index
  %v18 = arith.divsi %v16, %v17 : index
  %v19 = arith.constant 0x7F7FFFFF : f32
  %v20 = arith.constant 0x007FFFFF : f32
  %v21 = arith.cmpf one, %v19, %v20 : f32
  %v22 = arith.bitcast %arg0 : i32 to f32
  %v23 = arith.constant 0x07 : f8E4M3FNUZ
  %v24 = arith.cmpf uno, %v23, %v23 : f8E4M3FNUZ
  %v25 = arith.cmpf oeq, %v22, %v22 fastmath<nnan,ninf> : f32
  %v26 = arith.constant dense<false> : vector<4xi1>
  %v27 = arith.constant 1.0e+10 : bf16
  %v28 = arith.constant 8589934589 : i33
  %v29:2 = func.call @f1(%v26, %v27, %v28) : (vector<4xi1>, bf16, i33) -> (vector<4xi1>, bf16)
  %v30 = arith.constant 2.0 : bf16
  %v31 = arith.cmpf uno, %v29#1, %v30 fastmath<reassoc,contract> : bf16
  %v32 = arith.constant dense<[[-2.5, 0x7FF0000000000000], [0.5, 0x7FF8000000000000]]> : tensor<2x2xf64>
  %v33 = arith.subf %v32, %v32 : tensor<2x2xf64>
  return %v24, %v25 : i1, i1
}
func.func @f3(%arg0: i32, %arg1: tensor<3xi32>, %arg2: vector<2xf16>) -> (vector<2xi8>, vector<4xi1>, i1) {
  %v0 = arith.constant dense<0x0000> : vector<2xf16>
  %v1 = arith.divf %v0, %arg2 : vector<2xf16>
  %v2 = arith.extui %arg1 : tensor<3xi32> to tensor<3xi64>
  %v3 = arith.constant dense<4503599627370496> : tensor<3xi64>
  %v4 = arith.cmpi uge, %v2, %v3 : tensor<3xi64>
  %v5 = arith.extui %arg1 : tensor<3xi32> to tensor<3xi64>
  %v6 = arith.constant dense<8> : tensor<3xi32>
  %v7 = arith.cmpi eq, %arg1, %v6 : tensor<3xi32>
  %v8 = arith.select %v7, %arg1, %v6 : tensor<3xi1>, tensor<3xi32>
  %v9 = arith.constant dense<0x7BFF> : vector<2xf16>
  %v10 = arith.cmpf ult, %arg2, %v9 fastmath<nnan> : vector<2xf16>
  %v11 = arith.constant false
  %v12 = arith.constant 170141183460469231731687303715884105727 : i128
  %v13 = arith.select %v11, %v12, %v12 : i128
  %v14 = arith.maxnumf %arg2, %v1 : vector<2xf16>
  %v15 = arith.constant dense<1.0e+10> : vector<2xf16>
  %v16 = arith.constant dense<[0x7C00, 0x1D2D]> : vector<2xf16>
  %v17 = arith.select %v11, %v15, %v16 : vector<2xf16>
  %v18 = arith.bitcast %v0 : vector<2xf16> to vector<2xi16>
  %v19 = arith.constant dense<true> : tensor<3xi1>
  %v20 = arith.constant dense<true> : tensor<3xi1>
  %v21 = arith.select %v7, %v19, %v20 : tensor<3xi1>, tensor<3xi1>
  %v22 = arith.remui %v10, %v10 : vector<2xi1>
  %v23 = arith.fptoui %arg2 : vector<2xf16> to vector<2xi8>
  %v24 = arith.constant 0xBC00 : f16
  %v25 = arith.truncf %v24 fastmath<arcp,afn> : f16 to f8E3M4
  %v26 = arith.constant dense<-8> : tensor<3xi32>
  %v27 = arith.cmpi sle, %arg1, %v26 : tensor<3xi32>
  %v28 = arith.constant 1073741824 : i32
  %v29:2 = func.call @f2(%v28) : (i32) -> (i1, i1)
  %v30 = arith.constant dense<-0.0> : vector<2xf16>
  %v31 = arith.subf %v16, %v30 : vector<2xf16>
  %v32 = arith.constant dense<0x0000> : vector<2xf16>
  %v33 = arith.bitcast %v32 : vector<2xf16> to vector<2xbf16>
  %v34 = arith.constant 9223372036854775807 : index
  %v35 = arith.cmpi ule, %v34, %v34 : index
  %v36 = arith.constant dense<[false, false, true, true]> : vector<4xi1>
  %v37 = arith.constant 0x007F : bf16
  %v38 = arith.constant -1 : i33
  %v39:2 = func.call @f1(%v36, %v37, %v38) : (vector<4xi1>, bf16, i33) -> (vector<4xi1>, bf16)
  return %v23, %v39#0, %v29#0 : vector<2xi8>, vector<4xi1>, i1
}
