// Random func/arith module, seed 138.
func.func @f0(%arg0: f32) -> (vector<2x3xi1>, vector<2x3xi1>) {
  %v0 = arith.constant -3 : index
  %v1 = arith.index_cast %v0 : index to i16
  %v2 = arith.constant -3 : i16
  %v3 = arith.index_cast %v2 : i16 to index
  %v4 = arith.index_cast %v3 : index to i16
  %v5 = arith.constant dense<[[0x7F7FFFFF, 0x00000000, 0x7FC00000], [0x00800000, -3.0e-05, 0x3F800000]]> : vector<2x3xf32>
  %v6 = arith.constant dense<[[0x00000000, -0.75, -3.0e-05], [0x007FFFFF, -1.0, -0.75]]> : vector<2x3xf32>
  %v7 = arith.cmpf ord, %v5, %v6 fastmath<fast> : vector<2x3xf32>
  %v8 = arith.addf %arg0, %arg0 fastmath<ninf> : f32
  %v9 = arith.index_cast %v3 : index to i16
  %v10 = arith.constant dense<13> : vector<[4]xindex>
  %v11 = arith.constant dense<13> : vector<[4]xindex>
  %v12 = arith.remui %v10, %v11 : vector<[4]xindex>
  %v13 = arith.remui %v10, %v11 : vector<[4]xindex>
  %v14 = arith.constant dense<[[true, false, false], [true, true, false]]> : vector<2x3xi1>
  %v15 = arith.constant dense<true> : vector<2x3xi1>
  %v16 = arith.shrui %v14, %v15 : vector<2x3xi1>
  %v17 = arith.constant false
  %v18 = arith.constant 10 : index
  %v19 = arith.select %v17, %v18, %v18 : index
  %v20 = arith.constant dense<true> : vector<2x3xi1>
  %v21 = arith.floordivsi %v14, %v20 : vector<2x3xi1>
  return %v14, %v20 : vector<2x3xi1>, vector<2x3xi1>
}
func.func @f1(%arg0: f6E3M2FN) -> i1 {
  %v0 = arith.constant 8 : i8
  %v1 = arith.floordivsi %v0, %v0 : i8
  %v2 = arith.extsi %v0 : i8 to i64
  %v3 = arith.constant 1 : i8
  %v4 = arith.extsi %v3 : i8 to i64
  %v5 = arith.cmpi sgt, %v2, %v4 : i64
  %v6 = arith.cmpf ule, %arg0, %arg0 : f6E3M2FN
  %v7 = arith.floordivsi %v0, %v0 : i8
  %v8 = arith.divf %arg0, %arg0 fastmath<nnan> : f6E3M2FN
  %v9 = arith.floordivsi %v0, %v0 : i8
  %v10 = arith.constant dense<3> : vector<[4]xi64>
  %v11 = arith.constant dense<9223372036854775807> : vector<[4]xi64>
  %v12 = arith.shrui %v10, %v11 exact : vector<[4]xi64>
  %v13 = arith.constant -2 : i64
  %v14 = arith.index_cast %v13 : i64 to index
  %v15 = arith.floordivsi %v0, %v0 : i8
  %v16 = arith.floordivsi %v0, %v0 : i8
  %v17 = arith.constant dense<true> : vector<4xi1>
  %v18 = arith.remsi %v17, %v17 : vector<4xi1>
  %v19 = arith.fptoui %v8 : f6E3M2FN to i1
  return %v19 : i1
}
func.func @f2(%arg0: tensor<2x2xi16>) -> (tensor<2x2xi1>, tensor<2x2xi1>, vector<2x3xi1>, vector<2x3xi1>) {
  %v0 = arith.constant dense<[[1, 22021], [1, -1]]> : tensor<2x2xi16>
  %v1 = arith.minui %v0, %arg0 : tensor<2x2xi16>
  %v2 = arith.constant dense<10> : tensor<2x2xi16>
  %v3 = arith.cmpi ugt, %arg0, %v2 : tensor<2x2xi16>
  %v4 = arith.constant 0xF0 : f8E3M4
  %v5 = arith.constant 0x80 : f8E3M4
  %v6 = arith.cmpf false, %v4, %v5 : f8E3M4
  %v7 = arith.extui %v1 : tensor<2x2xi16> to tensor<2x2xi64>
  %v8 = arith.trunci %v7 : tensor<2x2xi64> to tensor<2x2xi16>
  %v9 = arith.constant -0.75 : f8E3M4
  %v10 = arith.fptosi %v9 : f8E3M4 to i64
  %v11 = arith.constant 0x80000000 : f32
  %v12:2 = func.call @f0(%v11) : (f32) -> (vector<2x3xi1>, vector<2x3xi1>)
  %v13:2 = func.call @f0(%v11) : (f32) -> (vector<2x3xi1>, vector<2x3xi1>)
  %v14 = arith.shrsi %v3, %v3 : tensor<2x2xi1>
  %v15 = arith.addf %v4, %v5 fastmath<reassoc,contract> : f8E3M4
  %v16 = arith.constant 4.0 : f8E3M4
  %v17 = arith.constant 0.0 : f8E3M4
  %v18 = arith.remf %v16, %v17 fastmath<nnan,ninf> : f8E3M4
  %v19 = arith.constant dense<-1> : tensor<2x2xi16>
  %v20 = arith.divsi %v0, %v19 : tensor<2x2xi16>
  %v21 = arith.constant 0.5 : f32
  %v22 = arith.constant -0.0 : f32
  %v23 = arith.subf %v21, %v22 : f32
  %v24 = arith.extsi %v14 : tensor<2x2xi1> to tensor<2x2xi16>
  return %v14, %v14, %v13#0, %v13#0 : tensor<2x2xi1>, tensor<2x2xi1>, vector<2x3xi1>, vector<2x3xi1>
}
