// Random func/arith module, seed 137.
func.func @f0(%arg0: i16, %arg1: f32, %arg2: tensor<3xf16>, %arg3: f8E5M2FNUZ) -> tensor<3xf32> {
  %v0 = arith.uitofp %arg0 : i16 to f16
  %v1 = arith.constant dense<-0.0> : tensor<3xf16>
  %v2 = arith.fptosi %v1 : tensor<3xf16> to tensor<3xi1>
  %v3 = arith.fptosi %v1 : tensor<3xf16> to tensor<3xi1>
  %v4 = arith.constant dense<false> : tensor<3xi1>
  %v5 = arith.constant dense<true> : tensor<3xi1>
  %v6 = arith.xori %v4, %v5 : tensor<3xi1>
  %v7 = arith.constant 16 : i16
  %v8:2 = arith.addui_extended %arg0, %v7 : i16, i1
  %v9 = arith.constant -1 : i128
  %v10 = arith.constant 129 : i128
  %v11 = arith.divui %v9, %v10 : i128
  %v12 = arith.extsi %v8#1 : i1 to i32
  %v13 = arith.constant 4096 : i128
  %v14 = arith.index_cast %v13 : i128 to index
  %v15:2 = arith.addui_extended %arg0, %v7 : i16, i1
  %v16 = arith.cmpi sgt, %v15#0, %v7 : i16
  %v17 = arith.minimumf %v0, %v0 : f16
  %v18:2 = arith.addui_extended %arg0, %v7 : i16, i1
  %v19 = arith.divui %v9, %v10 : i128
  %v20 = arith.extf %arg2 fastmath<nnan> : tensor<3xf16> to tensor<3xf32>
  %v21 = arith.constant 0 : i32
  %v22 = arith.shrui %v12, %v21 : i32
  %v23 = arith.constant dense<false> : tensor<3xi1>
  %v24 = arith.extsi %v23 : tensor<3xi1> to tensor<3xi16>
  %v25 = arith.xori %v4, %v5 : tensor<3xi1>
  %v26 = arith.constant -32768 : i16
  %v27 = arith.shrui %v18#0, %v26 exact : i16
  %v28 = arith.ceildivui %v8#0, %v7 : i16
  %v29 = arith.shrsi %v26, %v18#0 : i16
  return %v20 : tensor<3xf32>
}
func.func @f1(%arg0: f64, %arg1: i32, %arg2: f16) {
  %v0 = arith.constant -1.0 : f64
  %v1 = arith.cmpf ord, %arg0, %v0 : f64
  %v2 = arith.constant 0.5 : f16
  %v3 = arith.maxnumf %v2, %arg2 : f16
  %v4 = arith.constant dense<0x5EEB> : vector<4xf16>
  %v5 = arith.cmpf ord, %v4, %v4 : vector<4xf16>
  %v6 = arith.constant true
  %v7 = arith.extui %v6 : i1 to i128
  %v8 = arith.constant 0x0000 : bf16
  %v9 = arith.constant 0xBF80 : bf16
  %v10 = arith.cmpf uno, %v8, %v9 fastmath<ninf> : bf16
  %v11 = arith.constant true
  %v12 = arith.maxui %v11, %v1 : i1
  %v13 = arith.constant 0x0000000000000000 : f64
  %v14 = arith.maximumf %arg0, %v13 : f64
  %v15 = arith.cmpi uge, %v12, %v11 : i1
  %v16 = arith.cmpf uno, %v3, %v2 : f16
  %v17 = arith.cmpi uge, %v12, %v11 : i1
  %v18 = arith.constant 0x7FC0 : bf16
  %v19 = arith.negf %v18 : bf16
  %v20 = arith.constant 2048 : i32
  %v21 = arith.divsi %arg1, %v20 : i32
  %v22 = arith.negf %v4 : vector<4xf16>
  %v23 = arith.constant -0.75 : f64
  %v24 = arith.truncf %v23 : f64 to f8E5M2FNUZ
  %v25 = arith.fptosi %v3 : f16 to i7
  %v26 = arith.addi %v17, %v6 overflow<nsw> : i1
  %v27 = arith.constant 0x0010000000000000 : f64
  %v28 = arith.select %v15, %v14, %v27 : f64
  %v29 = arith.divf %v3, %v3 : f16
  %v30 = arith.constant -64 : i7
  %v31 = arith.trunci %v30 : i7 to i1
  %v32 = arith.andi %v16, %v6 : i1
  return
}
