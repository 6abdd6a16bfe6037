// Random func/arith module, seed 101.
func.func @f0(%arg0: i128) -> (i1, i64) {
  %v0 = arith.constant dense<-27903> : vector<[4]xi16>
  %v1 = arith.constant dense<16> : vector<[4]xi16>
  %v2 = arith.cmpi ugt, %v0, %v1 : vector<[4]xi16>
  %v3 = arith.select %v2, %v0, %v1 : vector<[4]xi1>, vector<[4]xi16>
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
  %v18 = arith.index_castui %v1 : vector<[4]xi16> to vector<[4]xindex>
  %v19 = arith.cmpf uno, %v10, %v4 fastmath<none> : f32
  %v20 = arith.remf %v4, %v4 : f32
  %v21 = arith.constant 512 : i16
  %v22 = arith.index_cast %v21 : i16 to index
  %v23 = arith.index_cast %v22 : index to i16
  return %v5, %v15 : i1, i64
}
func.func @f1(%arg0: f8E4M3B11FNUZ, %arg1: index) -> f6E3M2FN {
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
  %v14 = arith.truncf %arg0 fastmath<ninf> : f8E4M3B11FNUZ to f6E3M2FN
  %v15 = arith.constant 7.0 : f6E3M2FN
  %v16 = arith.minnumf %v14, %v15 : f6E3M2FN
  %v17 = arith.extf %arg0 : f8E4M3B11FNUZ to bf16
  %v18 = arith.cmpf une, %v16, %v15 : f6E3M2FN
  %v19 = arith.constant 12 : index
  %v20 = arith.floordivsi %arg1, %v19 : index
  %v21 = arith.constant 4.0 : f8E4M3B11FNUZ
  %v22 = arith.cmpf une, %arg0, %v21 : f8E4M3B11FNUZ
  %v23 = arith.constant dense<64> : tensor<0xindex>
  %v24 = arith.constant dense<[]> : tensor<0xindex>
  %v25 = arith.cmpi slt, %v23, %v24 : tensor<0xindex>
  return %v14 : f6E3M2FN
}
func.func @f2(%arg0: f8E4M3FNUZ, %arg1: f16) -> f16 {
  %v0 = arith.constant true
  %v1 = arith.muli %v0, %v0 : i1
  %v2 = arith.constant 0x00 : f8E4M3FNUZ
  %v3 = arith.negf %v2 : f8E4M3FNUZ
  %v4 = arith.maxsi %v1, %v0 : i1
  %v5 = arith.negf %arg1 : f16
  %v6 = arith.negf %v5 : f16
  %v7 = arith.negf %arg1 : f16
  %v8 = arith.constant true
  %v9 = arith.extui %v8 : i1 to i64
  %v10 = arith.constant true
  %v11 = arith.extui %v10 : i1 to i64
  %v12 = arith.cmpi ult, %v9, %v11 : i64
  %v13 = arith.constant 2 : i64
  %v14 = arith.constant 9223372036854775807 : i64
  %v15 = arith.floordivsi %v13, %v14 : i64
  %v16 = arith.sitofp %v15 : i64 to bf16
  %v17 = arith.negf %arg1 : f16
  %v18 = arith.negf %arg1 : f16
  %v19 = arith.sitofp %v15 : i64 to bf16
  %v20 = arith.constant -8 : i128
  %v21:2 = func.call @f0(%v20) : (i128) -> (i1, i64)
  %v22 = arith.ceildivui %v14, %v21#1 : i64
  return %v17 : f16
}
