// Random func/arith module, seed 146.
func.func @f0(%arg0: i32, %arg1: i8, %arg2: tensor<3xf64>) -> (tensor<3xf64>, tensor<3xi64>, tensor<3xi64>) {
  %v0 = arith.cmpi eq, %arg1, %arg1 : i8
  %v1 = arith.constant 128 : i8
  %v2 = arith.andi %arg1, %v1 : i8
  %v3 = arith.constant true
  %v4 = arith.addi %v3, %v0 overflow<none> : i1
  %v5 = arith.select %v0, %v4, %v0 : i1
  %v6 = arith.constant dense<-0.75> : tensor<3xf64>
  %v7 = arith.maxnumf %arg2, %v6 fastmath<fast> : tensor<3xf64>
  %v8 = arith.mulf %arg2, %arg2 fastmath<nnan> : tensor<3xf64>
  %v9 = arith.extsi %v3 : i1 to i7
  %v10 = arith.constant dense<1.0e+10> : tensor<3xf64>
  %v11 = arith.minimumf %v10, %v7 : tensor<3xf64>
  %v12 = arith.cmpi eq, %arg1, %arg1 : i8
  %v13 = arith.constant -1 : i32
  %v14 = arith.constant 524288 : i32
  %v15 = arith.shrsi %v13, %v14 : i32
  %v16 = arith.trunci %arg1 overflow<nsw> : i8 to i1
  %v17 = arith.constant 0xFC : f8E5M2
  %v18 = arith.fptosi %v17 : f8E5M2 to i32
  %v19 = arith.bitcast %v8 : tensor<3xf64> to tensor<3xi64>
  %v20 = arith.constant -0.0 : f8E5M2
  %v21 = arith.remf %v17, %v20 : f8E5M2
  %v22 = arith.shrui %arg0, %v13 : i32
  %v23 = arith.constant dense<-0.75> : tensor<3xf64>
  %v24 = arith.subf %arg2, %v23 : tensor<3xf64>
  %v25 = arith.cmpf une, %v23, %v11 : tensor<3xf64>
  %v26 = arith.bitcast %v6 : tensor<3xf64> to tensor<3xi64>
  %v27 = arith.constant dense<4.0> : tensor<3xf64>
  %v28 = arith.addf %v6, %v27 fastmath<reassoc,contract> : tensor<3xf64>
  %v29 = arith.constant -0.75 : f8E5M2
  %v30 = arith.constant 0xBC : f8E5M2
  %v31 = arith.mulf %v29, %v30 : f8E5M2
  %v32 = arith.minimumf %arg2, %v8 : tensor<3xf64>
  %v33 = arith.constant dense<0> : tensor<3xi64>
  %v34 = arith.shrui %v33, %v33 : tensor<3xi64>
  return %v32, %v26, %v19 : tensor<3xf64>, tensor<3xi64>, tensor<3xi64>
}
func.func @f1(%arg0: bf16, %arg1: tensor<3xbf16>, %arg2: i1, %arg3: tensor<3xbf16>) -> (tensor<3xi64>, tensor<3xi64>, tensor<3xi64>) {
  %v0 = arith.constant true
  %v1 = arith.andi %v0, %v0 : i1
  %v2 = arith.floordivsi %v0, %arg2 : i1
  %v3 = arith.constant dense<[0x0000000000000000, 0x0010000000000000, 0x983AD9F2C70B4085]> : tensor<3xf64>
  %v4 = arith.fptosi %v3 : tensor<3xf64> to tensor<3xi16>
  %v5 = arith.constant -1 : i32
  %v6 = arith.constant -1 : i8
  %v7 = arith.constant dense<[-3.0e-05, 0x3FF0000000000000, 0x7FF0000000000000]> : tensor<3xf64>
  %v8:3 = func.call @f0(%v5, %v6, %v7) : (i32, i8, tensor<3xf64>) -> (tensor<3xf64>, tensor<3xi64>, tensor<3xi64>)
  %v9:3 = func.call @f0(%v5, %v6, %v3) : (i32, i8, tensor<3xf64>) -> (tensor<3xf64>, tensor<3xi64>, tensor<3xi64>)
  %v10 = arith.constant false
  %v11 = arith.andi %v10, %v2 : i1
  %v12 = arith.constant -8 : i32
  %v13 = arith.constant 7 : i32
  %v14 = arith.cmpi uge, %v12, %v13 : i32
  %v15 = arith.constant -1 : i8
  %v16 = arith.constant 80 : i8
  %v17 = arith.cmpi uge, %v15, %v16 : i8
  %v18 = arith.bitcast %v8#0 : tensor<3xf64> to tensor<3xi64>
  %v19 = arith.constant dense<[[8192, -9223372036854775808], [3, -8]]> : tensor<2x2xi64>
  %v20 = arith.index_castui %v19 : tensor<2x2xi64> to tensor<2x2xindex>
  %v21 = arith.constant dense<[-0.0, 100.0, 0xBFF0000000000000]> : tensor<3xf64>
  %v22:3 = func.call @f0(%v12, %v16, %v21) : (i32, i8, tensor<3xf64>) -> (tensor<3xf64>, tensor<3xi64>, tensor<3xi64>)
  return %v22#1, %v18, %v22#2 : tensor<3xi64>, tensor<3xi64>, tensor<3xi64>
}
