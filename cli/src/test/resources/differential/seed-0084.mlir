// Random func/arith module, seed 84.
func.func @f0(%arg0: index, %arg1: vector<2x3xi64>, %arg2: i32, %arg3: vector<2x3xi1>) -> (vector<2x3xi32>, index, vector<2x3xi32>, vector<2x3xi32>) {
  %v0 = arith.constant 0x38 : f8E4M3FNUZ
  %v1 = arith.cmpf ogt, %v0, %v0 : f8E4M3FNUZ
  %v2 = arith.constant 2147483647 : i32
  %v3 = arith.constant 9 : i32
  %v4 = arith.minui %v2, %v3 : i32
  %v5 = arith.constant 9223372036854775807 : index
  %v6 = arith.ceildivsi %arg0, %v5 : index
  %v7 = arith.sitofp %arg3 : vector<2x3xi1> to vector<2x3xf16>
  %v8 = arith.select %v1, %arg3, %arg3 : vector<2x3xi1>
  %v9 = arith.sitofp %arg3 : vector<2x3xi1> to vector<2x3xf16>
  %v10 = arith.constant dense<true> : vector<2x3xi1>
  %v11 = arith.extsi %v10 : vector<2x3xi1> to vector<2x3xi64>
  %v12 = arith.constant 0 : i8
  %v13 = arith.index_castui %v12 : i8 to index
  %v14 = arith.constant dense<0x03FF> : vector<2x3xf16>
  %v15 = arith.fptosi %v14 : vector<2x3xf16> to vector<2x3xi32>
  %v16 = arith.minui %v2, %arg2 : i32
  %v17 = arith.constant 1 : i64
  %v18:2 = arith.mulsi_extended %v17, %v17 : i64
  %v19 = arith.constant dense<0xAECA> : vector<2x3xf16>
  %v20 = arith.negf %v19 fastmath<arcp,afn> : vector<2x3xf16>
  %v21 = arith.maxnumf %v7, %v14 fastmath<ninf> : vector<2x3xf16>
  %v22 = arith.fptosi %v21 : vector<2x3xf16> to vector<2x3xi32>
  %v23 = arith.cmpf olt, %v7, %v21 : vector<2x3xf16>
  %v24 = arith.constant -0.0 : f16
  %v25 = arith.truncf %v24 fastmath<nnan,ninf> : f16 to f8E5M2
  %v26 = arith.minimumf %v0, %v0 fastmath<nnan> : f8E4M3FNUZ
  %v27 = arith.constant 0 : i64
  %v28 = arith.divui %v27, %v18#1 : i64
  %v29 = arith.addi %v22, %v22 : vector<2x3xi32>
  %v30 = arith.constant 7.0 : f8E5M2
  %v31 = arith.constant 1.0 : f8E5M2
  %v32 = arith.remf %v30, %v31 fastmath<fast> : f8E5M2
  %v33 = arith.constant -7 : index
  %v34 = arith.addi %v33, %v6 : index
  %v35 = arith.constant dense<[[268435456, 4398046511104, 1], [-9223372036854775808, 1, -1]]> : vector<2x3xi64>
  %v36 = arith.cmpi sge, %v35, %arg1 : vector<2x3xi64>
  %v37 = arith.constant dense<10> : vector<2x3xi32>
  %v38 = arith.addi %v37, %v22 overflow<nsw> : vector<2x3xi32>
  return %v29, %v34, %v29, %v29 : vector<2x3xi32>, index, vector<2x3xi32>, vector<2x3xi32>
}
func.func @f1(%arg0: f8E4M3, %arg1: tensor<3xf16>, %arg2: f32) -> (tensor<3xi16>, tensor<3xi16>, i8) {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.constant 65 : index
  %v2 = arith.maxsi %v0, %v1 : index
  %v3 = arith.cmpf ule, %arg2, %arg2 fastmath<nnan,ninf> : f32
  %v4 = arith.fptosi %arg1 : tensor<3xf16> to tensor<3xi16>
  %v5 = arith.constant dense<0x3F80> : vector<2xbf16>
  %v6 = arith.cmpf olt, %v5, %v5 : vector<2xbf16>
  %v7 = arith.constant -2 : i64
  %v8 = arith.constant 8 : i64
  %v9:2 = arith.addui_extended %v7, %v8 : i64, i1
  %v10 = arith.cmpf olt, %v5, %v5 : vector<2xbf16>
  %v11 = arith.fptosi %arg0 : f8E4M3 to i8
  %v12 = arith.constant 0 : i8
  %v13 = arith.extsi %v12 : i8 to i128
  %v14 = arith.constant true
  %v15 = arith.select %v14, %v4, %v4 : tensor<3xi16>
  %v16 = arith.constant dense<true> : vector<2xi1>
  %v17 = arith.constant dense<false> : vector<2xi1>
  %v18 = arith.floordivsi %v16, %v17 : vector<2xi1>
  return %v15, %v15, %v11 : tensor<3xi16>, tensor<3xi16>, i8
}
func.func @f2(%arg0: f8E4M3, %arg1: vector<2x3xbf16>, %arg2: i16, %arg3: f8E3M4) -> (i16, i128, i128, i128) {
  %v0 = arith.constant -28676 : i16
  %v1 = arith.divsi %arg2, %v0 : i16
  %v2 = arith.constant true
  %v3 = arith.constant 0 : i16
  %v4 = arith.select %v2, %v3, %arg2 : i16
  %v5 = arith.select %v2, %v3, %arg2 : i16
  %v6 = arith.uitofp %v4 : i16 to f8E4M3FN
  %v7 = arith.divsi %arg2, %v0 : i16
  %v8 = arith.constant -23200 : i16
  %v9 = arith.cmpi ugt, %v8, %v0 : i16
  %v10 = arith.extui %v5 : i16 to i128
  %v11 = arith.index_cast %v8 : i16 to index
  %v12 = arith.ceildivui %arg2, %v1 : i16
  %v13 = arith.andi %v0, %v7 : i16
  return %v12, %v10, %v10, %v10 : i16, i128, i128, i128
}
