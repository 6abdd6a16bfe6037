// Random func/arith module, seed 137.
func.func @f0(%arg0: i16, %arg1: f32, %arg2: tensor<3xf16>, %arg3: f8E5M2FNUZ) {
  %v0 = arith.constant 0.0 : f8E5M2FNUZ
  %v1 = arith.addf %arg3, %v0 : f8E5M2FNUZ
  %v2 = arith.constant dense<0x0400> : tensor<3xf16>
  %v3 = arith.subf %v2, %arg2 fastmath<nsz> : tensor<3xf16>
  %v4 = arith.extsi %arg0 : i16 to i64
  %v5 = arith.constant 13 : i64
  %v6 = arith.cmpi ne, %v4, %v5 : i64
  %v7 = arith.constant 6 : i16
  %v8 = arith.cmpi sgt, %v7, %arg0 : i16
  %v9 = arith.constant dense<6305194170533405246> : vector<4xi64>
  %v10 = arith.constant dense<[3, 0, -1, 65]> : vector<4xi64>
  %v11:2 = arith.mului_extended %v9, %v10 : vector<4xi64>
  %v12 = arith.constant 0 : i16
  %v13:2 = arith.mulsi_extended %arg0, %v12 : i16
  %v14 = arith.constant true
  %v15 = arith.minui %v8, %v14 : i1
  %v16 = arith.remsi %v5, %v4 : i64
  %v17 = arith.constant dense<0xFF80> : tensor<3xbf16>
  %v18 = arith.constant dense<0x0001> : tensor<3xbf16>
  %v19 = arith.cmpf olt, %v17, %v18 fastmath<arcp,afn> : tensor<3xbf16>
  %v20 = arith.cmpi ne, %v4, %v5 : i64
  %v21:2 = arith.mului_extended %v13#0, %v13#1 : i16
  %v22 = arith.constant true
  %v23 = arith.maxsi %v22, %v8 : i1
  %v24 = arith.negf %v1 : f8E5M2FNUZ
  %v25 = arith.negf %v24 : f8E5M2FNUZ
  %v26 = arith.constant true
  %v27 = arith.maxui %v22, %v26 : i1
  %v28 = arith.constant dense<2> : vector<4xi64>
  %v29 = arith.ceildivui %v9, %v28 : vector<4xi64>
  %v30 = arith.constant -1 : i64
  %v31 = arith.index_castui %v30 : i64 to index
  %v32 = arith.constant 1 : i64
  %v33 = arith.ceildivsi %v16, %v32 : i64
  %v34 = arith.constant false
  %v35:2 = arith.mului_extended %v23, %v34 : i1
  %v36 = arith.select %v35#0, %arg1, %arg1 : f32
  %v37 = arith.constant 32767 : i16
  %v38 = arith.ori %v21#1, %v37 : i16
  %v39 = arith.constant 8 : i16
  %v40 = arith.ori %v39, %v38 : i16
  return
}
func.func @f1(%arg0: tensor<2x2xi8>) -> (tensor<2x2xi8>, tensor<2x2xi8>, tensor<2x2xi8>, tensor<2x2xi1>) {
  %v0 = arith.constant dense<-128> : tensor<2x2xi8>
  %v1 = arith.shrui %v0, %arg0 : tensor<2x2xi8>
  %v2 = arith.constant 0.1 : f32
  %v3 = arith.fptoui %v2 : f32 to i8
  %v4 = arith.constant -1 : i8
  %v5 = arith.constant 127 : i8
  %v6 = arith.ceildivui %v4, %v5 : i8
  %v7 = arith.constant 0.5 : f32
  %v8 = arith.maximumf %v2, %v7 : f32
  %v9 = arith.constant dense<[[1, -3], [9, 11]]> : tensor<2x2xi8>
  %v10 = arith.floordivsi %v1, %v9 : tensor<2x2xi8>
  %v11 = arith.bitcast %v5 : i8 to f8E3M4
  %v12 = arith.constant 2 : i16
  %v13 = arith.constant -3.0e-05 : f32
  %v14 = arith.constant dense<0xE6B6> : tensor<3xf16>
  %v15 = arith.constant 0x80 : f8E5M2FNUZ
  func.call @f0(%v12, %v13, %v14, %v15) : (i16, f32, tensor<3xf16>, f8E5M2FNUZ) -> ()
  %v17 = arith.constant dense<1> : tensor<2x2xi8>
  %v18 = arith.ceildivsi %v0, %v17 : tensor<2x2xi8>
  %v19 = arith.constant 0x7F800000 : f32
  %v20 = arith.minnumf %v7, %v19 fastmath<fast> : f32
  %v21 = arith.constant dense<127> : tensor<2x2xi8>
  %v22 = arith.addi %arg0, %v21 : tensor<2x2xi8>
  %v23 = arith.constant dense<[[-60, 88], [14, 7]]> : tensor<2x2xi8>
  %v24 = arith.subi %v22, %v23 : tensor<2x2xi8>
  %v25 = arith.constant 1 : i128
  %v26 = arith.constant -8 : i128
  %v27 = arith.andi %v25, %v26 : i128
  %v28 = arith.constant dense<-128> : tensor<2x2xi8>
  %v29 = arith.constant dense<[[-2, 16], [-1, 1]]> : tensor<2x2xi8>
  %v30 = arith.cmpi sgt, %v28, %v29 : tensor<2x2xi8>
  %v31:2 = arith.addui_extended %v22, %arg0 : tensor<2x2xi8>, tensor<2x2xi1>
  %v32:2 = arith.addui_extended %v31#1, %v31#1 : tensor<2x2xi1>, tensor<2x2xi1>
  %v33 = arith.floordivsi %v23, %v1 : tensor<2x2xi8>
  %v34 = arith.cmpi ult, %v10, %v0 : tensor<2x2xi8>
  %v35 = arith.subf %v11, %v11 : f8E3M4
  return %v33, %v24, %v33, %v31#1 : tensor<2x2xi8>, tensor<2x2xi8>, tensor<2x2xi8>, tensor<2x2xi1>
}
