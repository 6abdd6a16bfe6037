// Random func/arith module, seed 128.
func.func @f0(%arg0: vector<2x3xf16>, %arg1: i7) -> f8E3M4 {
  %v0 = arith.constant dense<[[2.0, 0xBC00, 3.0], [0x8000, 0x7BFF, 0.1]]> : vector<2x3xf16>
  %v1 = arith.minnumf %arg0, %v0 : vector<2x3xf16>
  %v2 = arith.constant dense<4.0> : vector<2x3xf16>
  %v3 = arith.maxnumf %arg0, %v2 fastmath<nsz> : vector<2x3xf16>
  %v4 = arith.constant dense<[[false, true, true], [false, true, false]]> : vector<2x3xi1>
  %v5 = arith.select %v4, %v0, %v3 : vector<2x3xi1>, vector<2x3xf16>
  %v6 = arith.constant -4 : i7
  %v7:2 = arith.addui_extended %v6, %arg1 : i7, i1
  %v8 = arith.constant 9 : i8
  %v9 = arith.constant 12 : i8
  %v10 = arith.select %v7#1, %v8, %v9 : i8
  %v11 = arith.constant -64 : i7
  %v12 = arith.shrui %v6, %v11 : i7
  %v13 = arith.subf %v5, %v1 fastmath<reassoc,contract> : vector<2x3xf16>
  %v14 = arith.constant false
  %v15 = arith.extui %v14 : i1 to i16
  %v16 = arith.extui %v14 : i1 to i16
  %v17 = arith.addf %v3, %arg0 fastmath<nsz> : vector<2x3xf16>
  %v18 = arith.minui %v4, %v4 : vector<2x3xi1>
  %v19 = arith.constant dense<0x03FF> : vector<2x3xf16>
  %v20 = arith.cmpf ule, %v3, %v19 : vector<2x3xf16>
  %v21 = arith.floordivsi %v7#1, %v14 : i1
  %v22 = arith.constant dense<true> : vector<2xi1>
  %v23 = arith.maxsi %v22, %v22 : vector<2xi1>
  %v24 = arith.uitofp %v7#0 : i7 to f8E3M4
  %v25 = arith.constant 8 : i7
  %v26 = arith.ceildivsi %v6, %v25 : i7
  %v27 = arith.minimumf %v24, %v24 : f8E3M4
  %v28 = arith.ceildivsi %v10, %v9 : i8
  %v29 = arith.constant -59 : i7
  %v30:2 = arith.mulsi_extended %v7#0, %v29 : i7
  %v31 = arith.constant false
  %v32 = arith.constant false
  %v33 = arith.select %v31, %v32, %v21 : i1
  return %v24 : f8E3M4
}
func.func @f1(%arg0: tensor<2x2xi16>, %arg1: i1, %arg2: i1) -> (vector<4xi8>, tensor<2x2xi1>, vector<2xf64>, tensor<2x2xi1>) {
  %v0 = arith.constant dense<0xBFF0000000000000> : vector<2xf64>
  %v1 = arith.minimumf %v0, %v0 fastmath<nsz> : vector<2xf64>
  %v2 = arith.constant false
  %v3 = arith.constant false
  %v4 = arith.maxsi %v2, %v3 : i1
  %v5 = arith.cmpf ueq, %v1, %v0 : vector<2xf64>
  %v6 = arith.constant dense<[0xFFF0000000000000, 0x0B59323517A3CD87]> : vector<2xf64>
  %v7 = arith.remf %v6, %v0 : vector<2xf64>
  %v8 = arith.constant dense<-1> : tensor<2x2xi16>
  %v9 = arith.cmpi slt, %arg0, %v8 : tensor<2x2xi16>
  %v10 = arith.cmpf ueq, %v1, %v0 : vector<2xf64>
  %v11 = arith.subf %v1, %v0 : vector<2xf64>
  %v12 = arith.constant dense<7.0> : vector<4xf32>
  %v13 = arith.fptosi %v12 : vector<4xf32> to vector<4xi8>
  return %v13, %v9, %v11, %v9 : vector<4xi8>, tensor<2x2xi1>, vector<2xf64>, tensor<2x2xi1>
}
func.func @f2(%arg0: f64, %arg1: i32) -> (i16, i1, i1, i32) {
  %v0 = arith.constant -1 : index
  %v1 = arith.constant 4 : index
  %v2 = arith.remsi %v0, %v1 : index
  %v3 = arith.ori %arg1, %arg1 : i32
  %v4 = arith.constant 0xBFF0000000000000 : f64
  %v5 = arith.cmpf ult, %v4, %arg0 : f64
  %v6 = arith.constant false
  %v7 = arith.constant false
  %v8 = arith.ceildivsi %v6, %v7 : i1
  %v9 = arith.constant 13 : i32
  %v10 = arith.cmpi sge, %arg1, %v9 : i32
  %v11 = arith.constant true
  %v12 = arith.constant true
  %v13:2 = arith.mulsi_extended %v11, %v12 : i1
  %v14 = arith.constant -1 : i32
  %v15 = arith.floordivsi %v14, %arg1 : i32
  %v16 = arith.minnumf %arg0, %v4 : f64
  %v17 = arith.constant dense<-1.0> : vector<2x3xf16>
  %v18 = arith.constant 25 : i7
  %v19 = func.call @f0(%v17, %v18) : (vector<2x3xf16>, i7) -> f8E3M4
  %v20 = arith.floordivsi %v9, %v14 : i32
  %v21 = arith.constant dense<0x0001> : vector<4xbf16>
  %v22 = arith.cmpf ugt, %v21, %v21 : vector<4xbf16>
  %v23 = arith.cmpi slt, %v20, %v15 : i32
  %v24 = arith.constant 0xB0 : f8E3M4
  %v25 = arith.fptoui %v24 : f8E3M4 to i16
  %v26 = arith.constant 2048 : i32
  %v27 = arith.select %v6, %arg1, %v26 : i32
  %v28 = arith.constant 100.0 : f16
  %v29 = arith.constant 0x0000 : f16
  %v30 = arith.mulf %v28, %v29 : f16
  %v31 = func.call @f0(%v17, %v18) : (vector<2x3xf16>, i7) -> f8E3M4
  %v32 = func.call @f0(%v17, %v18) : (vector<2x3xf16>, i7) -> f8E3M4
  %v33 = arith.cmpi slt, %v20, %v15 : i32
  %v34 = arith.fptoui %v24 : f8E3M4 to i16
  %v35 = arith.cmpf true, %v24, %v31 fastmath<ninf> : f8E3M4
  %v36 = arith.cmpi slt, %v20, %v15 : i32
  %v37 = arith.constant 100.0 : f8E3M4
  %v38 = arith.cmpf one, %v37, %v19 : f8E3M4
  return %v34, %v23, %v36, %v9 : i16, i1, i1, i32
}
