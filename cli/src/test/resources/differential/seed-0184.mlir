// Random func/arith module, seed 184.
func.func @f0(%arg0: f8E5M2, %arg1: vector<[4]xf16>, %arg2: index, %arg3: i1) -> (i64, i64, i1) {
  %v0 = arith.constant 0x00 : f8E5M2
  %v1 = arith.fptosi %v0 : f8E5M2 to i16
  %v2 = arith.constant false
  %v3 = arith.floordivsi %arg3, %v2 : i1
  %v4 = arith.divsi %arg3, %v3 : i1
  %v5 = arith.constant 13 : i64
  %v6 = arith.constant -9223372036854775808 : i64
  %v7 = arith.addi %v5, %v6 : i64
  %v8 = arith.constant 8 : i16
  %v9 = arith.constant -32768 : i16
  %v10 = arith.cmpi ne, %v8, %v9 : i16
  %v11 = arith.select %v10, %v9, %v8 : i16
  %v12 = arith.constant 36028797018963968 : i64
  %v13 = arith.constant -6472270647311104880 : i64
  %v14 = arith.cmpi ugt, %v12, %v13 : i64
  %v15 = arith.extsi %v4 : i1 to i64
  %v16 = arith.constant 65 : i64
  %v17 = arith.cmpi sgt, %v15, %v16 : i64
  %v18 = arith.cmpi ugt, %v12, %v13 : i64
  %v19 = arith.cmpi sgt, %v15, %v16 : i64
  %v20 = arith.cmpi sgt, %v15, %v16 : i64
  return %v12, %v15, %v14 : i64, i64, i1
}
func.func @f1(%arg0: f64, %arg1: f6E2M3FN, %arg2: index) -> (i1, i1) {
  %v0 = arith.constant 13 : index
  %v1 = arith.xori %arg2, %v0 : index
  %v2 = arith.xori %arg2, %v0 : index
  %v3 = arith.constant dense<[]> : tensor<0xindex>
  %v4 = arith.constant dense<1> : tensor<0xindex>
  %v5 = arith.maxsi %v3, %v4 : tensor<0xindex>
  %v6 = arith.constant 0x0000000000000001 : f64
  %v7 = arith.truncf %v6 to_nearest_away fastmath<reassoc,contract> : f64 to f6E3M2FN
  %v8 = arith.constant 12 : i64
  %v9:2 = arith.mulsi_extended %v8, %v8 : i64
  %v10 = arith.maxsi %v4, %v3 : tensor<0xindex>
  %v11 = arith.constant 0.1 : f6E2M3FN
  %v12 = arith.constant 0x38 : f6E2M3FN
  %v13 = arith.cmpf one, %v11, %v12 : f6E2M3FN
  %v14 = arith.constant 1 : i32
  %v15 = arith.maxsi %v14, %v14 : i32
  %v16 = arith.constant 0x2B : f6E3M2FN
  %v17 = arith.cmpf ord, %v7, %v16 fastmath<none> : f6E3M2FN
  %v18 = arith.constant -7 : i64
  %v19 = arith.constant -7918590109292794272 : i64
  %v20:2 = arith.mului_extended %v18, %v19 : i64
  %v21 = arith.constant 0x12 : f6E2M3FN
  %v22 = arith.divf %v21, %v11 fastmath<ninf> : f6E2M3FN
  %v23 = arith.constant 1 : i64
  %v24 = arith.cmpi ult, %v20#1, %v23 : i64
  return %v24, %v24 : i1, i1
}
func.func @f2(%arg0: vector<i8>, %arg1: i64, %arg2: i7) -> vector<i8> {
  %v0 = arith.constant dense<-8> : tensor<3xindex>
  %v1 = arith.constant dense<-1> : tensor<3xindex>
  %v2 = arith.remui %v0, %v1 : tensor<3xindex>
  %v3 = arith.remui %v0, %v1 : tensor<3xindex>
  %v4 = arith.constant false
  %v5 = arith.constant 16 : i64
  %v6 = arith.select %v4, %arg1, %v5 : i64
  %v7 = arith.constant 0x0000 : f16
  %v8 = arith.negf %v7 : f16
  %v9 = arith.remui %arg0, %arg0 : vector<i8>
  %v10 = arith.constant 0x03FF : f16
  %v11 = arith.constant 0xFE00 : f16
  %v12 = arith.divf %v10, %v11 : f16
  %v13 = arith.floordivsi %arg0, %arg0 : vector<i8>
  %v14 = arith.subi %v5, %v6 overflow<nsw> : i64
  %v15 = arith.constant 0x0001 : f16
  %v16 = arith.addf %v15, %v7 : f16
  %v17 = arith.constant 1.0 : f16
  %v18 = arith.divf %v10, %v17 fastmath<nnan,ninf> : f16
  %v19 = arith.constant false
  %v20 = arith.andi %v4, %v19 : i1
  return %v13 : vector<i8>
}
func.func @f3(%arg0: i32) -> (i32, i32) {
  %v0 = arith.constant -1 : i32
  %v1 = arith.cmpi eq, %arg0, %v0 : i32
  %v2 = arith.constant dense<-2.5> : tensor<3xf64>
  %v3 = arith.constant dense<1.0> : tensor<3xf64>
  %v4 = arith.mulf %v2, %v3 : tensor<3xf64>
  %v5 = arith.constant -5 : i32
  %v6 = arith.andi %arg0, %v5 : i32
  %v7 = arith.constant dense<true> : tensor<3xi1>
  %v8 = arith.select %v7, %v2, %v3 : tensor<3xi1>, tensor<3xf64>
  %v9 = arith.index_cast %v1 : i1 to index
  %v10 = arith.constant dense<[0x566F4FAB49CBD9DB, 0x0000000000000001, 0xCA82A849C0FE6EDF]> : tensor<3xf64>
  %v11 = arith.constant dense<-0.0> : tensor<3xf64>
  %v12 = arith.subf %v10, %v11 : tensor<3xf64>
  %v13 = arith.constant -1 : index
  %v14 = arith.xori %v9, %v13 : index
  %v15 = arith.xori %v14, %v13 : index
  %v16 = arith.andi %v1, %v1 : i1
  %v17:2 = arith.mului_extended %v0, %v6 {tag = 0 : i64} : i32
  %v18 = arith.constant true
  %v19 = arith.minui %v16, %v18 : i1
  %v20 = arith.constant false
  %v21 = arith.minui %v19, %v20 : i1
  %v22 = arith.constant true
  %v23 = arith.shrsi %v22, %v1 : i1
  %v24 = arith.constant 3 : i8
  %v25 = arith.extsi %v24 : i8 to i64
  %v26 = arith.constant -1 : i64
  %v27 = arith.cmpi uge, %v25, %v26 : i64
  %v28 = arith.constant 1 : i128
  %v29 = arith.constant 170141183460469231731687303715884105727 : i128
  %v30 = arith.remui %v28, %v29 : i128
  return %v17#0, %v17#1 : i32, i32
}
