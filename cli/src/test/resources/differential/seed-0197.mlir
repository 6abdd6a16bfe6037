// Random func/arith module, seed 197.
func.func @f0(%arg0: i8, %arg1: i128, %arg2: f32, %arg3: i32) -> (i8, i8) {
  %v0 = arith.constant 8 : i8
  %v1 = arith.subi %v0, %arg0 : i8
  %v2 = arith.constant 1 : i8
  %v3 = arith.shli %arg0, %v2 : i8
  %v4 = arith.constant 0x00800000 : f32
  %v5 = arith.fptosi %v4 : f32 to i128
  %v6 = arith.constant -0.0 : f32
  %v7 = arith.fptosi %v6 : f32 to i7
  %v8 = arith.constant 127 : i128
  %v9 = arith.constant 5070602400912917605986812821504 : i128
  %v10 = arith.cmpi slt, %v8, %v9 : i128
  %v11 = arith.negf %v4 : f32
  %v12 = arith.constant 0 : i128
  %v13 = arith.uitofp %v12 : i128 to f32
  %v14 = arith.maxsi %v3, %v1 : i8
  %v15 = arith.constant 0x0000000000000001 : f64
  %v16 = arith.minimumf %v15, %v15 : f64
  %v17 = arith.constant 0xFF800000 : f32
  %v18 = arith.addf %v17, %arg2 : f32
  %v19 = arith.shli %v0, %arg0 : i8
  %v20 = arith.maxnumf %v18, %v17 : f32
  %v21 = arith.constant -1 : i32
  %v22 = arith.ori %arg3, %v21 : i32
  %v23 = arith.constant 0xFF800000 : f32
  %v24 = arith.minnumf %v4, %v23 : f32
  %v25 = arith.ceildivsi %v8, %v12 : i128
  return %v14, %v19 : i8, i8
}
func.func @f1(%arg0: tensor<3xbf16>, %arg1: index) {
  %v0 = arith.constant 1 : index
  %v1 = arith.remui %v0, %arg1 : index
  %v2 = arith.addi %arg1, %arg1 overflow<nsw> : index
  %v3 = arith.addi %arg1, %arg1 overflow<nsw> : index
  %v4 = arith.extf %arg0 : tensor<3xbf16> to tensor<3xf32>
  %v5 = arith.addi %arg1, %arg1 overflow<nsw> : index
  %v6 = arith.constant 9223372036854775807 : index
  %v7 = arith.subi %v6, %v2 overflow<nuw> : index
  %v8 = arith.cmpi sgt, %arg1, %v5 : index
  %v9 = arith.constant dense<0xFFC00000> : tensor<3xf32>
  %v10 = arith.constant dense<0xFFC00000> : tensor<3xf32>
  %v11 = arith.minnumf %v9, %v10 : tensor<3xf32>
  %v12 = arith.minnumf %v10, %v9 : tensor<3xf32>
  %v13 = arith.constant true
  %v14 = arith.cmpi slt, %v13, %v8 : i1
  %v15 = arith.constant 1 : i64
  %v16 = arith.constant 18446744073709551615 : i64
  %v17:2 = arith.addui_extended %v15, %v16 : i64, i1
  %v18 = arith.constant 1 : i8
  %v19 = arith.constant 0 : i128
  %v20 = arith.constant 0x00000000 : f32
  %v21 = arith.constant -8 : i32
  %v22:2 = func.call @f0(%v18, %v19, %v20, %v21) : (i8, i128, f32, i32) -> (i8, i8)
  %v23 = arith.shrui %v0, %v6 exact : index
  %v24 = arith.index_cast %v6 : index to i1
  %v25 = arith.addf %arg0, %arg0 : tensor<3xbf16>
  %v26 = arith.constant dense<-1.0> : tensor<3xf32>
  %v27 = arith.cmpf olt, %v26, %v4 : tensor<3xf32>
  %v28 = arith.constant dense<2.0> : tensor<3xbf16>
  %v29 = arith.cmpf ole, %v28, %arg0 fastmath<nnan,ninf> : tensor<3xbf16>
  %v30 = arith.constant dense<true> : tensor<3xi1>
  %v31:2 = arith.addui_extended %v29, %v30 : tensor<3xi1>, tensor<3xi1>
  %v32 = arith.extf %v12 fastmath<fast> : tensor<3xf32> to tensor<3xf64>
  %v33 = arith.constant false
  %v34 = arith.constant true
  %v35 = arith.select %v13, %v33, %v34 : i1
  %v36 = arith.remsi %v3, %v7 : index
  %v37 = arith.constant dense<0x7FC0> : tensor<3xbf16>
  %v38 = arith.mulf %v37, %v25 : tensor<3xbf16>
  %v39 = arith.constant -0.0 : f32
  %v40 = arith.extf %v39 : f32 to f64
  return
}
