// Random func/arith module, seed 180.
func.func @f0(%arg0: vector<4xf64>, %arg1: i1, %arg2: i16, %arg3: bf16) -> (vector<4xindex>, vector<4xindex>) {
  %v0 = arith.constant false
  %v1 = arith.minui %arg1, %v0 : i1
  %v2 = arith.constant 0x178A : bf16
  %v3 = arith.minimumf %arg3, %v2 : bf16
  %v4 = arith.cmpf olt, %arg0, %arg0 : vector<4xf64>
  %v5 = arith.constant dense<4.0> : vector<4xf64>
  %v6 = arith.cmpf false, %arg0, %v5 : vector<4xf64>
  %v7 = arith.addi %arg2, %arg2 : i16
  %v8 = arith.select %v1, %v3, %arg3 : bf16
  %v9 = arith.sitofp %v6 : vector<4xi1> to vector<4xf32>
  %v10 = arith.constant 0x611B : f16
  %v11 = arith.extf %v10 : f16 to f32
  %v12 = arith.constant 0x40000 : tf32
  %v13 = arith.negf %v12 : tf32
  %v14 = arith.negf %v13 : tf32
  %v15 = arith.constant dense<[[0x81B3E0056BD94C53, 7.0, 0xFFF8000000000000], [0x000FFFFFFFFFFFFF, 0x0010000000000000, 0x8000000000000000]]> : vector<2x3xf64>
  %v16 = arith.addf %v15, %v15 fastmath<nnan,ninf> : vector<2x3xf64>
  %v17 = arith.constant dense<1.0e+10> : vector<4xf32>
  %v18 = arith.constant dense<[2.0, 0xFFC00000, 0x00800000, 0x5641DFE1]> : vector<4xf32>
  %v19 = arith.addf %v17, %v18 fastmath<ninf> : vector<4xf32>
  %v20 = arith.constant dense<[-9223372036854775808, 9223372036854775807, -9223372036854775808]> : tensor<3xi64>
  %v21:2 = arith.mulsi_extended %v20, %v20 : tensor<3xi64>
  %v22 = arith.constant dense<true> : vector<4xi1>
  %v23 = arith.index_castui %v22 : vector<4xi1> to vector<4xindex>
  %v24 = arith.index_castui %v22 : vector<4xi1> to vector<4xindex>
  %v25 = arith.index_cast %v6 : vector<4xi1> to vector<4xindex>
  %v26 = arith.negf %v12 : tf32
  return %v25, %v25 : vector<4xindex>, vector<4xindex>
}
func.func @f1(%arg0: f8E3M4, %arg1: tensor<3xf16>) -> (i1, bf16, i1) {
  %v0 = arith.constant -9223372036854775808 : index
  %v1 = arith.shli %v0, %v0 : index
  %v2 = arith.constant dense<[0x0000000000000001, 0xFFF0000000000000, 0.5, 0x7FF0000000000000]> : vector<4xf64>
  %v3 = arith.constant true
  %v4 = arith.constant 0 : i16
  %v5 = arith.constant 0x7FC0 : bf16
  %v6:2 = func.call @f0(%v2, %v3, %v4, %v5) : (vector<4xf64>, i1, i16, bf16) -> (vector<4xindex>, vector<4xindex>)
  %v7 = arith.cmpf ugt, %arg0, %arg0 {tag = 1 : i64} : f8E3M4
  %v8:2 = func.call @f0(%v2, %v3, %v4, %v5) : (vector<4xf64>, i1, i16, bf16) -> (vector<4xindex>, vector<4xindex>)
  %v9 = arith.cmpf ugt, %arg0, %arg0 {tag = 1 : i64} : f8E3M4
  %v10 = arith.constant 0 : index
  %v11 = arith.ceildivsi %v10, %v1 : index
  %v12 = arith.constant dense<0x344C> : tensor<3xf16>
  %v13 = arith.minnumf %arg1, %v12 : tensor<3xf16>
  %v14 = arith.constant dense<0x0000000000000001> : vector<4xf64>
  %v15:2 = func.call @f0(%v14, %v7, %v4, %v5) : (vector<4xf64>, i1, i16, bf16) -> (vector<4xindex>, vector<4xindex>)
  %v16 = arith.subi %v3, %v7 : i1
  %v17 = arith.constant -1 : index
  %v18 = arith.cmpi ugt, %v11, %v17 : index
  return %v16, %v5, %v18 : i1, bf16, i1
}
