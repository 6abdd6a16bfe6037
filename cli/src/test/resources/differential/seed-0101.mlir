// Random func/arith module, seed 101.
func.func @f0(%arg0: i128) -> (i1, i64) {
  %v0 = arith.constant dense<[[1, 0], [0, 0]]> : tensor<2x2xi16>
  %v1 = arith.constant dense<16> : tensor<2x2xi16>
  %v2 = arith.cmpi ugt, %v0, %v1 : tensor<2x2xi16>
  %v3 = arith.select %v2, %v0, %v1 : tensor<2x2xi1>, tensor<2x2xi16>
  %v4 = arith.constant 0x00000001 : f32
  %v5 = arith.cmpf ogt, %v4, %v4 fastmath<reassoc,contract> : f32
  %v6 = arith.fptoui %v4 : f32 to i8
  %v7 = arith.fptoui %v4 : f32 to i8
  %v8 = arith.constant 0 : i8
  %v9 = arith.divsi %v8, %v6 exact : i8
  %v10 = arith.remf %v4, %v4 : f32
  %v11 = arith.constant false
  %v12 = arith.select %v11, %v10, %v4 : f32
  %v13 = arith.constant 1 : i8
  %v14 = arith.cmpi sgt, %v13, %v6 : i8
  %v15 = arith.extui %v8 : i8 to i64
  %v16 = arith.extui %v7 : i8 to i64
  %v17 = arith.cmpi sle, %v15, %v16 : i64
  %v18 = arith.index_castui %v1 : tensor<2x2xi16> to tensor<2x2xindex>
  %v19 = arith.cmpf uno, %v10, %v4 fastmath<none> : f32
  %v20 = arith.remf %v4, %v4 : f32
  %v21 = arith.constant 512 : i16
  %v22 = arith.index_cast %v21 : i16 to index
  %v23 = arith.index_cast %v22 : index to i16
  return %v5, %v15 : i1, i64
}
func.func @f1(%arg0: f32, %arg1: index) -> i1 {
  %v0 = arith.constant 170141183460469231731687303715884105727 : i128
  %v1:2 = func.call @f0(%v0) : (i128) -> (i1, i64)
  %v2 = arith.constant true
  %v3:2 = arith.mulsi_extended %v1#0, %v2 : i1
  %v4 = arith.divsi %v3#0, %v1#0 exact : i1
  %v5 = arith.constant 67108864 : i64
  %v6 = arith.subi %v1#1, %v5 : i64
  %v7 = arith.constant -3 : i64
  %v8 = arith.subi %v6, %v7 : i64
  %v9 = arith.divsi %v3#0, %v1#0 exact : i1
  %v10 = arith.minui %v7, %v6 : i64
  %v11 = arith.constant 0 : i8
  %v12 = arith.constant 127 : i8
  %v13 = arith.divui %v11, %v12 : i8
  %v14 = arith.extf %arg0 : f32 to f64
  %v15 = arith.index_castui %v6 : i64 to index
  %v16:2 = arith.mulsi_extended %v1#0, %v2 : i1
  %v17 = arith.constant 0xBFF0000000000000 : f64
  %v18 = arith.subf %v14, %v17 fastmath<none> : f64
  %v19 = arith.ceildivui %v10, %v6 : i64
  %v20 = arith.constant 2596383938240418738 : i64
  %v21 = arith.xori %v7, %v20 : i64
  %v22 = arith.divsi %v3#0, %v1#0 exact : i1
  return %v16#1 : i1
}
func.func @f2(%arg0: bf16, %arg1: f32) -> (bf16, i64) {
  %v0 = arith.constant dense<[[10, 1, 1106986520666873705], [12, 7, 274877906944]]> : vector<2x3xi64>
  %v1 = arith.maxui %v0, %v0 : vector<2x3xi64>
  %v2 = arith.negf %arg0 : bf16
  %v3 = arith.constant 1 : i128
  %v4:2 = func.call @f0(%v3) : (i128) -> (i1, i64)
  %v5 = arith.negf %arg0 : bf16
  %v6 = arith.constant 0 : index
  %v7 = func.call @f1(%arg1, %v6) : (f32, index) -> i1
  %v8 = arith.constant 63 : i64
  %v9 = arith.ori %v4#1, %v8 : i64
  %v10 = arith.maxsi %v9, %v4#1 : i64
  %v11 = arith.negf %arg1 : f32
  %v12 = arith.negf %v11 : f32
  %v13:2 = func.call @f0(%v3) : (i128) -> (i1, i64)
  %v14 = arith.extui %v13#0 : i1 to i64
  %v15 = arith.constant false
  %v16 = arith.extui %v15 : i1 to i64
  %v17 = arith.cmpi ne, %v14, %v16 : i64
  %v18 = arith.constant dense<-0.0> : vector<2x3xf32>
  %v19 = arith.constant dense<[[100.0, 0x00000000, 0xFFC00000], [0x007FFFFF, 0xBF800000, 0xFFC00000]]> : vector<2x3xf32>
  %v20 = arith.cmpf oeq, %v18, %v19 : vector<2x3xf32>
  %v21 = arith.constant 0xFFC0 : bf16
  %v22 = arith.maximumf %v21, %v2 : bf16
  %v23 = arith.maximumf %v12, %v11 : f32
  %v24 = arith.constant 4096 : i64
  %v25 = arith.cmpi slt, %v24, %v4#1 : i64
  %v26 = arith.negf %v21 : bf16
  %v27 = arith.constant 11 : index
  %v28 = arith.floordivsi %v6, %v27 : index
  %v29 = arith.maxnumf %arg0, %v2 : bf16
  return %v29, %v13#1 : bf16, i64
}
