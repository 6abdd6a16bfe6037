// Random func/arith module, seed 119.
func.func @f0(%arg0: tensor<0xi1>) -> (i1, tensor<0xi1>, tensor<0xi1>) {
  %v0 = arith.constant true
  %v1 = arith.constant dense<[]> : tensor<0xi1>
  %v2 = arith.select %v0, %v1, %arg0 : tensor<0xi1>
  %v3 = arith.select %v0, %v1, %arg0 : tensor<0xi1>
  %v4 = arith.select %v0, %v1, %arg0 : tensor<0xi1>
  %v5 = arith.constant 0x7F7FFFFF : f32
  %v6 = arith.constant 0x50890071 : f32
  %v7 = arith.remf %v5, %v6 : f32
  %v8 = arith.constant dense<true> : tensor<0xi1>
  %v9 = arith.select %v0, %v8, %v1 : tensor<0xi1>
  %v10 = arith.constant false
  %v11 = arith.constant true
  %v12 = arith.cmpi eq, %v10, %v11 : i1
  %v13 = arith.constant 0xFFC00000 : f32
  %v14 = arith.minimumf %v13, %v6 : f32
  %v15 = arith.xori %v2, %v9 : tensor<0xi1>
  %v16 = arith.constant dense<true> : tensor<0xi1>
  %v17 = arith.constant dense<[]> : tensor<0xi1>
  %v18 = arith.xori %v17, %v16 {tag = 1 : i64} : tensor<0xi1>
  %v19 = arith.xori %v18, %v16 : tensor<0xi1>
  %v20 = arith.constant dense<true> : tensor<0xi1>
  %v21 = arith.extui %v20 : tensor<0xi1> to tensor<0xi64>
  %v22 = arith.minimumf %v13, %v6 : f32
  %v23 = arith.constant dense<false> : tensor<0xi1>
  %v24 = arith.subi %v3, %v23 : tensor<0xi1>
  %v25 = arith.subi %v3, %v23 : tensor<0xi1>
  %v26 = arith.constant 0.5 : f32
  %v27 = arith.fptosi %v26 : f32 to i16
  %v28 = arith.constant 7 : i8
  %v29 = arith.addi %v28, %v28 : i8
  %v30 = arith.constant true
  %v31 = arith.select %v30, %v24, %v17 : tensor<0xi1>
  %v32 = arith.constant 0.1 : f32
  %v33 = arith.minnumf %v32, %v5 : f32
  return %v11, %v31, %v31 : i1, tensor<0xi1>, tensor<0xi1>
}
func.func @f1(%arg0: i128, %arg1: i16, %arg2: index) -> (i1, f32, i1) {
  %v0 = arith.cmpi eq, %arg0, %arg0 : i128
  %v1 = arith.select %v0, %arg0, %arg0 : i128
  %v2 = arith.constant 2.0 : f8E4M3FNUZ
  %v3 = arith.constant 0xFC : f8E4M3FNUZ
  %v4 = arith.maxnumf %v2, %v3 : f8E4M3FNUZ
  %v5 = arith.cmpi ne, %arg1, %arg1 : i16
  %v6 = arith.select %v5, %arg1, %arg1 : i16
  %v7 = arith.constant 0xF4 : f8E4M3FNUZ
  %v8 = arith.cmpf uno, %v7, %v4 fastmath<fast> : f8E4M3FNUZ
  %v9 = arith.constant 0x07 : f8E4M3FNUZ
  %v10 = arith.constant 0x77 : f8E4M3FNUZ
  %v11 = arith.maxnumf %v9, %v10 : f8E4M3FNUZ
  %v12 = arith.constant 2 : i128
  %v13 = arith.index_cast %v12 : i128 to index
  %v14 = arith.cmpi sgt, %v5, %v0 : i1
  %v15 = arith.uitofp %arg0 : i128 to f32
  %v16 = arith.fptosi %v15 : f32 to i128
  %v17 = arith.constant 0x3F800000 : f32
  %v18 = arith.fptoui %v17 : f32 to i16
  %v19 = arith.constant false
  %v20 = arith.andi %v14, %v19 : i1
  %v21 = arith.constant true
  %v22 = arith.xori %v5, %v21 : i1
  %v23 = arith.select %v0, %arg0, %arg0 : i128
  return %v20, %v15, %v22 : i1, f32, i1
}
