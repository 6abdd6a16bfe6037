// Random func/arith module, seed 167.
func.func @f0(%arg0: vector<2xi16>, %arg1: f32, %arg2: i64, %arg3: f32) -> (i1, vector<2xi16>) {
  %v0 = arith.constant 0 : i16
  %v1 = arith.shli %v0, %v0 overflow<none> : i16
  %v2 = arith.cmpf uge, %arg1, %arg1 fastmath<nsz> : f32
  %v3 = arith.constant dense<-1> : vector<2xi16>
  %v4 = arith.maxui %arg0, %v3 : vector<2xi16>
  %v5 = arith.fptoui %arg1 : f32 to i16
  %v6 = arith.constant 0x7674E0A4 : f32
  %v7 = arith.cmpf ult, %arg1, %v6 : f32
  %v8 = arith.constant 7.0 : f32
  %v9 = arith.maximumf %v8, %v8 : f32
  return %v7, %v4 : i1, vector<2xi16>
}
func.func @f1(%arg0: i64) -> tensor<3xf64> {
  %v0 = arith.constant 0 : i64
  %v1 = arith.ceildivui %v0, %arg0 : i64
  %v2 = arith.constant dense<[-0.75, 0x7FF0000000000000, -0.0]> : tensor<3xf64>
  %v3 = arith.divf %v2, %v2 : tensor<3xf64>
  %v4 = arith.shrsi %arg0, %v1 : i64
  %v5 = arith.constant dense<7.0> : tensor<3xf64>
  %v6 = arith.remf %v2, %v5 fastmath<nnan,ninf> : tensor<3xf64>
  %v7 = arith.constant dense<[9, 16]> : vector<2xi16>
  %v8 = arith.constant 3.0 : f32
  %v9 = arith.constant 1 : i64
  %v10 = arith.constant 0x80000000 : f32
  %v11:2 = func.call @f0(%v7, %v8, %v9, %v10) : (vector<2xi16>, f32, i64, f32) -> (i1, vector<2xi16>)
  %v12 = arith.fptoui %v10 : f32 to i7
  %v13 = arith.minui %v9, %arg0 : i64
  %v14 = arith.extui %v12 : i7 to i8
  %v15 = arith.shrsi %v4, %v1 exact : i64
  %v16 = arith.index_castui %v11#0 : i1 to index
  %v17 = arith.constant 63 : i7
  %v18:2 = arith.addui_extended %v12, %v17 : i7, i1
  %v19 = arith.constant true
  %v20 = arith.extsi %v19 : i1 to i64
  %v21 = arith.constant false
  %v22 = arith.index_castui %v21 : i1 to index
  %v23 = arith.divf %v2, %v2 : tensor<3xf64>
  return %v23 : tensor<3xf64>
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: f16) -> i1 {
  %v0 = arith.constant 0xBC00 : f16
  %v1 = arith.minimumf %arg1, %v0 : f16
  %v2 = arith.minimumf %v0, %arg1 : f16
  %v3 = arith.constant 0x76 : f8E5M2FNUZ
  %v4 = arith.constant -0.75 : f8E5M2FNUZ
  %v5 = arith.maxnumf %v3, %v4 : f8E5M2FNUZ
  %v6 = arith.constant dense<[false, false, true]> : tensor<3xi1>
  %v7 = arith.addi %v6, %v6 : tensor<3xi1>
  %v8 = arith.constant dense<false> : tensor<3xi1>
  %v9 = arith.uitofp %v8 : tensor<3xi1> to tensor<3xbf16>
  %v10 = arith.constant 12 : i64
  %v11 = func.call @f1(%v10) : (i64) -> tensor<3xf64>
  %v12 = arith.constant dense<true> : tensor<3xi1>
  %v13 = arith.constant dense<0x7F80> : tensor<3xbf16>
  %v14 = arith.select %v12, %v13, %v9 : tensor<3xi1>, tensor<3xbf16>
  %v15 = arith.constant 0 : i64
  %v16 = arith.constant 0 : i64
  %v17:2 = arith.mulsi_extended %v15, %v16 : i64
  %v18:2 = arith.addui_extended %v16, %v17#1 : i64, i1
  %v19 = arith.constant true
  %v20 = arith.constant 8192 : i64
  %v21 = arith.select %v19, %v20, %v17#1 : i64
  %v22 = arith.ceildivui %v19, %v19 : i1
  %v23 = arith.uitofp %v8 : tensor<3xi1> to tensor<3xbf16>
  %v24 = arith.constant true
  %v25 = arith.shrsi %v24, %v19 : i1
  %v26 = arith.constant 4.0 : f8E5M2
  %v27 = arith.constant 0.1 : f8E5M2
  %v28 = arith.cmpf ole, %v26, %v27 : f8E5M2
  %v29 = arith.constant dense<[0x0000000000000001, 7.0, -1.0]> : tensor<3xf64>
  %v30 = arith.subf %v29, %v11 fastmath<nnan,ninf> : tensor<3xf64>
  %v31 = arith.constant true
  %v32 = arith.constant 7 : i8
  %v33 = arith.select %v31, %v32, %v32 : i8
  return %v22 : i1
}
func.func @f3(%arg0: i64, %arg1: vector<2xi32>) -> vector<2xindex> {
  %v0 = arith.index_cast %arg1 : vector<2xi32> to vector<2xindex>
  %v1 = arith.constant dense<[0xBFF0000000000000, 0x7FEFFFFFFFFFFFFF, 2.0]> : tensor<3xf64>
  %v2 = arith.truncf %v1 downward : tensor<3xf64> to tensor<3xbf16>
  %v3 = arith.constant 14 : i7
  %v4:2 = arith.addui_extended %v3, %v3 : i7, i1
  %v5 = arith.constant 11 : i64
  %v6 = arith.muli %v5, %v5 : i64
  %v7 = arith.constant dense<[0.0, 0x0001, 0x0080]> : tensor<3xbf16>
  %v8 = arith.constant dense<0x8000> : tensor<3xbf16>
  %v9 = arith.cmpf ule, %v7, %v8 : tensor<3xbf16>
  %v10 = arith.index_cast %arg1 : vector<2xi32> to vector<2xindex>
  %v11 = arith.constant dense<10> : vector<2xindex>
  %v12 = arith.cmpi ne, %v11, %v10 : vector<2xindex>
  %v13 = arith.truncf %v1 downward : tensor<3xf64> to tensor<3xbf16>
  return %v10 : vector<2xindex>
}
