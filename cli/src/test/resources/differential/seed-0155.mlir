// Random func/arith module, seed 155.
func.func @f0(%arg0: i32, %arg1: f64, %arg2: f64, %arg3: vector<f16>) -> i1 {
  %v0 = arith.cmpi ne, %arg0, %arg0 : i32
  %v1 = arith.select %v0, %arg0, %arg0 : i32
  %v2 = arith.constant -0.75 : f32
  %v3 = arith.constant 0x7F800000 : f32
  %v4 = arith.minimumf %v2, %v3 : f32
  %v5 = arith.constant -3108805860 : i33
  %v6 = arith.sitofp %v5 {tag = 0 : i64} : i33 to f6E3M2FN
  %v7 = arith.cmpf ole, %v3, %v2 : f32
  %v8 = arith.truncf %v6 : f6E3M2FN to f4E2M1FN
  %v9 = arith.constant dense<0x0001> : vector<f16>
  %v10 = arith.addf %v9, %v9 fastmath<fast> : vector<f16>
  return %v0 : i1
}
func.func @f1(%arg0: vector<2x3xi16>, %arg1: f16, %arg2: i64, %arg3: f8E4M3FN) -> (vector<2x3xi1>, i1, i1) {
  %v0 = arith.constant 4.0 : f16
  %v1 = arith.addf %arg1, %v0 fastmath<nnan> : f16
  %v2 = arith.addf %arg1, %v0 fastmath<nnan> : f16
  %v3 = arith.addf %arg1, %v0 fastmath<nnan> : f16
  %v4 = arith.extsi %arg0 : vector<2x3xi16> to vector<2x3xi64>
  %v5 = arith.constant dense<1> : vector<2x3xi64>
  %v6 = arith.cmpi slt, %v4, %v5 : vector<2x3xi64>
  %v7 = arith.constant 0x07 : f8E4M3FN
  %v8 = arith.cmpf olt, %v7, %arg3 fastmath<nnan,ninf> : f8E4M3FN
  %v9 = arith.constant true
  %v10 = arith.constant true
  %v11 = arith.addi %v9, %v10 overflow<nsw> : i1
  %v12 = arith.constant dense<true> : vector<2x3xi1>
  %v13 = arith.constant dense<[[true, false, true], [true, false, true]]> : vector<2x3xi1>
  %v14 = arith.maxui %v12, %v13 : vector<2x3xi1>
  return %v12, %v8, %v8 : vector<2x3xi1>, i1, i1
}
func.func @f2(%arg0: f16, %arg1: tensor<2x2xf16>) -> (tensor<2x2xf16>, tensor<2x2xf16>) {
  %v0 = arith.constant dense<[-6, -2147483648, -2, 1]> : vector<4xi32>
  %v1 = arith.constant dense<[1, -2147483648, -2147483648, 1]> : vector<4xi32>
  %v2:2 = arith.mului_extended %v0, %v1 : vector<4xi32>
  %v3 = arith.constant dense<[2, -2142084007, -2147483648, 33]> : vector<4xi32>
  %v4 = arith.subi %v1, %v3 : vector<4xi32>
  %v5 = arith.constant dense<[[0x7C00, 0x5C1E], [0x03FF, 7.0]]> : tensor<2x2xf16>
  %v6 = arith.subf %arg1, %v5 : tensor<2x2xf16>
  %v7 = arith.constant -1.0 : f16
  %v8 = arith.mulf %arg0, %v7 fastmath<arcp,afn> : f16
  %v9 = arith.index_cast %v0 : vector<4xi32> to vector<4xindex>
  %v10 = arith.index_cast %v9 : vector<4xindex> to vector<4xi32>
  %v11 = arith.constant dense<-1290912783> : vector<4xi32>
  %v12 = arith.cmpi ne, %v4, %v11 : vector<4xi32>
  %v13 = arith.constant dense<true> : vector<i1>
  %v14 = arith.index_castui %v13 : vector<i1> to vector<index>
  %v15 = arith.maxnumf %arg1, %v5 fastmath<none> : tensor<2x2xf16>
  %v16 = arith.constant dense<false> : vector<i1>
  %v17 = arith.subi %v16, %v16 : vector<i1>
  %v18 = arith.index_cast %v0 : vector<4xi32> to vector<4xindex>
  %v19 = arith.constant dense<2147483647> : vector<i32>
  %v20 = arith.index_castui %v19 : vector<i32> to vector<index>
  %v21 = arith.index_castui %v20 : vector<index> to vector<i32>
  return %v15, %v15 : tensor<2x2xf16>, tensor<2x2xf16>
}
func.func @f3(%arg0: vector<i16>, %arg1: f8E4M3FNUZ, %arg2: f6E2M3FN) -> (i1, i1) {
  %v0 = arith.constant 118 : i8
  %v1 = arith.shrui %v0, %v0 exact : i8
  %v2 = arith.negf %arg1 : f8E4M3FNUZ
  %v3 = arith.negf %v2 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v4 = arith.constant true
  %v5 = arith.extui %v4 : i1 to i7
  %v6 = arith.constant dense<1> : vector<i16>
  %v7 = arith.shli %v6, %arg0 overflow<nsw> : vector<i16>
  %v8 = arith.constant 0 : i32
  %v9 = arith.cmpi ult, %v8, %v8 : i32
  %v10 = arith.constant 0x00 : f8E4M3FNUZ
  %v11 = arith.cmpf une, %v10, %arg1 : f8E4M3FNUZ
  %v12 = arith.constant 0x07 : f6E2M3FN
  %v13 = arith.cmpf ugt, %v12, %arg2 : f6E2M3FN
  %v14 = arith.negf %arg1 : f8E4M3FNUZ
  %v15 = arith.constant dense<1> : vector<i16>
  %v16 = arith.addi %v7, %v15 : vector<i16>
  %v17 = arith.constant dense<15> : vector<i16>
  %v18 = arith.addi %v16, %v17 : vector<i16>
  %v19 = arith.constant -32 : i7
  %v20 = arith.constant 0 : i7
  %v21 = arith.ori %v19, %v20 : i7
  %v22 = arith.select %v4, %v12, %arg2 : f6E2M3FN
  %v23 = arith.constant dense<7> : vector<i16>
  %v24 = arith.shli %v23, %v16 overflow<nuw> : vector<i16>
  %v25 = arith.constant dense<16> : vector<2x3xi16>
  %v26 = arith.constant 0.0 : f16
  %v27 = arith.constant 64 : i64
  %v28 = arith.constant 0xEF : f8E4M3FN
  %v29:3 = func.call @f1(%v25, %v26, %v27, %v28) : (vector<2x3xi16>, f16, i64, f8E4M3FN) -> (vector<2x3xi1>, i1, i1)
  %v30 = arith.constant dense<[[3, 1, 2048], [4, 1, 4]]> : vector<2x3xi16>
  %v31 = arith.remui %v30, %v30 : vector<2x3xi16>
  %v32 = arith.select %v4, %v12, %arg2 : f6E2M3FN
  %v33 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v34 = arith.addf %v33, %v14 fastmath<none> : f8E4M3FNUZ
  %v35 = arith.trunci %v8 : i32 to i7
  return %v29#1, %v29#1 : i1, i1
}
