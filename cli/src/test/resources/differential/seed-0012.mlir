// Random func/arith module, seed 12.
func.func @f0(%arg0: tensor<3xi8>) -> tensor<3xf64> {
  %v0 = arith.remsi %arg0, %arg0 : tensor<3xi8>
  %v1 = arith.remsi %arg0, %arg0 : tensor<3xi8>
  %v2 = arith.constant dense<-1> : tensor<3xi8>
  %v3 = arith.constant dense<15> : tensor<3xi8>
  %v4 = arith.minsi %v2, %v3 : tensor<3xi8>
  %v5 = arith.cmpi ne, %v1, %arg0 : tensor<3xi8>
  %v6 = arith.select %v5, %arg0, %v1 : tensor<3xi1>, tensor<3xi8>
  %v7 = arith.constant dense<1> : tensor<3xi8>
  %v8 = arith.index_castui %v7 : tensor<3xi8> to tensor<3xindex>
  %v9 = arith.addi %arg0, %v2 : tensor<3xi8>
  %v10 = arith.constant dense<false> : tensor<3xi1>
  %v11 = arith.ori %v5, %v10 : tensor<3xi1>
  %v12 = arith.uitofp %v1 : tensor<3xi8> to tensor<3xf64>
  %v13 = arith.minsi %v3, %v2 : tensor<3xi8>
  %v14 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : tensor<3xf64>
  %v15 = arith.maxnumf %v14, %v12 : tensor<3xf64>
  return %v12 : tensor<3xf64>
}
func.func @f1(%arg0: f8E4M3) -> (index, i1) {
  %v0 = arith.constant -8 : i32
  %v1 = arith.constant 33554432 : i32
  %v2 = arith.ori %v0, %v1 : i32
  %v3 = arith.constant 0 : i32
  %v4 = arith.ori %v3, %v2 : i32
  %v5 = arith.constant 100.0 : f8E4M3
  %v6 = arith.maximumf %v5, %arg0 : f8E4M3
  %v7 = arith.constant 0xFE : f8E5M2
  %v8 = arith.negf %v7 : f8E5M2
  %v9 = arith.fptoui %v6 : f8E4M3 to i33
  %v10 = arith.constant true
  %v11 = arith.constant false
  %v12 = arith.cmpi sgt, %v10, %v11 : i1
  %v13 = arith.constant -1 : i33
  %v14 = arith.index_castui %v13 : i33 to index
  %v15 = arith.constant 0x7C : f8E4M3
  %v16 = arith.addf %arg0, %v15 : f8E4M3
  %v17 = arith.cmpf uge, %v6, %v15 : f8E4M3
  %v18 = arith.uitofp %v11 : i1 to f8E4M3FN
  %v19 = arith.index_castui %v13 : i33 to index
  %v20 = arith.constant 0x08 : f8E4M3FN
  %v21 = arith.constant 2.0 : f8E4M3FN
  %v22 = arith.cmpf uge, %v20, %v21 fastmath<ninf> : f8E4M3FN
  %v23 = arith.index_castui %v13 : i33 to index
  %v24 = arith.ori %v3, %v2 : i32
  %v25 = arith.constant 33 : i32
  %v26 = arith.floordivsi %v0, %v25 : i32
  return %v19, %v17 : index, i1
}
