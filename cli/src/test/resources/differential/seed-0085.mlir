// Random func/arith module, seed 85.
func.func @f0(%arg0: vector<2x3xi32>) -> (vector<2x3xi32>, vector<2x3xi32>, vector<2x3xi32>, vector<2x3xi32>) {
  %v0 = arith.remsi %arg0, %arg0 : vector<2x3xi32>
  %v1 = arith.remsi %arg0, %arg0 : vector<2x3xi32>
  %v2 = arith.constant 0x7F800000 : f32
  %v3 = arith.constant 100.0 : f32
  %v4 = arith.addf %v2, %v3 fastmath<reassoc,contract> : f32
  %v5 = arith.addf %v3, %v2 fastmath<reassoc,contract> : f32
  %v6 = arith.maxsi %arg0, %v1 : vector<2x3xi32>
  %v7 = arith.remsi %arg0, %arg0 : vector<2x3xi32>
  return %v6, %v6, %v6, %v7 : vector<2x3xi32>, vector<2x3xi32>, vector<2x3xi32>, vector<2x3xi32>
}
func.func @f1(%arg0: tensor<3xi64>) -> (vector<2x3xi32>, vector<2x3xi32>) {
  %v0 = arith.shrui %arg0, %arg0 exact : tensor<3xi64>
  %v1:2 = arith.mului_extended %arg0, %v0 : tensor<3xi64>
  %v2 = arith.constant 0.1 : f32
  %v3 = arith.constant 0xFFC00000 : f32
  %v4 = arith.cmpf ugt, %v2, %v3 : f32
  %v5 = arith.addi %v1#1, %arg0 : tensor<3xi64>
  %v6 = arith.cmpf ugt, %v2, %v3 : f32
  %v7 = arith.constant dense<[9, 0, -1]> : tensor<3xi64>
  %v8 = arith.ori %v7, %v5 : tensor<3xi64>
  %v9 = arith.shrui %arg0, %arg0 exact : tensor<3xi64>
  %v10 = arith.constant false
  %v11 = arith.divsi %v6, %v10 : i1
  %v12 = arith.constant 0xBF800000 : f32
  %v13 = arith.fptoui %v12 : f32 to i128
  %v14 = arith.shrui %v8, %v9 exact : tensor<3xi64>
  %v15 = arith.divsi %v6, %v10 : i1
  %v16 = arith.subi %v0, %v0 overflow<nsw, nuw> : tensor<3xi64>
  %v17 = arith.constant dense<1> : tensor<3xi64>
  %v18 = arith.constant dense<[5, -1, -1]> : tensor<3xi64>
  %v19 = arith.select %v10, %v17, %v18 : tensor<3xi64>
  %v20 = arith.constant 1.0e+10 : f32
  %v21 = arith.remf %v2, %v20 : f32
  %v22 = arith.constant 1 : i32
  %v23 = arith.index_cast %v22 : i32 to index
  %v24 = arith.constant dense<3> : vector<2x3xi32>
  %v25:4 = func.call @f0(%v24) : (vector<2x3xi32>) -> (vector<2x3xi32>, vector<2x3xi32>, vector<2x3xi32>, vector<2x3xi32>)
  %v26 = arith.constant 1 : i128
  %v27 = arith.subi %v26, %v26 overflow<nsw> : i128
  %v28 = arith.constant 0xFFC00000 : f32
  %v29 = arith.minnumf %v28, %v3 : f32
  %v30 = arith.constant dense<15> : vector<2x3xi32>
  %v31:4 = func.call @f0(%v30) : (vector<2x3xi32>) -> (vector<2x3xi32>, vector<2x3xi32>, vector<2x3xi32>, vector<2x3xi32>)
  %v32 = arith.constant 0 : i32
  %v33 = arith.subi %v22, %v32 : i32
  %v34 = arith.constant dense<[-4, 2, 0]> : tensor<3xi64>
  %v35 = arith.ceildivui %v7, %v34 : tensor<3xi64>
  return %v31#2, %v31#0 : vector<2x3xi32>, vector<2x3xi32>
}
func.func @f2(%arg0: i8, %arg1: vector<2xbf16>, %arg2: vector<2xi32>, %arg3: vector<4xf16>) -> (i1, i1) {
  %v0 = arith.fptosi %arg1 : vector<2xbf16> to vector<2xi16>
  %v1 = arith.constant dense<[0x1B851825274B67F5, 4.0]> : vector<2xf64>
  %v2 = arith.constant dense<-0.75> : vector<2xf64>
  %v3 = arith.minimumf %v1, %v2 : vector<2xf64>
  %v4 = arith.constant 5 : i32
  %v5 = arith.cmpi ule, %v4, %v4 : i32
  %v6 = arith.constant 1.0 : f8E4M3FN
  %v7 = arith.bitcast %v6 : f8E4M3FN to f8E3M4
  %v8:2 = arith.mului_extended %v0, %v0 : vector<2xi16>
  %v9 = arith.ceildivsi %v4, %v4 : i32
  %v10 = arith.fptosi %arg1 : vector<2xbf16> to vector<2xi1>
  %v11 = arith.constant 1 : i8
  %v12 = arith.constant -128 : i8
  %v13 = arith.cmpi ne, %v11, %v12 : i8
  %v14 = arith.constant 2 : i8
  %v15 = arith.remui %v14, %arg0 : i8
  %v16 = arith.constant false
  %v17 = arith.constant 0x00 : f8E4M3FN
  %v18 = arith.constant 0x63 : f8E4M3FN
  %v19 = arith.select %v16, %v17, %v18 : f8E4M3FN
  %v20 = arith.constant 11 : i32
  %v21:2 = arith.mulsi_extended %v4, %v20 : i32
  %v22 = arith.fptosi %arg3 : vector<4xf16> to vector<4xi32>
  %v23 = arith.cmpi sle, %v15, %v14 : i8
  %v24 = arith.cmpi sgt, %v15, %v15 : i8
  %v25 = arith.constant dense<-8> : vector<2xi32>
  %v26 = arith.shrsi %v25, %v25 : vector<2xi32>
  return %v24, %v24 : i1, i1
}
func.func @f3(%arg0: f8E4M3FNUZ) -> (f8E4M3FNUZ, tensor<3xbf16>) {
  %v0 = arith.constant 7.0 : f8E4M3FNUZ
  %v1 = arith.cmpf ult, %arg0, %v0 fastmath<nnan,ninf> : f8E4M3FNUZ
  %v2 = arith.constant 100.0 : f8E4M3FNUZ
  %v3 = arith.minimumf %v0, %v2 : f8E4M3FNUZ
  %v4 = arith.constant -3.0e-05 : f8E4M3FNUZ
  %v5 = arith.cmpf ugt, %v4, %arg0 : f8E4M3FNUZ
  %v6 = arith.constant false
  %v7 = arith.cmpi ule, %v1, %v6 : i1
  %v8 = arith.shrsi %v5, %v7 exact : i1
  %v9 = arith.divsi %v7, %v8 : i1
  %v10 = arith.constant true
  %v11 = arith.divui %v1, %v10 exact : i1
  %v12 = arith.remsi %v9, %v8 : i1
  %v13 = arith.addf %arg0, %v0 : f8E4M3FNUZ
  %v14 = arith.divui %v1, %v10 exact : i1
  %v15 = arith.constant false
  %v16 = arith.cmpi sgt, %v9, %v15 : i1
  %v17 = arith.cmpf ogt, %arg0, %arg0 : f8E4M3FNUZ
  %v18 = arith.constant 0x38 : f8E4M3FNUZ
  %v19 = arith.remf %v18, %arg0 fastmath<ninf> : f8E4M3FNUZ
  %v20 = arith.constant true
  %v21 = arith.cmpi uge, %v10, %v20 : i1
  %v22 = arith.constant dense<-2> : tensor<3xi64>
  %v23:2 = func.call @f1(%v22) : (tensor<3xi64>) -> (vector<2x3xi32>, vector<2x3xi32>)
  %v24 = arith.constant dense<false> : tensor<3xi1>
  %v25 = arith.constant dense<1.0e+10> : tensor<3xbf16>
  %v26 = arith.constant dense<0x8000> : tensor<3xbf16>
  %v27 = arith.select %v24, %v25, %v26 : tensor<3xi1>, tensor<3xbf16>
  %v28 = arith.constant 0 : i128
  %v29:2 = arith.mului_extended %v28, %v28 : i128
  %v30 = arith.shrsi %v8, %v1 : i1
  %v31 = arith.cmpf ugt, %v4, %arg0 : f8E4M3FNUZ
  %v32 = arith.constant dense<[[0, 16, 2097152], [1, 7, 3]]> : vector<2x3xi32>
  %v33 = arith.shli %v32, %v23#0 : vector<2x3xi32>
  %v34:2 = arith.addui_extended %v32, %v23#0 : vector<2x3xi32>, vector<2x3xi1>
  %v35 = arith.constant dense<true> : vector<2x3xi1>
  %v36 = arith.shrui %v35, %v35 exact : vector<2x3xi1>
  return %v19, %v27 : f8E4M3FNUZ, tensor<3xbf16>
}
