// Random func/arith module, seed 118.
func.func @f0(%arg0: i32, %arg1: f32, %arg2: f8E5M2FNUZ, %arg3: i128) -> (i128, tensor<3xi64>, i128) {
  %v0 = arith.constant 1073741824 : i128
  %v1 = arith.constant 12 : i128
  %v2 = arith.minsi %v0, %v1 : i128
  %v3 = arith.constant 4.0 : f8E5M2FNUZ
  %v4 = arith.minnumf %arg2, %v3 : f8E5M2FNUZ
  %v5 = arith.minimumf %arg2, %arg2 : f8E5M2FNUZ
  %v6 = arith.constant 100.0 : f8E5M2FNUZ
  %v7 = arith.remf %v6, %v4 fastmath<fast> : f8E5M2FNUZ
  %v8 = arith.shrsi %arg0, %arg0 : i32
  %v9 = arith.constant 2.0 : f32
  %v10 = arith.minnumf %arg1, %v9 fastmath<ninf> : f32
  %v11 = arith.constant dense<[4, 64, -128]> : tensor<3xi8>
  %v12 = arith.sitofp %v11 : tensor<3xi8> to tensor<3xf16>
  %v13 = arith.constant false
  %v14 = arith.select %v13, %v1, %v1 : i128
  %v15 = arith.constant dense<1> : tensor<3xi32>
  %v16 = arith.extui %v15 : tensor<3xi32> to tensor<3xi64>
  %v17 = arith.extui %v15 : tensor<3xi32> to tensor<3xi64>
  return %v14, %v17, %v0 : i128, tensor<3xi64>, i128
}
func.func @f1(%arg0: f32, %arg1: index, %arg2: tensor<0xindex>) -> (tensor<3xi64>, i128) {
  %v0 = arith.constant dense<13> : tensor<3xindex>
  %v1 = arith.maxsi %v0, %v0 : tensor<3xindex>
  %v2 = arith.constant 1 : i32
  %v3 = arith.constant 0x7F7FFFFF : f32
  %v4 = arith.constant 0x80 : f8E5M2FNUZ
  %v5 = arith.constant 1 : i128
  %v6:3 = func.call @f0(%v2, %v3, %v4, %v5) : (i32, f32, f8E5M2FNUZ, i128) -> (i128, tensor<3xi64>, i128)
  %v7 = arith.constant 4 : i128
  %v8:2 = arith.addui_extended %v6#0, %v7 : i128, i1
  %v9 = arith.index_cast %arg1 : index to i33
  %v10 = arith.constant -1 : i64
  %v11 = arith.constant -9223372036854775808 : i64
  %v12 = arith.addi %v10, %v11 overflow<nsw> : i64
  %v13 = arith.constant dense<-1> : tensor<3xi64>
  %v14 = arith.xori %v6#1, %v13 : tensor<3xi64>
  %v15 = arith.xori %v14, %v13 : tensor<3xi64>
  %v16 = arith.constant 0x7C : f8E5M2FNUZ
  %v17:3 = func.call @f0(%v2, %arg0, %v16, %v5) : (i32, f32, f8E5M2FNUZ, i128) -> (i128, tensor<3xi64>, i128)
  %v18 = arith.constant 15 : i64
  %v19:2 = arith.addui_extended %v18, %v11 : i64, i1
  %v20 = arith.constant dense<true> : tensor<3xi1>
  %v21 = arith.constant dense<-4> : tensor<3xi64>
  %v22 = arith.select %v20, %v21, %v17#1 : tensor<3xi1>, tensor<3xi64>
  %v23 = arith.constant false
  %v24 = arith.constant true
  %v25 = arith.ceildivsi %v23, %v24 : i1
  return %v17#1, %v17#2 : tensor<3xi64>, i128
}
