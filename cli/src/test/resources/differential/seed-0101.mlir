// Random func/arith module, seed 101.
func.func @f0(%arg0: i128) -> index {
  %v0 = arith.constant dense<-27903> : vector<[4]xi16>
  %v1 = arith.constant dense<16> : vector<[4]xi16>
  %v2 = arith.cmpi ugt, %v0, %v1 : vector<[4]xi16>
  %v3 = arith.select %v2, %v0, %v1 : vector<[4]xi1>, vector<[4]xi16>
  %v4 = arith.constant 0x7F80 : bf16
  %v5 = arith.constant 0x7FC0 : bf16
  %v6 = arith.addf %v4, %v5 fastmath<nsz> : bf16
  %v7 = arith.constant 4096 : i64
  %v8 = arith.constant 32 : i64
  %v9:2 = arith.mulsi_extended %v7, %v8 : i64
  %v10 = arith.cmpi ugt, %arg0, %arg0 : i128
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v12, %v11 : i1
  %v14 = arith.remsi %arg0, %arg0 : i128
  %v15 = arith.constant -1 : index
  %v16 = arith.constant 9223372036854775807 : index
  %v17 = arith.shli %v15, %v16 overflow<nsw, nuw> : index
  %v18 = arith.cmpi ugt, %arg0, %arg0 : i128
  %v19 = arith.index_cast %v14 : i128 to index
  %v20 = arith.constant 0x08 : f8E4M3FN
  %v21 = arith.cmpf uno, %v20, %v20 fastmath<none> : f8E4M3FN
  %v22 = arith.constant 14 : i64
  %v23 = arith.addi %v9#1, %v22 : i64
  %v24 = arith.shli %v15, %v16 overflow<nsw, nuw> : index
  %v25 = arith.constant -0.75 : f8E4M3FN
  %v26 = arith.truncf %v25 {tag = 0 : i64} : f8E4M3FN to f4E2M1FN
  %v27 = arith.constant -170141183460469231731687303715884105728 : i128
  %v28 = arith.select %v10, %v27, %v14 : i128
  return %v19 : index
}
func.func @f1(%arg0: f6E2M3FN) -> index {
  %v0 = arith.constant 1 : i128
  %v1 = arith.constant 8796093022208 : i128
  %v2 = arith.muli %v0, %v1 : i128
  %v3 = arith.constant 104453036595750329801841475753524541316 : i128
  %v4 = arith.muli %v2, %v3 : i128
  %v5 = arith.xori %v1, %v3 : i128
  %v6 = arith.muli %v2, %v3 {tag = 1 : i64} : i128
  %v7 = arith.constant dense<31> : vector<2x3xi32>
  %v8 = arith.constant dense<0> : vector<2x3xi32>
  %v9 = arith.cmpi uge, %v7, %v8 : vector<2x3xi32>
  %v10 = arith.constant 170141183460469231731687303715884105727 : i128
  %v11 = func.call @f0(%v10) : (i128) -> index
  %v12 = arith.constant -1 : index
  %v13 = arith.xori %v11, %v12 : index
  %v14 = arith.xori %v13, %v12 : index
  return %v13 : index
}
func.func @f2(%arg0: bf16) -> (bf16, i1) {
  %v0 = arith.constant -1 : i16
  %v1 = arith.cmpi sge, %v0, %v0 : i16
  %v2 = arith.subf %arg0, %arg0 : bf16
  %v3 = arith.constant 0x007F : bf16
  %v4 = arith.cmpf une, %arg0, %v3 fastmath<none> : bf16
  %v5 = arith.constant true
  %v6 = arith.remsi %v5, %v4 : i1
  %v7 = arith.constant dense<64> : tensor<0xindex>
  %v8 = arith.constant dense<[]> : tensor<0xindex>
  %v9 = arith.cmpi slt, %v7, %v8 : tensor<0xindex>
  %v10 = arith.constant 4.0 : f16
  %v11 = arith.constant 1.0 : f16
  %v12 = arith.mulf %v10, %v11 : f16
  %v13 = arith.constant 0x0000 : f16
  %v14 = arith.remf %v11, %v13 fastmath<arcp,afn> : f16
  %v15 = arith.constant false
  %v16 = arith.ori %v1, %v15 : i1
  %v17 = arith.index_cast %v8 : tensor<0xindex> to tensor<0xi1>
  %v18 = arith.cmpf une, %arg0, %v3 fastmath<none> : bf16
  %v19 = arith.constant true
  %v20 = arith.cmpi sgt, %v19, %v5 : i1
  %v21 = arith.constant 0x7FC0 : bf16
  %v22 = arith.extf %v21 : bf16 to tf32
  %v23 = arith.extf %v21 : bf16 to tf32
  %v24 = arith.constant 0x7F80 : bf16
  %v25 = arith.maximumf %v2, %v24 : bf16
  %v26 = arith.constant 0xFFC00000 : f32
  %v27 = arith.fptosi %v26 : f32 to i32
  %v28 = arith.remsi %v5, %v4 : i1
  return %v25, %v28 : bf16, i1
}
