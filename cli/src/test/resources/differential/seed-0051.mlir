// Random func/arith module, seed 51.
func.func @f0(%arg0: f8E4M3B11FNUZ, %arg1: i16, %arg2: i64, %arg3: vector<[4]xbf16>) -> (f6E3M2FN, i16) {
  %v0 = arith.constant -9223372036854775808 : i64
  %v1 = arith.extui %v0 : i64 to i128
  %v2 = arith.fptoui %arg0 : f8E4M3B11FNUZ to i16
  %v3 = arith.constant -1 : i128
  %v4 = arith.xori %v1, %v3 : i128
  %v5 = arith.xori %v4, %v3 : i128
  %v6 = arith.fptoui %arg0 : f8E4M3B11FNUZ to i16
  %v7 = arith.constant 0 : i32
  %v8:2 = arith.mului_extended %v7, %v7 : i32
  %v9 = arith.sitofp %v8#0 : i32 to f8E4M3FNUZ
  %v10 = arith.truncf %arg0 upward : f8E4M3B11FNUZ to f6E3M2FN
  %v11 = arith.constant 4096 : i16
  %v12:2 = arith.mului_extended %v2, %v11 : i16
  return %v10, %v12#0 : f6E3M2FN, i16
}
func.func @f1(%arg0: f32) -> i1 {
  %v0 = arith.constant 13 : i64
  %v1 = arith.shrsi %v0, %v0 : i64
  %v2 = arith.shrsi %v0, %v0 : i64
  %v3 = arith.shrsi %v0, %v0 : i64
  %v4 = arith.extf %arg0 : f32 to f128
  %v5 = arith.constant false
  %v6 = arith.constant 9 : i64
  %v7 = arith.select %v5, %v0, %v6 : i64
  %v8:2 = arith.mulsi_extended %v5, %v5 : i1
  %v9 = arith.constant 0.0 : f32
  %v10 = arith.cmpf ole, %arg0, %v9 : f32
  %v11 = arith.constant true
  %v12 = arith.constant true
  %v13 = arith.minui %v11, %v12 {tag = 1 : i64} : i1
  %v14 = arith.constant false
  %v15 = arith.minui %v13, %v14 : i1
  return %v15 : i1
}
func.func @f2(%arg0: f4E2M1FN) -> f4E2M1FN {
  %v0 = arith.constant 0xA : f4E2M1FN
  %v1 = arith.addf %v0, %arg0 : f4E2M1FN
  %v2 = arith.negf %arg0 fastmath<arcp,afn> : f4E2M1FN
  %v3 = arith.constant -1842148073 : i32
  %v4 = arith.constant 1 : i32
  %v5 = arith.cmpi sgt, %v3, %v4 : i32
  %v6 = arith.constant -1.0 : f4E2M1FN
  %v7 = arith.subf %v0, %v6 : f4E2M1FN
  %v8 = arith.constant 2147483647 : i32
  %v9 = arith.constant 7 : i32
  %v10 = arith.cmpi ne, %v8, %v9 : i32
  %v11 = arith.select %v10, %v8, %v9 : i32
  %v12 = arith.select %v10, %v8, %v9 : i32
  %v13 = arith.constant 0.5 : f32
  %v14 = arith.cmpf uge, %v13, %v13 : f32
  %v15 = arith.constant 0x2 : f4E2M1FN
  %v16 = arith.remf %v15, %v7 : f4E2M1FN
  %v17 = arith.constant false
  %v18 = arith.index_castui %v17 : i1 to index
  %v19 = arith.constant dense<9> : tensor<3xi16>
  %v20:2 = arith.addui_extended %v19, %v19 : tensor<3xi16>, tensor<3xi1>
  %v21 = arith.constant 14 : index
  %v22 = arith.index_castui %v21 {tag = 1 : i64} : index to i32
  %v23 = arith.constant true
  %v24 = arith.constant true
  %v25 = arith.select %v10, %v23, %v24 : i1
  %v26 = arith.constant dense<32767> : tensor<3xi16>
  %v27 = arith.muli %v26, %v19 : tensor<3xi16>
  %v28 = arith.divf %v15, %v2 : f4E2M1FN
  %v29 = arith.constant 0x3F800000 : f32
  %v30 = arith.extf %v29 : f32 to f128
  return %v7 : f4E2M1FN
}
func.func @f3(%arg0: tensor<0xi16>, %arg1: tensor<3xf32>, %arg2: i1, %arg3: vector<2x3xi32>) -> (tensor<3xbf16>, tensor<3xi1>) {
  %v0 = arith.constant dense<[]> : tensor<0xi16>
  %v1 = arith.maxsi %arg0, %v0 {tag = 0 : i64} : tensor<0xi16>
  %v2 = arith.constant dense<0x00000001> : tensor<3xf32>
  %v3 = arith.cmpf ugt, %v2, %v2 : tensor<3xf32>
  %v4 = arith.constant dense<-8> : vector<2x3xi32>
  %v5 = arith.cmpi ne, %arg3, %v4 : vector<2x3xi32>
  %v6 = arith.constant dense<[[false, false, true], [false, false, true]]> : vector<2x3xi1>
  %v7 = arith.ceildivui %v5, %v6 : vector<2x3xi1>
  %v8 = arith.bitcast %v2 {tag = 1 : i64} : tensor<3xf32> to tensor<3xi32>
  %v9 = arith.constant dense<4.0> : tensor<3xf32>
  %v10 = arith.extf %v9 : tensor<3xf32> to tensor<3xf64>
  %v11 = arith.cmpf ugt, %v2, %v2 {tag = 0 : i64} : tensor<3xf32>
  %v12 = arith.index_cast %v6 : vector<2x3xi1> to vector<2x3xindex>
  %v13 = arith.maxsi %arg0, %v0 {tag = 0 : i64} : tensor<0xi16>
  %v14 = arith.constant false
  %v15 = arith.shli %arg2, %v14 : i1
  %v16 = arith.index_castui %v15 : i1 to index
  %v17 = arith.index_castui %v16 : index to i1
  %v18 = arith.constant 0 : index
  %v19 = arith.cmpi sge, %v16, %v18 : index
  %v20 = arith.constant dense<0x00000001> : tensor<3xf32>
  %v21 = arith.cmpf true, %v20, %arg1 fastmath<arcp,afn> : tensor<3xf32>
  %v22 = arith.ceildivui %v5, %v6 : vector<2x3xi1>
  %v23 = arith.index_cast %v6 {tag = 0 : i64} : vector<2x3xi1> to vector<2x3xindex>
  %v24 = arith.constant dense<true> : vector<2x3xi1>
  %v25 = arith.andi %v24, %v5 : vector<2x3xi1>
  %v26 = arith.index_castui %arg3 : vector<2x3xi32> to vector<2x3xindex>
  %v27 = arith.index_castui %v26 : vector<2x3xindex> to vector<2x3xi32>
  %v28 = arith.extui %v21 : tensor<3xi1> to tensor<3xi64>
  %v29 = arith.constant true
  %v30 = arith.xori %v19, %v29 : i1
  %v31 = arith.xori %v30, %v29 : i1
  %v32 = arith.select %v7, %v26, %v12 : vector<2x3xi1>, vector<2x3xindex>
  %v33 = arith.truncf %v10 : tensor<3xf64> to tensor<3xbf16>
  return %v33, %v3 : tensor<3xbf16>, tensor<3xi1>
}
