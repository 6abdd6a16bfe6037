// Random func/arith module, seed 107.
func.func @f0(%arg0: vector<2x3xf16>, %arg1: index, %arg2: i32) -> (vector<2x3xi1>, vector<2x3xf16>) {
  %v0 = arith.constant dense<-0.75> : vector<2x3xf16>
  %v1 = arith.cmpf oeq, %arg0, %v0 : vector<2x3xf16>
  %v2 = arith.constant 1 : i32
  %v3 = arith.constant 10 : i32
  %v4 = arith.ceildivsi %v2, %v3 : i32
  %v5 = arith.cmpf olt, %arg0, %arg0 : vector<2x3xf16>
  %v6 = arith.constant dense<0x3C00> : vector<2x3xf16>
  %v7 = arith.minimumf %v0, %v6 fastmath<nnan,ninf> : vector<2x3xf16>
  %v8 = arith.cmpf oeq, %arg0, %v0 : vector<2x3xf16>
  %v9 = arith.constant dense<-1.0> : vector<2x3xf16>
  %v10 = arith.mulf %v0, %v9 : vector<2x3xf16>
  %v11 = arith.extf %v6 : vector<2x3xf16> to vector<2x3xf64>
  %v12 = arith.index_castui %arg2 : i32 to index
  %v13 = arith.constant dense<false> : vector<2x3xi1>
  %v14 = arith.ceildivui %v13, %v1 : vector<2x3xi1>
  %v15 = arith.constant dense<true> : vector<2x3xi1>
  %v16 = arith.cmpi slt, %v5, %v15 : vector<2x3xi1>
  %v17 = arith.constant 0 : i32
  %v18 = arith.maxui %v17, %arg2 : i32
  %v19 = arith.subi %v12, %arg1 : index
  %v20 = arith.constant -1 : i64
  %v21 = arith.constant 15 : i64
  %v22:2 = arith.addui_extended %v20, %v21 : i64, i1
  %v23 = arith.constant 13 : i16
  %v24 = arith.constant 0 : i16
  %v25 = arith.muli %v23, %v24 : i16
  %v26 = arith.maxui %v19, %arg1 : index
  %v27 = arith.cmpf oge, %v9, %arg0 : vector<2x3xf16>
  %v28 = arith.mulf %v0, %v9 : vector<2x3xf16>
  %v29 = arith.constant dense<[[2.0, 0.0, 0.0], [0xFE00, 2.0, 3.0]]> : vector<2x3xf16>
  %v30 = arith.minnumf %arg0, %v29 : vector<2x3xf16>
  %v31 = arith.constant dense<0x03FF> : vector<2xf16>
  %v32 = arith.constant dense<0x7BFF> : vector<2xf16>
  %v33 = arith.minimumf %v31, %v32 fastmath<none> : vector<2xf16>
  %v34 = arith.constant false
  %v35 = arith.constant dense<[[true, true, false], [true, true, false]]> : vector<2x3xi1>
  %v36 = arith.constant dense<true> : vector<2x3xi1>
  %v37 = arith.select %v34, %v35, %v36 : vector<2x3xi1>
  %v38 = arith.select %v22#1, %v5, %v8 : vector<2x3xi1>
  %v39 = arith.constant dense<[[0x3C00, -1.0, 0x7C00], [0x7BFF, -1.0, 4.0]]> : vector<2x3xf16>
  %v40 = arith.minnumf %arg0, %v39 : vector<2x3xf16>
  %v41 = arith.constant dense<0x0400> : vector<2x3xf16>
  %v42 = arith.cmpf olt, %v41, %v40 : vector<2x3xf16>
  return %v27, %v40 : vector<2x3xi1>, vector<2x3xf16>
}
func.func @f1(%arg0: i128, %arg1: f8E4M3FN, %arg2: i8) -> (i128, f8E4M3FN, f8E4M3FN, i8) {
  %v0 = arith.negf %arg1 : f8E4M3FN
  %v1 = arith.maxnumf %v0, %arg1 fastmath<nsz> : f8E4M3FN
  %v2 = arith.constant -0.0 : f8E4M3FN
  %v3 = arith.extf %v2 : f8E4M3FN to bf16
  %v4:2 = arith.mului_extended %arg2, %arg2 : i8
  %v5 = arith.constant -2.5 : f8E4M3FN
  %v6 = arith.cmpf ugt, %v2, %v5 : f8E4M3FN
  %v7 = arith.constant -170141183460469231731687303715884105728 : i128
  %v8:2 = arith.addui_extended %v7, %arg0 : i128, i1
  %v9 = arith.cmpi ugt, %v8#1, %v6 : i1
  %v10 = arith.constant 0 : i8
  %v11 = arith.ceildivsi %v10, %arg2 : i8
  %v12 = arith.constant 1 : i8
  %v13 = arith.constant 9 : i8
  %v14 = arith.select %v8#1, %v12, %v13 : i8
  %v15 = arith.constant 0x5B : f8E4M3FN
  %v16 = arith.maxnumf %v1, %v15 : f8E4M3FN
  %v17 = arith.subf %arg1, %arg1 fastmath<none> : f8E4M3FN
  %v18 = arith.constant true
  %v19 = arith.cmpi ult, %v18, %v6 : i1
  %v20 = arith.constant -170141183460469231731687303715884105728 : i128
  %v21 = arith.constant 170141183460469231731687303715884105727 : i128
  %v22 = arith.ceildivui %v20, %v21 : i128
  %v23 = arith.fptosi %v17 : f8E4M3FN to i8
  %v24 = arith.cmpi ugt, %v8#1, %v6 : i1
  %v25 = arith.divf %v1, %v15 fastmath<arcp,afn> : f8E4M3FN
  %v26 = arith.constant 0x80 : f8E5M2FNUZ
  %v27 = arith.constant 0x7C : f8E5M2FNUZ
  %v28 = arith.select %v9, %v26, %v27 : f8E5M2FNUZ
  %v29 = arith.extf %v27 : f8E5M2FNUZ to f64
  %v30 = arith.constant 5 : i128
  %v31 = arith.maxsi %v8#0, %v30 : i128
  %v32 = arith.shrui %arg0, %v31 : i128
  %v33 = arith.cmpi sle, %v11, %arg2 : i8
  %v34 = arith.constant true
  %v35 = arith.ceildivui %v34, %v33 : i1
  return %v31, %v25, %v17, %v23 : i128, f8E4M3FN, f8E4M3FN, i8
}
func.func @f2(%arg0: vector<2xi32>, %arg1: i32, %arg2: vector<4xindex>, %arg3: tensor<3xf16>) -> (f8E4M3FN, i1) {
  %v0 = arith.constant dense<[-1.0, 7.0, 0x0000]> : tensor<3xf16>
  %v1 = arith.subf %v0, %arg3 fastmath<reassoc,contract> : tensor<3xf16>
  %v2 = arith.constant dense<-1> : vector<4xi64>
  %v3:2 = arith.mului_extended %v2, %v2 : vector<4xi64>
  %v4:2 = arith.mului_extended %v2, %v2 : vector<4xi64>
  %v5 = arith.remf %arg3, %v1 : tensor<3xf16>
  %v6 = arith.constant -1 : i128
  %v7 = arith.constant 0x01 : f8E4M3FN
  %v8 = arith.constant 0 : i8
  %v9:4 = func.call @f1(%v6, %v7, %v8) : (i128, f8E4M3FN, i8) -> (i128, f8E4M3FN, f8E4M3FN, i8)
  %v10 = arith.cmpf ugt, %v9#2, %v9#1 fastmath<none> : f8E4M3FN
  %v11 = arith.constant 0x37 : f8E4M3FN
  %v12 = arith.cmpf uge, %v11, %v7 : f8E4M3FN
  return %v9#2, %v10 : f8E4M3FN, i1
}
func.func @f3(%arg0: i8, %arg1: vector<2xf16>, %arg2: i8, %arg3: vector<2x3xi8>) {
  %v0 = arith.constant dense<[0x3C00, -0.0]> : vector<2xf16>
  %v1 = arith.subf %arg1, %v0 : vector<2xf16>
  %v2 = arith.divui %arg0, %arg2 : i8
  %v3 = arith.constant 32 : i64
  %v4 = arith.constant -1 : i64
  %v5 = arith.shrsi %v3, %v4 exact : i64
  %v6 = arith.divui %arg0, %arg2 : i8
  %v7 = arith.constant 0xFF800000 : f32
  %v8 = arith.fptosi %v7 : f32 to i64
  %v9 = arith.constant 14 : i8
  %v10:2 = arith.mulsi_extended %v9, %v6 : i8
  %v11 = arith.constant 0x00000001 : f32
  %v12 = arith.cmpf oeq, %v11, %v7 fastmath<fast> : f32
  %v13 = arith.cmpi ule, %arg3, %arg3 : vector<2x3xi8>
  %v14 = arith.select %v12, %v11, %v7 : f32
  %v15 = arith.constant 1 : i128
  %v16 = arith.constant 0xFC : f8E4M3FN
  %v17:4 = func.call @f1(%v15, %v16, %v9) : (i128, f8E4M3FN, i8) -> (i128, f8E4M3FN, f8E4M3FN, i8)
  return
}
