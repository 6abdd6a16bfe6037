// Random func/arith module, seed 163.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: f16, %arg2: f8E3M4) -> (f16, f64) {
  %v0 = arith.constant 0x3C00 : f16
  %v1 = arith.subf %arg1, %v0 : f16
  %v2 = arith.subf %arg1, %v0 : f16
  %v3 = arith.constant 33 : i32
  %v4 = arith.addi %v3, %v3 overflow<none> : i32
  %v5 = arith.constant 0xFFF8000000000000 : f64
  %v6 = arith.negf %v5 : f64
  %v7 = arith.constant 9 : i8
  %v8 = arith.constant 1 : i8
  %v9 = arith.cmpi sgt, %v7, %v8 : i8
  %v10 = arith.constant 0x80 : f8E3M4
  %v11 = arith.negf %v10 : f8E3M4
  %v12 = arith.constant 1 : i8
  %v13 = arith.remui %v8, %v12 : i8
  return %v1, %v6 : f16, f64
}
func.func @f1(%arg0: tensor<3xbf16>, %arg1: i16, %arg2: i1, %arg3: f8E4M3FNUZ) -> f64 {
  %v0 = arith.constant true
  %v1 = arith.sitofp %v0 : i1 to f8E4M3FNUZ
  %v2 = arith.constant -1 : i16
  %v3 = arith.minui %v2, %arg1 : i16
  %v4 = arith.fptoui %arg3 : f8E4M3FNUZ to i16
  %v5 = arith.minnumf %arg0, %arg0 fastmath<none> : tensor<3xbf16>
  %v6 = arith.minnumf %arg0, %arg0 fastmath<none> : tensor<3xbf16>
  %v7 = arith.constant 170141183460469231731687303715884105727 : i128
  %v8 = arith.shrui %v7, %v7 exact : i128
  %v9 = arith.constant true
  %v10 = arith.floordivsi %arg2, %v9 : i1
  %v11:2 = arith.mulsi_extended %v4, %v4 : i16
  %v12 = arith.fptoui %v6 : tensor<3xbf16> to tensor<3xi32>
  %v13:2 = arith.addui_extended %v10, %arg2 : i1, i1
  %v14 = arith.minui %v2, %arg1 : i16
  %v15 = arith.constant 3.0 : f8E4M3FNUZ
  %v16 = arith.maximumf %arg3, %v15 fastmath<nnan,ninf> : f8E4M3FNUZ
  %v17 = arith.cmpi ugt, %v12, %v12 : tensor<3xi32>
  %v18 = arith.select %v17, %v12, %v12 : tensor<3xi1>, tensor<3xi32>
  %v19 = arith.constant dense<0xBFF0000000000000> : vector<2xf64>
  %v20 = arith.maximumf %v19, %v19 : vector<2xf64>
  %v21 = arith.constant 1.0 : f8E5M2FNUZ
  %v22 = arith.constant -3.0e-05 : f16
  %v23 = arith.constant 1.0 : f8E3M4
  %v24:2 = func.call @f0(%v21, %v22, %v23) : (f8E5M2FNUZ, f16, f8E3M4) -> (f16, f64)
  %v25 = arith.remsi %v13#0, %v10 : i1
  %v26 = arith.constant 0.5 : f8E4M3FNUZ
  %v27 = arith.cmpf oeq, %v26, %v16 : f8E4M3FNUZ
  return %v24#1 : f64
}
