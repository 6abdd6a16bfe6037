// Random func/arith module, seed 37.
func.func @f0(%arg0: vector<4xf16>, %arg1: tensor<2x2xi64>, %arg2: i1, %arg3: f8E3M4) -> f8E3M4 {
  %v0 = arith.constant -2.5 : f8E3M4
  %v1 = arith.maxnumf %arg3, %v0 fastmath<reassoc,contract> : f8E3M4
  %v2 = arith.constant false
  %v3 = arith.divsi %arg2, %v2 exact : i1
  %v4 = arith.divsi %arg2, %v2 exact : i1
  %v5 = arith.constant dense<0x8BB5> : vector<4xf16>
  %v6 = arith.remf %v5, %arg0 fastmath<none> : vector<4xf16>
  %v7 = arith.remf %v5, %arg0 fastmath<none> : vector<4xf16>
  %v8 = arith.cmpf ult, %v5, %arg0 : vector<4xf16>
  %v9 = arith.cmpf ult, %v5, %arg0 : vector<4xf16>
  %v10 = arith.constant dense<13> : tensor<2x2xi64>
  %v11 = arith.muli %v10, %arg1 overflow<nsw, nuw> : tensor<2x2xi64>
  %v12 = arith.minsi %v3, %v4 : i1
  %v13 = arith.constant false
  %v14 = arith.constant 0xBF : f8E3M4
  %v15 = arith.select %v13, %v1, %v14 : f8E3M4
  %v16 = arith.constant dense<0xFF80> : tensor<2x2xbf16>
  %v17 = arith.constant dense<-1.0> : tensor<2x2xbf16>
  %v18 = arith.divf %v16, %v17 : tensor<2x2xbf16>
  %v19 = arith.constant true
  %v20 = arith.constant dense<[true, true, true, false]> : vector<4xi1>
  %v21 = arith.select %v19, %v20, %v8 : vector<4xi1>
  %v22 = arith.cmpf ult, %v5, %arg0 : vector<4xf16>
  %v23 = arith.constant false
  %v24 = arith.constant dense<[true, false, false, true]> : vector<4xi1>
  %v25 = arith.select %v23, %v22, %v24 : vector<4xi1>
  return %v1 : f8E3M4
}
func.func @f1(%arg0: f8E5M2, %arg1: i8, %arg2: vector<4xf16>, %arg3: i1) -> vector<4xi1> {
  %v0 = arith.extf %arg0 fastmath<fast> : f8E5M2 to bf16
  %v1 = arith.constant -25 : i8
  %v2 = arith.floordivsi %arg1, %v1 : i8
  %v3 = arith.extf %v0 fastmath<nnan> : bf16 to f32
  %v4 = arith.extf %v0 fastmath<nnan> : bf16 to f32
  %v5 = arith.constant 0x8000 : bf16
  %v6 = arith.divf %v5, %v5 : bf16
  %v7 = arith.constant 7.0 : f32
  %v8 = arith.subf %v3, %v7 : f32
  %v9 = arith.constant 0x0000000000000001 : f64
  %v10 = arith.constant 0x3FF0000000000000 : f64
  %v11 = arith.select %arg3, %v9, %v10 : f64
  %v12 = arith.constant dense<[0x5CE8, 0xFC00, 0x8000, 1.0]> : vector<4xf16>
  %v13 = arith.cmpf ugt, %arg2, %v12 : vector<4xf16>
  %v14 = arith.constant 0.1 : f32
  %v15 = arith.minimumf %v3, %v14 : f32
  %v16 = arith.constant false
  %v17 = arith.divsi %v16, %arg3 : i1
  %v18 = arith.fptoui %v0 : bf16 to i1
  %v19 = arith.constant true
  %v20 = arith.sitofp %v19 : i1 to f8E5M2
  %v21 = arith.constant dense<false> : vector<4xi1>
  %v22 = arith.extui %v21 : vector<4xi1> to vector<4xi16>
  %v23 = arith.constant dense<[false, true, false, false]> : vector<4xi1>
  %v24 = arith.addi %v13, %v23 : vector<4xi1>
  %v25 = arith.index_castui %arg1 : i8 to index
  return %v13 : vector<4xi1>
}
func.func @f2(%arg0: f8E4M3FNUZ, %arg1: i32, %arg2: i64, %arg3: f64) -> (i32, i1, i32, vector<2xi8>) {
  %v0 = arith.maxsi %arg2, %arg2 : i64
  %v1 = arith.constant dense<[0x7C00, 3.0, 0x0001, 0x7C00]> : vector<4xf16>
  %v2 = arith.constant dense<64> : tensor<2x2xi64>
  %v3 = arith.constant true
  %v4 = arith.constant 0x80 : f8E3M4
  %v5 = func.call @f0(%v1, %v2, %v3, %v4) : (vector<4xf16>, tensor<2x2xi64>, i1, f8E3M4) -> f8E3M4
  %v6 = arith.constant 0x0010000000000000 : f64
  %v7 = arith.maxnumf %arg3, %v6 fastmath<reassoc,contract> : f64
  %v8 = arith.constant 33 : i32
  %v9 = arith.constant 10 : i32
  %v10 = arith.divsi %v8, %v9 : i32
  %v11 = arith.cmpi ule, %arg2, %v0 : i64
  %v12 = arith.cmpi uge, %arg2, %v0 : i64
  %v13 = arith.constant 0x7C : f8E4M3FNUZ
  %v14 = arith.cmpf ugt, %v13, %arg0 : f8E4M3FNUZ
  %v15 = arith.constant 0xCE : f8E5M2
  %v16 = arith.constant 12 : i8
  %v17 = func.call @f1(%v15, %v16, %v1, %v14) : (f8E5M2, i8, vector<4xf16>, i1) -> vector<4xi1>
  %v18 = arith.ori %v17, %v17 : vector<4xi1>
  %v19 = arith.cmpf uno, %v5, %v5 : f8E3M4
  %v20 = arith.constant dense<4> : vector<2xi8>
  %v21 = arith.select %v11, %v20, %v20 : vector<2xi8>
  %v22:2 = arith.mulsi_extended %v9, %v9 : i32
  %v23 = arith.maxsi %v21, %v20 : vector<2xi8>
  %v24 = arith.cmpf uno, %v5, %v4 : f8E3M4
  return %v22#0, %v19, %v10, %v21 : i32, i1, i32, vector<2xi8>
}
func.func @f3(%arg0: f8E5M2, %arg1: f8E3M4, %arg2: tensor<3xi8>) -> (tensor<3xi1>, tensor<3xi8>) {
  %v0 = arith.constant dense<[9, 12, 7]> : tensor<3xi8>
  %v1 = arith.ceildivsi %v0, %arg2 : tensor<3xi8>
  %v2 = arith.ceildivsi %v0, %arg2 : tensor<3xi8>
  %v3 = arith.constant dense<5> : tensor<3xi8>
  %v4 = arith.trunci %v3 overflow<nsw, nuw> : tensor<3xi8> to tensor<3xi1>
  %v5 = arith.ceildivsi %v0, %arg2 : tensor<3xi8>
  %v6 = arith.constant dense<[-1, 44, 1]> : tensor<3xi8>
  %v7 = arith.cmpi sle, %v6, %v2 : tensor<3xi8>
  %v8 = arith.cmpf ogt, %arg1, %arg1 : f8E3M4
  %v9 = arith.constant 63 : i7
  %v10 = arith.uitofp %v9 : i7 to f8E5M2FNUZ
  %v11 = arith.constant false
  %v12 = arith.constant dense<16> : tensor<3xi8>
  %v13 = arith.select %v11, %v1, %v12 : tensor<3xi8>
  %v14 = arith.constant 0x01 : f8E5M2FNUZ
  %v15 = arith.maximumf %v10, %v14 : f8E5M2FNUZ
  %v16 = arith.constant 0xFC : f8E5M2
  %v17 = arith.select %v8, %arg0, %v16 : f8E5M2
  %v18:2 = arith.addui_extended %v5, %arg2 : tensor<3xi8>, tensor<3xi1>
  %v19 = arith.constant 1.0 : f8E5M2
  %v20 = arith.negf %v19 fastmath<reassoc,contract> : f8E5M2
  return %v18#1, %v18#0 : tensor<3xi1>, tensor<3xi8>
}
