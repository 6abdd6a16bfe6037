// Random func/arith module, seed 108.
func.func @f0(%arg0: tensor<3xf64>, %arg1: i33, %arg2: tensor<2x2xi8>, %arg3: vector<2xf16>) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.shrui %v0, %v0 : i32
  %v2 = arith.constant -760753016 : i33
  %v3 = arith.divui %v2, %arg1 exact : i33
  %v4 = arith.constant dense<0x0000> : vector<2xf16>
  %v5 = arith.subf %v4, %v4 fastmath<reassoc,contract> : vector<2xf16>
  %v6:2 = arith.mului_extended %arg1, %v2 : i33
  %v7 = arith.constant dense<1.0> : tensor<3xf64>
  %v8 = arith.cmpf ult, %arg0, %v7 : tensor<3xf64>
  %v9 = arith.constant dense<[true, true, false]> : tensor<3xi1>
  %v10 = arith.andi %v9, %v9 : tensor<3xi1>
  %v11 = arith.addf %arg3, %arg3 : vector<2xf16>
  %v12 = arith.divui %v2, %arg1 exact : i33
  %v13 = arith.remf %v7, %arg0 fastmath<nnan> : tensor<3xf64>
  %v14 = arith.subf %v4, %v4 fastmath<reassoc,contract> : vector<2xf16>
  %v15 = arith.remf %arg0, %arg0 : tensor<3xf64>
  %v16 = arith.fptosi %v11 : vector<2xf16> to vector<2xi32>
  %v17 = arith.subf %v4, %v4 fastmath<reassoc,contract> : vector<2xf16>
  %v18 = arith.constant dense<[0.5, 100.0]> : vector<2xf16>
  %v19 = arith.minimumf %v4, %v18 : vector<2xf16>
  %v20 = arith.constant dense<-2.5> : vector<2xf16>
  %v21 = arith.remf %v18, %v20 : vector<2xf16>
  %v22 = arith.shrui %v0, %v0 : i32
  %v23 = arith.fptosi %v20 : vector<2xf16> to vector<2xi8>
  %v24 = arith.constant 100.0 : f8E3M4
  %v25 = arith.constant 0xF8 : f8E3M4
  %v26 = arith.mulf %v24, %v25 fastmath<arcp,afn> : f8E3M4
  %v27:2 = arith.mului_extended %v0, %v1 : i32
  %v28 = arith.constant dense<16> : vector<2xi8>
  %v29:2 = arith.mului_extended %v23, %v28 : vector<2xi8>
  %v30 = arith.remf %v18, %v20 : vector<2xf16>
  %v31 = arith.extsi %v16 : vector<2xi32> to vector<2xi64>
  return
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: i128, %arg2: i32) -> f8E4M3FNUZ {
  %v0 = arith.negf %arg0 : f8E4M3FNUZ
  %v1 = arith.cmpi ule, %arg1, %arg1 : i128
  %v2 = arith.constant 4.0 : f8E4M3FN
  %v3 = arith.cmpf ugt, %v2, %v2 : f8E4M3FN
  %v4 = arith.constant 4.0 : f8E4M3FNUZ
  %v5 = arith.subf %v4, %v0 fastmath<fast> : f8E4M3FNUZ
  %v6 = arith.constant 1 : i16
  %v7 = arith.select %v1, %v6, %v6 : i16
  %v8 = arith.minnumf %v4, %arg0 : f8E4M3FNUZ
  %v9 = arith.maxsi %arg2, %arg2 : i32
  %v10 = arith.constant -1.0 : f32
  %v11 = arith.constant -3.0e-05 : f32
  %v12 = arith.cmpf uno, %v10, %v11 : f32
  %v13 = arith.cmpf ugt, %v4, %v0 fastmath<nnan,ninf> : f8E4M3FNUZ
  %v14:2 = arith.addui_extended %arg2, %v9 : i32, i1
  %v15 = arith.select %v14#1, %arg1, %arg1 : i128
  %v16 = arith.extui %v14#1 : i1 to i64
  %v17 = arith.constant 63 : i64
  %v18 = arith.cmpi eq, %v16, %v17 : i64
  %v19 = arith.constant 127 : i8
  %v20 = arith.ori %v19, %v19 : i8
  %v21 = arith.constant false
  %v22 = arith.select %v21, %v5, %arg0 : f8E4M3FNUZ
  %v23 = arith.cmpf une, %v4, %v5 : f8E4M3FNUZ
  %v24 = arith.constant 127 : i8
  %v25 = arith.cmpi ne, %v24, %v20 : i8
  %v26 = arith.constant dense<-1> : vector<2xi8>
  %v27 = arith.trunci %v26 : vector<2xi8> to vector<2xi1>
  %v28 = arith.constant 16 : i16
  %v29 = arith.ceildivui %v6, %v28 : i16
  return %v22 : f8E4M3FNUZ
}
func.func @f2(%arg0: f32, %arg1: vector<2xi16>, %arg2: i8) -> f8E4M3FNUZ {
  %v0 = arith.constant dense<[true, true, false]> : tensor<3xi1>
  %v1 = arith.extsi %v0 : tensor<3xi1> to tensor<3xi16>
  %v2 = arith.trunci %v1 : tensor<3xi16> to tensor<3xi1>
  %v3 = arith.bitcast %arg1 : vector<2xi16> to vector<2xbf16>
  %v4 = arith.maxnumf %v3, %v3 : vector<2xbf16>
  %v5 = arith.maxnumf %v3, %v3 : vector<2xbf16>
  %v6 = arith.constant 0x77 : f8E4M3FNUZ
  %v7 = arith.constant -170141183460469231731687303715884105728 : i128
  %v8 = arith.constant 9 : i32
  %v9 = func.call @f1(%v6, %v7, %v8) : (f8E4M3FNUZ, i128, i32) -> f8E4M3FNUZ
  %v10 = func.call @f1(%v6, %v7, %v8) : (f8E4M3FNUZ, i128, i32) -> f8E4M3FNUZ
  return %v9 : f8E4M3FNUZ
}
func.func @f3(%arg0: f8E4M3FN, %arg1: f8E3M4, %arg2: f8E3M4, %arg3: i64) -> f8E4M3FNUZ {
  %v0 = arith.constant 11 : i64
  %v1 = arith.constant 6 : i64
  %v2 = arith.floordivsi %v0, %v1 : i64
  %v3:2 = arith.mului_extended %arg3, %v1 : i64
  %v4 = arith.constant false
  %v5 = arith.constant 11 : i64
  %v6 = arith.select %v4, %v5, %v3#1 : i64
  %v7 = arith.minsi %v3#1, %v3#0 : i64
  %v8 = arith.constant 1 : i64
  %v9 = arith.constant -1 : i64
  %v10 = arith.xori %v8, %v9 : i64
  %v11 = arith.constant -2 : i64
  %v12:2 = arith.mulsi_extended %v11, %arg3 : i64
  %v13 = arith.constant -0.75 : f8E4M3FNUZ
  %v14 = arith.constant 67108864 : i128
  %v15 = arith.constant 14 : i32
  %v16 = func.call @f1(%v13, %v14, %v15) : (f8E4M3FNUZ, i128, i32) -> f8E4M3FNUZ
  %v17 = arith.constant 7 : i128
  %v18 = arith.maxsi %v14, %v17 : i128
  %v19 = arith.cmpi ule, %v12#0, %v9 : i64
  %v20 = arith.cmpi sgt, %v12#0, %v2 : i64
  %v21 = arith.sitofp %v20 : i1 to f64
  %v22 = arith.fptoui %v21 : f64 to i1
  %v23 = arith.bitcast %v21 : f64 to i64
  %v24 = arith.bitcast %arg2 : f8E3M4 to f8E4M3FNUZ
  return %v13 : f8E4M3FNUZ
}
