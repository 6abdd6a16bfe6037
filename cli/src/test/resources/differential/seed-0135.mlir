// Random func/arith module, seed 135.
func.func @f0(%arg0: index) -> index {
  %v0 = arith.constant 0x0400 : f16
  %v1 = arith.addf %v0, %v0 : f16
  %v2 = arith.addf %v0, %v0 : f16
  %v3 = arith.constant 0 : index
  %v4 = arith.index_cast %v3 : index to i1
  %v5 = arith.constant 3.0 : f16
  %v6 = arith.mulf %v0, %v5 : f16
  %v7 = arith.constant 8 : i32
  %v8 = arith.extui %v7 : i32 to i64
  %v9 = arith.trunci %v8 : i64 to i32
  %v10 = arith.constant 0 : i33
  %v11:2 = arith.addui_extended %v10, %v10 : i33, i1
  %v12 = arith.addi %v3, %v3 : index
  %v13 = arith.constant 13 : index
  %v14 = arith.shrsi %arg0, %v13 : index
  %v15 = arith.constant -8 : i64
  %v16:2 = arith.addui_extended %v8, %v15 : i64, i1
  %v17 = arith.constant false
  %v18 = arith.ceildivsi %v17, %v16#1 : i1
  return %arg0 : index
}
func.func @f1(%arg0: i1, %arg1: f32, %arg2: tensor<2x2xf32>, %arg3: i64) -> (i1, tensor<2x2xf32>, i8, i1) {
  %v0 = arith.extsi %arg0 : i1 to i64
  %v1 = arith.constant 5 : i64
  %v2 = arith.cmpi ugt, %v0, %v1 : i64
  %v3 = arith.index_cast %v1 : i64 to index
  %v4 = arith.constant -1.0 : f32
  %v5 = arith.fptosi %v4 : f32 to i8
  %v6 = arith.constant dense<0x70B90E05> : tensor<2x2xf32>
  %v7 = arith.mulf %v6, %arg2 : tensor<2x2xf32>
  %v8 = arith.select %arg0, %v4, %arg1 : f32
  %v9 = arith.constant 64 : index
  %v10 = func.call @f0(%v9) : (index) -> index
  %v11 = arith.divf %arg2, %v6 : tensor<2x2xf32>
  %v12 = arith.floordivsi %v2, %arg0 : i1
  %v13 = arith.constant dense<-301560463> : tensor<3xi32>
  %v14 = arith.subi %v13, %v13 : tensor<3xi32>
  %v15 = arith.constant 14 : index
  %v16 = arith.cmpi slt, %v10, %v15 : index
  %v17 = arith.constant 4294967296 : index
  %v18 = arith.minui %v15, %v17 : index
  %v19 = arith.fptoui %v8 : f32 to i1
  %v20 = arith.cmpf one, %v4, %v8 : f32
  %v21 = arith.constant -1850346935 : i32
  %v22 = arith.constant -3 : i32
  %v23 = arith.floordivsi %v21, %v22 : i32
  return %v16, %v11, %v5, %v2 : i1, tensor<2x2xf32>, i8, i1
}
