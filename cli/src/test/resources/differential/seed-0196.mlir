// Random func/arith module, seed 196.
func.func @f0(%arg0: i33, %arg1: f8E5M2FNUZ, %arg2: tensor<0xi1>) -> (tensor<0xi1>, tensor<0xi1>) {
  %v0 = arith.constant 100.0 : f8E5M2FNUZ
  %v1 = arith.constant 0xF4 : f8E5M2FNUZ
  %v2 = arith.cmpf oge, %v0, %v1 : f8E5M2FNUZ
  %v3 = arith.constant 1414817964 : i33
  %v4 = arith.divsi %arg0, %v3 : i33
  %v5 = arith.constant -2.5 : f8E5M2FNUZ
  %v6 = arith.mulf %v1, %v5 : f8E5M2FNUZ
  %v7 = arith.constant dense<false> : tensor<0xi1>
  %v8 = arith.sitofp %v7 : tensor<0xi1> to tensor<0xf16>
  %v9 = arith.constant dense<false> : tensor<0xi1>
  %v10 = arith.andi %arg2, %v9 : tensor<0xi1>
  %v11 = arith.constant dense<[]> : tensor<0xi1>
  %v12 = arith.andi %v10, %v11 : tensor<0xi1>
  %v13 = arith.andi %arg2, %v9 : tensor<0xi1>
  %v14 = arith.constant 0x01 : f8E5M2FNUZ
  %v15 = arith.minnumf %v14, %v5 fastmath<ninf> : f8E5M2FNUZ
  %v16 = arith.constant 0x00 : f8E5M2FNUZ
  %v17 = arith.minnumf %arg1, %v16 : f8E5M2FNUZ
  %v18 = arith.divf %v1, %arg1 fastmath<none> {tag = 1 : i64} : f8E5M2FNUZ
  %v19 = arith.sitofp %v7 : tensor<0xi1> to tensor<0xf16>
  %v20 = arith.constant 10 : i33
  %v21 = arith.shli %v20, %v4 overflow<nsw> : i33
  %v22 = arith.fptoui %v19 : tensor<0xf16> to tensor<0xi32>
  %v23 = arith.shrsi %v11, %arg2 : tensor<0xi1>
  %v24 = arith.negf %v0 : f8E5M2FNUZ
  %v25 = arith.constant -1 : i33
  %v26 = arith.constant -2111938298 : i33
  %v27 = arith.ceildivui %v25, %v26 : i33
  %v28 = arith.constant dense<true> : tensor<0xi1>
  %v29 = arith.constant dense<false> : tensor<0xi1>
  %v30 = arith.ori %v28, %v29 : tensor<0xi1>
  %v31 = arith.andi %v10, %v11 : tensor<0xi1>
  %v32 = arith.muli %v7, %v29 overflow<nsw, nuw> : tensor<0xi1>
  %v33 = arith.cmpi sge, %v31, %arg2 : tensor<0xi1>
  %v34 = arith.constant dense<[]> : tensor<0xi1>
  %v35 = arith.subi %v33, %v34 : tensor<0xi1>
  %v36 = arith.constant dense<true> : tensor<0xi1>
  %v37 = arith.subi %v35, %v36 : tensor<0xi1>
  %v38 = arith.remui %v13, %v31 : tensor<0xi1>
  %v39 = arith.negf %v1 : f8E5M2FNUZ
  %v40 = arith.remui %v13, %v31 {tag = 1 : i64} : tensor<0xi1>
  return %v23, %v33 : tensor<0xi1>, tensor<0xi1>
}
func.func @f1(%arg0: f64, %arg1: bf16, %arg2: vector<[4]xi64>, %arg3: i1) -> i33 {
  %v0 = arith.constant dense<64> : vector<[4]xi64>
  %v1 = arith.floordivsi %arg2, %v0 : vector<[4]xi64>
  %v2 = arith.constant dense<9> : vector<[4]xi64>
  %v3 = arith.maxsi %v2, %v1 : vector<[4]xi64>
  %v4 = arith.sitofp %v3 : vector<[4]xi64> to vector<[4]xf32>
  %v5 = arith.fptoui %v4 : vector<[4]xf32> to vector<[4]xi64>
  %v6 = arith.constant -1 : i64
  %v7 = arith.sitofp %arg3 : i1 to f64
  %v8 = arith.fptoui %v7 : f64 to i1
  %v9 = arith.constant 1 : i64
  %v10 = arith.ori %v6, %v9 : i64
  %v11 = arith.constant true
  %v12 = arith.constant 1 : i64
  %v13 = arith.select %v11, %v12, %v9 : i64
  %v14 = arith.constant -1 : i8
  %v15 = arith.constant 127 : i8
  %v16 = arith.xori %v15, %v14 : i8
  %v17 = arith.xori %v16, %v14 : i8
  %v18 = arith.constant dense<1> : vector<[4]xi64>
  %v19 = arith.ceildivsi %v18, %v3 : vector<[4]xi64>
  %v20 = arith.constant -2147483648 : i32
  %v21 = arith.trunci %v20 overflow<nuw> : i32 to i16
  %v22 = arith.constant 0xBF80 : bf16
  %v23 = arith.maxnumf %arg1, %v22 : bf16
  %v24 = arith.fptoui %v7 : f64 to i33
  %v25 = arith.constant dense<0xFF800000> : vector<[4]xf32>
  %v26 = arith.mulf %v4, %v25 : vector<[4]xf32>
  %v27 = arith.ori %v9, %v6 : i64
  %v28 = arith.constant dense<true> : vector<[4]xi1>
  %v29 = arith.constant dense<0> : vector<[4]xi64>
  %v30 = arith.constant dense<-3041903720942243660> : vector<[4]xi64>
  %v31 = arith.select %v28, %v29, %v30 {tag = 0 : i64} : vector<[4]xi1>, vector<[4]xi64>
  %v32 = arith.constant true
  %v33 = arith.cmpi ule, %v32, %arg3 : i1
  %v34 = arith.constant dense<1> : vector<i16>
  %v35 = arith.shrsi %v34, %v34 : vector<i16>
  %v36 = arith.constant 7 : i33
  %v37 = arith.maxui %v24, %v36 : i33
  %v38 = arith.constant -9088141752991940515 : i64
  %v39:2 = arith.mului_extended %v38, %v10 : i64
  return %v37 : i33
}
