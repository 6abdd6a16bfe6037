// Random func/arith module, seed 63.
func.func @f0(%arg0: vector<4xf64>) -> (vector<4xi32>, vector<4xi32>) {
  %v0 = arith.constant false
  %v1 = arith.constant false
  %v2 = arith.shli %v0, %v1 : i1
  %v3 = arith.constant dense<[0.0, 0.1, 0x7FF8000000000000, 0xFFF0000000000000]> : vector<4xf64>
  %v4 = arith.divf %v3, %arg0 : vector<4xf64>
  %v5 = arith.constant true
  %v6 = arith.muli %v1, %v5 overflow<nsw, nuw> : i1
  %v7 = arith.constant false
  %v8 = arith.index_castui %v7 : i1 to index
  %v9 = arith.muli %v1, %v5 overflow<nsw, nuw> : i1
  %v10 = arith.constant 4.0 : f8E5M2FNUZ
  %v11 = arith.bitcast %v10 : f8E5M2FNUZ to f8E4M3
  %v12 = arith.sitofp %v0 : i1 to f8E5M2
  %v13 = arith.constant true
  %v14 = arith.extsi %v13 : i1 to i33
  %v15 = arith.constant 3.0 : f8E5M2FNUZ
  %v16 = arith.fptoui %v15 : f8E5M2FNUZ to i8
  %v17 = arith.constant -1 : i8
  %v18 = arith.trunci %v16 : i8 to i1
  %v19 = arith.constant -1 : index
  %v20 = arith.constant 1 : index
  %v21 = arith.remsi %v19, %v20 : index
  %v22 = arith.constant dense<[-2.5, 1.0e+10, 7.0, 0xBFF0000000000000]> : vector<4xf64>
  %v23 = arith.maximumf %v22, %v4 fastmath<fast> : vector<4xf64>
  %v24 = arith.fptoui %v4 : vector<4xf64> to vector<4xi32>
  %v25 = arith.constant dense<[-669618367, 1, 16, 4]> : vector<4xi32>
  %v26 = arith.andi %v25, %v24 : vector<4xi32>
  %v27 = arith.ceildivui %v14, %v14 : i33
  %v28:2 = arith.addui_extended %v25, %v26 : vector<4xi32>, vector<4xi1>
  %v29 = arith.cmpf olt, %v4, %v3 fastmath<ninf> {tag = 0 : i64} : vector<4xf64>
  %v30 = arith.constant 0x00 : f8E5M2FNUZ
  %v31 = arith.constant 0xA7 : f8E5M2FNUZ
  %v32 = arith.mulf %v30, %v31 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v33 = arith.maximumf %v22, %v4 fastmath<fast> : vector<4xf64>
  %v34 = arith.constant 32 : i33
  %v35 = arith.shrsi %v34, %v14 : i33
  %v36 = arith.maxui %v25, %v24 : vector<4xi32>
  %v37 = arith.maximumf %v4, %v22 fastmath<fast> : vector<4xf64>
  return %v28#0, %v24 : vector<4xi32>, vector<4xi32>
}
func.func @f1(%arg0: vector<[4]xbf16>) -> vector<[4]xi8> {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.andi %v0, %v0 : index
  %v2 = arith.muli %v0, %v1 : index
  %v3 = arith.index_castui %v0 : index to i32
  %v4 = arith.constant dense<0xFF80> : vector<[4]xbf16>
  %v5 = arith.cmpf ugt, %arg0, %v4 : vector<[4]xbf16>
  %v6 = arith.constant 1 : i32
  %v7 = arith.cmpi eq, %v3, %v6 : i32
  %v8 = arith.select %v7, %v6, %v3 : i32
  %v9 = arith.minimumf %arg0, %arg0 fastmath<reassoc,contract> : vector<[4]xbf16>
  %v10 = arith.muli %v0, %v1 : index
  %v11 = arith.fptoui %arg0 : vector<[4]xbf16> to vector<[4]xi8>
  %v12 = arith.cmpf true, %arg0, %v9 fastmath<nsz> {tag = 0 : i64} : vector<[4]xbf16>
  %v13 = arith.fptoui %arg0 : vector<[4]xbf16> to vector<[4]xi64>
  return %v11 : vector<[4]xi8>
}
func.func @f2(%arg0: i8, %arg1: i33, %arg2: i128, %arg3: i1) -> (vector<[4]xi8>, vector<[4]xi8>) {
  %v0 = arith.constant dense<0x0400> : tensor<2x2xf16>
  %v1 = arith.negf %v0 : tensor<2x2xf16>
  %v2 = arith.constant true
  %v3 = arith.constant dense<0x0400> : tensor<0xf16>
  %v4 = arith.constant dense<1.0e+10> : tensor<0xf16>
  %v5 = arith.select %v2, %v3, %v4 : tensor<0xf16>
  %v6 = arith.constant dense<[[0.5, 0x85F1], [0x7E00, 4.0]]> : tensor<2x2xf16>
  %v7 = arith.cmpf ult, %v1, %v6 fastmath<ninf> : tensor<2x2xf16>
  %v8 = arith.constant dense<0x03FF> : tensor<0xf16>
  %v9 = arith.cmpf ord, %v3, %v8 : tensor<0xf16>
  %v10 = arith.maxsi %arg3, %arg3 : i1
  %v11 = arith.constant 127 : i128
  %v12 = arith.muli %v11, %arg2 : i128
  %v13 = arith.cmpf ult, %v1, %v6 fastmath<ninf> : tensor<2x2xf16>
  %v14 = arith.cmpf ord, %v5, %v4 : tensor<0xf16>
  %v15 = arith.cmpf ord, %v3, %v8 : tensor<0xf16>
  %v16 = arith.constant dense<0xFF80> : vector<[4]xbf16>
  %v17 = func.call @f1(%v16) : (vector<[4]xbf16>) -> vector<[4]xi8>
  %v18 = arith.constant 1 : i16
  %v19 = arith.uitofp %v18 : i16 to f32
  %v20 = arith.fptoui %v19 : f32 to i16
  %v21 = arith.constant 0x007FFFFF : f32
  %v22 = arith.fptosi %v21 {tag = 0 : i64} : f32 to i128
  %v23 = func.call @f1(%v16) : (vector<[4]xbf16>) -> vector<[4]xi8>
  %v24 = arith.constant 0xFF800000 : f32
  %v25 = arith.constant -0.0 : f32
  %v26 = arith.maximumf %v24, %v25 fastmath<nnan> : f32
  %v27 = arith.constant -1 : i16
  %v28 = arith.cmpi sgt, %v18, %v27 : i16
  %v29 = arith.constant true
  %v30 = arith.constant false
  %v31 = arith.select %v28, %v30, %v29 : i1
  return %v17, %v17 : vector<[4]xi8>, vector<[4]xi8>
}
func.func @f3(%arg0: vector<4xi1>, %arg1: index) -> (tensor<0xi1>, vector<4xi32>) {
  %v0 = arith.maxui %arg1, %arg1 : index
  %v1 = arith.divui %arg0, %arg0 exact : vector<4xi1>
  %v2 = arith.shrsi %arg1, %v0 : index
  %v3 = arith.constant 2.0 : f80
  %v4 = arith.extf %v3 : f80 to f128
  %v5 = arith.constant 0x7FFF0000000000000000 : f80
  %v6 = arith.negf %v5 fastmath<nnan,ninf> : f80
  %v7 = arith.constant 0 : i128
  %v8 = arith.constant 1 : i128
  %v9 = arith.remui %v7, %v8 : i128
  %v10 = arith.uitofp %v1 : vector<4xi1> to vector<4xf64>
  %v11 = arith.fptoui %v10 : vector<4xf64> to vector<4xi1>
  %v12 = arith.uitofp %v1 : vector<4xi1> to vector<4xf64>
  %v13 = arith.fptosi %v12 : vector<4xf64> to vector<4xi32>
  %v14 = arith.constant dense<-9223372036854775808> : tensor<0xi64>
  %v15 = arith.constant dense<[]> : tensor<0xi64>
  %v16 = arith.cmpi ne, %v14, %v15 : tensor<0xi64>
  %v17 = arith.select %v16, %v14, %v15 {tag = 0 : i64} : tensor<0xi1>, tensor<0xi64>
  %v18 = arith.remui %v7, %v8 : i128
  return %v16, %v13 : tensor<0xi1>, vector<4xi32>
}
