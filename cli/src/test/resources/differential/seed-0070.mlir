// Random func/arith module, seed 70.
func.func @f0(%arg0: i64, %arg1: tensor<0xindex>, %arg2: i16) -> (tensor<0xindex>, tensor<0xindex>, i1) {
  %v0 = arith.constant dense<-1.0> : vector<bf16>
  %v1 = arith.remf %v0, %v0 : vector<bf16>
  %v2 = arith.constant dense<1> : tensor<0xindex>
  %v3 = arith.subi %v2, %arg1 : tensor<0xindex>
  %v4 = arith.constant 0x01 : f6E2M3FN
  %v5 = arith.negf %v4 : f6E2M3FN
  %v6 = arith.remf %v0, %v0 : vector<bf16>
  %v7 = arith.constant dense<0.0> : vector<bf16>
  %v8 = arith.remf %v7, %v0 : vector<bf16>
  %v9 = arith.constant 0x80000000 : f32
  %v10 = arith.negf %v9 : f32
  %v11 = arith.negf %v10 fastmath<fast> : f32
  %v12 = arith.constant dense<4.0> : vector<2x3xbf16>
  %v13 = arith.constant dense<7.0> : vector<2x3xbf16>
  %v14 = arith.addf %v12, %v13 fastmath<arcp,afn> : vector<2x3xbf16>
  %v15 = arith.constant 0x3F800000 : f32
  %v16 = arith.fptosi %v15 : f32 to i8
  %v17 = arith.trunci %arg2 : i16 to i1
  %v18 = arith.constant dense<true> : tensor<0xi1>
  %v19 = arith.select %v18, %arg1, %v2 : tensor<0xi1>, tensor<0xindex>
  %v20 = arith.negf %v10 fastmath<fast> : f32
  %v21 = arith.constant dense<-9223372036854775808> : tensor<0xi64>
  %v22 = arith.constant dense<[]> : tensor<0xi64>
  %v23:2 = arith.mulsi_extended %v21, %v22 : tensor<0xi64>
  %v24 = arith.subf %v9, %v9 : f32
  %v25 = arith.select %v18, %arg1, %v2 : tensor<0xi1>, tensor<0xindex>
  %v26 = arith.constant dense<1.0> : vector<bf16>
  %v27 = arith.fptosi %v26 : vector<bf16> to vector<i1>
  return %v25, %v25, %v17 : tensor<0xindex>, tensor<0xindex>, i1
}
func.func @f1(%arg0: vector<4xf32>, %arg1: f32, %arg2: f16, %arg3: i32) -> (i1, vector<4xi1>, i1, i1) {
  %v0 = arith.constant -1 : i32
  %v1 = arith.constant -3 : i32
  %v2 = arith.cmpi ult, %v0, %v1 : i32
  %v3 = arith.constant false
  %v4 = arith.divsi %v2, %v3 : i1
  %v5 = arith.constant dense<true> : vector<4xi1>
  %v6 = arith.constant dense<-3.0e-05> : vector<4xf32>
  %v7 = arith.constant dense<-0.75> : vector<4xf32>
  %v8 = arith.select %v5, %v6, %v7 : vector<4xi1>, vector<4xf32>
  %v9 = arith.cmpf ueq, %v7, %arg0 : vector<4xf32>
  %v10 = arith.divsi %v2, %v3 : i1
  %v11 = arith.constant 0.1 : f16
  %v12 = arith.cmpf oeq, %arg2, %v11 : f16
  %v13 = arith.remsi %v12, %v12 : i1
  %v14 = arith.constant dense<false> : vector<4xi1>
  %v15 = arith.cmpi ugt, %v14, %v5 : vector<4xi1>
  %v16 = arith.constant 0 : i32
  %v17 = arith.muli %v0, %v16 overflow<nsw> : i32
  return %v10, %v15, %v10, %v12 : i1, vector<4xi1>, i1, i1
}
