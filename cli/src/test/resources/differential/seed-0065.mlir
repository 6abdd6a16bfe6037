// Random func/arith module, seed 65.
func.func @f0(%arg0: i8, %arg1: f8E4M3B11FNUZ) {
  %v0 = arith.constant 2 : i8
  %v1 = arith.shli %arg0, %v0 overflow<nuw> : i8
  %v2 = arith.constant 127 : i8
  %v3 = arith.cmpi sle, %v2, %v0 : i8
  %v4 = arith.cmpi sle, %v2, %v0 : i8
  %v5 = arith.cmpi sle, %v2, %v0 : i8
  %v6 = arith.index_cast %v2 : i8 to index
  %v7 = arith.constant dense<[]> : tensor<0xi64>
  %v8 = arith.constant dense<[]> : tensor<0xi64>
  %v9 = arith.xori %v7, %v8 : tensor<0xi64>
  return
}
func.func @f1(%arg0: tensor<0xf16>, %arg1: i8) -> tensor<0xi1> {
  %v0 = arith.constant 0xB8 : f8E4M3B11FNUZ
  func.call @f0(%arg1, %v0) : (i8, f8E4M3B11FNUZ) -> ()
  %v2 = arith.fptosi %arg0 : tensor<0xf16> to tensor<0xi1>
  %v3 = arith.constant dense<[]> : tensor<0xi1>
  %v4 = arith.subi %v2, %v3 : tensor<0xi1>
  %v5 = arith.constant dense<false> : tensor<0xi1>
  %v6 = arith.subi %v4, %v5 : tensor<0xi1>
  %v7 = arith.fptosi %arg0 : tensor<0xf16> to tensor<0xi1>
  %v8 = arith.constant 1 : index
  %v9 = arith.constant 9223372036854775807 : index
  %v10 = arith.subi %v8, %v9 : index
  %v11 = arith.constant -1 : i32
  %v12 = arith.constant -8 : i32
  %v13 = arith.subi %v11, %v12 : i32
  %v14 = arith.constant dense<true> : tensor<0xi1>
  %v15 = arith.maxsi %v14, %v7 {tag = 0 : i64} : tensor<0xi1>
  %v16 = arith.extui %v3 : tensor<0xi1> to tensor<0xi32>
  %v17 = arith.fptosi %arg0 : tensor<0xf16> to tensor<0xi1>
  %v18 = arith.constant dense<-1> : tensor<0xi32>
  %v19 = arith.constant dense<-1> : tensor<0xi32>
  %v20 = arith.ori %v18, %v19 : tensor<0xi32>
  %v21 = arith.constant true
  %v22 = arith.constant dense<0x7E00> : tensor<0xf16>
  %v23 = arith.select %v21, %v22, %arg0 : tensor<0xf16>
  return %v6 : tensor<0xi1>
}
func.func @f2(%arg0: f32, %arg1: f80, %arg2: i64) -> (f32, f80) {
  %v0 = arith.constant -1 : i32
  %v1 = arith.constant 4294967295 : i32
  %v2 = arith.minsi %v0, %v1 : i32
  %v3 = arith.constant -6 : i64
  %v4 = arith.shrui %arg2, %v3 {tag = 0 : i64} : i64
  %v5 = arith.constant 0 : i64
  %v6 = arith.constant 0 : i64
  %v7 = arith.remsi %v5, %v6 : i64
  %v8 = arith.index_castui %v0 : i32 to index
  %v9 = arith.index_castui %v8 : index to i32
  %v10 = arith.constant -1 : i32
  %v11:2 = arith.mulsi_extended %v2, %v10 : i32
  %v12 = arith.constant 65 : index
  %v13 = arith.maxsi %v12, %v8 : index
  %v14 = arith.constant dense<[]> : tensor<0xf16>
  %v15 = arith.constant 1 : i8
  %v16 = func.call @f1(%v14, %v15) {tag = 0 : i64} : (tensor<0xf16>, i8) -> tensor<0xi1>
  %v17 = arith.constant 0x70 : f8E3M4
  %v18 = arith.constant 3.0 : f8E3M4
  %v19 = arith.cmpf uno, %v17, %v18 : f8E3M4
  %v20 = arith.constant -1.0 : f80
  %v21 = arith.negf %v20 fastmath<nsz> : f80
  %v22 = arith.maxui %arg2, %v4 : i64
  %v23 = arith.constant 4 : i64
  %v24 = arith.shli %v23, %v3 : i64
  %v25 = arith.mulf %v20, %v20 fastmath<nnan,ninf> : f80
  %v26 = arith.constant 0xB8 : f8E4M3B11FNUZ
  func.call @f0(%v15, %v26) : (i8, f8E4M3B11FNUZ) -> ()
  %v28 = arith.negf %arg0 : f32
  %v29 = arith.constant dense<[]> : tensor<0xi1>
  %v30:2 = arith.addui_extended %v16, %v29 : tensor<0xi1>, tensor<0xi1>
  %v31 = arith.fptoui %v26 {tag = 0 : i64} : f8E4M3B11FNUZ to i1
  %v32 = arith.fptoui %v26 {tag = 0 : i64} : f8E4M3B11FNUZ to i1
  return %v28, %arg1 : f32, f80
}
func.func @f3(%arg0: f80, %arg1: i1) -> (i64, index) {
  %v0 = arith.constant 1.0e+10 : f80
  %v1 = arith.constant 0x00000000000000000001 : f80
  %v2 = arith.remf %v0, %v1 fastmath<ninf> : f80
  %v3 = arith.constant 0xFFFF0000000000000000 : f80
  %v4 = arith.mulf %v2, %v3 : f80
  %v5 = arith.extui %arg1 : i1 to i64
  %v6 = arith.extui %arg1 : i1 to i64
  %v7 = arith.cmpi uge, %v5, %v6 : i64
  %v8 = arith.maximumf %arg0, %v0 fastmath<arcp,afn> : f80
  %v9 = arith.constant 0 : i8
  %v10 = arith.constant 1.0 : f8E4M3B11FNUZ
  func.call @f0(%v9, %v10) : (i8, f8E4M3B11FNUZ) -> ()
  %v12 = arith.fptoui %v0 : f80 to i32
  %v13 = arith.constant -4 : i64
  %v14 = arith.xori %v6, %v13 : i64
  %v15 = arith.constant 9223372036854775807 : i64
  %v16 = arith.xori %v14, %v15 : i64
  %v17 = arith.constant -6 : i64
  %v18 = arith.ori %v17, %v13 : i64
  %v19 = arith.index_cast %arg1 : i1 to index
  %v20 = arith.constant true
  %v21 = arith.constant 0.1 : f80
  %v22 = arith.select %v20, %v2, %v21 : f80
  %v23 = arith.select %v20, %v2, %v21 : f80
  %v24 = arith.maxnumf %arg0, %v0 : f80
  return %v14, %v19 : i64, index
}
