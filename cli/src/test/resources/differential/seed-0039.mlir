// Random func/arith module, seed 39.
func.func @f0(%arg0: i64) -> (i64, i64, i64, i64) {
  %v0 = arith.constant -9223372036854775808 : i64
  %v1 = arith.maxsi %arg0, %v0 : i64
  %v2 = arith.constant -1 : i64
  %v3 = arith.maxsi %v2, %v1 : i64
  %v4 = arith.ceildivsi %v0, %v1 : i64
  %v5 = arith.divsi %v0, %v2 : i64
  %v6 = arith.constant 5 : i64
  %v7 = arith.cmpi uge, %v2, %v6 : i64
  %v8 = arith.constant 10 : i64
  %v9 = arith.muli %v5, %v8 : i64
  %v10 = arith.constant 13 : i64
  %v11 = arith.muli %v10, %v9 : i64
  %v12 = arith.constant 16 : i64
  %v13 = arith.subi %v12, %v1 : i64
  %v14 = arith.subi %v12, %v1 : i64
  %v15 = arith.constant 16384 : i64
  %v16 = arith.xori %v14, %v15 : i64
  %v17 = arith.constant 11 : i64
  %v18 = arith.xori %v17, %v16 : i64
  %v19 = arith.shrsi %v1, %arg0 exact : i64
  %v20 = arith.maxsi %arg0, %v0 : i64
  %v21 = arith.muli %v10, %v9 : i64
  %v22 = arith.andi %v4, %v1 : i64
  %v23 = arith.constant dense<2147483647> : vector<2x3xi32>
  %v24 = arith.constant dense<3> : vector<2x3xi32>
  %v25 = arith.cmpi ule, %v23, %v24 : vector<2x3xi32>
  %v26 = arith.constant 12 : i64
  %v27 = arith.sitofp %v26 : i64 to f80
  return %v14, %v22, %v22, %v18 : i64, i64, i64, i64
}
func.func @f1(%arg0: f32, %arg1: index, %arg2: vector<index>, %arg3: i8) -> i8 {
  %v0 = arith.constant 3.0 : f16
  %v1 = arith.fptoui %v0 : f16 to i128
  %v2 = arith.constant 0 : i64
  %v3:2 = arith.mului_extended %v2, %v2 : i64
  %v4 = arith.constant 2147483647 : i32
  %v5 = arith.cmpi sgt, %v4, %v4 : i32
  %v6 = arith.constant -1.0 : f32
  %v7 = arith.select %v5, %v6, %arg0 : f32
  %v8 = arith.constant dense<1> : vector<index>
  %v9 = arith.constant dense<9223372036854775807> : vector<index>
  %v10 = arith.cmpi sgt, %v8, %v9 : vector<index>
  %v11 = arith.constant 8 : i8
  %v12 = arith.xori %arg3, %v11 : i8
  %v13 = arith.select %v5, %v7, %v7 : f32
  %v14 = arith.constant dense<6> : vector<index>
  %v15 = arith.index_castui %v14 : vector<index> to vector<i16>
  %v16 = arith.extf %v13 : f32 to f80
  %v17 = arith.cmpf ult, %v16, %v16 : f80
  %v18 = arith.constant 0x007FFFFF : f32
  %v19 = arith.constant 2.0 : f32
  %v20 = arith.maximumf %v18, %v19 : f32
  %v21 = arith.constant 0xFFFF8000000000000000 : f80
  %v22 = arith.remf %v21, %v16 fastmath<nnan> : f80
  %v23 = arith.constant dense<1> : vector<i16>
  %v24 = arith.extui %v23 : vector<i16> to vector<i32>
  %v25 = arith.index_cast %arg1 : index to i8
  return %v25 : i8
}
func.func @f2(%arg0: i16) -> (index, index) {
  %v0 = arith.constant -16490 : i16
  %v1 = arith.index_cast %v0 : i16 to index
  %v2 = arith.constant 0x2 : f4E2M1FN
  %v3 = arith.constant 0x1 : f4E2M1FN
  %v4 = arith.subf %v2, %v3 fastmath<nnan,ninf> : f4E2M1FN
  %v5 = arith.constant 3.0 : f32
  %v6 = arith.constant 9 : index
  %v7 = arith.constant dense<-8> : vector<index>
  %v8 = arith.constant 0 : i8
  %v9 = func.call @f1(%v5, %v6, %v7, %v8) : (f32, index, vector<index>, i8) -> i8
  %v10 = arith.constant dense<6> : tensor<0xi16>
  %v11 = arith.constant dense<[]> : tensor<0xi16>
  %v12 = arith.maxsi %v10, %v11 : tensor<0xi16>
  %v13 = arith.subf %v2, %v3 fastmath<nnan,ninf> : f4E2M1FN
  %v14 = arith.constant 7.0 : f8E3M4
  %v15 = arith.constant 0x0F : f8E3M4
  %v16 = arith.divf %v14, %v15 fastmath<nnan,ninf> : f8E3M4
  %v17 = arith.constant dense<0> : vector<index>
  %v18 = arith.remsi %v17, %v7 : vector<index>
  %v19 = arith.constant 0x00 : f8E4M3B11FNUZ
  %v20 = arith.fptoui %v19 : f8E4M3B11FNUZ to i7
  %v21 = arith.constant 15 : i16
  %v22 = arith.cmpi slt, %arg0, %v21 : i16
  %v23 = arith.constant 0.5 : f32
  %v24 = arith.constant dense<-1> : vector<index>
  %v25 = func.call @f1(%v23, %v1, %v24, %v9) : (f32, index, vector<index>, i8) -> i8
  return %v6, %v1 : index, index
}
