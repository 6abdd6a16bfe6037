// Random func/arith module, seed 108.
func.func @f0(%arg0: vector<2xf64>, %arg1: i33, %arg2: tensor<3xi8>, %arg3: vector<f16>) -> (tensor<0xbf16>, i33) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.shrui %v0, %v0 : i32
  %v2 = arith.constant -760753016 : i33
  %v3 = arith.divui %v2, %arg1 exact : i33
  %v4 = arith.constant dense<0x3C00> : vector<f16>
  %v5 = arith.subf %v4, %v4 fastmath<reassoc,contract> : vector<f16>
  %v6 = arith.shrui %v0, %v0 : i32
  %v7 = arith.constant dense<true> : tensor<0xi1>
  %v8 = arith.constant dense<-3.0e-05> : tensor<0xbf16>
  %v9 = arith.constant dense<[]> : tensor<0xbf16>
  %v10 = arith.select %v7, %v8, %v9 : tensor<0xi1>, tensor<0xbf16>
  %v11 = arith.divui %v2, %arg1 exact : i33
  %v12 = arith.constant 4294967295 : i33
  %v13 = arith.cmpi sgt, %v11, %v12 : i33
  %v14 = arith.cmpf une, %v4, %arg3 : vector<f16>
  %v15 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : vector<2xf64>
  %v16 = arith.constant dense<0xA2334D85EF373161> : vector<2xf64>
  %v17 = arith.maximumf %v15, %v16 fastmath<none> : vector<2xf64>
  %v18 = arith.fptosi %v16 : vector<2xf64> to vector<2xi8>
  %v19 = arith.remsi %v14, %v14 : vector<i1>
  %v20 = arith.fptosi %arg3 : vector<f16> to vector<i32>
  %v21 = arith.fptosi %v16 : vector<2xf64> to vector<2xi8>
  %v22 = arith.constant dense<[0.5, 100.0]> : vector<2xf64>
  %v23 = arith.minimumf %v15, %v22 : vector<2xf64>
  %v24 = arith.constant dense<0x0788> : tensor<0xbf16>
  %v25 = arith.constant dense<[]> : tensor<0xbf16>
  %v26 = arith.remf %v24, %v25 : tensor<0xbf16>
  %v27 = arith.shrui %v0, %v0 : i32
  %v28 = arith.fptosi %v22 : vector<2xf64> to vector<2xi8>
  %v29 = arith.constant 100.0 : f8E3M4
  %v30 = arith.constant 0xF8 : f8E3M4
  %v31 = arith.mulf %v29, %v30 fastmath<arcp,afn> : f8E3M4
  %v32:2 = arith.mului_extended %v0, %v1 : i32
  %v33:2 = arith.mulsi_extended %v3, %arg1 : i33
  %v34 = arith.constant dense<[0.5, 7.0]> : vector<2xf64>
  %v35 = arith.minnumf %v16, %v34 fastmath<nnan,ninf> : vector<2xf64>
  %v36 = arith.cmpf ord, %v22, %v17 fastmath<ninf> : vector<2xf64>
  return %v25, %v33#0 : tensor<0xbf16>, i33
}
func.func @f1(%arg0: f4E2M1FN, %arg1: f6E2M3FN, %arg2: vector<4xf64>, %arg3: i1) -> (i64, i32, f6E2M3FN) {
  %v0 = arith.constant 4.0 : f6E2M3FN
  %v1 = arith.minnumf %arg1, %v0 fastmath<nnan> : f6E2M3FN
  %v2 = arith.constant false
  %v3 = arith.minsi %arg3, %v2 : i1
  %v4 = arith.constant -0.0 : f8E5M2FNUZ
  %v5 = arith.constant 0x80 : f8E5M2FNUZ
  %v6 = arith.addf %v4, %v5 fastmath<nsz> : f8E5M2FNUZ
  %v7 = arith.addf %v5, %v4 fastmath<nsz> : f8E5M2FNUZ
  %v8 = arith.constant 7.0 : f6E2M3FN
  %v9 = arith.maxnumf %v8, %arg1 : f6E2M3FN
  %v10 = arith.constant 4.0 : f32
  %v11 = arith.constant 0x7FC00000 : f32
  %v12 = arith.minimumf %v10, %v11 : f32
  %v13 = arith.maxnumf %v8, %arg1 : f6E2M3FN
  %v14 = arith.constant -2147483648 : i32
  %v15:2 = arith.mului_extended %v14, %v14 : i32
  %v16 = arith.extui %v14 : i32 to i64
  %v17 = arith.constant 7 : i32
  %v18 = arith.extui %v17 : i32 to i64
  %v19 = arith.cmpi ule, %v16, %v18 : i64
  %v20 = arith.constant true
  %v21 = arith.cmpi ult, %arg3, %v20 : i1
  return %v16, %v15#0, %v13 : i64, i32, f6E2M3FN
}
func.func @f2(%arg0: i7, %arg1: vector<[4]xf16>, %arg2: i64, %arg3: i32) -> (tensor<3xindex>, vector<2x3xi1>) {
  %v0 = arith.constant dense<0x8000> : vector<2x3xf16>
  %v1 = arith.extf %v0 : vector<2x3xf16> to vector<2x3xf64>
  %v2 = arith.extf %v0 : vector<2x3xf16> to vector<2x3xf64>
  %v3 = arith.constant dense<4.0> : vector<2xf64>
  %v4 = arith.constant -4294967296 : i33
  %v5 = arith.constant dense<-5> : tensor<3xi8>
  %v6 = arith.constant dense<0xBC00> : vector<f16>
  %v7:2 = func.call @f0(%v3, %v4, %v5, %v6) : (vector<2xf64>, i33, tensor<3xi8>, vector<f16>) -> (tensor<0xbf16>, i33)
  %v8 = arith.constant dense<false> : tensor<0xi1>
  %v9 = arith.constant dense<[]> : tensor<0xbf16>
  %v10 = arith.select %v8, %v7#0, %v9 : tensor<0xi1>, tensor<0xbf16>
  %v11 = arith.ceildivsi %arg0, %arg0 : i7
  %v12 = arith.constant dense<1.0> : vector<2x3xf16>
  %v13 = arith.cmpf oeq, %v0, %v12 : vector<2x3xf16>
  %v14 = arith.extui %arg3 : i32 to i64
  %v15 = arith.constant 1 : i64
  %v16 = arith.cmpi uge, %v14, %v15 : i64
  %v17 = arith.constant dense<[8, 3, 60]> : tensor<3xi8>
  %v18 = arith.constant dense<0> : tensor<3xi8>
  %v19 = arith.muli %v17, %v18 overflow<nsw, nuw> : tensor<3xi8>
  %v20 = arith.minsi %v14, %v14 : i64
  %v21 = arith.index_castui %v5 : tensor<3xi8> to tensor<3xindex>
  %v22 = arith.cmpi uge, %v14, %v15 : i64
  %v23 = arith.cmpf oeq, %v0, %v12 : vector<2x3xf16>
  %v24 = arith.bitcast %v14 : i64 to f64
  %v25 = arith.ceildivsi %arg3, %arg3 : i32
  %v26 = arith.index_castui %v5 : tensor<3xi8> to tensor<3xindex>
  %v27 = arith.bitcast %v25 : i32 to f32
  %v28 = arith.bitcast %v27 : f32 to i32
  %v29 = arith.constant dense<[-5, 32, -5]> : tensor<3xindex>
  %v30 = arith.maxui %v26, %v29 : tensor<3xindex>
  %v31 = arith.cmpi uge, %v14, %v15 : i64
  %v32 = arith.constant dense<0x7F80> : tensor<0xbf16>
  %v33 = arith.mulf %v7#0, %v32 fastmath<arcp,afn> : tensor<0xbf16>
  %v34 = arith.extui %v25 : i32 to i64
  %v35 = arith.constant 1 : i64
  %v36 = arith.cmpi sle, %v34, %v35 : i64
  %v37 = arith.cmpi sle, %v34, %v35 : i64
  %v38 = arith.ceildivsi %arg3, %arg3 : i32
  return %v30, %v13 : tensor<3xindex>, vector<2x3xi1>
}
func.func @f3(%arg0: f8E8M0FNU, %arg1: i64, %arg2: f64) -> (i64, f64, f8E4M3B11FNUZ) {
  %v0 = arith.constant false
  %v1 = arith.select %v0, %arg1, %arg1 : i64
  %v2 = arith.constant true
  %v3 = arith.cmpi sgt, %v0, %v2 : i1
  %v4 = arith.shrui %v1, %arg1 : i64
  %v5 = arith.select %v0, %arg1, %arg1 : i64
  %v6 = arith.select %v0, %arg1, %arg1 : i64
  %v7 = arith.sitofp %v6 : i64 to f64
  %v8 = arith.fptoui %v7 : f64 to i64
  %v9 = arith.truncf %arg2 fastmath<fast> : f64 to f8E4M3B11FNUZ
  %v10 = arith.remui %v1, %v6 : i64
  return %v6, %v7, %v9 : i64, f64, f8E4M3B11FNUZ
}
