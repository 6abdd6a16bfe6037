// Random func/arith module, seed 193.
func.func @f0(%arg0: tensor<2x2xbf16>, %arg1: i16, %arg2: i32, %arg3: tensor<3xf64>) -> (tensor<3xf64>, i1) {
  %v0 = arith.constant dense<0.5> : tensor<3xf64>
  %v1 = arith.minnumf %arg3, %v0 fastmath<none> : tensor<3xf64>
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg2, %arg2 : i32
  %v4 = arith.constant dense<0.0> : tensor<3xf64>
  %v5 = arith.addf %v1, %v4 : tensor<3xf64>
  %v6 = arith.constant 64 : i16
  %v7 = arith.addi %v6, %v6 : i16
  %v8 = arith.constant dense<[0.5, 0xBFF0000000000000, 0x000FFFFFFFFFFFFF]> : tensor<3xf64>
  %v9 = arith.maxnumf %v8, %v1 : tensor<3xf64>
  %v10 = arith.constant 0xDE : f8E5M2FNUZ
  %v11 = arith.constant 0x04 : f8E5M2FNUZ
  %v12 = arith.cmpf une, %v10, %v11 fastmath<nsz> : f8E5M2FNUZ
  %v13 = arith.fptosi %arg3 : tensor<3xf64> to tensor<3xi16>
  %v14 = arith.cmpf une, %v10, %v11 fastmath<nsz> : f8E5M2FNUZ
  %v15 = arith.maxnumf %v8, %v1 : tensor<3xf64>
  %v16 = arith.constant -6 : i32
  %v17 = arith.cmpi ugt, %v3, %v16 : i32
  %v18 = arith.maxnumf %v9, %v4 fastmath<fast> : tensor<3xf64>
  %v19 = arith.constant 0 : i8
  %v20 = arith.muli %v19, %v19 : i8
  %v21 = arith.constant 7 : i16
  %v22 = arith.extui %v21 : i16 to i33
  %v23 = arith.constant -3.0e-05 : f8E5M2FNUZ
  %v24 = arith.maximumf %v10, %v23 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v25 = arith.constant dense<0xBFF0000000000000> : tensor<3xf64>
  %v26 = arith.fptosi %v25 : tensor<3xf64> to tensor<3xi16>
  %v27 = arith.constant -27491 : i16
  %v28 = arith.shrui %arg1, %v27 exact : i16
  return %v18, %v17 : tensor<3xf64>, i1
}
func.func @f1(%arg0: index) -> (i1, index) {
  %v0 = arith.constant 1.0 : bf16
  %v1 = arith.constant 0x7F7F : bf16
  %v2 = arith.cmpf one, %v0, %v1 fastmath<reassoc,contract> : bf16
  %v3 = arith.constant 1 : index
  %v4 = arith.remsi %arg0, %v3 : index
  %v5 = arith.constant 63 : index
  %v6 = arith.constant -5555889683256062747 : index
  %v7 = arith.cmpi uge, %v5, %v6 : index
  %v8 = arith.constant 0x96A1 : bf16
  %v9 = arith.remf %v8, %v0 fastmath<nnan,ninf> : bf16
  %v10 = arith.remf %v8, %v0 fastmath<nnan,ninf> : bf16
  %v11 = arith.constant 0.0 : bf16
  %v12 = arith.mulf %v11, %v8 fastmath<arcp,afn> : bf16
  %v13 = arith.constant true
  %v14 = arith.addi %v7, %v13 : i1
  %v15 = arith.constant true
  %v16 = arith.xori %v13, %v15 : i1
  %v17 = arith.xori %v16, %v15 : i1
  %v18 = arith.constant 4096 : index
  %v19 = arith.subi %v18, %v5 : index
  %v20 = arith.constant dense<[[0x8000, 0.1], [0xBF80, 0x7F7F]]> : tensor<2x2xbf16>
  %v21 = arith.constant 11565 : i16
  %v22 = arith.constant 33 : i32
  %v23 = arith.constant dense<1.0> : tensor<3xf64>
  %v24:2 = func.call @f0(%v20, %v21, %v22, %v23) : (tensor<2x2xbf16>, i16, i32, tensor<3xf64>) -> (tensor<3xf64>, i1)
  %v25 = arith.ceildivsi %arg0, %v3 : index
  %v26 = arith.constant 16 : i16
  %v27 = arith.constant dense<-0.0> : tensor<3xf64>
  %v28:2 = func.call @f0(%v20, %v26, %v22, %v27) : (tensor<2x2xbf16>, i16, i32, tensor<3xf64>) -> (tensor<3xf64>, i1)
  %v29 = arith.remsi %arg0, %v3 : index
  %v30 = arith.shrui %v25, %v29 exact : index
  %v31 = arith.floordivsi %v4, %v25 : index
  %v32 = arith.shrui %v25, %v29 exact : index
  return %v24#1, %v5 : i1, index
}
func.func @f2(%arg0: i16, %arg1: f16, %arg2: index) -> (i32, f16) {
  %v0 = arith.constant dense<0> : tensor<3xi8>
  %v1 = arith.subi %v0, %v0 overflow<nsw> : tensor<3xi8>
  %v2 = arith.extsi %arg0 : i16 to i64
  %v3 = arith.extsi %arg0 : i16 to i64
  %v4 = arith.cmpi ugt, %v2, %v3 : i64
  %v5 = arith.constant -2147483648 : i32
  %v6 = arith.index_cast %v5 : i32 to index
  %v7 = arith.cmpi ugt, %v2, %v3 : i64
  %v8 = arith.constant 0x0001 : f16
  %v9 = arith.addf %v8, %v8 : f16
  %v10 = arith.remf %arg1, %v8 : f16
  %v11 = arith.divf %v10, %arg1 fastmath<none> : f16
  return %v5, %v11 : i32, f16
}
