// Random func/arith module, seed 117.
func.func @f0(%arg0: f64, %arg1: vector<2xi16>, %arg2: f16) -> (i1, vector<2xi16>) {
  %v0 = arith.shli %arg1, %arg1 overflow<nsw, nuw> : vector<2xi16>
  %v1 = arith.constant 0x7BFF : f16
  %v2 = arith.cmpf ule, %v1, %arg2 : f16
  %v3 = arith.cmpf ule, %v1, %arg2 : f16
  %v4 = arith.constant dense<0x0001> : tensor<0xf16>
  %v5 = arith.maxnumf %v4, %v4 fastmath<fast> : tensor<0xf16>
  %v6 = arith.constant dense<27101> : vector<2xi16>
  %v7 = arith.floordivsi %arg1, %v6 : vector<2xi16>
  %v8 = arith.constant 1 : i7
  %v9 = arith.ceildivsi %v8, %v8 : i7
  %v10 = arith.constant 15 : i7
  %v11 = arith.cmpi ne, %v8, %v10 : i7
  %v12 = arith.constant 0x80000000 : f32
  %v13 = arith.truncf %v12 toward_zero fastmath<fast> : f32 to f4E2M1FN
  %v14 = arith.constant true
  %v15 = arith.sitofp %v14 : i1 to f6E3M2FN
  %v16 = arith.constant 0x0010000000000000 : f64
  %v17 = arith.cmpf ord, %arg0, %v16 : f64
  %v18 = arith.constant -4 : i32
  %v19 = arith.constant -2147483648 : i32
  %v20 = arith.cmpi sge, %v18, %v19 : i32
  %v21 = arith.select %v20, %v19, %v18 : i32
  %v22 = arith.constant 1.0e+10 : f16
  %v23 = arith.addf %v1, %v22 : f16
  %v24 = arith.constant dense<0> : vector<2xi16>
  %v25 = arith.cmpi ne, %v6, %v24 : vector<2xi16>
  %v26 = arith.select %v25, %v6, %v24 : vector<2xi1>, vector<2xi16>
  return %v17, %v26 : i1, vector<2xi16>
}
func.func @f1(%arg0: vector<[4]xi32>, %arg1: vector<4xf16>, %arg2: tensor<2x2xindex>) -> (vector<[4]xi32>, tensor<2x2xi1>, tensor<2x2xindex>) {
  %v0 = arith.extui %arg0 : vector<[4]xi32> to vector<[4]xi64>
  %v1 = arith.constant dense<10> : vector<[4]xi64>
  %v2 = arith.cmpi ult, %v0, %v1 : vector<[4]xi64>
  %v3 = arith.constant dense<1.0> : vector<4xf16>
  %v4 = arith.remf %v3, %arg1 fastmath<reassoc,contract> : vector<4xf16>
  %v5 = arith.constant dense<-9223372036854775808> : tensor<2x2xindex>
  %v6 = arith.muli %v5, %arg2 overflow<nsw> : tensor<2x2xindex>
  %v7 = arith.andi %arg0, %arg0 : vector<[4]xi32>
  %v8 = arith.cmpf oge, %v4, %arg1 : vector<4xf16>
  %v9 = arith.constant 0x7FF0000000000000 : f64
  %v10 = arith.constant dense<1> : vector<2xi16>
  %v11 = arith.constant 1.0 : f16
  %v12:2 = func.call @f0(%v9, %v10, %v11) : (f64, vector<2xi16>, f16) -> (i1, vector<2xi16>)
  %v13 = arith.cmpi ult, %v0, %v1 : vector<[4]xi64>
  %v14 = arith.cmpf oeq, %arg1, %v3 fastmath<fast> : vector<4xf16>
  %v15 = arith.maximumf %v4, %arg1 : vector<4xf16>
  %v16 = arith.cmpf oge, %v4, %arg1 : vector<4xf16>
  %v17 = arith.cmpf oge, %v4, %arg1 : vector<4xf16>
  %v18 = arith.cmpf ord, %v4, %arg1 : vector<4xf16>
  %v19 = arith.cmpi slt, %v18, %v8 : vector<4xi1>
  %v20 = arith.cmpi ult, %v8, %v17 : vector<4xi1>
  %v21 = arith.constant dense<-16793> : vector<2xi16>
  %v22 = arith.subi %v21, %v12#1 : vector<2xi16>
  %v23 = arith.constant dense<0.5> : vector<4xf16>
  %v24 = arith.cmpf uno, %v23, %v15 : vector<4xf16>
  %v25 = arith.addf %v15, %v23 : vector<4xf16>
  %v26 = arith.cmpi ugt, %v5, %v6 : tensor<2x2xindex>
  %v27 = arith.cmpi slt, %v5, %v6 : tensor<2x2xindex>
  %v28 = arith.constant dense<4110892825824967777> : tensor<2x2xindex>
  %v29 = arith.remsi %v6, %v28 : tensor<2x2xindex>
  %v30 = arith.constant 0xFE00 : f16
  %v31 = arith.cmpf ugt, %v11, %v30 fastmath<ninf> : f16
  return %v7, %v27, %v29 : vector<[4]xi32>, tensor<2x2xi1>, tensor<2x2xindex>
}
func.func @f2(%arg0: index, %arg1: i1) -> (index, index, index) {
  %v0 = arith.cmpi ugt, %arg1, %arg1 : i1
  %v1 = arith.select %v0, %arg1, %arg1 : i1
  %v2 = arith.constant true
  %v3 = arith.index_cast %v2 : i1 to index
  %v4 = arith.constant 256 : i64
  %v5 = arith.constant 2 : i64
  %v6 = arith.maxui %v4, %v5 : i64
  %v7 = arith.constant 0 : index
  %v8 = arith.select %v1, %arg0, %v7 : index
  %v9 = arith.constant -1 : i32
  %v10 = arith.index_cast %v9 : i32 to index
  %v11 = arith.constant 13 : i8
  %v12 = arith.extsi %v11 : i8 to i64
  %v13 = arith.constant -1 : i8
  %v14 = arith.extsi %v13 : i8 to i64
  %v15 = arith.cmpi slt, %v12, %v14 : i64
  %v16 = arith.minsi %v8, %v7 : index
  %v17 = arith.xori %v0, %arg1 : i1
  return %v16, %v16, %v16 : index, index, index
}
