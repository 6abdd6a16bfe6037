// Random func/arith module, seed 54.
func.func @f0(%arg0: tensor<0xi1>, %arg1: f32, %arg2: f8E3M4) -> (f32, i8) {
  %v0 = arith.constant dense<false> : tensor<0xi1>
  %v1 = arith.constant dense<true> : tensor<0xi1>
  %v2 = arith.select %arg0, %v0, %v1 : tensor<0xi1>, tensor<0xi1>
  %v3 = arith.select %arg0, %v0, %v1 : tensor<0xi1>, tensor<0xi1>
  %v4 = arith.extui %v3 : tensor<0xi1> to tensor<0xi64>
  %v5 = arith.constant dense<[]> : tensor<0xi64>
  %v6 = arith.cmpi uge, %v4, %v5 : tensor<0xi64>
  %v7 = arith.constant dense<[[1, -1], [1, 1]]> : tensor<2x2xi8>
  %v8 = arith.remsi %v7, %v7 : tensor<2x2xi8>
  %v9 = arith.constant 0x0F : f8E3M4
  %v10 = arith.cmpf ord, %v9, %arg2 fastmath<nnan,ninf> : f8E3M4
  %v11 = arith.constant dense<127> : tensor<2x2xi8>
  %v12:2 = arith.addui_extended %v11, %v7 : tensor<2x2xi8>, tensor<2x2xi1>
  %v13 = arith.constant dense<0.5> : vector<bf16>
  %v14 = arith.fptoui %v13 : vector<bf16> to vector<i64>
  %v15 = arith.negf %arg1 : f32
  %v16 = arith.negf %v15 : f32
  %v17 = arith.constant false
  %v18 = arith.extsi %v17 : i1 to i8
  return %v15, %v18 : f32, i8
}
func.func @f1(%arg0: index, %arg1: i32, %arg2: i8) -> i64 {
  %v0 = arith.constant 891185068 : i32
  %v1 = arith.divui %arg1, %v0 : i32
  %v2 = arith.constant 12 : i8
  %v3 = arith.shrsi %v2, %arg2 {tag = 1 : i64} : i8
  %v4 = arith.constant dense<0x7F7F> : vector<bf16>
  %v5 = arith.cmpf ueq, %v4, %v4 : vector<bf16>
  %v6 = arith.constant dense<32767> : vector<2xi16>
  %v7 = arith.maxui %v6, %v6 : vector<2xi16>
  %v8 = arith.index_castui %arg0 : index to i16
  %v9 = arith.cmpi slt, %arg0, %arg0 : index
  %v10 = arith.constant dense<0x0001> : vector<bf16>
  %v11 = arith.cmpf one, %v4, %v10 fastmath<arcp,afn> : vector<bf16>
  %v12 = arith.remui %arg0, %arg0 : index
  %v13 = arith.extui %v3 : i8 to i64
  %v14 = arith.constant 127 : i8
  %v15 = arith.extui %v14 : i8 to i64
  %v16 = arith.cmpi sgt, %v13, %v15 : i64
  %v17 = arith.extui %v3 : i8 to i64
  %v18 = arith.fptosi %v10 : vector<bf16> to vector<i1>
  %v19 = arith.constant dense<[]> : tensor<0xi1>
  %v20 = arith.constant 0x007FFFFF : f32
  %v21 = arith.constant -0.75 : f8E3M4
  %v22:2 = func.call @f0(%v19, %v20, %v21) : (tensor<0xi1>, f32, f8E3M4) -> (f32, i8)
  %v23 = arith.maxui %v12, %arg0 : index
  %v24 = arith.extui %v3 : i8 to i64
  %v25 = arith.constant 0x80000000 : f32
  %v26 = arith.minnumf %v22#0, %v25 {tag = 0 : i64} : f32
  return %v24 : i64
}
