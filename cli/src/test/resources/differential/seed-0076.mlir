// Random func/arith module, seed 76.
func.func @f0(%arg0: i8, %arg1: tensor<3xf32>) -> (tensor<3xi1>, i1) {
  %v0 = arith.constant dense<0x00000001> : tensor<3xf32>
  %v1 = arith.addf %arg1, %v0 : tensor<3xf32>
  %v2 = arith.constant 14 : i8
  %v3:2 = arith.addui_extended %arg0, %v2 : i8, i1
  %v4:2 = arith.addui_extended %arg0, %v2 : i8, i1
  %v5:2 = arith.addui_extended %arg0, %v2 : i8, i1
  %v6:2 = arith.addui_extended %arg0, %v2 : i8, i1
  %v7 = arith.constant dense<2.0> : tensor<3xf32>
  %v8 = arith.cmpf ugt, %arg1, %v7 fastmath<arcp,afn> : tensor<3xf32>
  %v9 = arith.cmpf ord, %arg1, %v1 fastmath<fast> : tensor<3xf32>
  %v10 = arith.cmpi sle, %v4#0, %v2 : i8
  %v11 = arith.constant dense<[0.0, 0x007FFFFF, 0x7FC00000]> : tensor<3xf32>
  %v12 = arith.cmpf ord, %v0, %v11 : tensor<3xf32>
  return %v12, %v6#1 : tensor<3xi1>, i1
}
func.func @f1(%arg0: f32) -> (tensor<3xi1>, i8) {
  %v0 = arith.constant 13 : index
  %v1 = arith.index_castui %v0 : index to i1
  %v2 = arith.constant 0.1 : f32
  %v3 = arith.maximumf %arg0, %v2 : f32
  %v4 = arith.minimumf %arg0, %v3 fastmath<nnan> : f32
  %v5 = arith.constant -4 : i128
  %v6 = arith.constant 0 : i128
  %v7 = arith.ceildivsi %v5, %v6 : i128
  %v8 = arith.select %v1, %v0, %v0 : index
  %v9 = arith.constant 6 : index
  %v10 = arith.cmpi sle, %v9, %v0 : index
  %v11 = arith.constant 13588715272158950969084886829042660243 : i128
  %v12 = arith.remui %v6, %v11 : i128
  %v13 = arith.index_cast %v8 : index to i1
  %v14 = arith.constant false
  %v15 = arith.shrsi %v10, %v14 : i1
  %v16 = arith.constant 2 : i8
  %v17 = arith.constant dense<2.0> : tensor<3xf32>
  %v18:2 = func.call @f0(%v16, %v17) : (i8, tensor<3xf32>) -> (tensor<3xi1>, i1)
  %v19 = arith.fptoui %v4 : f32 to i7
  %v20 = arith.addf %v3, %v4 : f32
  %v21 = arith.constant dense<[-0.0, 0x8CE18FFD, 0x7F800000]> : tensor<3xf32>
  %v22 = arith.cmpf uno, %v17, %v21 fastmath<nnan> : tensor<3xf32>
  %v23 = arith.andi %v19, %v19 : i7
  %v24 = arith.constant 0xB0 : f8E3M4
  %v25 = arith.cmpf olt, %v24, %v24 fastmath<ninf> : f8E3M4
  %v26 = arith.cmpf false, %v3, %v20 : f32
  return %v18#0, %v16 : tensor<3xi1>, i8
}
func.func @f2(%arg0: i8, %arg1: index) -> f64 {
  %v0 = arith.constant -2.5 : f8E4M3FNUZ
  %v1 = arith.constant 3.0 : f8E4M3FNUZ
  %v2 = arith.mulf %v0, %v1 : f8E4M3FNUZ
  %v3 = arith.constant 2.0 : f8E4M3FNUZ
  %v4 = arith.cmpf oeq, %v2, %v3 : f8E4M3FNUZ
  %v5 = arith.mulf %v0, %v1 : f8E4M3FNUZ
  %v6 = arith.constant -4338491839821674861 : index
  %v7 = arith.shrui %arg1, %v6 : index
  %v8 = arith.constant 0.0 : f32
  %v9:2 = func.call @f1(%v8) : (f32) -> (tensor<3xi1>, i8)
  %v10 = arith.constant dense<true> : tensor<3xi1>
  %v11 = arith.cmpi uge, %v9#0, %v10 : tensor<3xi1>
  %v12 = arith.constant dense<true> : tensor<3xi1>
  %v13 = arith.ceildivui %v12, %v9#0 : tensor<3xi1>
  %v14 = arith.constant 0xD0A4426A : f32
  %v15 = arith.maxnumf %v8, %v14 : f32
  %v16 = arith.constant -1 : i8
  %v17 = arith.cmpi ugt, %v9#1, %v16 : i8
  %v18 = arith.bitcast %v9#1 : i8 to f8E4M3FN
  %v19 = arith.bitcast %v9#1 : i8 to f8E4M3FN
  %v20 = arith.constant 1 : i8
  %v21 = arith.sitofp %v20 : i8 to f8E4M3FNUZ
  %v22 = arith.mulf %v14, %v8 : f32
  %v23 = arith.constant 0xF8 : f8E4M3FN
  %v24 = arith.maxnumf %v18, %v23 : f8E4M3FN
  %v25 = arith.bitcast %v23 : f8E4M3FN to f8E5M2
  %v26 = arith.constant dense<true> : tensor<3xi1>
  %v27 = arith.ceildivui %v12, %v26 : tensor<3xi1>
  %v28 = arith.constant dense<1.0> : vector<2xf16>
  %v29 = arith.extf %v28 : vector<2xf16> to vector<2xf64>
  %v30 = arith.constant 0 : i64
  %v31 = arith.constant -8476164056808250136 : i64
  %v32:2 = arith.mulsi_extended %v30, %v31 : i64
  %v33 = arith.constant 1 : index
  %v34 = arith.constant 1 : index
  %v35 = arith.cmpi eq, %v33, %v34 : index
  %v36 = arith.extf %v19 : f8E4M3FN to f64
  %v37 = arith.constant 2 : i8
  %v38:2 = arith.mulsi_extended %v37, %v16 : i8
  return %v36 : f64
}
func.func @f3(%arg0: vector<4xi16>, %arg1: vector<4xi16>) -> (vector<4xi16>, vector<4xi1>) {
  %v0 = arith.constant dense<6> : vector<4xi16>
  %v1:2 = arith.mului_extended %v0, %arg1 : vector<4xi16>
  %v2 = arith.constant 0.5 : f64
  %v3 = arith.constant -1.0 : f64
  %v4 = arith.maximumf %v2, %v3 : f64
  %v5 = arith.addi %arg0, %arg1 : vector<4xi16>
  %v6 = arith.cmpf ueq, %v4, %v2 : f64
  %v7 = arith.andi %v1#1, %v1#0 : vector<4xi16>
  %v8 = arith.constant 0xFFF0000000000000 : f64
  %v9 = arith.maximumf %v8, %v2 fastmath<nsz> : f64
  %v10 = arith.constant 15 : i64
  %v11 = arith.constant -1 : i64
  %v12 = arith.cmpi ult, %v10, %v11 : i64
  %v13 = arith.uitofp %arg0 : vector<4xi16> to vector<4xbf16>
  %v14 = arith.maxsi %v5, %arg0 : vector<4xi16>
  %v15 = arith.constant dense<-32768> : vector<4xi16>
  %v16 = arith.constant dense<[16, 17, -1, 0]> : vector<4xi16>
  %v17 = arith.muli %v15, %v16 overflow<nuw> : vector<4xi16>
  %v18 = arith.constant 0x80 : f8E4M3FN
  %v19 = arith.mulf %v18, %v18 fastmath<fast> : f8E4M3FN
  %v20 = arith.constant dense<0x3F80> : vector<4xbf16>
  %v21 = arith.cmpf one, %v20, %v13 fastmath<nnan> : vector<4xbf16>
  return %v14, %v21 : vector<4xi16>, vector<4xi1>
}
