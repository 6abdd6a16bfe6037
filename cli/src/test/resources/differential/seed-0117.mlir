// Random func/arith module, seed 117.
func.func @f0(%arg0: f32, %arg1: tensor<2x2xi16>, %arg2: f8E4M3) -> (i1, tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.shli %arg1, %arg1 overflow<nsw, nuw> : tensor<2x2xi16>
  %v1 = arith.constant dense<[[4, 1], [4, 5]]> : tensor<2x2xi16>
  %v2 = arith.cmpi eq, %v1, %v0 : tensor<2x2xi16>
  %v3 = arith.xori %arg1, %v1 : tensor<2x2xi16>
  %v4 = arith.constant dense<true> : tensor<2x2xi1>
  %v5 = arith.constant dense<[[32767, 0], [-1, 0]]> : tensor<2x2xi16>
  %v6 = arith.select %v4, %v5, %v5 : tensor<2x2xi1>, tensor<2x2xi16>
  %v7 = arith.constant 0.1 : f32
  %v8 = arith.divf %v7, %v7 fastmath<nnan> : f32
  %v9 = arith.constant true
  %v10 = arith.constant 0x80 : f8E5M2FNUZ
  %v11 = arith.constant -2.5 : f8E5M2FNUZ
  %v12 = arith.select %v9, %v10, %v11 : f8E5M2FNUZ
  %v13 = arith.constant 0x98 : f8E4M3
  %v14 = arith.cmpf oge, %arg2, %v13 fastmath<reassoc,contract> : f8E4M3
  %v15 = arith.muli %v1, %arg1 overflow<nuw> : tensor<2x2xi16>
  %v16 = arith.select %v4, %v5, %v5 : tensor<2x2xi1>, tensor<2x2xi16>
  %v17 = arith.constant 0xBF800000 : f32
  %v18 = arith.constant 0x0CAF20B9 : f32
  %v19 = arith.cmpf uno, %v17, %v18 : f32
  %v20 = arith.cmpf oge, %arg2, %v13 fastmath<reassoc,contract> : f8E4M3
  %v21 = arith.select %v4, %v2, %v4 : tensor<2x2xi1>, tensor<2x2xi1>
  %v22 = arith.cmpf oge, %arg2, %v13 fastmath<reassoc,contract> : f8E4M3
  return %v14, %v4, %v21 : i1, tensor<2x2xi1>, tensor<2x2xi1>
}
func.func @f1(%arg0: vector<4xindex>, %arg1: i16, %arg2: vector<2x3xf64>) -> (vector<2x3xbf16>, i1) {
  %v0 = arith.constant dense<14> : vector<4xindex>
  %v1 = arith.constant dense<-9223372036854775808> : vector<4xindex>
  %v2 = arith.xori %v0, %v1 : vector<4xindex>
  %v3 = arith.constant dense<0x0000000000000001> : vector<2x3xf64>
  %v4 = arith.subf %v3, %arg2 : vector<2x3xf64>
  %v5 = arith.constant false
  %v6 = arith.select %v5, %arg0, %v0 : vector<4xindex>
  %v7 = arith.constant dense<63> : vector<4xi64>
  %v8 = arith.constant dense<-6> : vector<4xi64>
  %v9:2 = arith.mulsi_extended %v7, %v8 : vector<4xi64>
  %v10 = arith.subf %arg2, %arg2 fastmath<nnan> : vector<2x3xf64>
  %v11 = arith.mulf %v4, %arg2 : vector<2x3xf64>
  %v12 = arith.subf %v3, %arg2 : vector<2x3xf64>
  %v13 = arith.constant -0.75 : f8E5M2FNUZ
  %v14 = arith.constant 100.0 : f8E5M2FNUZ
  %v15 = arith.cmpf oeq, %v13, %v14 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v16 = arith.minsi %arg0, %v1 : vector<4xindex>
  %v17 = arith.constant -32768 : i16
  %v18 = arith.cmpi sge, %arg1, %v17 : i16
  %v19 = arith.constant dense<[-1, -1, 15]> : tensor<3xi64>
  %v20 = arith.cmpi sle, %v19, %v19 : tensor<3xi64>
  %v21 = arith.remui %v16, %v0 : vector<4xindex>
  %v22 = arith.truncf %v10 : vector<2x3xf64> to vector<2x3xbf16>
  %v23 = arith.addf %v22, %v22 : vector<2x3xbf16>
  %v24 = arith.constant dense<[[0xBF80, 0xFF80, 0x0080], [-1.0, 0x8000, 0.1]]> : vector<2x3xbf16>
  %v25 = arith.negf %v24 fastmath<nsz> : vector<2x3xbf16>
  return %v22, %v18 : vector<2x3xbf16>, i1
}
func.func @f2(%arg0: f16, %arg1: index) -> (i1, i1, index) {
  %v0 = arith.constant 1 : index
  %v1 = arith.index_cast %v0 : index to i32
  %v2 = arith.minui %v0, %arg1 : index
  %v3 = arith.constant 0x2173 : f16
  %v4 = arith.subf %arg0, %v3 : f16
  %v5 = arith.constant 1970364245 : i32
  %v6 = arith.constant -1 : i32
  %v7 = arith.maxui %v5, %v6 : i32
  %v8 = arith.ceildivsi %v6, %v5 : i32
  %v9 = arith.maxui %v6, %v5 : i32
  %v10 = arith.negf %v4 : f16
  %v11 = arith.maxui %v6, %v5 : i32
  %v12 = arith.index_castui %arg1 : index to i64
  %v13 = arith.negf %v4 : f16
  %v14 = arith.index_cast %v12 : i64 to index
  %v15 = arith.maxui %v5, %v6 : i32
  %v16 = arith.constant 1 : i64
  %v17 = arith.ori %v16, %v12 : i64
  %v18 = arith.cmpi ugt, %arg1, %v0 : index
  %v19 = arith.maxui %v2, %v0 : index
  %v20 = arith.cmpf false, %v10, %v3 : f16
  %v21 = arith.ceildivui %v17, %v12 : i64
  %v22 = arith.cmpi sle, %v21, %v12 : i64
  %v23 = arith.constant dense<true> : vector<2x3xi1>
  %v24 = arith.constant dense<[[true, true, false], [false, true, false]]> : vector<2x3xi1>
  %v25 = arith.maxui %v23, %v24 : vector<2x3xi1>
  %v26 = arith.negf %v10 : f16
  %v27 = arith.subi %v20, %v22 : i1
  %v28 = arith.constant 0 : i16
  %v29 = arith.andi %v28, %v28 : i16
  return %v18, %v27, %v19 : i1, i1, index
}
