// Random func/arith module, seed 39.
func.func @f0(%arg0: i64) -> (i64, i64, i64, vector<i1>) {
  %v0 = arith.constant -9223372036854775808 : i64
  %v1 = arith.maxsi %arg0, %v0 : i64
  %v2 = arith.constant -9223372036854775808 : i64
  %v3 = arith.maxsi %v1, %v2 : i64
  %v4 = arith.maxsi %v2, %arg0 : i64
  %v5 = arith.constant dense<7.0> : tensor<0xbf16>
  %v6 = arith.minnumf %v5, %v5 : tensor<0xbf16>
  %v7 = arith.maxsi %arg0, %v0 : i64
  %v8 = arith.constant 0 : i64
  %v9 = arith.subi %v7, %v8 : i64
  %v10 = arith.constant dense<true> : vector<i1>
  %v11 = arith.addi %v10, %v10 : vector<i1>
  %v12 = arith.shli %v1, %v9 : i64
  %v13 = arith.maxsi %v2, %arg0 : i64
  %v14 = arith.extf %v5 : tensor<0xbf16> to tensor<0xf32>
  %v15 = arith.maxsi %arg0, %v0 : i64
  %v16 = arith.muli %v10, %v10 : vector<i1>
  %v17 = arith.constant dense<[]> : tensor<0xbf16>
  %v18 = arith.remf %v17, %v5 : tensor<0xbf16>
  %v19 = arith.fptosi %v17 : tensor<0xbf16> to tensor<0xi32>
  %v20 = arith.constant -0.75 : f8E4M3FNUZ
  %v21 = arith.extf %v20 fastmath<nnan,ninf> : f8E4M3FNUZ to bf16
  return %v15, %v13, %v12, %v16 : i64, i64, i64, vector<i1>
}
func.func @f1(%arg0: f32, %arg1: index, %arg2: vector<index>, %arg3: i8) -> (index, f32, i8, i1) {
  %v0 = arith.constant 3.0 : f16
  %v1 = arith.fptoui %v0 : f16 to i128
  %v2 = arith.constant -9223372036854775808 : index
  %v3 = arith.shli %arg1, %v2 overflow<none> : index
  %v4 = arith.shli %arg1, %v2 overflow<none> : index
  %v5 = arith.shli %v2, %v4 overflow<nsw, nuw> : index
  %v6 = arith.constant -1164500760468792739 : index
  %v7 = arith.cmpi sle, %v2, %v6 : index
  %v8 = arith.constant 13 : i8
  %v9 = arith.divui %arg3, %v8 : i8
  %v10 = arith.constant 3068940711061384503 : index
  %v11 = arith.maxsi %arg1, %v10 : index
  %v12 = arith.shli %v2, %v4 overflow<nsw, nuw> : index
  %v13 = arith.constant 0x7E00 : f16
  %v14 = arith.fptoui %v13 : f16 to i33
  %v15 = arith.cmpf ult, %arg0, %arg0 : f32
  %v16 = arith.constant dense<0> : vector<index>
  %v17 = arith.constant dense<140737488355328> : vector<index>
  %v18 = arith.muli %v16, %v17 : vector<index>
  %v19 = arith.constant 0xFFC00000 : f32
  %v20 = arith.remf %v19, %arg0 fastmath<nnan> {tag = 0 : i64} : f32
  %v21 = arith.constant -0.0 : f32
  %v22 = arith.maxnumf %v21, %v20 : f32
  %v23 = arith.constant -0.0 : f32
  %v24 = arith.extf %v23 fastmath<ninf> : f32 to f80
  return %v12, %v22, %v8, %v15 : index, f32, i8, i1
}
func.func @f2(%arg0: vector<2xi1>, %arg1: tensor<0xi32>, %arg2: vector<4xi64>, %arg3: i64) -> vector<4xi64> {
  %v0 = arith.extsi %arg1 : tensor<0xi32> to tensor<0xi64>
  %v1 = arith.constant dense<9223372036854775807> : tensor<0xi64>
  %v2 = arith.cmpi eq, %v0, %v1 : tensor<0xi64>
  %v3 = arith.constant dense<-1> : tensor<0xi32>
  %v4 = arith.constant dense<[]> : tensor<0xi32>
  %v5 = arith.cmpi ne, %v3, %v4 : tensor<0xi32>
  %v6 = arith.constant 0x1B : f6E3M2FN
  %v7 = arith.constant 1.0 : f6E3M2FN
  %v8 = arith.mulf %v6, %v7 : f6E3M2FN
  %v9 = arith.constant dense<false> : vector<[4]xi1>
  %v10 = arith.cmpi uge, %v9, %v9 : vector<[4]xi1>
  %v11 = arith.constant dense<-1> : vector<4xi64>
  %v12 = arith.xori %arg2, %v11 : vector<4xi64>
  %v13 = arith.xori %v12, %v11 : vector<4xi64>
  %v14 = arith.constant dense<false> : vector<[4]xi1>
  %v15 = arith.xori %v10, %v14 : vector<[4]xi1>
  %v16 = arith.constant 100.0 : f6E3M2FN
  %v17 = arith.constant 0x1C : f6E3M2FN
  %v18 = arith.maximumf %v16, %v17 : f6E3M2FN
  %v19 = arith.constant -0.75 : f6E3M2FN
  %v20 = arith.maxnumf %v16, %v19 fastmath<nnan,ninf> : f6E3M2FN
  %v21 = arith.maxnumf %v20, %v17 fastmath<ninf> : f6E3M2FN
  %v22 = arith.constant 0x1E : f6E3M2FN
  %v23 = arith.negf %v22 : f6E3M2FN
  %v24 = arith.cmpi ne, %v3, %v4 : tensor<0xi32>
  %v25 = arith.constant 32 : i32
  %v26 = arith.constant -1 : i32
  %v27 = arith.cmpi uge, %v25, %v26 : i32
  %v28 = arith.extf %v16 fastmath<fast> : f6E3M2FN to f64
  %v29 = arith.constant 0x01 : f6E3M2FN
  %v30 = arith.minnumf %v29, %v23 fastmath<none> : f6E3M2FN
  %v31 = arith.floordivsi %v11, %arg2 : vector<4xi64>
  %v32 = arith.constant dense<-1> : tensor<0xi32>
  %v33 = arith.xori %arg1, %v32 : tensor<0xi32>
  %v34 = arith.xori %v33, %v32 : tensor<0xi32>
  %v35 = arith.maxsi %arg3, %arg3 : i64
  %v36 = arith.constant false
  %v37 = arith.divui %v27, %v36 exact : i1
  %v38 = arith.constant dense<1> : tensor<0xi32>
  %v39 = arith.ori %v33, %v38 : tensor<0xi32>
  %v40:2 = arith.addui_extended %v25, %v26 : i32, i1
  %v41 = arith.truncf %v21 : f6E3M2FN to f4E2M1FN
  %v42 = arith.constant dense<true> : tensor<0xi1>
  %v43 = arith.constant dense<[]> : tensor<0xi1>
  %v44 = arith.xori %v43, %v42 : tensor<0xi1>
  %v45 = arith.xori %v44, %v42 : tensor<0xi1>
  return %v31 : vector<4xi64>
}
