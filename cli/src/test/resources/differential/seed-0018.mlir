// Random func/arith module, seed 18.
func.func @f0(%arg0: vector<2x3xi64>, %arg1: i128, %arg2: vector<2xi32>, %arg3: f32) -> (vector<2x3xi64>, i64) {
  %v0 = arith.constant dense<[[9223372036854775807, 1, 9223372036854775807], [12, 9223372036854775807, 13]]> : vector<2x3xi64>
  %v1 = arith.addi %arg0, %v0 : vector<2x3xi64>
  %v2:2 = arith.mului_extended %v0, %arg0 : vector<2x3xi64>
  %v3 = arith.index_cast %arg1 : i128 to index
  %v4 = arith.constant true
  %v5 = arith.constant dense<[0xFF80, 0x0000]> : vector<2xbf16>
  %v6 = arith.constant dense<0xFFC0> : vector<2xbf16>
  %v7 = arith.select %v4, %v5, %v6 : vector<2xbf16>
  %v8 = arith.fptosi %arg3 : f32 to i64
  %v9 = arith.constant dense<-2147483648> : vector<2xi32>
  %v10 = arith.cmpi slt, %arg2, %v9 : vector<2xi32>
  return %v2#0, %v8 : vector<2x3xi64>, i64
}
func.func @f1(%arg0: f8E4M3FN, %arg1: i16, %arg2: vector<2xbf16>) {
  %v0 = arith.subf %arg2, %arg2 fastmath<nsz> : vector<2xbf16>
  %v1 = arith.constant 0x77 : f8E4M3
  %v2 = arith.constant -2.5 : f8E4M3
  %v3 = arith.remf %v1, %v2 fastmath<ninf> : f8E4M3
  %v4 = arith.bitcast %arg0 : f8E4M3FN to f8E4M3FNUZ
  %v5 = arith.constant dense<[[62107616780316439, 4350594130050715826], [9223372036854775807, 11]]> : tensor<2x2xi64>
  %v6 = arith.constant dense<9223372036854775807> : tensor<2x2xi64>
  %v7 = arith.xori %v5, %v6 : tensor<2x2xi64>
  %v8 = arith.constant 0xFC : f8E4M3FNUZ
  %v9 = arith.constant 0xB8 : f8E4M3FNUZ
  %v10 = arith.cmpf ueq, %v8, %v9 : f8E4M3FNUZ
  %v11 = arith.constant 0x00 : f8E4M3FN
  %v12 = arith.cmpf oeq, %v11, %arg0 fastmath<nsz> : f8E4M3FN
  %v13 = arith.ceildivsi %v5, %v5 : tensor<2x2xi64>
  %v14 = arith.constant 0x07 : f8E4M3
  %v15 = arith.extf %v14 : f8E4M3 to f32
  %v16 = arith.constant 0 : i16
  %v17 = arith.select %v12, %v16, %v16 : i16
  %v18 = arith.constant dense<0x7F7FFFFF> : tensor<2x2xf32>
  %v19 = arith.bitcast %v18 : tensor<2x2xf32> to tensor<2x2xi32>
  %v20 = arith.constant dense<9> : tensor<3xi8>
  %v21 = arith.cmpi sge, %v20, %v20 : tensor<3xi8>
  %v22 = arith.constant dense<[[true, true, true], [true, true, true]]> : vector<2x3xi1>
  %v23 = arith.constant dense<[[true, false, true], [false, true, true]]> : vector<2x3xi1>
  %v24 = arith.remsi %v22, %v23 : vector<2x3xi1>
  %v25 = arith.fptoui %arg2 : vector<2xbf16> to vector<2xi1>
  %v26 = arith.constant 1 : i32
  %v27:2 = arith.addui_extended %v26, %v26 : i32, i1
  %v28 = arith.cmpf false, %v0, %arg2 : vector<2xbf16>
  %v29 = arith.constant 0x0080 : bf16
  %v30 = arith.fptosi %v29 : bf16 to i64
  %v31 = arith.constant dense<0> : vector<2x3xi64>
  %v32 = arith.constant 129 : i128
  %v33 = arith.constant dense<[262144, 1347827418]> : vector<2xi32>
  %v34:2 = func.call @f0(%v31, %v32, %v33, %v15) : (vector<2x3xi64>, i128, vector<2xi32>, f32) -> (vector<2x3xi64>, i64)
  %v35 = arith.constant true
  %v36 = arith.index_castui %v35 : i1 to index
  %v37 = arith.remsi %v30, %v30 : i64
  return
}
func.func @f2(%arg0: vector<2xf64>, %arg1: tensor<3xi8>, %arg2: f8E5M2) -> (tensor<3xi32>, tensor<3xi8>) {
  %v0 = arith.uitofp %arg1 : tensor<3xi8> to tensor<3xf32>
  %v1 = arith.constant dense<[[100.0, 0.5, 0x1D83], [-3.0e-05, 0x0080, 0x7F80]]> : vector<2x3xbf16>
  %v2 = arith.cmpf false, %v1, %v1 : vector<2x3xbf16>
  %v3 = arith.fptosi %v0 : tensor<3xf32> to tensor<3xi32>
  %v4 = arith.constant 170141183460469231731687303715884105728 : i128
  %v5 = arith.cmpi uge, %v4, %v4 : i128
  %v6 = arith.uitofp %arg1 : tensor<3xi8> to tensor<3xf32>
  %v7 = arith.constant dense<2.0> : vector<2xf64>
  %v8 = arith.maxnumf %v7, %arg0 fastmath<reassoc,contract> : vector<2xf64>
  %v9 = arith.constant dense<true> : tensor<3xi1>
  %v10 = arith.constant dense<16> : tensor<3xi8>
  %v11 = arith.select %v9, %v10, %arg1 : tensor<3xi1>, tensor<3xi8>
  %v12 = arith.constant dense<[true, true, false]> : tensor<3xi1>
  %v13 = arith.constant dense<[12, -4, 33]> : tensor<3xi32>
  %v14 = arith.select %v12, %v3, %v13 : tensor<3xi1>, tensor<3xi32>
  %v15 = arith.constant dense<0x8000000000000000> : vector<2xf64>
  %v16 = arith.cmpf false, %arg0, %v15 fastmath<ninf> : vector<2xf64>
  %v17 = arith.constant dense<[[true, false, true], [true, false, false]]> : vector<2x3xi1>
  %v18 = arith.shrsi %v17, %v17 : vector<2x3xi1>
  %v19 = arith.minui %v10, %arg1 : tensor<3xi8>
  %v20 = arith.select %v16, %v16, %v16 : vector<2xi1>, vector<2xi1>
  %v21 = arith.constant 0 : i32
  %v22 = arith.constant 15 : i32
  %v23 = arith.addi %v21, %v22 : i32
  %v24 = arith.constant dense<[-2, 9, -128]> : tensor<3xi8>
  %v25 = arith.minsi %v19, %v24 : tensor<3xi8>
  %v26 = arith.constant dense<[15, 32, -128]> : tensor<3xi8>
  %v27 = arith.constant dense<[1, 115, 19]> : tensor<3xi8>
  %v28 = arith.cmpi uge, %v26, %v27 : tensor<3xi8>
  %v29 = arith.constant dense<true> : tensor<3xi1>
  %v30 = arith.floordivsi %v12, %v29 : tensor<3xi1>
  %v31 = arith.fptoui %arg0 : vector<2xf64> to vector<2xi16>
  %v32 = arith.select %v9, %v3, %v14 : tensor<3xi1>, tensor<3xi32>
  %v33 = arith.mulf %arg2, %arg2 : f8E5M2
  %v34 = arith.shrsi %v17, %v17 : vector<2x3xi1>
  %v35 = arith.shrsi %v17, %v17 : vector<2x3xi1>
  %v36 = arith.constant dense<[4.0, -2.5]> : vector<2xf64>
  %v37 = arith.cmpf true, %v8, %v36 fastmath<ninf> : vector<2xf64>
  return %v32, %v10 : tensor<3xi32>, tensor<3xi8>
}
func.func @f3(%arg0: i32) -> (i32, f32) {
  %v0 = arith.constant -1 : i32
  %v1 = arith.ceildivsi %v0, %arg0 : i32
  %v2 = arith.bitcast %v0 : i32 to f32
  %v3 = arith.divsi %v1, %v0 exact : i32
  %v4 = arith.bitcast %v3 : i32 to f32
  %v5 = arith.constant true
  %v6 = arith.constant 0x3F800000 : f32
  %v7 = arith.select %v5, %v6, %v4 : f32
  %v8 = arith.select %v5, %v6, %v4 : f32
  %v9 = arith.constant 16777216 : i32
  %v10 = arith.constant 31 : i32
  %v11 = arith.minsi %v9, %v10 : i32
  %v12 = arith.constant 1.0e+10 : f32
  %v13 = arith.constant 0x00000000 : f32
  %v14 = arith.minnumf %v12, %v13 : f32
  %v15 = arith.constant 0.0 : f32
  %v16 = arith.constant 0x7F800000 : f32
  %v17 = arith.divf %v15, %v16 : f32
  return %v9, %v8 : i32, f32
}
