// Random func/arith module, seed 71.
func.func @f0(%arg0: f32, %arg1: i1, %arg2: tensor<3xi1>, %arg3: tensor<0xi1>) -> (f32, f32) {
  %v0 = arith.constant 0xBF800000 : f32
  %v1 = arith.subf %arg0, %v0 : f32
  %v2 = arith.constant 0xBF800000 : f32
  %v3 = arith.minnumf %v1, %v2 : f32
  %v4 = arith.subf %arg0, %v0 : f32
  %v5 = arith.minnumf %v0, %arg0 fastmath<ninf> : f32
  %v6 = arith.subf %arg0, %v0 {tag = 1 : i64} : f32
  %v7 = arith.ceildivsi %arg1, %arg1 : i1
  %v8 = arith.constant dense<true> : tensor<3xi1>
  %v9 = arith.ceildivsi %arg2, %v8 : tensor<3xi1>
  %v10 = arith.constant 4.0 : f32
  %v11 = arith.minnumf %v0, %v10 : f32
  %v12 = arith.minnumf %v10, %v0 : f32
  %v13 = arith.minnumf %v10, %v0 : f32
  %v14 = arith.subf %v3, %v10 fastmath<reassoc,contract> : f32
  %v15 = arith.minnumf %v0, %arg0 fastmath<ninf> : f32
  %v16 = arith.subf %v3, %v10 fastmath<reassoc,contract> : f32
  return %v15, %v14 : f32, f32
}
func.func @f1(%arg0: i33, %arg1: f32, %arg2: f8E3M4, %arg3: i64) -> (i33, f32) {
  %v0 = arith.constant true
  %v1 = arith.constant 0 : i33
  %v2 = arith.select %v0, %v1, %arg0 : i33
  %v3 = arith.constant dense<true> : tensor<3xi1>
  %v4 = arith.constant dense<false> : tensor<0xi1>
  %v5:2 = func.call @f0(%arg1, %v0, %v3, %v4) : (f32, i1, tensor<3xi1>, tensor<0xi1>) -> (f32, f32)
  %v6 = arith.constant 63 : i64
  %v7 = arith.ceildivui %arg3, %v6 : i64
  %v8 = arith.cmpi slt, %v7, %arg3 : i64
  %v9 = arith.extui %v0 : i1 to i16
  %v10 = arith.constant 7.0 : f8E3M4
  %v11 = arith.divf %arg2, %v10 : f8E3M4
  %v12 = arith.extui %v4 : tensor<0xi1> to tensor<0xi8>
  %v13 = arith.extui %v4 : tensor<0xi1> to tensor<0xi16>
  %v14 = arith.trunci %v13 : tensor<0xi16> to tensor<0xi1>
  %v15 = arith.sitofp %arg3 : i64 to tf32
  return %v1, %arg1 : i33, f32
}
