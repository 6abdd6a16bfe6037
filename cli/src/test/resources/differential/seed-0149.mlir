// Random func/arith module, seed 149.
func.func @f0(%arg0: f32, %arg1: i1) -> i128 {
  %v0 = arith.constant true
  %v1 = arith.floordivsi %v0, %arg1 : i1
  %v2 = arith.uitofp %arg1 : i1 to f8E8M0FNU
  %v3 = arith.bitcast %v2 : f8E8M0FNU to f8E5M2
  %v4 = arith.constant 3.0 : f8E5M2
  %v5 = arith.extf %v4 : f8E5M2 to f128
  %v6 = arith.constant false
  %v7 = arith.xori %v1, %v6 : i1
  %v8 = arith.constant false
  %v9 = arith.xori %v7, %v8 : i1
  %v10 = arith.muli %v1, %v8 : i1
  %v11 = arith.bitcast %v2 : f8E8M0FNU to f8E5M2
  %v12 = arith.constant 2.0 : f128
  %v13 = arith.constant 0x00010000000000000000000000000000 : f128
  %v14 = arith.addf %v12, %v13 : f128
  %v15 = arith.constant dense<1.0e+10> : tensor<0xf16>
  %v16 = arith.bitcast %v15 : tensor<0xf16> to tensor<0xi16>
  %v17 = arith.extf %v4 : f8E5M2 to f128
  %v18 = arith.minimumf %arg0, %arg0 : f32
  %v19 = arith.constant dense<-2.5> : tensor<3xf64>
  %v20 = arith.truncf %v19 : tensor<3xf64> to tensor<3xf32>
  %v21 = arith.bitcast %v18 : f32 to i32
  %v22 = arith.bitcast %v15 : tensor<0xf16> to tensor<0xi16>
  %v23 = arith.constant 0x7F : f8E8M0FNU
  %v24 = arith.select %v1, %v2, %v23 : f8E8M0FNU
  %v25 = arith.extsi %v21 : i32 to i64
  %v26 = arith.extsi %v21 : i32 to i64
  %v27 = arith.cmpi eq, %v25, %v26 : i64
  %v28 = arith.trunci %v21 : i32 to i16
  %v29 = arith.cmpi sle, %v26, %v25 : i64
  %v30 = arith.constant dense<9223372036854775807> : vector<[4]xi64>
  %v31 = arith.cmpi eq, %v30, %v30 : vector<[4]xi64>
  %v32 = arith.constant 11 : i64
  %v33 = arith.cmpi eq, %v32, %v26 : i64
  %v34 = arith.bitcast %v15 : tensor<0xf16> to tensor<0xi16>
  %v35 = arith.fptosi %arg0 : f32 to i128
  %v36 = arith.constant -9223372036854775808 : i64
  %v37 = arith.select %v0, %v25, %v36 : i64
  return %v35 : i128
}
func.func @f1(%arg0: i32, %arg1: tensor<2x2xi1>, %arg2: bf16) -> i64 {
  %v0 = arith.constant false
  %v1 = arith.select %v0, %arg2, %arg2 : bf16
  %v2 = arith.divf %v1, %arg2 : bf16
  %v3 = arith.select %v0, %arg2, %arg2 : bf16
  %v4 = arith.constant -1 : i128
  %v5 = arith.constant -1 : i128
  %v6 = arith.andi %v4, %v5 : i128
  %v7 = arith.constant -7 : i128
  %v8 = arith.andi %v7, %v6 : i128
  %v9 = arith.constant dense<3> : vector<2x3xi32>
  %v10 = arith.constant dense<[[1, -3, 7], [6, 2147483647, 6]]> : vector<2x3xi32>
  %v11 = arith.xori %v9, %v10 : vector<2x3xi32>
  %v12 = arith.constant false
  %v13 = arith.select %v12, %v3, %v2 : bf16
  %v14 = arith.constant true
  %v15 = arith.constant 1444182210 : i32
  %v16 = arith.select %v14, %arg0, %v15 : i32
  %v17 = arith.extsi %v16 : i32 to i64
  %v18 = arith.trunci %v17 : i64 to i32
  %v19 = arith.constant 5 : i64
  %v20 = arith.index_cast %v19 : i64 to index
  return %v17 : i64
}
func.func @f2(%arg0: i7, %arg1: i1, %arg2: i33, %arg3: i16) -> (i1, i1) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.constant 16 : i32
  %v2 = arith.addi %v0, %v1 : i32
  %v3 = arith.maxsi %arg2, %arg2 : i33
  %v4 = arith.maxsi %arg2, %arg2 : i33
  %v5 = arith.subi %arg2, %v3 overflow<nsw> : i33
  %v6 = arith.maxsi %arg2, %arg2 : i33
  %v7 = arith.constant 0x7F7FFFFF : f32
  %v8 = arith.cmpf uno, %v7, %v7 : f32
  %v9 = arith.constant 0x620C1C49 : f32
  %v10 = arith.maxnumf %v9, %v7 : f32
  %v11 = arith.cmpf uno, %v7, %v7 : f32
  %v12 = arith.negf %v7 : f32
  %v13 = arith.maxnumf %v10, %v12 fastmath<nsz> : f32
  %v14 = arith.constant true
  %v15 = arith.ori %v8, %v14 : i1
  %v16 = arith.constant true
  %v17 = arith.constant 11 : i33
  %v18 = arith.select %v16, %v17, %v4 : i33
  %v19 = arith.constant -49 : i7
  %v20 = arith.shrsi %arg0, %v19 : i7
  %v21 = arith.constant -1 : i33
  %v22 = arith.constant 34 : i33
  %v23 = arith.xori %v22, %v21 : i33
  %v24 = arith.xori %v23, %v21 : i33
  %v25 = arith.select %arg1, %arg1, %v14 : i1
  %v26 = arith.constant 0 : i32
  %v27 = arith.constant 33 : i32
  %v28 = arith.xori %v26, %v27 : i32
  %v29 = arith.constant 16 : i32
  %v30 = arith.xori %v29, %v28 : i32
  %v31 = arith.divsi %arg1, %v14 : i1
  return %v25, %v15 : i1, i1
}
