// Random func/arith module, seed 37.
func.func @f0(%arg0: vector<f16>, %arg1: vector<2x3xi64>, %arg2: i1, %arg3: f8E4M3B11FNUZ) -> (vector<i1>, f8E4M3B11FNUZ) {
  %v0 = arith.constant -2.5 : f8E4M3B11FNUZ
  %v1 = arith.maxnumf %arg3, %v0 fastmath<reassoc,contract> : f8E4M3B11FNUZ
  %v2 = arith.constant false
  %v3 = arith.divsi %arg2, %v2 exact : i1
  %v4 = arith.divsi %arg2, %v2 exact : i1
  %v5 = arith.constant dense<1.0e+10> : vector<f16>
  %v6 = arith.constant dense<0x3C00> : vector<f16>
  %v7 = arith.remf %v5, %v6 fastmath<none> : vector<f16>
  %v8 = arith.minsi %v2, %arg2 : i1
  %v9 = arith.maxnumf %v0, %v1 fastmath<none> : f8E4M3B11FNUZ
  %v10 = arith.maxnumf %v0, %v1 fastmath<none> : f8E4M3B11FNUZ
  %v11 = arith.cmpf uge, %arg0, %arg0 fastmath<none> : vector<f16>
  %v12 = arith.constant dense<true> : vector<i1>
  %v13 = arith.cmpi ne, %v12, %v11 : vector<i1>
  %v14 = arith.select %v13, %v11, %v12 : vector<i1>, vector<i1>
  %v15 = arith.select %v8, %arg3, %v10 : f8E4M3B11FNUZ
  %v16 = arith.constant 0x08 : f8E4M3B11FNUZ
  %v17 = arith.mulf %v1, %v16 fastmath<fast> : f8E4M3B11FNUZ
  %v18 = arith.select %v8, %arg3, %v10 : f8E4M3B11FNUZ
  %v19 = arith.constant 1 : i128
  %v20 = arith.trunci %v19 : i128 to i33
  %v21 = arith.maxnumf %v0, %v1 fastmath<none> : f8E4M3B11FNUZ
  return %v13, %v21 : vector<i1>, f8E4M3B11FNUZ
}
func.func @f1(%arg0: tensor<3xi16>, %arg1: bf16) -> (i1, tensor<3xi16>, f8E4M3B11FNUZ) {
  %v0 = arith.constant dense<14> : tensor<3xi16>
  %v1 = arith.constant dense<[1, -32768, 32767]> : tensor<3xi16>
  %v2 = arith.minui %v0, %v1 : tensor<3xi16>
  %v3 = arith.constant -2.5 : bf16
  %v4 = arith.cmpf ugt, %v3, %arg1 : bf16
  %v5 = arith.maxnumf %arg1, %arg1 fastmath<nnan> : bf16
  %v6 = arith.constant false
  %v7 = arith.shrui %v6, %v6 : i1
  %v8:2 = arith.mulsi_extended %v4, %v4 : i1
  %v9 = arith.minsi %v8#1, %v6 : i1
  %v10 = arith.negf %v5 : bf16
  %v11 = arith.negf %v10 : bf16
  %v12 = arith.maximumf %arg1, %v3 : bf16
  %v13 = arith.constant dense<-2> : tensor<3xi16>
  %v14 = arith.minsi %arg0, %v13 : tensor<3xi16>
  %v15 = arith.bitcast %v3 : bf16 to f16
  %v16 = arith.remui %v8#1, %v4 : i1
  %v17 = arith.constant 0x5FC00 : tf32
  %v18 = arith.constant 3.0 : tf32
  %v19 = arith.maxnumf %v17, %v18 : tf32
  %v20 = arith.constant 0xB9693EE1 : f32
  %v21 = arith.constant 1.0 : f32
  %v22 = arith.mulf %v20, %v21 : f32
  %v23 = arith.constant false
  %v24 = arith.ori %v6, %v23 : i1
  %v25 = arith.constant dense<0x7BFF> : vector<f16>
  %v26 = arith.constant dense<[[16777216, 16, 65536], [-4, 9223372036854775807, -5]]> : vector<2x3xi64>
  %v27 = arith.constant 0x78 : f8E4M3B11FNUZ
  %v28:2 = func.call @f0(%v25, %v26, %v9, %v27) : (vector<f16>, vector<2x3xi64>, i1, f8E4M3B11FNUZ) -> (vector<i1>, f8E4M3B11FNUZ)
  %v29 = arith.constant dense<false> : vector<i1>
  %v30 = arith.ori %v28#0, %v29 : vector<i1>
  %v31 = arith.cmpf ord, %v28#1, %v28#1 fastmath<none> : f8E4M3B11FNUZ
  return %v4, %v14, %v28#1 : i1, tensor<3xi16>, f8E4M3B11FNUZ
}
func.func @f2(%arg0: i7, %arg1: tensor<3xf64>, %arg2: i32, %arg3: i32) -> (vector<i1>, i1) {
  %v0 = arith.constant dense<[[-2.5, 0x7FF0000000000000, 0.5], [0x7FF8000000000000, 0x0000000000000001, 0x7FF8000000000000]]> : vector<2x3xf64>
  %v1 = arith.subf %v0, %v0 : vector<2x3xf64>
  %v2 = arith.constant dense<0.5> : vector<f16>
  %v3 = arith.constant dense<2048> : vector<2x3xi64>
  %v4 = arith.constant true
  %v5 = arith.constant 0xD8 : f8E4M3B11FNUZ
  %v6:2 = func.call @f0(%v2, %v3, %v4, %v5) : (vector<f16>, vector<2x3xi64>, i1, f8E4M3B11FNUZ) -> (vector<i1>, f8E4M3B11FNUZ)
  %v7 = arith.constant 8 : i7
  %v8 = arith.constant 10 : i7
  %v9 = arith.divsi %v7, %v8 : i7
  %v10 = arith.cmpf ugt, %v6#1, %v6#1 fastmath<ninf> : f8E4M3B11FNUZ
  %v11 = arith.constant false
  %v12 = arith.constant dense<0x26896E0D6C8FC894> : tensor<3xf64>
  %v13 = arith.constant dense<0x0010000000000000> : tensor<3xf64>
  %v14 = arith.select %v11, %v12, %v13 : tensor<3xf64>
  %v15 = arith.constant dense<7> : tensor<3xi16>
  %v16 = arith.constant dense<1> : tensor<3xi16>
  %v17 = arith.cmpi sgt, %v15, %v16 : tensor<3xi16>
  %v18 = arith.cmpf ugt, %v6#1, %v6#1 fastmath<ninf> : f8E4M3B11FNUZ
  %v19 = arith.maximumf %arg1, %arg1 fastmath<none> : tensor<3xf64>
  %v20 = arith.subf %v0, %v0 : vector<2x3xf64>
  %v21 = arith.constant dense<[[127, 4, 40], [110, -1, 10]]> : vector<2x3xi8>
  %v22 = arith.index_castui %v21 : vector<2x3xi8> to vector<2x3xindex>
  %v23 = arith.subf %v0, %v0 : vector<2x3xf64>
  %v24 = arith.cmpf ugt, %v6#1, %v6#1 fastmath<ninf> : f8E4M3B11FNUZ
  %v25 = arith.constant 0x7F800000 : f32
  %v26 = arith.fptosi %v25 : f32 to i7
  %v27 = arith.extui %v6#0 : vector<i1> to vector<i8>
  %v28 = arith.constant dense<true> : vector<i1>
  %v29 = arith.select %v6#0, %v6#0, %v28 : vector<i1>, vector<i1>
  %v30 = arith.uitofp %v10 : i1 to f128
  %v31 = arith.constant -1 : i32
  %v32 = arith.muli %arg2, %v31 : i32
  %v33 = arith.constant 1 : i32
  %v34 = arith.muli %v32, %v33 : i32
  %v35 = arith.constant dense<0xFE00> : vector<f16>
  %v36:2 = func.call @f0(%v35, %v3, %v24, %v5) : (vector<f16>, vector<2x3xi64>, i1, f8E4M3B11FNUZ) -> (vector<i1>, f8E4M3B11FNUZ)
  %v37 = arith.constant true
  %v38 = arith.cmpi ne, %v4, %v37 : i1
  %v39 = arith.select %v18, %v5, %v6#1 : f8E4M3B11FNUZ
  %v40 = arith.divsi %v7, %v8 : i7
  %v41 = arith.select %v6#0, %v6#0, %v28 : vector<i1>, vector<i1>
  return %v41, %v24 : vector<i1>, i1
}
func.func @f3(%arg0: index, %arg1: vector<4xf64>, %arg2: tensor<0xbf16>) -> (vector<i1>, i1) {
  %v0 = arith.constant dense<7.0> : vector<f16>
  %v1 = arith.constant dense<10> : vector<2x3xi64>
  %v2 = arith.constant false
  %v3 = arith.constant 1.0 : f8E4M3B11FNUZ
  %v4:2 = func.call @f0(%v0, %v1, %v2, %v3) : (vector<f16>, vector<2x3xi64>, i1, f8E4M3B11FNUZ) -> (vector<i1>, f8E4M3B11FNUZ)
  %v5 = arith.constant dense<[32767, 0, -32768]> : tensor<3xi16>
  %v6 = arith.constant -3.0e-05 : bf16
  %v7:3 = func.call @f1(%v5, %v6) : (tensor<3xi16>, bf16) -> (i1, tensor<3xi16>, f8E4M3B11FNUZ)
  %v8 = arith.constant 100.0 : f8E4M3B11FNUZ
  %v9 = arith.cmpf true, %v4#1, %v8 : f8E4M3B11FNUZ
  %v10 = arith.maximumf %arg1, %arg1 : vector<4xf64>
  %v11:3 = func.call @f1(%v5, %v6) : (tensor<3xi16>, bf16) -> (i1, tensor<3xi16>, f8E4M3B11FNUZ)
  %v12:3 = func.call @f1(%v5, %v6) : (tensor<3xi16>, bf16) -> (i1, tensor<3xi16>, f8E4M3B11FNUZ)
  %v13 = arith.constant dense<3> : vector<2x3xi64>
  %v14 = arith.constant dense<[[-9223372036854775808, -6, 4096], [6, 9, -1]]> : vector<2x3xi64>
  %v15 = arith.maxsi %v13, %v14 : vector<2x3xi64>
  %v16 = arith.constant -0.0 : f8E4M3B11FNUZ
  %v17 = arith.cmpf ugt, %v16, %v12#2 fastmath<nnan> : f8E4M3B11FNUZ
  %v18 = arith.xori %v4#0, %v4#0 : vector<i1>
  return %v18, %v12#0 : vector<i1>, i1
}
