// Random func/arith module, seed 134.
func.func @f0(%arg0: f32, %arg1: f16, %arg2: f4E2M1FN, %arg3: f8E4M3FN) -> (bf16, bf16) {
  %v0 = arith.constant dense<1> : tensor<3xi32>
  %v1 = arith.bitcast %v0 : tensor<3xi32> to tensor<3xf32>
  %v2 = arith.constant 56294679481147200770193955665938463652 : i128
  %v3 = arith.constant 128 : i128
  %v4 = arith.cmpi ult, %v2, %v3 : i128
  %v5 = arith.bitcast %v0 : tensor<3xi32> to tensor<3xf32>
  %v6 = arith.constant true
  %v7 = arith.shrui %v4, %v6 : i1
  %v8 = arith.cmpi ult, %v2, %v3 : i128
  %v9 = arith.constant 133849370250945178295639589859719734616 : i128
  %v10 = arith.constant -170141183460469231731687303715884105728 : i128
  %v11 = arith.maxsi %v9, %v10 : i128
  %v12 = arith.cmpi ne, %v0, %v0 : tensor<3xi32>
  %v13 = arith.constant dense<[true, true, true]> : tensor<3xi1>
  %v14 = arith.constant dense<[true, true, false]> : tensor<3xi1>
  %v15 = arith.cmpi eq, %v13, %v14 : tensor<3xi1>
  %v16 = arith.constant 0xFC00 : f16
  %v17 = arith.extf %v16 fastmath<reassoc,contract> : f16 to f64
  %v18 = arith.constant dense<40> : vector<i8>
  %v19 = arith.constant dense<-128> : vector<i8>
  %v20 = arith.select %v7, %v18, %v19 : vector<i8>
  %v21 = arith.extf %arg3 fastmath<ninf> : f8E4M3FN to bf16
  %v22 = arith.shrui %v4, %v6 : i1
  %v23 = arith.extf %v16 fastmath<reassoc,contract> : f16 to f64
  %v24 = arith.index_castui %v13 : tensor<3xi1> to tensor<3xindex>
  %v25 = arith.constant dense<-128> : vector<2x3xi8>
  %v26 = arith.constant dense<[[-5, 0, 16], [-1, -1, -1]]> : vector<2x3xi8>
  %v27 = arith.cmpi ne, %v25, %v26 : vector<2x3xi8>
  %v28 = arith.constant 7 : i8
  %v29 = arith.sitofp %v28 : i8 to f6E2M3FN
  %v30 = arith.constant true
  %v31 = arith.cmpi ugt, %v6, %v30 : i1
  %v32 = arith.shrui %v4, %v6 : i1
  %v33 = arith.sitofp %v28 : i8 to f6E2M3FN
  %v34 = arith.subf %v21, %v21 : bf16
  return %v21, %v21 : bf16, bf16
}
func.func @f1(%arg0: f64, %arg1: f64, %arg2: i128) -> vector<2x3xf64> {
  %v0 = arith.subi %arg2, %arg2 : i128
  %v1 = arith.constant 0x0000000000000001 : f64
  %v2 = arith.constant 0x3FF0000000000000 : f64
  %v3 = arith.cmpf ord, %v1, %v2 : f64
  %v4 = arith.cmpi ne, %v0, %arg2 : i128
  %v5 = arith.constant 0 : i128
  %v6 = arith.ceildivsi %v5, %v0 : i128
  %v7 = arith.constant dense<0xBFF0000000000000> : vector<2x3xf64>
  %v8 = arith.addf %v7, %v7 : vector<2x3xf64>
  %v9 = arith.ceildivsi %v5, %v0 : i128
  %v10 = arith.subf %arg0, %arg0 fastmath<nsz> : f64
  %v11 = arith.addf %v7, %v7 : vector<2x3xf64>
  %v12 = arith.extsi %v4 : i1 to i33
  return %v11 : vector<2x3xf64>
}
func.func @f2(%arg0: f8E4M3B11FNUZ) -> (bf16, bf16) {
  %v0 = arith.constant 1.0e+10 : f32
  %v1 = arith.constant 0.0 : f32
  %v2 = arith.addf %v0, %v1 : f32
  %v3 = arith.addf %v0, %v1 : f32
  %v4 = arith.constant 1.0e+10 : f16
  %v5 = arith.constant -0.75 : f4E2M1FN
  %v6 = arith.constant 0x00 : f8E4M3FN
  %v7:2 = func.call @f0(%v0, %v4, %v5, %v6) : (f32, f16, f4E2M1FN, f8E4M3FN) -> (bf16, bf16)
  %v8 = arith.constant 7 : i64
  %v9 = arith.constant 0 : i64
  %v10 = arith.subi %v8, %v9 overflow<none> : i64
  %v11 = arith.addf %v0, %v1 : f32
  %v12 = arith.addf %v0, %v1 : f32
  %v13 = arith.constant 0xDE : f8E4M3FN
  %v14:2 = func.call @f0(%v0, %v4, %v5, %v13) : (f32, f16, f4E2M1FN, f8E4M3FN) -> (bf16, bf16)
  %v15 = arith.constant 137438953472 : i64
  %v16 = arith.maxui %v15, %v9 : i64
  %v17 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v18 = arith.constant 1.0 : f64
  %v19 = arith.mulf %v17, %v18 fastmath<reassoc,contract> : f64
  %v20 = arith.constant 822410771561955291 : i64
  %v21 = arith.constant -9223372036854775808 : i64
  %v22 = arith.subi %v20, %v21 : i64
  %v23 = arith.addf %v0, %v1 : f32
  %v24 = arith.remui %v22, %v20 : i64
  return %v14#1, %v14#1 : bf16, bf16
}
func.func @f3(%arg0: i7) -> (index, index, index, index) {
  %v0 = arith.constant 1 : i7
  %v1 = arith.shli %v0, %arg0 overflow<none> : i7
  %v2 = arith.constant dense<0x0000> : vector<[4]xf16>
  %v3 = arith.constant dense<2.0> : vector<[4]xf16>
  %v4 = arith.cmpf ogt, %v2, %v3 : vector<[4]xf16>
  %v5 = arith.negf %v2 fastmath<arcp,afn> : vector<[4]xf16>
  %v6 = arith.fptosi %v2 : vector<[4]xf16> to vector<[4]xi64>
  %v7 = arith.shli %v0, %arg0 overflow<none> : i7
  %v8 = arith.constant dense<true> : vector<[4]xi1>
  %v9 = arith.constant dense<false> : vector<[4]xi1>
  %v10 = arith.divui %v8, %v9 exact : vector<[4]xi1>
  %v11 = arith.minnumf %v5, %v3 : vector<[4]xf16>
  %v12 = arith.constant dense<0xBC00> : vector<[4]xf16>
  %v13 = arith.minimumf %v5, %v12 : vector<[4]xf16>
  %v14 = arith.constant -25 : i7
  %v15 = arith.extui %v14 : i7 to i8
  %v16 = arith.constant dense<false> : vector<[4]xi1>
  %v17 = arith.subi %v9, %v16 : vector<[4]xi1>
  %v18 = arith.index_castui %v1 : i7 to index
  %v19 = arith.constant 127 : i8
  %v20 = arith.remsi %v19, %v15 : i8
  %v21 = arith.constant 0x42AD : bf16
  %v22 = arith.constant -0.0 : bf16
  %v23 = arith.addf %v21, %v22 : bf16
  %v24 = arith.constant 11 : i8
  %v25 = arith.extui %v24 : i8 to i64
  %v26 = arith.constant 0 : i64
  %v27 = arith.cmpi ugt, %v25, %v26 : i64
  %v28 = arith.constant 9 : i8
  %v29:2 = arith.addui_extended %v28, %v24 : i8, i1
  %v30 = arith.ori %v18, %v18 : index
  return %v30, %v30, %v30, %v18 : index, index, index, index
}
