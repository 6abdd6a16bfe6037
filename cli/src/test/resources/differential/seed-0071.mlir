// Random func/arith module, seed 71.
func.func @f0(%arg0: f32, %arg1: i1, %arg2: tensor<3xi1>, %arg3: tensor<0xi1>) -> i1 {
  %v0 = arith.constant 0xBF800000 : f32
  %v1 = arith.subf %arg0, %v0 : f32
  %v2 = arith.constant dense<false> : tensor<0xi1>
  %v3 = arith.xori %arg3, %v2 : tensor<0xi1>
  %v4 = arith.constant true
  %v5 = arith.cmpi slt, %v4, %arg1 : i1
  %v6 = arith.xori %arg3, %v2 : tensor<0xi1>
  %v7 = arith.constant 0x14 : f8E3M4
  %v8 = arith.constant 7.0 : f8E3M4
  %v9 = arith.minimumf %v7, %v8 fastmath<nsz> : f8E3M4
  %v10 = arith.ori %arg2, %arg2 : tensor<3xi1>
  %v11 = arith.constant dense<[true, true, true]> : tensor<3xi1>
  %v12 = arith.divui %v11, %v10 : tensor<3xi1>
  %v13 = arith.subi %v10, %v11 overflow<nsw> : tensor<3xi1>
  %v14 = arith.addf %v8, %v9 fastmath<ninf> : f8E3M4
  %v15 = arith.subi %v10, %v11 overflow<nsw> : tensor<3xi1>
  %v16 = arith.constant 0.0 : f32
  %v17 = arith.addf %v1, %v16 : f32
  %v18 = arith.minui %arg1, %v4 : i1
  return %v18 : i1
}
func.func @f1(%arg0: f8E4M3) -> (i1, i1) {
  %v0 = arith.constant 8 : index
  %v1 = arith.constant -1 : index
  %v2 = arith.shrsi %v0, %v1 : index
  %v3 = arith.index_castui %v1 : index to i32
  %v4 = arith.constant 0x01 : f8E4M3
  %v5 = arith.constant 1.0e+10 : f8E4M3
  %v6 = arith.maximumf %v4, %v5 : f8E4M3
  %v7 = arith.constant -1 : i32
  %v8 = arith.cmpi eq, %v3, %v7 : i32
  %v9 = arith.constant 1.0 : f8E4M3
  %v10 = arith.negf %v9 : f8E4M3
  %v11 = arith.maxnumf %v4, %arg0 : f8E4M3
  %v12 = arith.constant 0x80 : f8E3M4
  %v13 = arith.constant 0x6F : f8E3M4
  %v14 = arith.cmpf une, %v12, %v13 : f8E3M4
  %v15 = arith.maximumf %v5, %v4 : f8E4M3
  %v16 = arith.cmpf uno, %v4, %v9 : f8E4M3
  %v17 = arith.maximumf %v4, %v5 : f8E4M3
  %v18 = arith.divui %v2, %v2 : index
  %v19 = arith.constant -1 : i64
  %v20 = arith.constant 1 : i64
  %v21 = arith.xori %v19, %v20 : i64
  %v22 = arith.constant -1 : i64
  %v23 = arith.xori %v21, %v22 : i64
  %v24 = arith.constant -1.0 : f8E4M3
  %v25 = arith.cmpf olt, %v24, %arg0 : f8E4M3
  %v26 = arith.constant 0x10 : f8E3M4
  %v27 = arith.cmpf false, %v26, %v12 fastmath<none> : f8E3M4
  %v28 = arith.constant 1.0 : f8E3M4
  %v29 = arith.maxnumf %v28, %v12 : f8E3M4
  return %v25, %v27 : i1, i1
}
