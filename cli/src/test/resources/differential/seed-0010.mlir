// Random func/arith module, seed 10.
func.func @f0(%arg0: i64, %arg1: tensor<3xf64>) -> (i64, tensor<3xf64>) {
  %v0 = arith.addi %arg0, %arg0 overflow<nuw> : i64
  %v1 = arith.minnumf %arg1, %arg1 fastmath<none> : tensor<3xf64>
  %v2 = arith.constant -7876340134537953238 : i64
  %v3 = arith.maxui %arg0, %v2 : i64
  %v4 = arith.constant true
  %v5 = arith.select %v4, %arg0, %v0 : i64
  %v6 = arith.minnumf %arg1, %arg1 fastmath<none> : tensor<3xf64>
  %v7 = arith.addi %arg0, %arg0 overflow<nuw> : i64
  %v8 = arith.constant dense<0xFDDD0BFA11FAF811> : tensor<3xf64>
  %v9 = arith.mulf %v8, %v1 fastmath<ninf> : tensor<3xf64>
  %v10 = arith.select %v4, %v4, %v4 : i1
  %v11 = arith.addi %v5, %v2 overflow<nsw> : i64
  %v12 = arith.constant dense<-0.0> : tensor<3xf64>
  %v13 = arith.subf %v9, %v12 : tensor<3xf64>
  %v14 = arith.constant true
  %v15 = arith.constant false
  %v16 = arith.select %v14, %v15, %v10 : i1
  %v17 = arith.constant true
  %v18 = arith.uitofp %v17 : i1 to f16
  %v19 = arith.constant 0x77 : f8E4M3FN
  %v20 = arith.extf %v19 : f8E4M3FN to bf16
  %v21 = arith.select %v15, %v2, %v0 : i64
  %v22 = arith.fptosi %v18 : f16 to i1
  %v23 = arith.mulf %v13, %v9 fastmath<nsz> : tensor<3xf64>
  return %v21, %v13 : i64, tensor<3xf64>
}
func.func @f1(%arg0: f8E3M4) {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.floordivsi %v0, %v0 : index
  %v2 = arith.constant false
  %v3 = arith.constant false
  %v4 = arith.ceildivui %v2, %v3 : i1
  %v5 = arith.constant 0 : i64
  %v6 = arith.constant dense<0.0> : tensor<3xf64>
  %v7:2 = func.call @f0(%v5, %v6) : (i64, tensor<3xf64>) -> (i64, tensor<3xf64>)
  %v8:2 = func.call @f0(%v7#0, %v7#1) : (i64, tensor<3xf64>) -> (i64, tensor<3xf64>)
  %v9 = arith.xori %v8#0, %v7#0 : i64
  %v10 = arith.ceildivui %v2, %v3 : i1
  %v11 = arith.fptosi %v8#1 : tensor<3xf64> to tensor<3xi32>
  %v12 = arith.constant dense<[2147483647, 1073741824, 33]> : tensor<3xi32>
  %v13 = arith.remsi %v11, %v12 : tensor<3xi32>
  %v14 = arith.constant dense<[1, 2147483647, 0]> : tensor<3xi32>
  %v15 = arith.sitofp %v14 : tensor<3xi32> to tensor<3xf32>
  %v16 = arith.constant 0x73 : f8E3M4
  %v17 = arith.cmpf uno, %arg0, %v16 fastmath<arcp,afn> : f8E3M4
  %v18 = arith.constant 5349963852935723858 : i64
  %v19 = arith.cmpi uge, %v18, %v5 : i64
  %v20 = arith.constant true
  %v21 = arith.extsi %v20 : i1 to i64
  %v22 = arith.constant dense<0xFFF8000000000000> : tensor<3xf64>
  %v23 = arith.subf %v22, %v8#1 fastmath<reassoc,contract> : tensor<3xf64>
  %v24 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v25 = arith.constant dense<1.0e+10> : tensor<3xf32>
  %v26 = arith.select %v24, %v15, %v25 : tensor<3xi1>, tensor<3xf32>
  %v27 = arith.cmpi ult, %v13, %v11 : tensor<3xi32>
  %v28 = arith.constant 1.0e+10 : f32
  %v29 = arith.fptosi %v28 : f32 to i7
  %v30 = arith.cmpf ole, %v6, %v23 : tensor<3xf64>
  %v31 = arith.constant dense<[-3, 57, -3]> : tensor<3xi8>
  %v32 = arith.shrui %v31, %v31 : tensor<3xi8>
  return
}
