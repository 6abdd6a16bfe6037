// Random func/arith module, seed 80.
func.func @f0(%arg0: tensor<3xi32>, %arg1: vector<4xi8>, %arg2: f8E4M3) -> (i32, i32, f8E4M3) {
  %v0 = arith.constant dense<0> : tensor<3xi32>
  %v1 = arith.maxsi %arg0, %v0 : tensor<3xi32>
  %v2 = arith.cmpi sgt, %arg1, %arg1 : vector<4xi8>
  %v3 = arith.select %v2, %arg1, %arg1 : vector<4xi1>, vector<4xi8>
  %v4 = arith.constant dense<[false, true, true, false]> : vector<4xi1>
  %v5 = arith.cmpi ule, %v4, %v2 : vector<4xi1>
  %v6 = arith.cmpi ule, %v4, %v2 : vector<4xi1>
  %v7 = arith.select %v2, %arg1, %arg1 : vector<4xi1>, vector<4xi8>
  %v8 = arith.cmpi sgt, %arg1, %arg1 : vector<4xi8>
  %v9 = arith.constant 0x77 : f8E4M3
  %v10 = arith.divf %v9, %arg2 : f8E4M3
  %v11 = arith.cmpi ule, %v4, %v2 : vector<4xi1>
  %v12 = arith.constant dense<[[true, true], [true, false]]> : tensor<2x2xi1>
  %v13 = arith.extui %v12 : tensor<2x2xi1> to tensor<2x2xi16>
  %v14 = arith.trunci %v13 : tensor<2x2xi16> to tensor<2x2xi1>
  %v15 = arith.constant 0x38 : f8E4M3
  %v16 = arith.addf %v15, %v10 : f8E4M3
  %v17 = arith.bitcast %v10 : f8E4M3 to f8E3M4
  %v18 = arith.index_cast %v12 : tensor<2x2xi1> to tensor<2x2xindex>
  %v19 = arith.constant dense<false> : vector<4xi1>
  %v20 = arith.remui %v8, %v19 : vector<4xi1>
  %v21 = arith.cmpi ule, %v4, %v2 : vector<4xi1>
  %v22 = arith.constant 0xB0 : f8E3M4
  %v23 = arith.constant 0x00 : f8E3M4
  %v24 = arith.addf %v22, %v23 : f8E3M4
  %v25 = arith.constant dense<true> : vector<4xi1>
  %v26 = arith.constant dense<true> : vector<4xi1>
  %v27 = arith.divsi %v25, %v26 : vector<4xi1>
  %v28 = arith.fptosi %arg2 : f8E4M3 to i32
  return %v28, %v28, %v16 : i32, i32, f8E4M3
}
func.func @f1(%arg0: i16, %arg1: f32) -> (i32, i1) {
  %v0 = arith.constant 32767 : i16
  %v1 = arith.trunci %v0 overflow<nuw> : i16 to i1
  %v2 = arith.divf %arg1, %arg1 fastmath<nnan> : f32
  %v3 = arith.cmpf ole, %arg1, %v2 fastmath<reassoc,contract> : f32
  %v4 = arith.constant dense<64> : tensor<2x2xindex>
  %v5 = arith.shrsi %v4, %v4 exact : tensor<2x2xindex>
  %v6 = arith.extf %v2 : f32 to f64
  %v7 = arith.constant dense<1> : tensor<3xi32>
  %v8 = arith.constant dense<[-48, 7, 4, 6]> : vector<4xi8>
  %v9 = arith.constant 0x00 : f8E4M3
  %v10:3 = func.call @f0(%v7, %v8, %v9) : (tensor<3xi32>, vector<4xi8>, f8E4M3) -> (i32, i32, f8E4M3)
  %v11 = arith.constant 17 : i16
  %v12 = arith.constant -1 : i16
  %v13 = arith.ceildivsi %v11, %v12 : i16
  %v14 = arith.cmpf ole, %arg1, %v2 fastmath<reassoc,contract> : f32
  return %v10#0, %v14 : i32, i1
}
func.func @f2(%arg0: i32, %arg1: i64) -> (tensor<3xi32>, i64) {
  %v0 = arith.constant -1 : i32
  %v1 = arith.constant 16 : i32
  %v2 = arith.xori %v1, %v0 : i32
  %v3 = arith.xori %v2, %v0 : i32
  %v4 = arith.constant 5 : i64
  %v5 = arith.constant 8 : i64
  %v6 = arith.xori %v4, %v5 : i64
  %v7 = arith.xori %v2, %v0 : i32
  %v8 = arith.xori %v2, %v0 : i32
  %v9 = arith.constant dense<0x00800000> : tensor<3xf32>
  %v10 = arith.bitcast %v9 : tensor<3xf32> to tensor<3xi32>
  %v11 = arith.xori %v2, %v0 : i32
  %v12 = arith.constant dense<-0.0> : tensor<3xbf16>
  %v13 = arith.constant dense<[0x7F7F, 3.0, 0xFFC0]> : tensor<3xbf16>
  %v14 = arith.cmpf ogt, %v12, %v13 : tensor<3xbf16>
  %v15 = arith.bitcast %v9 : tensor<3xf32> to tensor<3xi32>
  %v16 = arith.constant 1 : i8
  %v17 = arith.extui %v16 : i8 to i64
  %v18 = arith.extui %v16 : i8 to i64
  %v19 = arith.cmpi ne, %v17, %v18 : i64
  return %v15, %v18 : tensor<3xi32>, i64
}
func.func @f3(%arg0: f8E4M3) -> f8E4M3 {
  %v0 = arith.constant 1 : i32
  %v1 = arith.constant -5 : i64
  %v2:2 = func.call @f2(%v0, %v1) : (i32, i64) -> (tensor<3xi32>, i64)
  %v3 = arith.constant 0x07 : f8E4M3
  %v4 = arith.bitcast %v3 : f8E4M3 to f8E5M2
  %v5 = arith.constant 15 : i8
  %v6 = arith.constant -1 : i8
  %v7 = arith.shrui %v5, %v6 : i8
  %v8:2 = func.call @f2(%v0, %v1) : (i32, i64) -> (tensor<3xi32>, i64)
  %v9 = arith.constant 0x38 : f8E4M3
  %v10 = arith.addf %arg0, %v9 : f8E4M3
  %v11 = arith.constant 0x07 : f8E4M3
  %v12 = arith.cmpf ult, %v9, %v11 : f8E4M3
  %v13 = arith.constant dense<[-6, 1, 0]> : tensor<3xi32>
  %v14 = arith.ceildivui %v8#0, %v13 : tensor<3xi32>
  %v15 = arith.constant 0x80 : f8E4M3
  %v16 = arith.addf %v11, %v15 : f8E4M3
  %v17 = arith.constant dense<1> : tensor<3xi32>
  %v18 = arith.remui %v17, %v2#0 : tensor<3xi32>
  %v19 = arith.constant dense<16> : tensor<3xi32>
  %v20 = arith.floordivsi %v18, %v19 : tensor<3xi32>
  %v21 = arith.constant 0.0 : f8E4M3
  %v22 = arith.subf %v10, %v21 : f8E4M3
  %v23 = arith.constant -6 : i64
  %v24 = arith.shli %v23, %v2#1 overflow<none> : i64
  %v25 = arith.constant true
  %v26 = arith.select %v25, %v3, %v21 : f8E4M3
  return %v16 : f8E4M3
}
