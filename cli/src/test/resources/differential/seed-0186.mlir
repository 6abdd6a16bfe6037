// Random func/arith module, seed 186.
func.func @f0(%arg0: i32, %arg1: i8) -> (i1, i8, i1, i1) {
  %v0 = arith.muli %arg0, %arg0 overflow<nuw> : i32
  %v1 = arith.constant dense<32767> : vector<[4]xi16>
  %v2 = arith.constant dense<32767> : vector<[4]xi16>
  %v3 = arith.minsi %v1, %v2 : vector<[4]xi16>
  %v4 = arith.extsi %v2 : vector<[4]xi16> to vector<[4]xi64>
  %v5 = arith.constant dense<-970627328872831325> : vector<[4]xi64>
  %v6 = arith.cmpi ugt, %v4, %v5 : vector<[4]xi64>
  %v7 = arith.minsi %v2, %v1 : vector<[4]xi16>
  %v8 = arith.constant 0x77 : f8E4M3FN
  %v9 = arith.constant 7.0 : f8E4M3FN
  %v10 = arith.divf %v8, %v9 fastmath<none> : f8E4M3FN
  %v11 = arith.shli %arg1, %arg1 overflow<nuw> : i8
  %v12 = arith.constant 1 : i8
  %v13 = arith.cmpi eq, %v11, %v12 : i8
  %v14 = arith.select %v13, %v11, %v12 : i8
  %v15 = arith.constant true
  %v16 = arith.remsi %v13, %v15 : i1
  %v17 = arith.fptosi %v9 : f8E4M3FN to i8
  %v18 = arith.cmpi eq, %v11, %v12 : i8
  %v19 = arith.constant 128 : i8
  %v20 = arith.bitcast %v19 : i8 to f8E5M2FNUZ
  %v21 = arith.constant 0x1B : f8E4M3FN
  %v22 = arith.select %v15, %v21, %v10 : f8E4M3FN
  %v23 = arith.shrsi %v19, %v19 : i8
  %v24 = arith.constant 0x07 : f8E4M3FN
  %v25 = arith.subf %v24, %v9 : f8E4M3FN
  %v26 = arith.remsi %v13, %v15 : i1
  %v27 = arith.constant 7.0 : f8E5M2FNUZ
  %v28 = arith.mulf %v27, %v20 : f8E5M2FNUZ
  %v29 = arith.constant dense<[[false, false, false], [true, true, true]]> : vector<2x3xi1>
  %v30 = arith.constant dense<[[false, true, true], [true, true, false]]> : vector<2x3xi1>
  %v31 = arith.cmpi sle, %v29, %v30 : vector<2x3xi1>
  %v32 = arith.extsi %v11 : i8 to i64
  %v33 = arith.constant 15 : i64
  %v34 = arith.cmpi slt, %v32, %v33 : i64
  %v35 = arith.cmpi eq, %v11, %v12 : i8
  %v36 = arith.cmpi eq, %v11, %v12 : i8
  %v37 = arith.constant -2 : i128
  %v38 = arith.constant 1 : i128
  %v39 = arith.shrui %v37, %v38 : i128
  %v40 = arith.divui %v33, %v32 : i64
  return %v35, %v23, %v36, %v35 : i1, i8, i1, i1
}
func.func @f1(%arg0: f8E5M2FNUZ) -> (tensor<0xi1>, tensor<0xi1>, f8E5M2FNUZ, f8E5M2FNUZ) {
  %v0 = arith.constant dense<1> : vector<4xi32>
  %v1 = arith.uitofp %v0 : vector<4xi32> to vector<4xf16>
  %v2 = arith.divf %arg0, %arg0 : f8E5M2FNUZ
  %v3 = arith.constant dense<false> : tensor<0xi1>
  %v4 = arith.constant dense<false> : tensor<0xi1>
  %v5 = arith.divui %v3, %v4 : tensor<0xi1>
  %v6 = arith.constant dense<false> : tensor<0xi1>
  %v7 = arith.shrsi %v3, %v6 : tensor<0xi1>
  %v8 = arith.constant 0x7C : f8E5M2FNUZ
  %v9 = arith.negf %v8 : f8E5M2FNUZ
  %v10 = arith.negf %v9 : f8E5M2FNUZ
  %v11 = arith.constant dense<[-2147483648, 16777216, 16384, 16]> : vector<4xi32>
  %v12 = arith.constant dense<33> : vector<4xi32>
  %v13 = arith.muli %v11, %v12 overflow<nuw> : vector<4xi32>
  return %v6, %v7, %v10, %v9 : tensor<0xi1>, tensor<0xi1>, f8E5M2FNUZ, f8E5M2FNUZ
}
func.func @f2(%arg0: i64) -> (f8E4M3B11FNUZ, i64) {
  %v0 = arith.constant 4 : i16
  %v1 = arith.cmpi slt, %v0, %v0 : i16
  %v2 = arith.ori %arg0, %arg0 : i64
  %v3 = arith.constant 64 : i64
  %v4 = arith.cmpi ne, %v3, %v2 : i64
  %v5 = arith.ori %v4, %v4 : i1
  %v6 = arith.constant true
  %v7 = arith.cmpi eq, %v5, %v6 : i1
  %v8 = arith.select %v7, %v6, %v5 : i1
  %v9 = arith.constant -1.0 : f8E4M3B11FNUZ
  %v10 = arith.constant 3.0 : f8E4M3B11FNUZ
  %v11 = arith.maximumf %v9, %v10 : f8E4M3B11FNUZ
  %v12 = arith.constant 0xFC : f8E4M3B11FNUZ
  %v13 = arith.cmpf une, %v9, %v12 : f8E4M3B11FNUZ
  %v14 = arith.constant 0 : i16
  %v15 = arith.constant 11 : i16
  %v16 = arith.cmpi sle, %v14, %v15 : i16
  %v17 = arith.select %v1, %v10, %v12 : f8E4M3B11FNUZ
  %v18 = arith.constant -3493273467290466641 : i64
  %v19 = arith.subi %v18, %arg0 overflow<none> : i64
  %v20 = arith.cmpf oeq, %v12, %v9 : f8E4M3B11FNUZ
  %v21 = arith.constant dense<0x3F800000> : vector<[4]xf32>
  %v22 = arith.minimumf %v21, %v21 : vector<[4]xf32>
  %v23 = arith.constant 0x38 : f8E4M3FNUZ
  %v24 = arith.constant 0x07 : f8E4M3FNUZ
  %v25 = arith.minimumf %v23, %v24 fastmath<ninf> : f8E4M3FNUZ
  return %v17, %v19 : f8E4M3B11FNUZ, i64
}
