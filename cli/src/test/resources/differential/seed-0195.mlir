// Random func/arith module, seed 195.
func.func @f0(%arg0: index, %arg1: i32) -> (i1, index) {
  %v0 = arith.constant 4.0 : tf32
  %v1 = arith.fptosi %v0 : tf32 to i128
  %v2 = arith.fptosi %v0 : tf32 to i128
  %v3 = arith.fptosi %v0 : tf32 to i128
  %v4 = arith.constant 0 : i32
  %v5 = arith.subi %v4, %arg1 overflow<nsw> : i32
  %v6 = arith.fptosi %v0 : tf32 to i128
  %v7 = arith.minimumf %v0, %v0 fastmath<nnan,ninf> : tf32
  %v8 = arith.minimumf %v0, %v0 fastmath<nnan,ninf> : tf32
  %v9 = arith.constant 1 : index
  %v10 = arith.cmpi uge, %arg0, %v9 : index
  %v11 = arith.constant 0x00400 : tf32
  %v12 = arith.maximumf %v0, %v11 : tf32
  %v13 = arith.select %v10, %arg0, %v9 : index
  %v14 = arith.cmpf ugt, %v0, %v12 : tf32
  %v15 = arith.constant dense<[0x007F, 0x8000, 1.0]> : tensor<3xbf16>
  %v16 = arith.cmpf ule, %v15, %v15 : tensor<3xbf16>
  %v17 = arith.constant 11 : i32
  %v18 = arith.minui %arg1, %v17 : i32
  %v19 = arith.select %v10, %arg0, %v9 : index
  %v20 = arith.select %v10, %v9, %v9 : index
  %v21 = arith.cmpi eq, %v13, %v19 : index
  %v22 = arith.minnumf %v0, %v7 fastmath<fast> : tf32
  %v23 = arith.constant -80246774608928710 : index
  %v24 = arith.floordivsi %v9, %v23 : index
  return %v10, %v20 : i1, index
}
func.func @f1(%arg0: bf16, %arg1: i7, %arg2: tensor<2x2xi16>, %arg3: f8E4M3FN) -> bf16 {
  %v0 = arith.constant dense<[[1, 32767], [0, 15]]> : tensor<2x2xi16>
  %v1 = arith.addi %v0, %arg2 : tensor<2x2xi16>
  %v2 = arith.index_cast %arg1 : i7 to index
  %v3 = arith.index_cast %v2 : index to i7
  %v4 = arith.divui %v3, %arg1 : i7
  %v5 = arith.cmpi slt, %v2, %v2 : index
  %v6 = arith.constant -0.75 : bf16
  %v7 = arith.maximumf %v6, %arg0 fastmath<fast> : bf16
  %v8 = arith.constant 0xFF : f8E8M0FNU
  %v9 = arith.extf %v8 : f8E8M0FNU to f32
  %v10 = arith.constant 0xDE0B067C : f32
  %v11 = arith.cmpf ueq, %v10, %v10 : f32
  %v12 = arith.constant -1 : index
  %v13 = arith.subi %v2, %v12 : index
  %v14 = arith.constant -1 : index
  %v15 = arith.subi %v13, %v14 : index
  %v16 = arith.constant 0x62 : f8E4M3FN
  %v17 = arith.maxnumf %arg3, %v16 : f8E4M3FN
  %v18 = arith.maximumf %v6, %arg0 fastmath<fast> {tag = 1 : i64} : bf16
  return %v18 : bf16
}
