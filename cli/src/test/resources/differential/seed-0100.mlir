// Random func/arith module, seed 100.
func.func @f0(%arg0: i16, %arg1: i7, %arg2: f16) -> (f16, i1, i7) {
  %v0 = arith.constant 0x0001 : f16
  %v1 = arith.cmpf ueq, %v0, %arg2 : f16
  %v2 = arith.constant 0xFE00 : f16
  %v3 = arith.maxnumf %v2, %arg2 fastmath<reassoc,contract> : f16
  %v4 = arith.cmpf oge, %arg2, %v0 : f16
  %v5 = arith.constant 0x0000 : f16
  %v6 = arith.mulf %v5, %v2 fastmath<nnan,ninf> : f16
  %v7 = arith.constant 0x7E00 : f16
  %v8 = arith.fptoui %v7 : f16 to i1
  %v9 = arith.cmpi ult, %arg1, %arg1 : i7
  %v10 = arith.maximumf %arg2, %v2 : f16
  %v11 = arith.maxsi %arg1, %arg1 : i7
  %v12 = arith.cmpf oge, %arg2, %v0 : f16
  %v13 = arith.cmpf oge, %arg2, %v0 : f16
  %v14 = arith.constant -1.0 : f16
  %v15 = arith.cmpf ord, %v14, %v10 fastmath<nnan,ninf> : f16
  return %v10, %v9, %v11 : f16, i1, i7
}
func.func @f1(%arg0: i32, %arg1: i8) -> i1 {
  %v0 = arith.constant -1593815638 : i32
  %v1 = arith.constant -2147483648 : i32
  %v2 = arith.xori %v0, %v1 : i32
  %v3 = arith.xori %v0, %v1 : i32
  %v4 = arith.constant 5 : i8
  %v5 = arith.ori %v4, %arg1 : i8
  %v6 = arith.ori %v4, %arg1 : i8
  %v7 = arith.constant 0 : i32
  %v8 = arith.constant 3 : i32
  %v9 = arith.shrsi %v7, %v8 exact : i32
  %v10 = arith.sitofp %v6 : i8 to f8E4M3FNUZ
  %v11 = arith.constant -3.0e-05 : f8E4M3FNUZ
  %v12 = arith.remf %v10, %v11 : f8E4M3FNUZ
  %v13 = arith.minui %v8, %arg0 : i32
  %v14 = arith.constant -0.0 : f8E4M3FNUZ
  %v15 = arith.maximumf %v14, %v10 fastmath<fast> : f8E4M3FNUZ
  %v16 = arith.constant -1 : i32
  %v17 = arith.cmpi ugt, %v16, %v13 : i32
  %v18 = arith.constant 1.0e+10 : f8E3M4
  %v19 = arith.constant -2.5 : f8E3M4
  %v20 = arith.mulf %v18, %v19 fastmath<nnan> : f8E3M4
  %v21 = arith.ori %v3, %arg0 : i32
  %v22 = arith.remf %v12, %v11 fastmath<arcp,afn> : f8E4M3FNUZ
  %v23 = arith.remf %v12, %v11 fastmath<arcp,afn> : f8E4M3FNUZ
  %v24 = arith.shrsi %v5, %arg1 : i8
  return %v17 : i1
}
func.func @f2(%arg0: i7) -> f16 {
  %v0 = arith.constant 0x7C00 : f16
  %v1 = arith.fptosi %v0 : f16 to i8
  %v2 = arith.constant 0 : i7
  %v3:2 = arith.mului_extended %arg0, %v2 : i7
  %v4 = arith.constant dense<0> : tensor<2x2xindex>
  %v5 = arith.index_castui %v4 : tensor<2x2xindex> to tensor<2x2xi16>
  %v6 = arith.shrsi %v2, %v3#0 exact : i7
  %v7 = arith.index_cast %v3#1 : i7 to index
  %v8 = arith.constant 1 : i7
  %v9 = arith.muli %v6, %v8 : i7
  %v10 = arith.constant 0x7BFF : f16
  %v11 = arith.minimumf %v0, %v10 : f16
  %v12 = arith.maxui %v6, %arg0 : i7
  %v13 = arith.shrsi %v2, %v3#0 exact : i7
  %v14 = arith.constant 1 : index
  %v15 = arith.constant 6 : index
  %v16 = arith.cmpi ule, %v14, %v15 : index
  return %v0 : f16
}
