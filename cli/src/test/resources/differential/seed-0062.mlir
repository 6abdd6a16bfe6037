// Random func/arith module, seed 62.
func.func @f0(%arg0: f8E4M3FN, %arg1: i64, %arg2: i128, %arg3: f16) -> (i128, i128) {
  %v0 = arith.constant -1 : i128
  %v1 = arith.shrsi %arg2, %v0 : i128
  %v2 = arith.shrsi %arg2, %v0 : i128
  %v3 = arith.constant 15 : i128
  %v4 = arith.cmpi slt, %v3, %v1 : i128
  %v5 = arith.constant 100.0 : f64
  %v6 = arith.cmpf olt, %v5, %v5 : f64
  %v7 = arith.shrsi %arg2, %v0 : i128
  %v8 = arith.constant true
  %v9 = arith.minui %v8, %v6 : i1
  return %v7, %v7 : i128, i128
}
func.func @f1(%arg0: vector<2x3xf64>, %arg1: i8, %arg2: f8E4M3FNUZ, %arg3: i32) -> (vector<2x3xi1>, i1) {
  %v0 = arith.negf %arg2 : f8E4M3FNUZ
  %v1 = arith.constant dense<[[0x0000000000000000, 0.5, 0xFFF0000000000000], [0.5, 7.0, 0x7FF0000000000000]]> : vector<2x3xf64>
  %v2 = arith.constant dense<0x0000000000000000> : vector<2x3xf64>
  %v3 = arith.cmpf ult, %v1, %v2 : vector<2x3xf64>
  %v4 = arith.constant 2147483647 : i32
  %v5:2 = arith.mului_extended %arg3, %v4 : i32
  %v6 = arith.constant true
  %v7 = arith.select %v6, %arg3, %v4 : i32
  %v8 = arith.cmpi ult, %arg1, %arg1 : i8
  %v9 = arith.constant dense<false> : vector<2x3xi1>
  %v10 = arith.constant dense<[[true, true, false], [true, true, false]]> : vector<2x3xi1>
  %v11:2 = arith.addui_extended %v9, %v10 : vector<2x3xi1>, vector<2x3xi1>
  return %v11#1, %v8 : vector<2x3xi1>, i1
}
func.func @f2(%arg0: i16, %arg1: i32, %arg2: i64) -> f64 {
  %v0 = arith.constant false
  %v1 = arith.constant 0 : i16
  %v2 = arith.select %v0, %v1, %v1 : i16
  %v3 = arith.constant 0x0000000000000001 : f64
  %v4 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v5 = arith.remf %v3, %v4 fastmath<nnan,ninf> : f64
  %v6 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v7 = arith.negf %v6 : f64
  %v8 = arith.constant dense<0> : vector<2xi16>
  %v9 = arith.trunci %v8 overflow<nuw> : vector<2xi16> to vector<2xi8>
  %v10 = arith.constant 40 : i7
  %v11 = arith.index_castui %v10 : i7 to index
  %v12 = arith.constant 8 : i7
  %v13 = arith.index_cast %v12 : i7 to index
  %v14 = arith.cmpi uge, %arg2, %arg2 : i64
  %v15 = arith.constant true
  %v16 = arith.constant false
  %v17 = arith.select %v14, %v16, %v15 : i1
  %v18 = arith.cmpf ult, %v5, %v6 : f64
  %v19 = arith.constant 0x0D73606E7988F99D : f64
  %v20 = arith.negf %v19 : f64
  %v21 = arith.negf %v20 fastmath<nnan> : f64
  %v22 = arith.constant dense<8> : vector<2xi8>
  %v23 = arith.constant dense<0> : vector<2xi8>
  %v24 = arith.subi %v22, %v23 overflow<nsw> : vector<2xi8>
  %v25 = arith.cmpf ogt, %v6, %v19 : f64
  %v26 = arith.constant false
  %v27 = arith.select %v26, %v0, %v18 : i1
  %v28 = arith.constant 13 : i64
  %v29 = arith.constant 0 : i64
  %v30 = arith.remsi %v28, %v29 : i64
  %v31 = arith.constant 0x8000000000000000 : f64
  %v32 = arith.addf %v3, %v31 fastmath<reassoc,contract> : f64
  return %v21 : f64
}
func.func @f3(%arg0: bf16, %arg1: f64) -> (i1, i64, f32, f64) {
  %v0 = arith.constant -2147483648 : i32
  %v1 = arith.constant 1 : i32
  %v2 = arith.floordivsi %v0, %v1 : i32
  %v3 = arith.index_cast %v1 : i32 to index
  %v4 = arith.constant 32767 : i16
  %v5 = arith.constant 31 : i32
  %v6 = arith.constant 2 : i64
  %v7 = func.call @f2(%v4, %v5, %v6) : (i16, i32, i64) -> f64
  %v8 = arith.constant dense<9223372036854775807> : tensor<2x2xi64>
  %v9 = arith.constant dense<-1> : tensor<2x2xi64>
  %v10 = arith.cmpi ult, %v8, %v9 : tensor<2x2xi64>
  %v11 = arith.constant -1 : i16
  %v12 = arith.maxui %v11, %v4 : i16
  %v13 = arith.constant 0x007FFFFF : f32
  %v14 = arith.constant 0x00000000 : f32
  %v15 = arith.cmpf uge, %v13, %v14 : f32
  %v16 = arith.index_cast %v1 : i32 to index
  %v17 = arith.subf %v7, %arg1 : f64
  %v18 = arith.cmpi ult, %v8, %v9 : tensor<2x2xi64>
  %v19 = arith.constant 1024 : i32
  %v20 = arith.constant 0 : i32
  %v21 = arith.maxui %v19, %v20 : i32
  %v22 = arith.constant 0x8000000000000000 : f64
  %v23 = arith.cmpf uno, %v7, %v22 fastmath<none> : f64
  %v24 = arith.subf %v7, %arg1 : f64
  %v25 = arith.constant 15 : i32
  %v26 = arith.extsi %v25 : i32 to i64
  %v27 = arith.constant 8796093022208 : i64
  %v28 = arith.cmpi slt, %v26, %v27 : i64
  %v29 = arith.constant false
  %v30 = arith.constant false
  %v31 = arith.remui %v29, %v30 : i1
  %v32 = arith.subf %v7, %arg1 : f64
  %v33 = arith.extsi %v25 : i32 to i64
  %v34 = arith.constant 1.0 : f64
  %v35 = arith.mulf %v32, %v34 fastmath<none> : f64
  return %v28, %v6, %v14, %v35 : i1, i64, f32, f64
}
