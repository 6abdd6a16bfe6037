// Random func/arith module, seed 111.
func.func @f0(%arg0: i8, %arg1: index, %arg2: vector<2x3xi1>) -> i1 {
  %v0 = arith.constant dense<-635552501> : tensor<3xi32>
  %v1 = arith.constant dense<-2147483648> : tensor<3xi32>
  %v2 = arith.xori %v0, %v1 : tensor<3xi32>
  %v3 = arith.constant dense<3.0> : vector<f32>
  %v4 = arith.constant dense<0x3F800000> : vector<f32>
  %v5 = arith.remf %v3, %v4 fastmath<ninf> : vector<f32>
  %v6 = arith.index_cast %arg2 : vector<2x3xi1> to vector<2x3xindex>
  %v7 = arith.constant dense<[[false, false, false], [false, false, true]]> : vector<2x3xi1>
  %v8 = arith.constant dense<4> : vector<2x3xi8>
  %v9 = arith.constant dense<-128> : vector<2x3xi8>
  %v10 = arith.select %v7, %v8, %v9 : vector<2x3xi1>, vector<2x3xi8>
  %v11 = arith.index_cast %arg2 : vector<2x3xi1> to vector<2x3xindex>
  %v12 = arith.constant dense<68719476736> : vector<2x3xindex>
  %v13 = arith.ceildivsi %v6, %v12 : vector<2x3xindex>
  %v14 = arith.constant dense<0.1> : vector<f32>
  %v15 = arith.constant dense<0xBF800000> : vector<f32>
  %v16 = arith.maximumf %v14, %v15 : vector<f32>
  %v17 = arith.constant 127 : i8
  %v18 = arith.divsi %arg0, %v17 {tag = 0 : i64} : i8
  %v19 = arith.index_castui %v7 : vector<2x3xi1> to vector<2x3xindex>
  %v20 = arith.constant dense<-8> : tensor<3xi8>
  %v21 = arith.extui %v20 : tensor<3xi8> to tensor<3xi16>
  %v22 = arith.trunci %v21 : tensor<3xi16> to tensor<3xi8>
  %v23 = arith.constant 9223372036854775807 : index
  %v24 = arith.cmpi slt, %arg1, %v23 : index
  return %v24 : i1
}
func.func @f1(%arg0: bf16, %arg1: i64) -> (i1, i64) {
  %v0 = arith.constant 0x0001 : bf16
  %v1 = arith.minimumf %arg0, %v0 : bf16
  %v2 = arith.trunci %arg1 overflow<nsw> : i64 to i7
  %v3 = arith.ori %arg1, %arg1 : i64
  %v4 = arith.constant 8 : i7
  %v5 = arith.muli %v2, %v4 overflow<nsw, nuw> : i7
  %v6 = arith.constant 0x0080 : bf16
  %v7 = arith.constant -2.5 : bf16
  %v8 = arith.cmpf ole, %v6, %v7 : bf16
  %v9 = arith.trunci %arg1 overflow<nsw> : i64 to i7
  %v10 = arith.constant dense<0> : tensor<0xi32>
  %v11 = arith.constant dense<32> : tensor<0xi32>
  %v12 = arith.ori %v10, %v11 : tensor<0xi32>
  %v13 = arith.constant true
  %v14 = arith.constant 0x0000000000000001 : f64
  %v15 = arith.select %v13, %v14, %v14 : f64
  %v16 = arith.constant 7751143046057747161 : i64
  %v17 = arith.constant 5355855705519918908 : i64
  %v18 = arith.floordivsi %v16, %v17 : i64
  %v19 = arith.xori %v4, %v5 : i7
  %v20 = arith.cmpf uno, %arg0, %v1 : bf16
  %v21 = arith.constant -1.0 : f6E2M3FN
  %v22 = arith.addf %v21, %v21 : f6E2M3FN
  %v23 = arith.constant dense<-1.0> : tensor<0xbf16>
  %v24 = arith.constant dense<0x0000> : tensor<0xbf16>
  %v25 = arith.cmpf ord, %v23, %v24 : tensor<0xbf16>
  %v26 = arith.constant 9223372036854775808 : i64
  %v27 = arith.minsi %v17, %v26 : i64
  %v28 = arith.maximumf %arg0, %v1 : bf16
  %v29 = arith.trunci %arg1 overflow<nsw> : i64 to i7
  %v30 = arith.maximumf %v1, %arg0 : bf16
  %v31 = arith.cmpf ueq, %arg0, %v28 {tag = 1 : i64} : bf16
  %v32 = arith.constant 9223372036854775807 : i64
  %v33 = arith.shrui %v3, %v32 : i64
  %v34 = arith.extsi %arg1 : i64 to i128
  return %v31, %v33 : i1, i64
}
func.func @f2(%arg0: index, %arg1: i8) -> (i128, index, i64) {
  %v0 = arith.constant 1 : index
  %v1 = arith.subi %arg0, %v0 overflow<none> : index
  %v2 = arith.subi %arg0, %v0 overflow<none> : index
  %v3 = arith.extsi %arg1 {tag = 0 : i64} : i8 to i64
  %v4 = arith.constant 0 : i8
  %v5 = arith.extsi %v4 : i8 to i64
  %v6 = arith.cmpi sge, %v3, %v5 : i64
  %v7 = arith.index_cast %v1 : index to i128
  %v8 = arith.constant 1 : i64
  %v9 = arith.constant 1 : i64
  %v10 = arith.divui %v8, %v9 : i64
  %v11 = arith.divui %v2, %arg0 : index
  %v12 = arith.constant true
  %v13 = arith.select %v6, %v12, %v12 : i1
  return %v7, %v11, %v10 : i128, index, i64
}
