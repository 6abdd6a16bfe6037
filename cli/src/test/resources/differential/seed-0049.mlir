// Random func/arith module, seed 49.
func.func @f0(%arg0: vector<2xi8>, %arg1: f8E5M2) -> (f8E5M2, vector<2xi8>, vector<2xi8>) {
  %v0 = arith.subf %arg1, %arg1 fastmath<nnan> : f8E5M2
  %v1 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<4xf64>
  %v2 = arith.subf %v1, %v1 : vector<4xf64>
  %v3 = arith.subf %arg1, %arg1 fastmath<nnan> : f8E5M2
  %v4 = arith.maximumf %v0, %arg1 : f8E5M2
  %v5 = arith.divsi %arg0, %arg0 : vector<2xi8>
  %v6 = arith.constant dense<[8, -128]> : vector<2xi8>
  %v7:2 = arith.mului_extended %v6, %v5 : vector<2xi8>
  %v8 = arith.remsi %arg0, %v5 : vector<2xi8>
  return %v3, %v7#0, %v5 : f8E5M2, vector<2xi8>, vector<2xi8>
}
func.func @f1(%arg0: bf16, %arg1: i128, %arg2: tensor<3xindex>) -> (f8E5M2, f8E5M2FNUZ, i1) {
  %v0 = arith.constant 17 : i16
  %v1 = arith.constant 0 : i16
  %v2 = arith.shrsi %v0, %v1 : i16
  %v3 = arith.constant dense<[9223372036854775807, 2, 13]> : tensor<3xi64>
  %v4 = arith.constant dense<-2> : tensor<3xi64>
  %v5:2 = arith.mului_extended %v3, %v4 : tensor<3xi64>
  %v6 = arith.cmpi sge, %arg2, %arg2 : tensor<3xindex>
  %v7 = arith.constant dense<1> : tensor<3xindex>
  %v8 = arith.addi %arg2, %v7 : tensor<3xindex>
  %v9 = arith.constant dense<[5, -6, 2]> : tensor<3xindex>
  %v10 = arith.addi %v9, %v8 : tensor<3xindex>
  %v11 = arith.cmpi ult, %v7, %v8 : tensor<3xindex>
  %v12 = arith.constant -1 : index
  %v13 = arith.constant 1 : index
  %v14 = arith.divui %v12, %v13 : index
  %v15 = arith.constant false
  %v16 = arith.constant 1 : i32
  %v17 = arith.constant 1 : i32
  %v18 = arith.select %v15, %v16, %v17 : i32
  %v19 = arith.negf %arg0 : bf16
  %v20 = arith.negf %v19 : bf16
  %v21 = arith.constant -1.0 : bf16
  %v22 = arith.mulf %v19, %v21 fastmath<fast> : bf16
  %v23 = arith.cmpf olt, %v20, %v19 : bf16
  %v24 = arith.sitofp %v11 : tensor<3xi1> to tensor<3xf32>
  %v25 = arith.select %v15, %v16, %v17 : i32
  %v26 = arith.index_castui %arg2 : tensor<3xindex> to tensor<3xi1>
  %v27 = arith.constant dense<[0xFF800000, 0x007FFFFF, -0.75]> : tensor<3xf32>
  %v28 = arith.fptosi %v27 : tensor<3xf32> to tensor<3xi1>
  %v29 = arith.divf %v22, %arg0 : bf16
  %v30 = arith.constant false
  %v31 = arith.andi %v23, %v30 : i1
  %v32 = arith.sitofp %arg1 : i128 to f8E5M2FNUZ
  %v33 = arith.constant dense<127> : vector<2xi8>
  %v34 = arith.constant -0.0 : f8E5M2
  %v35:3 = func.call @f0(%v33, %v34) : (vector<2xi8>, f8E5M2) -> (f8E5M2, vector<2xi8>, vector<2xi8>)
  return %v35#0, %v32, %v31 : f8E5M2, f8E5M2FNUZ, i1
}
