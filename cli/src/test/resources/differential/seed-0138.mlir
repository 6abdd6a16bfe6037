// Random func/arith module, seed 138.
func.func @f0(%arg0: f8E5M2FNUZ) -> index {
  %v0 = arith.constant -3 : index
  %v1 = arith.index_cast %v0 : index to i16
  %v2 = arith.constant 10 : i16
  %v3 = arith.index_cast %v2 : i16 to index
  %v4 = arith.constant 4 : i64
  %v5:2 = arith.mului_extended %v4, %v4 : i64
  %v6 = arith.divsi %v3, %v0 exact : index
  %v7 = arith.floordivsi %v1, %v1 : i16
  %v8 = arith.constant 9223372036854775807 : index
  %v9 = arith.ceildivsi %v8, %v3 : index
  %v10 = arith.index_cast %v2 : i16 to index
  %v11 = arith.ori %v6, %v10 : index
  %v12 = arith.ceildivsi %v4, %v5#0 : i64
  %v13 = arith.extui %v2 : i16 to i64
  return %v6 : index
}
func.func @f1(%arg0: f16, %arg1: f64) -> (i8, i8, i8) {
  %v0 = arith.constant -74 : i8
  %v1 = arith.constant 1 : i8
  %v2 = arith.shli %v0, %v1 : i8
  %v3 = arith.constant 32 : i8
  %v4 = arith.constant 122 : i8
  %v5 = arith.ori %v3, %v4 : i8
  %v6 = arith.remui %v1, %v0 : i8
  %v7 = arith.shli %v0, %v1 : i8
  %v8 = arith.floordivsi %v3, %v4 : i8
  %v9 = arith.ori %v4, %v3 : i8
  %v10 = arith.ori %v4, %v3 : i8
  return %v8, %v10, %v7 : i8, i8, i8
}
func.func @f2(%arg0: f8E5M2, %arg1: i7, %arg2: tensor<3xi1>, %arg3: f32) -> (index, i1) {
  %v0 = arith.constant 4.0 : f8E5M2
  %v1 = arith.minnumf %v0, %arg0 : f8E5M2
  %v2 = arith.minnumf %arg0, %v0 : f8E5M2
  %v3 = arith.xori %arg1, %arg1 : i7
  %v4 = arith.constant dense<9223372036854775807> : vector<2x3xi64>
  %v5 = arith.constant dense<[[0, 8, 7], [1, -2, -2]]> : vector<2x3xi64>
  %v6:2 = arith.mulsi_extended %v4, %v5 : vector<2x3xi64>
  %v7 = arith.constant 0x7E00 : f16
  %v8 = arith.constant 0x8000000000000000 : f64
  %v9:3 = func.call @f1(%v7, %v8) : (f16, f64) -> (i8, i8, i8)
  %v10 = arith.constant dense<0x0F148918748989C2> : vector<4xf64>
  %v11 = arith.negf %v10 : vector<4xf64>
  %v12 = arith.constant -8 : i8
  %v13 = arith.maxui %v9#0, %v12 : i8
  %v14 = arith.constant true
  %v15 = arith.constant 0x7FC00000 : f32
  %v16 = arith.select %v14, %v15, %arg3 : f32
  %v17 = arith.minimumf %v0, %arg0 : f8E5M2
  %v18 = arith.constant 0x7F7FFFFF : f32
  %v19 = arith.divf %v18, %v16 : f32
  %v20 = arith.constant dense<false> : tensor<3xi1>
  %v21 = arith.extui %v20 : tensor<3xi1> to tensor<3xi32>
  %v22 = arith.constant -0.75 : bf16
  %v23 = arith.constant -0.75 : bf16
  %v24 = arith.divf %v22, %v23 fastmath<ninf> : bf16
  %v25 = arith.constant 0x80 : f8E5M2FNUZ
  %v26 = func.call @f0(%v25) : (f8E5M2FNUZ) -> index
  %v27 = func.call @f0(%v25) : (f8E5M2FNUZ) -> index
  %v28 = arith.shrsi %v13, %v9#2 : i8
  %v29 = arith.constant 0 : index
  %v30 = arith.cmpi ne, %v29, %v27 : index
  %v31 = arith.constant 0x04 : f8E5M2FNUZ
  %v32 = arith.constant 0.0 : f8E5M2FNUZ
  %v33 = arith.minnumf %v31, %v32 : f8E5M2FNUZ
  %v34 = arith.constant 13 : index
  %v35 = arith.divsi %v29, %v34 : index
  %v36 = arith.addf %v8, %v8 fastmath<arcp,afn> : f64
  %v37 = arith.constant dense<-1> : vector<2x3xi64>
  %v38 = arith.select %v30, %v37, %v37 : vector<2x3xi64>
  %v39 = arith.index_castui %v9#1 : i8 to index
  return %v26, %v30 : index, i1
}
