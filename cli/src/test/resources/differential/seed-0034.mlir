// Random func/arith module, seed 34.
func.func @f0(%arg0: i1, %arg1: tensor<2x2xindex>, %arg2: f32, %arg3: tensor<3xf16>) -> (tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.floordivsi %arg1, %arg1 : tensor<2x2xindex>
  %v1 = arith.constant dense<64> : tensor<2x2xindex>
  %v2 = arith.index_castui %v1 : tensor<2x2xindex> to tensor<2x2xi64>
  %v3 = arith.constant dense<[[1, 1], [-5, -3551437478565745713]]> : tensor<2x2xindex>
  %v4 = arith.cmpi ne, %v3, %v0 : tensor<2x2xindex>
  %v5 = arith.constant 1 : i32
  %v6:2 = arith.mului_extended %v5, %v5 : i32
  %v7 = arith.constant dense<[[-1, 14], [-9223372036854775808, -1]]> : tensor<2x2xi64>
  %v8 = arith.constant dense<-1> : tensor<2x2xi64>
  %v9 = arith.muli %v7, %v8 : tensor<2x2xi64>
  %v10 = arith.constant dense<-9223372036854775808> : tensor<2x2xi64>
  %v11 = arith.muli %v9, %v10 : tensor<2x2xi64>
  %v12 = arith.index_castui %v1 : tensor<2x2xindex> to tensor<2x2xi64>
  %v13 = arith.constant 9223372036854775807 : index
  %v14 = arith.constant -1 : index
  %v15 = arith.shrsi %v13, %v14 exact : index
  %v16:2 = arith.mului_extended %v5, %v5 : i32
  %v17 = arith.constant dense<true> : tensor<2x2xi1>
  %v18 = arith.xori %v4, %v17 : tensor<2x2xi1>
  %v19 = arith.xori %v18, %v17 : tensor<2x2xi1>
  %v20 = arith.constant dense<[-2.5, 0x0001, 0x3C00]> : tensor<3xf16>
  %v21 = arith.negf %v20 : tensor<3xf16>
  return %v18, %v18 : tensor<2x2xi1>, tensor<2x2xi1>
}
func.func @f1(%arg0: i16, %arg1: f32, %arg2: f16) -> (tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.constant true
  %v1 = arith.constant 1 : i64
  %v2 = arith.constant 64 : i64
  %v3 = arith.select %v0, %v1, %v2 : i64
  %v4 = arith.constant 0 : i16
  %v5 = arith.constant 7 : i16
  %v6:2 = arith.mulsi_extended %v4, %v5 : i16
  %v7 = arith.constant 13 : i16
  %v8:2 = arith.addui_extended %v7, %v7 : i16, i1
  %v9 = arith.select %v0, %v1, %v2 : i64
  %v10 = arith.negf %arg2 fastmath<fast> : f16
  %v11 = arith.minui %v4, %v6#1 : i16
  %v12 = arith.select %v0, %v1, %v2 : i64
  %v13 = arith.constant 0xBC00 : f16
  %v14 = arith.fptosi %v13 : f16 to i1
  %v15 = arith.constant 0 : index
  %v16 = arith.constant 2974335310501400604 : index
  %v17 = arith.divsi %v15, %v16 : index
  %v18 = arith.extsi %arg0 : i16 to i64
  %v19 = arith.constant 4096 : i16
  %v20 = arith.extsi %v19 : i16 to i64
  %v21 = arith.cmpi ule, %v18, %v20 : i64
  %v22 = arith.maxsi %v19, %v8#0 : i16
  %v23 = arith.constant 65 : i64
  %v24 = arith.addi %v18, %v23 : i64
  %v25 = arith.constant 274877906944 : i64
  %v26 = arith.subi %v25, %v24 : i64
  %v27 = arith.xori %arg0, %v7 : i16
  %v28 = arith.constant dense<[[-9223372036854775808, -9223372036854775808], [9223372036854775807, -5]]> : tensor<2x2xindex>
  %v29 = arith.constant dense<0x7C00> : tensor<3xf16>
  %v30:2 = func.call @f0(%v21, %v28, %arg1, %v29) : (i1, tensor<2x2xindex>, f32, tensor<3xf16>) -> (tensor<2x2xi1>, tensor<2x2xi1>)
  %v31 = arith.cmpf ule, %arg1, %arg1 : f32
  %v32 = arith.constant -0.0 : f8E5M2FNUZ
  %v33 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v34 = arith.minimumf %v32, %v33 : f8E5M2FNUZ
  %v35 = arith.cmpf ule, %arg1, %arg1 : f32
  %v36 = arith.minui %v35, %v31 : i1
  return %v30#0, %v30#1 : tensor<2x2xi1>, tensor<2x2xi1>
}
func.func @f2(%arg0: vector<2xf64>) -> (tensor<2x2xi1>, vector<2xf64>) {
  %v0 = arith.constant -1 : i64
  %v1 = arith.cmpi ugt, %v0, %v0 : i64
  %v2 = arith.constant true
  %v3 = arith.andi %v1, %v2 : i1
  %v4 = arith.constant 63 : i64
  %v5 = arith.constant 11 : i64
  %v6:2 = arith.mului_extended %v4, %v5 : i64
  %v7 = arith.constant 0 : i8
  %v8 = arith.extui %v7 : i8 to i64
  %v9 = arith.extui %v7 : i8 to i64
  %v10 = arith.cmpi slt, %v8, %v9 : i64
  %v11 = arith.constant true
  %v12 = arith.shrui %v11, %v11 exact : i1
  %v13 = arith.fptosi %arg0 : vector<2xf64> to vector<2xi16>
  %v14 = arith.constant dense<-1> : tensor<2x2xindex>
  %v15 = arith.constant 100.0 : f32
  %v16 = arith.constant dense<0xFE00> : tensor<3xf16>
  %v17:2 = func.call @f0(%v11, %v14, %v15, %v16) : (i1, tensor<2x2xindex>, f32, tensor<3xf16>) -> (tensor<2x2xi1>, tensor<2x2xi1>)
  %v18 = arith.constant dense<true> : tensor<2x2xi1>
  %v19 = arith.shrsi %v17#1, %v18 exact : tensor<2x2xi1>
  %v20:2 = arith.mului_extended %v4, %v5 : i64
  %v21 = arith.negf %arg0 fastmath<nnan> : vector<2xf64>
  %v22 = arith.constant dense<[-1, 15]> : vector<2xi16>
  %v23 = arith.remsi %v13, %v22 : vector<2xi16>
  %v24 = arith.constant true
  %v25 = arith.constant dense<1.0> : tensor<3xf16>
  %v26:2 = func.call @f0(%v24, %v14, %v15, %v25) : (i1, tensor<2x2xindex>, f32, tensor<3xf16>) -> (tensor<2x2xi1>, tensor<2x2xi1>)
  %v27 = arith.constant 14 : i64
  %v28 = arith.ceildivsi %v6#1, %v27 : i64
  %v29 = arith.minui %v13, %v22 : vector<2xi16>
  %v30 = arith.divf %v16, %v25 fastmath<none> : tensor<3xf16>
  %v31 = arith.shrui %v11, %v11 exact : i1
  %v32 = arith.constant dense<-0.75> : vector<2xf64>
  %v33 = arith.cmpf ord, %arg0, %v32 : vector<2xf64>
  return %v26#0, %v21 : tensor<2x2xi1>, vector<2xf64>
}
