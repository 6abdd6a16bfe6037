// Random func/arith module, seed 195.
func.func @f0(%arg0: index, %arg1: i32) -> i1 {
  %v0 = arith.constant 4.0 : tf32
  %v1 = arith.fptosi %v0 : tf32 to i128
  %v2 = arith.constant true
  %v3 = arith.constant 11 : i32
  %v4 = arith.select %v2, %arg1, %v3 : i32
  %v5 = arith.remsi %arg0, %arg0 : index
  %v6 = arith.muli %arg1, %arg1 : i32
  %v7 = arith.constant 6 : i64
  %v8:2 = arith.mulsi_extended %v7, %v7 : i64
  %v9 = arith.constant -7 : i128
  %v10 = arith.addi %v1, %v9 : i128
  %v11 = arith.constant 170141183460469231731687303715884105727 : i128
  %v12 = arith.addi %v11, %v10 : i128
  %v13 = arith.select %v2, %arg1, %v6 : i32
  %v14:2 = arith.mulsi_extended %v7, %v7 : i64
  %v15:2 = arith.mulsi_extended %v7, %v7 : i64
  %v16 = arith.cmpi sle, %v7, %v14#0 : i64
  %v17 = arith.constant false
  %v18 = arith.uitofp %v17 : i1 to f8E4M3B11FNUZ
  %v19 = arith.constant dense<false> : vector<[4]xi1>
  %v20 = arith.constant dense<true> : vector<[4]xi1>
  %v21:2 = arith.mului_extended %v19, %v20 : vector<[4]xi1>
  %v22 = arith.cmpi slt, %v5, %v5 : index
  %v23 = arith.constant 1.0 : tf32
  %v24 = arith.mulf %v0, %v23 : tf32
  %v25 = arith.addi %v11, %v10 : i128
  %v26 = arith.uitofp %v17 : i1 to f8E4M3B11FNUZ
  %v27 = arith.constant 0.1 : tf32
  %v28 = arith.negf %v27 : tf32
  %v29 = arith.cmpi eq, %arg0, %v5 : index
  return %v22 : i1
}
func.func @f1(%arg0: tensor<2x2xindex>, %arg1: i32, %arg2: f8E4M3FN, %arg3: f64) -> (f8E4M3FN, i8) {
  %v0 = arith.constant false
  %v1 = arith.constant true
  %v2 = arith.cmpi ule, %v0, %v1 : i1
  %v3 = arith.select %v2, %v1, %v0 : i1
  %v4 = arith.constant 0x38 : f8E4M3FN
  %v5 = arith.constant 0.5 : f8E4M3FN
  %v6 = arith.maximumf %v4, %v5 fastmath<nnan> : f8E4M3FN
  %v7 = arith.constant 0 : i8
  %v8 = arith.ceildivui %v7, %v7 : i8
  %v9 = arith.constant dense<[[0, 1], [63, -5216233070359441746]]> : tensor<2x2xindex>
  %v10 = arith.remui %v9, %arg0 : tensor<2x2xindex>
  %v11 = arith.maximumf %v4, %v5 fastmath<nnan> : f8E4M3FN
  %v12 = arith.constant true
  %v13 = arith.constant -4 : index
  %v14 = arith.select %v12, %v13, %v13 : index
  %v15 = arith.constant 0.5 : f64
  %v16 = arith.minimumf %v15, %v15 : f64
  %v17 = arith.index_cast %v14 : index to i8
  %v18 = arith.constant 5364 : i16
  %v19 = arith.constant 1 : i16
  %v20 = arith.ceildivsi %v18, %v19 : i16
  %v21 = arith.shli %arg1, %arg1 : i32
  return %v11, %v8 : f8E4M3FN, i8
}
