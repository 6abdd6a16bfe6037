// Random func/arith module, seed 188.
func.func @f0(%arg0: i64, %arg1: f64, %arg2: f16, %arg3: i16) -> (i64, vector<2xi32>) {
  %v0 = arith.constant dense<[8, 12, 7]> : tensor<3xi8>
  %v1:2 = arith.mului_extended %v0, %v0 : tensor<3xi8>
  %v2:2 = arith.mului_extended %v0, %v0 : tensor<3xi8>
  %v3 = arith.constant 5 : index
  %v4 = arith.constant 8466230766774236611 : index
  %v5 = arith.cmpi ult, %v3, %v4 : index
  %v6 = arith.constant -0.75 : f16
  %v7 = arith.constant 0xFC00 : f16
  %v8 = arith.maximumf %v6, %v7 fastmath<arcp,afn> : f16
  %v9 = arith.maximumf %v6, %v7 fastmath<arcp,afn> : f16
  %v10 = arith.constant 1.0e+10 : f16
  %v11 = arith.constant 0x3C00 : f16
  %v12 = arith.remf %v10, %v11 : f16
  %v13 = arith.ori %arg0, %arg0 : i64
  %v14 = arith.constant 2.0 : f64
  %v15 = arith.maximumf %arg1, %v14 : f64
  %v16 = arith.constant dense<true> : vector<2xi1>
  %v17 = arith.constant dense<2147483647> : vector<2xi32>
  %v18 = arith.constant dense<1> : vector<2xi32>
  %v19 = arith.select %v16, %v17, %v18 : vector<2xi1>, vector<2xi32>
  %v20 = arith.constant 0xFC00 : f16
  %v21 = arith.extf %v20 fastmath<fast> : f16 to f32
  %v22 = arith.constant 0xFC00 : f16
  %v23 = arith.constant 100.0 : f16
  %v24 = arith.maximumf %v22, %v23 : f16
  %v25 = arith.constant 4.0 : f32
  %v26 = arith.constant 0.1 : f32
  %v27 = arith.cmpf ugt, %v25, %v26 fastmath<nnan,ninf> : f32
  %v28 = arith.sitofp %v13 : i64 to f8E5M2
  %v29 = arith.ori %v13, %arg0 : i64
  %v30 = arith.maxnumf %v14, %arg1 fastmath<reassoc,contract> : f64
  %v31 = arith.constant 0x8000000000000000 : f64
  %v32 = arith.select %v5, %arg1, %v31 : f64
  %v33 = arith.cmpf ugt, %v25, %v26 fastmath<nnan,ninf> : f32
  %v34 = arith.constant true
  %v35 = arith.cmpi slt, %v27, %v34 : i1
  %v36 = arith.remsi %arg3, %arg3 : i16
  %v37 = arith.constant -5 : i8
  %v38 = arith.constant -1 : i8
  %v39 = arith.cmpi slt, %v37, %v38 : i8
  %v40 = arith.constant 65 : i64
  %v41 = arith.divui %v40, %arg0 : i64
  return %v40, %v17 : i64, vector<2xi32>
}
func.func @f1(%arg0: bf16) -> (i64, vector<4xi16>) {
  %v0 = arith.constant dense<32767> : vector<4xi16>
  %v1 = arith.constant dense<3922> : vector<4xi16>
  %v2 = arith.maxsi %v0, %v1 : vector<4xi16>
  %v3 = arith.maximumf %arg0, %arg0 fastmath<reassoc,contract> : bf16
  %v4 = arith.constant dense<-1> : vector<4xi16>
  %v5:2 = arith.mului_extended %v0, %v4 : vector<4xi16>
  %v6 = arith.constant dense<-4> : vector<4xi16>
  %v7 = arith.addi %v5#1, %v6 : vector<4xi16>
  %v8 = arith.constant dense<true> : vector<2xi1>
  %v9 = arith.index_castui %v8 : vector<2xi1> to vector<2xindex>
  %v10 = arith.constant true
  %v11 = arith.constant -8 : i64
  %v12 = arith.select %v10, %v11, %v11 : i64
  return %v12, %v0 : i64, vector<4xi16>
}
func.func @f2(%arg0: vector<4xf16>, %arg1: i16) -> (vector<4xi1>, vector<4xi32>) {
  %v0 = arith.constant 2.0 : f16
  %v1 = arith.cmpf ogt, %v0, %v0 fastmath<reassoc,contract> : f16
  %v2 = arith.fptoui %arg0 : vector<4xf16> to vector<4xi32>
  %v3 = arith.shrui %arg1, %arg1 : i16
  %v4 = arith.constant 0x0001 : f16
  %v5 = arith.negf %v4 : f16
  %v6 = arith.extf %arg0 fastmath<fast> : vector<4xf16> to vector<4xf64>
  %v7 = arith.addi %v3, %arg1 : i16
  %v8 = arith.constant 11 : i16
  %v9:2 = arith.addui_extended %v3, %v8 : i16, i1
  %v10 = arith.constant dense<[0, 536870912, 1, 1641156933]> : vector<4xi32>
  %v11 = arith.remsi %v2, %v10 : vector<4xi32>
  %v12 = arith.constant dense<-4> : vector<4xi32>
  %v13 = arith.cmpi uge, %v2, %v12 : vector<4xi32>
  %v14 = arith.cmpi ugt, %v9#1, %v9#1 : i1
  %v15 = arith.constant dense<[100.0, 0.1, 0x0400, 3.0]> : vector<4xf16>
  %v16 = arith.cmpf ueq, %v15, %arg0 : vector<4xf16>
  %v17 = arith.cmpi uge, %v2, %v12 : vector<4xi32>
  %v18 = arith.constant dense<true> : vector<4xi1>
  %v19 = arith.remui %v18, %v18 : vector<4xi1>
  %v20 = arith.floordivsi %v18, %v18 : vector<4xi1>
  %v21 = arith.select %v14, %v2, %v11 : vector<4xi32>
  %v22 = arith.constant dense<false> : vector<4xi1>
  %v23 = arith.cmpi sle, %v16, %v22 : vector<4xi1>
  %v24 = arith.divf %v6, %v6 fastmath<fast> : vector<4xf64>
  return %v17, %v21 : vector<4xi1>, vector<4xi32>
}
func.func @f3(%arg0: i33) -> vector<2xi32> {
  %v0 = arith.constant -0.75 : f32
  %v1 = arith.constant 0x7FC00000 : f32
  %v2 = arith.subf %v0, %v1 : f32
  %v3 = arith.constant dense<true> : tensor<2x2xi1>
  %v4 = arith.constant dense<true> : tensor<2x2xi1>
  %v5 = arith.maxsi %v3, %v4 : tensor<2x2xi1>
  %v6 = arith.extui %arg0 : i33 to i64
  %v7 = arith.constant 100.0 : f32
  %v8 = arith.remf %v7, %v1 : f32
  %v9 = arith.constant 0x00800000 : f32
  %v10 = arith.cmpf ueq, %v1, %v9 : f32
  %v11 = arith.constant 4 : i64
  %v12 = arith.constant 100.0 : f64
  %v13 = arith.constant -2.5 : f16
  %v14 = arith.constant -3 : i16
  %v15:2 = func.call @f0(%v11, %v12, %v13, %v14) : (i64, f64, f16, i16) -> (i64, vector<2xi32>)
  %v16 = arith.subf %v0, %v1 : f32
  %v17 = arith.constant -0.0 : f16
  %v18 = arith.mulf %v13, %v17 fastmath<none> : f16
  return %v15#1 : vector<2xi32>
}
