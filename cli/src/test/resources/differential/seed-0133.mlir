// Random func/arith module, seed 133.
func.func @f0(%arg0: tensor<3xindex>, %arg1: i128, %arg2: index) -> (i128, i128) {
  %v0 = arith.constant 0x6DD4E93D06FDF9625426 : f80
  %v1 = arith.subf %v0, %v0 : f80
  %v2 = arith.constant 0x00010000000000000000 : f80
  %v3 = arith.negf %v2 : f80
  %v4 = arith.constant 5 : i16
  %v5 = arith.constant 15 : i16
  %v6 = arith.divui %v4, %v5 : i16
  %v7 = arith.divui %v4, %v5 : i16
  %v8 = arith.constant 0xFFFF8000000000000000 : f80
  %v9 = arith.cmpf une, %v8, %v2 fastmath<nsz> : f80
  %v10 = arith.constant 0x0000FFFFFFFFFFFFFFFF : f80
  %v11 = arith.fptosi %v10 : f80 to i1
  %v12 = arith.constant -1 : i128
  %v13 = arith.andi %arg1, %v12 : i128
  %v14 = arith.constant 3 : i128
  %v15 = arith.andi %v13, %v14 : i128
  %v16 = arith.divui %v4, %v5 : i16
  return %v13, %v13 : i128, i128
}
func.func @f1(%arg0: tensor<0xf64>) -> tensor<0xf64> {
  %v0 = arith.constant 6 : i8
  %v1 = arith.index_cast %v0 : i8 to index
  %v2 = arith.index_cast %v1 : index to i8
  %v3 = arith.index_cast %v1 : index to i8
  %v4 = arith.constant dense<[]> : tensor<0xf64>
  %v5 = arith.maxnumf %arg0, %v4 : tensor<0xf64>
  %v6 = arith.constant 6 : index
  %v7 = arith.constant -1 : index
  %v8 = arith.xori %v6, %v7 : index
  %v9 = arith.constant false
  %v10 = arith.constant 0x7F7F : bf16
  %v11 = arith.constant 0x8000 : bf16
  %v12 = arith.select %v9, %v10, %v11 : bf16
  %v13 = arith.index_cast %v1 : index to i8
  %v14 = arith.constant 32767 : i16
  %v15 = arith.constant -1 : i16
  %v16 = arith.minui %v14, %v15 : i16
  %v17 = arith.constant 10451 : i16
  %v18 = arith.constant 16 : i16
  %v19:2 = arith.mulsi_extended %v17, %v18 : i16
  %v20 = arith.extsi %v3 : i8 to i64
  %v21 = arith.constant 0 : i64
  %v22 = arith.cmpi uge, %v20, %v21 : i64
  %v23 = arith.constant 1 : i8
  %v24 = arith.cmpi ne, %v23, %v0 : i8
  %v25 = arith.index_cast %v1 : index to i8
  %v26 = arith.minnumf %v4, %v5 : tensor<0xf64>
  %v27 = arith.index_castui %v15 : i16 to index
  %v28 = arith.select %v9, %v26, %v5 : tensor<0xf64>
  %v29 = arith.constant 14 : i16
  %v30 = arith.constant -26144 : i16
  %v31 = arith.cmpi slt, %v29, %v30 : i16
  %v32 = arith.constant dense<[]> : tensor<0xf64>
  %v33 = arith.mulf %v32, %v28 : tensor<0xf64>
  %v34 = arith.constant dense<[]> : tensor<0xf64>
  %v35 = arith.divf %v34, %v26 : tensor<0xf64>
  %v36 = arith.constant dense<0xA5378CADBA16FA00> : tensor<0xf64>
  %v37 = arith.cmpf false, %v36, %v4 : tensor<0xf64>
  %v38 = arith.constant 0 : index
  %v39 = arith.ceildivui %v6, %v38 : index
  %v40 = arith.constant dense<true> : tensor<0xi1>
  %v41 = arith.ori %v37, %v40 : tensor<0xi1>
  %v42 = arith.constant true
  %v43 = arith.shli %v42, %v31 : i1
  %v44 = arith.constant true
  %v45 = arith.andi %v44, %v9 : i1
  %v46 = arith.constant 0 : i64
  %v47 = arith.divui %v20, %v46 : i64
  return %v33 : tensor<0xf64>
}
func.func @f2(%arg0: i8, %arg1: f32) -> (i1, f6E3M2FN, i1, i1) {
  %v0 = arith.cmpi sle, %arg0, %arg0 : i8
  %v1 = arith.constant false
  %v2 = arith.ori %v0, %v1 : i1
  %v3 = arith.constant true
  %v4 = arith.ori %v2, %v3 : i1
  %v5 = arith.constant 13 : i8
  %v6 = arith.ceildivsi %v5, %arg0 : i8
  %v7 = arith.addf %arg1, %arg1 : f32
  %v8 = arith.constant true
  %v9 = arith.constant true
  %v10 = arith.select %v1, %v8, %v9 : i1
  %v11 = arith.sitofp %arg0 : i8 to f6E2M3FN
  %v12 = arith.constant 0x2C : f6E3M2FN
  %v13 = arith.cmpf ole, %v12, %v12 : f6E3M2FN
  %v14 = arith.ceildivsi %v5, %arg0 : i8
  %v15 = arith.constant 0x07 : f6E2M3FN
  %v16 = arith.cmpf uno, %v11, %v15 : f6E2M3FN
  %v17:2 = arith.mului_extended %v5, %v14 : i8
  %v18 = arith.minimumf %v12, %v12 : f6E3M2FN
  %v19:2 = arith.addui_extended %v17#1, %v5 : i8, i1
  %v20 = arith.sitofp %v17#0 : i8 to f16
  %v21 = arith.constant true
  %v22 = arith.andi %v21, %v2 : i1
  %v23 = arith.constant 0x20 : f6E2M3FN
  %v24 = arith.fptoui %v23 : f6E2M3FN to i1
  %v25 = arith.cmpi sle, %v19#0, %v6 : i8
  %v26 = arith.constant -19 : i8
  %v27 = arith.select %v9, %arg0, %v26 : i8
  %v28 = arith.constant true
  %v29 = arith.select %v28, %v23, %v11 : f6E2M3FN
  return %v2, %v18, %v19#1, %v25 : i1, f6E3M2FN, i1, i1
}
