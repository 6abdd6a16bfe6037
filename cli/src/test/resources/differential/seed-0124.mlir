// Random func/arith module, seed 124.
func.func @f0(%arg0: bf16, %arg1: i1, %arg2: f32) -> (i1, i1) {
  %v0 = arith.cmpf ult, %arg2, %arg2 : f32
  %v1 = arith.cmpf ult, %arg2, %arg2 : f32
  %v2 = arith.cmpf ult, %arg2, %arg2 : f32
  %v3 = arith.xori %arg1, %v2 : i1
  %v4 = arith.constant false
  %v5 = arith.maxsi %v3, %v4 : i1
  %v6 = arith.constant 10 : i32
  %v7 = arith.constant 15 : i32
  %v8 = arith.xori %v6, %v7 : i32
  %v9 = arith.constant -1 : i32
  %v10 = arith.xori %v9, %v8 : i32
  %v11 = arith.xori %v6, %v7 : i32
  %v12 = arith.floordivsi %v1, %v5 : i1
  %v13 = arith.xori %arg1, %v2 : i1
  %v14 = arith.cmpf ult, %arg2, %arg2 : f32
  %v15 = arith.xori %v6, %v7 : i32
  %v16 = arith.negf %arg0 : bf16
  %v17 = arith.constant false
  %v18 = arith.select %arg1, %v4, %v17 : i1
  %v19 = arith.muli %v5, %v12 overflow<none> : i1
  %v20 = arith.cmpf ult, %arg2, %arg2 : f32
  %v21 = arith.constant false
  %v22 = arith.ceildivui %v21, %v12 : i1
  %v23 = arith.cmpf ult, %arg2, %arg2 : f32
  %v24 = arith.constant 0x00000000 : f32
  %v25 = arith.select %v14, %v24, %arg2 : f32
  %v26 = arith.constant false
  %v27 = arith.shli %v26, %v13 : i1
  return %v14, %v22 : i1, i1
}
func.func @f1(%arg0: vector<[4]xi1>) -> i1 {
  %v0 = arith.ori %arg0, %arg0 : vector<[4]xi1>
  %v1 = arith.constant 0x7F7F : bf16
  %v2 = arith.constant false
  %v3 = arith.constant 0xFF800000 : f32
  %v4:2 = func.call @f0(%v1, %v2, %v3) : (bf16, i1, f32) -> (i1, i1)
  %v5 = arith.shrsi %v4#0, %v4#0 : i1
  %v6 = arith.constant dense<true> : vector<[4]xi1>
  %v7 = arith.cmpi ule, %v0, %v6 : vector<[4]xi1>
  %v8 = arith.select %v7, %v0, %v6 : vector<[4]xi1>, vector<[4]xi1>
  %v9 = arith.constant 11 : i8
  %v10 = arith.index_castui %v9 : i8 to index
  %v11 = arith.ceildivsi %v5, %v4#1 : i1
  %v12 = arith.constant 0x00800000 : f32
  %v13 = arith.negf %v12 : f32
  %v14 = arith.constant dense<false> : vector<[4]xi1>
  %v15 = arith.cmpi sle, %v7, %v14 : vector<[4]xi1>
  %v16 = arith.index_castui %v9 : i8 to index
  %v17 = arith.constant -2.5 : f32
  %v18 = arith.fptoui %v17 : f32 to i1
  %v19 = arith.cmpi ne, %v11, %v4#0 : i1
  %v20 = arith.constant true
  %v21 = arith.constant false
  %v22 = arith.select %v19, %v21, %v20 : i1
  %v23 = arith.select %v4#1, %v3, %v12 : f32
  %v24 = arith.negf %v12 : f32
  return %v19 : i1
}
func.func @f2(%arg0: vector<2x3xf64>) -> i64 {
  %v0 = arith.constant true
  %v1 = arith.constant -32768 : i16
  %v2 = arith.select %v0, %v1, %v1 : i16
  %v3 = arith.select %v0, %v1, %v1 : i16
  %v4 = arith.extsi %v3 : i16 to i64
  %v5 = arith.trunci %v4 : i64 to i16
  %v6 = arith.constant false
  %v7 = arith.divui %v0, %v6 : i1
  %v8 = arith.extsi %v3 : i16 to i64
  %v9 = arith.constant true
  %v10:2 = arith.addui_extended %v0, %v9 : i1, i1
  return %v8 : i64
}
func.func @f3(%arg0: f32, %arg1: vector<i32>) -> (i64, f32) {
  %v0 = arith.constant dense<-2147483648> : vector<i32>
  %v1 = arith.constant dense<2147483647> : vector<i32>
  %v2 = arith.addi %v0, %v1 overflow<nuw> : vector<i32>
  %v3 = arith.constant dense<-1> : vector<i32>
  %v4 = arith.xori %arg1, %v3 : vector<i32>
  %v5 = arith.xori %v4, %v3 : vector<i32>
  %v6 = arith.xori %arg1, %v3 : vector<i32>
  %v7 = arith.xori %arg1, %v3 : vector<i32>
  %v8 = arith.muli %v4, %v0 : vector<i32>
  %v9 = arith.constant dense<-2147483648> : vector<i32>
  %v10:2 = arith.mulsi_extended %v7, %v9 : vector<i32>
  %v11 = arith.constant 0x00000001 : f32
  %v12 = arith.fptosi %v11 : f32 to i32
  %v13 = arith.fptosi %arg0 : f32 to i7
  %v14 = arith.constant dense<0x0000000000000000> : vector<2x3xf64>
  %v15 = func.call @f2(%v14) : (vector<2x3xf64>) -> i64
  %v16 = arith.index_cast %v13 : i7 to index
  %v17 = arith.constant 1 : i64
  %v18 = arith.uitofp %v17 : i64 to f6E2M3FN
  %v19 = arith.constant dense<1> : tensor<0xi64>
  %v20 = arith.constant dense<1> : tensor<0xi64>
  %v21 = arith.minsi %v19, %v20 : tensor<0xi64>
  %v22 = func.call @f2(%v14) : (vector<2x3xf64>) -> i64
  %v23 = arith.constant -1 : i64
  %v24 = arith.xori %v22, %v23 : i64
  %v25 = arith.xori %v24, %v23 : i64
  %v26 = arith.constant 32 : i7
  %v27 = arith.subi %v26, %v13 overflow<nuw> : i7
  %v28 = arith.cmpf oeq, %v11, %arg0 : f32
  %v29 = arith.constant -3 : i7
  %v30 = arith.shrui %v13, %v29 : i7
  %v31 = arith.cmpf uno, %arg0, %arg0 fastmath<nsz> : f32
  %v32 = arith.maximumf %arg0, %v11 fastmath<arcp,afn> : f32
  %v33 = arith.maxui %v10#0, %v8 : vector<i32>
  %v34 = arith.select %v28, %arg0, %v11 : f32
  return %v22, %v32 : i64, f32
}
