// Random func/arith module, seed 19.
func.func @f0(%arg0: i16, %arg1: f32) -> f32 {
  %v0 = arith.constant 0x7FC00000 : f32
  %v1 = arith.remf %v0, %arg1 fastmath<reassoc,contract> : f32
  %v2 = arith.constant 1 : i16
  %v3 = arith.ceildivui %v2, %v2 : i16
  %v4 = arith.maxnumf %arg1, %arg1 fastmath<nnan> : f32
  %v5 = arith.maxnumf %arg1, %arg1 fastmath<nnan> : f32
  %v6 = arith.constant dense<1.0> : vector<2xf16>
  %v7 = arith.fptoui %v6 : vector<2xf16> to vector<2xi8>
  %v8 = arith.constant 2 : i16
  %v9 = arith.constant -32768 : i16
  %v10 = arith.cmpi slt, %v8, %v9 : i16
  %v11 = arith.maxnumf %arg1, %arg1 fastmath<nnan> : f32
  %v12 = arith.constant 17 : i16
  %v13 = arith.divsi %arg0, %v12 : i16
  %v14 = arith.maxnumf %arg1, %arg1 fastmath<nnan> : f32
  %v15 = arith.shrsi %v13, %arg0 : i16
  %v16 = arith.constant true
  %v17 = arith.constant true
  %v18 = arith.remsi %v16, %v17 : i1
  %v19 = arith.remf %v0, %arg1 fastmath<reassoc,contract> : f32
  %v20 = arith.minimumf %v1, %v4 : f32
  %v21 = arith.constant 0.1 : f32
  %v22 = arith.constant 2.0 : f32
  %v23 = arith.remf %v21, %v22 fastmath<arcp,afn> : f32
  return %v19 : f32
}
func.func @f1(%arg0: f32, %arg1: f32, %arg2: tensor<3xbf16>, %arg3: i8) -> (i8, tensor<3xbf16>) {
  %v0 = arith.constant 127 : i8
  %v1 = arith.constant 7 : i8
  %v2:2 = arith.mulsi_extended %v0, %v1 : i8
  %v3 = arith.constant -93 : i8
  %v4 = arith.constant 7 : i8
  %v5 = arith.maxsi %v3, %v4 : i8
  %v6 = arith.extsi %v2#0 : i8 to i128
  %v7 = arith.constant -1 : i128
  %v8 = arith.cmpi sle, %v7, %v6 : i128
  %v9 = arith.maxsi %v0, %arg3 : i8
  %v10 = arith.index_castui %v1 : i8 to index
  %v11 = arith.index_castui %arg3 : i8 to index
  %v12 = arith.cmpi sle, %v7, %v6 : i128
  %v13 = arith.constant dense<[0x7FC0, 0x0080, 0xFF80]> : tensor<3xbf16>
  %v14 = arith.addf %v13, %v13 : tensor<3xbf16>
  %v15 = arith.maximumf %arg0, %arg0 fastmath<fast> : f32
  %v16 = arith.constant 63 : index
  %v17 = arith.maxui %v11, %v16 : index
  %v18 = arith.mulf %arg2, %v13 fastmath<nnan,ninf> : tensor<3xbf16>
  %v19 = arith.constant 100.0 : f32
  %v20 = arith.select %v8, %arg0, %v19 : f32
  %v21 = arith.minui %arg3, %v2#0 : i8
  %v22 = arith.maxui %v9, %arg3 : i8
  %v23 = arith.shrsi %v11, %v17 exact : index
  %v24 = arith.constant 0x007FFFFF : f32
  %v25 = arith.divf %v24, %arg0 : f32
  %v26 = arith.constant 0x80000000 : f32
  %v27 = arith.cmpf une, %v26, %v15 : f32
  %v28 = arith.maxnumf %v18, %arg2 : tensor<3xbf16>
  return %v21, %v14 : i8, tensor<3xbf16>
}
func.func @f2(%arg0: f8E5M2, %arg1: vector<2x3xf64>, %arg2: i128) -> (tensor<3xbf16>, i8, f8E5M2) {
  %v0 = arith.constant 0x007FFFFF : f32
  %v1 = arith.constant dense<0.5> : tensor<3xbf16>
  %v2 = arith.constant 1 : i8
  %v3:2 = func.call @f1(%v0, %v0, %v1, %v2) : (f32, f32, tensor<3xbf16>, i8) -> (i8, tensor<3xbf16>)
  %v4 = arith.negf %arg1 fastmath<arcp,afn> : vector<2x3xf64>
  %v5 = arith.constant dense<17> : tensor<2x2xi16>
  %v6 = arith.ori %v5, %v5 : tensor<2x2xi16>
  %v7 = arith.constant -0.75 : f8E5M2
  %v8 = arith.maximumf %v7, %arg0 fastmath<none> : f8E5M2
  %v9 = arith.constant 0x290BE420 : f32
  %v10 = arith.constant -19 : i8
  %v11:2 = func.call @f1(%v9, %v9, %v3#1, %v10) : (f32, f32, tensor<3xbf16>, i8) -> (i8, tensor<3xbf16>)
  %v12 = arith.divsi %v5, %v6 : tensor<2x2xi16>
  return %v11#1, %v11#0, %v8 : tensor<3xbf16>, i8, f8E5M2
}
func.func @f3(%arg0: i33, %arg1: i16, %arg2: i128, %arg3: i32) -> i128 {
  %v0 = arith.constant dense<-2.5> : tensor<3xf64>
  %v1 = arith.constant dense<1.0> : tensor<3xf64>
  %v2 = arith.divf %v0, %v1 : tensor<3xf64>
  %v3 = arith.constant -4294967296 : i33
  %v4 = arith.maxsi %arg0, %v3 : i33
  %v5 = arith.constant 8 : i8
  %v6 = arith.remui %v5, %v5 : i8
  %v7 = arith.constant 1 : i32
  %v8 = arith.ceildivsi %arg3, %v7 : i32
  %v9 = arith.constant dense<[1.0e+10, 0x000FFFFFFFFFFFFF, 1.0e+10]> : tensor<3xf64>
  %v10 = arith.cmpf true, %v9, %v1 fastmath<none> : tensor<3xf64>
  %v11 = arith.negf %v0 : tensor<3xf64>
  %v12 = arith.maxsi %arg0, %v3 : i33
  %v13 = arith.cmpf true, %v9, %v1 fastmath<none> : tensor<3xf64>
  %v14 = arith.constant 32767 : i16
  %v15 = arith.maxui %arg1, %v14 : i16
  %v16 = arith.divf %v1, %v11 : tensor<3xf64>
  %v17 = arith.constant 170141183460469231731687303715884105727 : i128
  %v18 = arith.maxsi %arg2, %v17 : i128
  %v19 = arith.constant -1 : i128
  %v20 = arith.maxsi %v19, %v18 : i128
  %v21 = arith.maxsi %arg2, %v17 : i128
  return %v18 : i128
}
