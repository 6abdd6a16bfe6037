// Random func/arith module, seed 23.
func.func @f0(%arg0: tensor<3xi32>, %arg1: vector<2xi32>) -> (vector<2xi32>, tensor<3xi1>) {
  %v0 = arith.shrui %arg1, %arg1 : vector<2xi32>
  %v1 = arith.constant 0x00000000 : f32
  %v2 = arith.constant 7.0 : f32
  %v3 = arith.minimumf %v1, %v2 : f32
  %v4 = arith.constant dense<[31, 1765384195]> : vector<2xi32>
  %v5 = arith.constant dense<2147483647> : vector<2xi32>
  %v6 = arith.cmpi ne, %v4, %v5 : vector<2xi32>
  %v7 = arith.constant dense<11> : vector<2xi32>
  %v8 = arith.divsi %arg1, %v7 : vector<2xi32>
  %v9 = arith.constant dense<[31, 32, -2147483648]> : tensor<3xi32>
  %v10 = arith.divui %arg0, %v9 exact : tensor<3xi32>
  %v11 = arith.divsi %arg1, %v7 : vector<2xi32>
  %v12 = arith.constant dense<true> : vector<2xi1>
  %v13 = arith.select %v6, %v12, %v6 : vector<2xi1>, vector<2xi1>
  %v14 = arith.constant dense<[1, 128]> : vector<2xi32>
  %v15 = arith.shrui %v4, %v14 : vector<2xi32>
  %v16 = arith.constant dense<[-2102632704, -3]> : vector<2xi32>
  %v17 = arith.shrui %v16, %v7 exact : vector<2xi32>
  %v18 = arith.constant dense<2147483647> : vector<2xi32>
  %v19:2 = arith.mulsi_extended %v4, %v18 : vector<2xi32>
  %v20 = arith.divf %v2, %v1 : f32
  %v21 = arith.constant 0x01 : f8E4M3FN
  %v22 = arith.constant 0x80 : f8E4M3FN
  %v23 = arith.addf %v21, %v22 fastmath<ninf> : f8E4M3FN
  %v24 = arith.constant dense<-1> : tensor<3xi32>
  %v25 = arith.xori %v9, %v24 : tensor<3xi32>
  %v26 = arith.constant 0xFFC00000 : f32
  %v27 = arith.subf %v26, %v1 : f32
  %v28 = arith.constant dense<268435456> : tensor<3xi32>
  %v29:2 = arith.addui_extended %v9, %v28 : tensor<3xi32>, tensor<3xi1>
  %v30 = arith.constant dense<-1.0> : vector<4xbf16>
  %v31 = arith.fptosi %v30 : vector<4xbf16> to vector<4xi8>
  %v32 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v33 = arith.constant dense<false> : tensor<3xi1>
  %v34 = arith.divsi %v32, %v33 : tensor<3xi1>
  %v35 = arith.shrui %v4, %v14 : vector<2xi32>
  return %v7, %v32 : vector<2xi32>, tensor<3xi1>
}
func.func @f1(%arg0: f16, %arg1: vector<2xi8>, %arg2: f8E5M2) -> f8E5M2 {
  %v0 = arith.constant dense<[8, 3]> : vector<2xi8>
  %v1 = arith.remsi %arg1, %v0 : vector<2xi8>
  %v2 = arith.cmpi slt, %arg1, %v0 : vector<2xi8>
  %v3 = arith.constant dense<false> : vector<2xi1>
  %v4:2 = arith.mulsi_extended %v2, %v3 : vector<2xi1>
  %v5 = arith.constant 0x03FF : f16
  %v6 = arith.bitcast %v5 : f16 to bf16
  %v7:2 = arith.mulsi_extended %v2, %v3 : vector<2xi1>
  %v8 = arith.select %v3, %v1, %v0 : vector<2xi1>, vector<2xi8>
  %v9 = arith.constant dense<true> : vector<2xi1>
  %v10 = arith.extsi %v9 : vector<2xi1> to vector<2xi64>
  %v11 = arith.constant 0x1D2E : bf16
  %v12 = arith.constant -3.0e-05 : bf16
  %v13 = arith.subf %v11, %v12 fastmath<fast> : bf16
  %v14 = arith.constant 0x7E : f8E5M2
  %v15 = arith.minimumf %v14, %arg2 : f8E5M2
  %v16 = arith.minsi %arg1, %v1 : vector<2xi8>
  %v17 = arith.cmpf uno, %arg2, %arg2 fastmath<arcp,afn> : f8E5M2
  return %v15 : f8E5M2
}
func.func @f2(%arg0: f64) -> (tensor<2x2xi64>, f8E4M3) {
  %v0 = arith.constant dense<true> : tensor<2x2xi1>
  %v1 = arith.constant dense<true> : tensor<2x2xi1>
  %v2 = arith.cmpi ugt, %v0, %v1 : tensor<2x2xi1>
  %v3 = arith.cmpi ugt, %v0, %v1 : tensor<2x2xi1>
  %v4 = arith.extui %v0 : tensor<2x2xi1> to tensor<2x2xi16>
  %v5 = arith.constant dense<true> : tensor<2x2xi1>
  %v6 = arith.sitofp %v5 : tensor<2x2xi1> to tensor<2x2xf16>
  %v7 = arith.constant 7.0 : f64
  %v8 = arith.subf %arg0, %v7 : f64
  %v9 = arith.constant 0x0001 : f16
  %v10 = arith.constant dense<-128> : vector<2xi8>
  %v11 = arith.constant -1.0 : f8E5M2
  %v12 = func.call @f1(%v9, %v10, %v11) : (f16, vector<2xi8>, f8E5M2) -> f8E5M2
  %v13 = arith.cmpi ugt, %v0, %v1 : tensor<2x2xi1>
  %v14 = arith.constant 0x0000 : f16
  %v15 = arith.maxnumf %v14, %v14 : f16
  %v16 = arith.constant dense<[[0.1, -2.5], [0x00000001, 0x7F7FFFFF]]> : tensor<2x2xf32>
  %v17 = arith.fptosi %v16 : tensor<2x2xf32> to tensor<2x2xi64>
  %v18 = arith.bitcast %v12 : f8E5M2 to f8E4M3
  %v19 = arith.constant dense<[[-1, -9223372036854775808], [64, 0]]> : tensor<2x2xi64>
  %v20:2 = arith.addui_extended %v17, %v19 : tensor<2x2xi64>, tensor<2x2xi1>
  %v21 = arith.ceildivsi %v10, %v10 : vector<2xi8>
  %v22 = arith.constant dense<[-1, 4]> : vector<2xi8>
  %v23 = arith.minui %v22, %v21 : vector<2xi8>
  %v24 = arith.constant dense<4611686018427387904> : tensor<2x2xi64>
  %v25 = arith.constant dense<1> : tensor<2x2xi64>
  %v26 = arith.remui %v24, %v25 : tensor<2x2xi64>
  %v27 = arith.constant dense<true> : tensor<2x2xi1>
  %v28 = arith.subi %v0, %v27 overflow<nsw> : tensor<2x2xi1>
  return %v24, %v18 : tensor<2x2xi64>, f8E4M3
}
