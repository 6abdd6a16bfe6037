// Random func/arith module, seed 14.
func.func @f0(%arg0: f8E3M4, %arg1: f32, %arg2: vector<2x3xindex>) -> (vector<2x3xindex>, f8E3M4, f8E3M4, f8E3M4) {
  %v0 = arith.fptoui %arg0 : f8E3M4 to i8
  %v1 = arith.constant 1.0 : f8E3M4
  %v2 = arith.extf %v1 : f8E3M4 to f32
  %v3 = arith.divsi %arg2, %arg2 : vector<2x3xindex>
  %v4 = arith.constant dense<-1608088893279650495> : vector<2x3xindex>
  %v5 = arith.ceildivsi %arg2, %v4 : vector<2x3xindex>
  %v6 = arith.constant -64 : i7
  %v7 = arith.constant -6 : i7
  %v8 = arith.remui %v6, %v7 : i7
  %v9 = arith.constant 0x00 : f8E5M2
  %v10 = arith.constant 1.0 : f8E5M2
  %v11 = arith.mulf %v9, %v10 fastmath<ninf> : f8E5M2
  %v12 = arith.mulf %v9, %v10 fastmath<ninf> : f8E5M2
  %v13 = arith.extf %v1 : f8E3M4 to f32
  %v14 = arith.constant false
  %v15 = arith.constant dense<[[2, 9223372036854775807, -8], [0, 7718955738989577057, -1]]> : vector<2x3xi64>
  %v16 = arith.constant dense<10> : vector<2x3xi64>
  %v17 = arith.select %v14, %v15, %v16 : vector<2x3xi64>
  %v18 = arith.constant 0xC8 : f8E3M4
  %v19 = arith.minnumf %arg0, %v18 fastmath<fast> : f8E3M4
  return %v3, %v19, %v19, %v19 : vector<2x3xindex>, f8E3M4, f8E3M4, f8E3M4
}
func.func @f1(%arg0: i1) -> tensor<3xf32> {
  %v0 = arith.constant 8388608 : i33
  %v1 = arith.constant 6 : i33
  %v2 = arith.remsi %v0, %v1 : i33
  %v3 = arith.constant true
  %v4 = arith.remui %v3, %arg0 : i1
  %v5 = arith.constant dense<-1.0> : tensor<3xf32>
  %v6 = arith.divf %v5, %v5 fastmath<none> : tensor<3xf32>
  %v7 = arith.cmpi ule, %v3, %v4 : i1
  %v8 = arith.extui %v7 : i1 to i64
  %v9 = arith.extui %v3 : i1 to i64
  %v10 = arith.cmpi sle, %v8, %v9 : i64
  %v11 = arith.constant dense<0x80000000> : tensor<3xf32>
  %v12 = arith.cmpf uge, %v5, %v11 fastmath<nnan,ninf> : tensor<3xf32>
  %v13 = arith.constant true
  %v14 = arith.select %v13, %v4, %v4 : i1
  %v15 = arith.constant dense<1.0e+10> : tensor<3xf32>
  %v16 = arith.cmpf ord, %v5, %v15 fastmath<nnan> : tensor<3xf32>
  %v17 = arith.minsi %v14, %v13 : i1
  %v18 = arith.constant dense<[0xF469, 0.5, 0x0080]> : tensor<3xbf16>
  %v19 = arith.constant dense<0x0000> : tensor<3xbf16>
  %v20 = arith.cmpf une, %v18, %v19 fastmath<nnan,ninf> : tensor<3xbf16>
  %v21:2 = arith.mulsi_extended %v4, %v13 : i1
  %v22 = arith.constant dense<-0.0> : tensor<3xf32>
  %v23 = arith.subf %v22, %v5 : tensor<3xf32>
  %v24 = arith.constant false
  %v25 = arith.minui %v3, %v24 : i1
  %v26 = arith.addf %v11, %v5 : tensor<3xf32>
  %v27 = arith.constant false
  %v28 = arith.constant false
  %v29 = arith.remsi %v27, %v28 : i1
  %v30 = arith.negf %v5 : tensor<3xf32>
  %v31 = arith.constant 9223372036854775807 : i64
  %v32 = arith.sitofp %v31 : i64 to f64
  return %v23 : tensor<3xf32>
}
func.func @f2(%arg0: f64, %arg1: i16, %arg2: f64, %arg3: f8E3M4) {
  %v0 = arith.constant -3 : i32
  %v1 = arith.constant 12 : i32
  %v2 = arith.remsi %v0, %v1 : i32
  %v3 = arith.shrui %arg1, %arg1 : i16
  %v4 = arith.remsi %v3, %arg1 : i16
  %v5 = arith.shli %v4, %v3 : i16
  %v6 = arith.floordivsi %arg1, %v4 : i16
  %v7 = arith.extf %arg3 : f8E3M4 to f64
  %v8 = arith.constant 0xFFF0000000000000 : f64
  %v9 = arith.addf %v8, %v7 : f64
  %v10 = arith.constant 64 : i16
  %v11 = arith.divui %v6, %v10 : i16
  %v12 = arith.constant true
  %v13 = arith.constant -1 : i32
  %v14 = arith.select %v12, %v0, %v13 : i32
  %v15 = arith.constant 0xF8 : f8E3M4
  %v16 = arith.cmpf true, %arg3, %v15 : f8E3M4
  %v17 = arith.cmpf true, %arg2, %v7 : f64
  %v18 = arith.constant true
  %v19 = arith.addi %v17, %v18 overflow<nuw> : i1
  %v20 = arith.andi %v12, %v18 : i1
  %v21 = arith.constant false
  %v22 = arith.cmpi ne, %v18, %v21 : i1
  %v23 = arith.constant 0.5 : f32
  %v24 = arith.constant dense<65> : vector<2x3xindex>
  %v25:4 = func.call @f0(%arg3, %v23, %v24) : (f8E3M4, f32, vector<2x3xindex>) -> (vector<2x3xindex>, f8E3M4, f8E3M4, f8E3M4)
  %v26 = arith.truncf %arg2 fastmath<none> : f64 to f8E5M2
  return
}
func.func @f3(%arg0: tensor<2x2xi32>, %arg1: vector<2x3xi8>, %arg2: i16, %arg3: f64) -> vector<2x3xi8> {
  %v0 = arith.truncf %arg3 : f64 to f8E4M3FN
  %v1 = arith.constant dense<false> : tensor<2x2xi1>
  %v2 = arith.select %v1, %arg0, %arg0 : tensor<2x2xi1>, tensor<2x2xi32>
  %v3 = arith.constant 0x00800000 : f32
  %v4 = arith.constant 0xFFC00000 : f32
  %v5 = arith.cmpf ule, %v3, %v4 fastmath<fast> : f32
  %v6 = arith.constant true
  %v7 = arith.select %v6, %arg3, %arg3 : f64
  %v8 = arith.constant 0xB8 : f8E4M3FN
  %v9 = arith.maximumf %v0, %v8 : f8E4M3FN
  %v10 = arith.constant 2.0 : f64
  %v11 = arith.negf %v10 : f64
  %v12 = arith.constant dense<-1> : vector<2x3xi8>
  %v13 = arith.divui %arg1, %v12 : vector<2x3xi8>
  %v14 = arith.constant 0x0000000000000000 : f64
  %v15 = arith.fptosi %v14 : f64 to i8
  %v16 = func.call @f1(%v6) : (i1) -> tensor<3xf32>
  %v17 = arith.subf %v16, %v16 : tensor<3xf32>
  %v18 = arith.cmpi ne, %arg2, %arg2 : i16
  %v19 = arith.shli %v18, %v6 : i1
  %v20 = arith.constant 0x78 : f8E4M3
  %v21 = arith.constant 0x38 : f8E4M3
  %v22 = arith.select %v6, %v20, %v21 : f8E4M3
  %v23 = arith.negf %v10 : f64
  %v24 = arith.constant 4096 : i16
  %v25 = arith.minsi %arg2, %v24 : i16
  %v26 = arith.constant dense<[[true, false], [false, false]]> : tensor<2x2xi1>
  %v27 = arith.maxui %v1, %v26 : tensor<2x2xi1>
  %v28 = arith.minui %v13, %arg1 : vector<2x3xi8>
  %v29 = arith.constant 8 : i8
  %v30 = arith.cmpi ne, %v15, %v29 : i8
  %v31 = arith.constant true
  %v32 = arith.constant false
  %v33 = arith.select %v30, %v31, %v32 : i1
  %v34 = arith.minsi %arg2, %v24 : i16
  return %v28 : vector<2x3xi8>
}
