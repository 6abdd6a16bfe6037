// Random func/arith module, seed 133.
func.func @f0(%arg0: tensor<3xindex>, %arg1: i128, %arg2: index) -> (i128, i1, i128) {
  %v0 = arith.constant 0x6DD4E93D06FDF9625426 : f80
  %v1 = arith.subf %v0, %v0 : f80
  %v2 = arith.constant 0 : index
  %v3 = arith.ceildivsi %arg2, %v2 : index
  %v4 = arith.constant 0xBFFF0000000000000000 : f80
  %v5 = arith.truncf %v4 : f80 to f8E5M2
  %v6 = arith.constant 129 : i128
  %v7 = arith.cmpi sgt, %arg1, %v6 : i128
  %v8 = arith.constant 128 : i128
  %v9 = arith.select %v7, %arg1, %v8 : i128
  %v10 = arith.constant dense<16384> : tensor<3xindex>
  %v11 = arith.index_cast %v10 : tensor<3xindex> to tensor<3xi8>
  %v12 = arith.constant 16 : i8
  %v13 = arith.constant 1 : i8
  %v14 = arith.xori %v12, %v13 : i8
  return %v9, %v7, %v9 : i128, i1, i128
}
func.func @f1(%arg0: bf16, %arg1: vector<2xindex>) -> (bf16, vector<4xf16>) {
  %v0 = arith.negf %arg0 : bf16
  %v1 = arith.negf %v0 fastmath<nsz> : bf16
  %v2 = arith.constant dense<[12, -8, 3]> : tensor<3xindex>
  %v3 = arith.constant 128 : i128
  %v4 = arith.constant 65 : index
  %v5:3 = func.call @f0(%v2, %v3, %v4) : (tensor<3xindex>, i128, index) -> (i128, i1, i128)
  %v6 = arith.constant dense<-1> : tensor<3xindex>
  %v7 = arith.minui %v6, %v2 : tensor<3xindex>
  %v8 = arith.remf %arg0, %v0 : bf16
  %v9 = arith.constant 9223372036854775807 : index
  %v10 = arith.addi %v9, %v9 overflow<nsw> : index
  %v11 = arith.subf %v1, %v0 : bf16
  %v12 = arith.ori %v3, %v5#0 : i128
  %v13 = arith.shli %v5#1, %v5#1 overflow<none> : i1
  %v14 = arith.constant 0x007F : bf16
  %v15 = arith.constant 0x32C0 : bf16
  %v16 = arith.cmpf uge, %v14, %v15 : bf16
  %v17 = arith.addi %v9, %v9 overflow<nsw> : index
  %v18 = arith.constant -9223372036854775808 : index
  %v19 = arith.select %v13, %v18, %v4 : index
  %v20 = arith.divui %v5#1, %v13 : i1
  %v21 = arith.constant dense<false> : vector<4xi1>
  %v22 = arith.constant dense<[0xEABB, 0x03FF, 0x7C00, 0x0400]> : vector<4xf16>
  %v23 = arith.select %v21, %v22, %v22 : vector<4xi1>, vector<4xf16>
  %v24 = arith.constant dense<6> : tensor<3xindex>
  %v25:3 = func.call @f0(%v24, %v3, %v19) : (tensor<3xindex>, i128, index) -> (i128, i1, i128)
  %v26 = arith.negf %arg0 : bf16
  %v27 = arith.constant dense<[-9223372036854775808, 1]> : vector<2xindex>
  %v28 = arith.index_castui %v27 : vector<2xindex> to vector<2xi16>
  %v29 = arith.addi %v27, %v27 : vector<2xindex>
  %v30 = arith.constant 0x47 : f8E3M4
  %v31 = arith.constant 0x10 : f8E3M4
  %v32 = arith.cmpf ole, %v30, %v31 fastmath<nnan,ninf> : f8E3M4
  return %v15, %v23 : bf16, vector<4xf16>
}
func.func @f2(%arg0: i8, %arg1: i8) -> i8 {
  %v0 = arith.muli %arg1, %arg1 : i8
  %v1 = arith.constant 2 : i8
  %v2 = arith.xori %arg1, %v1 : i8
  %v3 = arith.constant 0x00 : f8E3M4
  %v4 = arith.extf %v3 : f8E3M4 to f128
  %v5 = arith.extsi %v2 : i8 to i16
  %v6 = arith.trunci %v5 : i16 to i8
  %v7 = arith.extsi %v2 : i8 to i16
  %v8 = arith.constant 32767 : i16
  %v9 = arith.divui %v8, %v5 : i16
  %v10 = arith.cmpi ne, %arg1, %v1 : i8
  %v11 = arith.constant -1.0 : f128
  %v12 = arith.remf %v11, %v11 : f128
  %v13 = arith.bitcast %v3 : f8E3M4 to f8E5M2
  %v14 = arith.cmpf ogt, %v3, %v3 : f8E3M4
  %v15 = arith.addi %v1, %v0 overflow<nuw> : i8
  %v16 = arith.xori %arg0, %arg1 {tag = 1 : i64} : i8
  %v17 = arith.constant 0x3C : f8E5M2
  %v18 = arith.minnumf %v17, %v13 fastmath<nnan,ninf> : f8E5M2
  %v19 = arith.constant true
  %v20 = arith.cmpi ule, %v19, %v19 : i1
  %v21 = arith.trunci %v5 : i16 to i8
  return %v15 : i8
}
