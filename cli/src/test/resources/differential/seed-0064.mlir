// Random func/arith module, seed 64.
func.func @f0(%arg0: i32) -> (i32, i32, i32, i32) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.ceildivui %arg0, %v0 : i32
  %v2 = arith.constant 3 : i32
  %v3 = arith.maxsi %v1, %v2 : i32
  %v4 = arith.constant 0 : i32
  %v5 = arith.maxsi %v4, %v3 : i32
  %v6 = arith.constant 0.5 : f8E8M0FNU
  %v7 = arith.fptoui %v6 : f8E8M0FNU to i33
  %v8 = arith.constant 4 : i32
  %v9 = arith.constant 1 : i32
  %v10 = arith.shrui %v8, %v9 : i32
  %v11 = arith.uitofp %v10 : i32 to f64
  %v12 = arith.extsi %v3 : i32 to i64
  %v13 = arith.extsi %v8 : i32 to i64
  %v14 = arith.cmpi ne, %v12, %v13 : i64
  %v15 = arith.extsi %v3 : i32 to i64
  %v16 = arith.constant 0xC94229BF55EA9034 : f64
  %v17 = arith.constant 1.0 : f64
  %v18 = arith.mulf %v16, %v17 fastmath<nnan> : f64
  %v19 = arith.shli %v1, %arg0 : i32
  %v20 = arith.constant false
  %v21 = arith.maxui %v20, %v14 : i1
  %v22 = arith.constant 32 : i64
  %v23 = arith.uitofp %v22 : i64 to tf32
  %v24 = arith.shli %v1, %v8 overflow<none> : i32
  return %v24, %v24, %v19, %v19 : i32, i32, i32, i32
}
func.func @f1(%arg0: tensor<0xf16>, %arg1: vector<4xbf16>, %arg2: i8) -> (vector<4xbf16>, tensor<0xf16>, vector<4xbf16>) {
  %v0 = arith.constant dense<4.0> : tensor<0xf16>
  %v1 = arith.remf %arg0, %v0 : tensor<0xf16>
  %v2 = arith.constant 10 : i64
  %v3 = arith.constant 1 : i64
  %v4 = arith.ceildivsi %v2, %v3 : i64
  %v5 = arith.constant -1753492649 : i32
  %v6 = arith.constant 2 : i32
  %v7 = arith.cmpi uge, %v5, %v6 : i32
  %v8 = arith.constant false
  %v9 = arith.constant false
  %v10 = arith.ceildivui %v8, %v9 : i1
  %v11:2 = arith.mului_extended %arg2, %arg2 : i8
  %v12 = arith.ceildivsi %v2, %v3 : i64
  %v13 = arith.constant dense<[]> : tensor<0xi1>
  %v14 = arith.constant dense<-0.0> : tensor<0xf16>
  %v15 = arith.select %v13, %v14, %v0 : tensor<0xi1>, tensor<0xf16>
  %v16 = arith.constant dense<-0.75> : vector<4xbf16>
  %v17 = arith.constant dense<0x0001> : vector<4xbf16>
  %v18 = arith.mulf %v16, %v17 : vector<4xbf16>
  %v19 = arith.index_castui %v6 : i32 to index
  %v20 = arith.divsi %v11#1, %v11#1 : i8
  %v21 = arith.constant dense<[]> : tensor<0xf16>
  %v22 = arith.addf %v21, %v1 : tensor<0xf16>
  %v23:4 = func.call @f0(%v6) : (i32) -> (i32, i32, i32, i32)
  %v24 = arith.constant 0 : index
  %v25 = arith.index_cast %v24 : index to i64
  %v26 = arith.mulf %v17, %v16 : vector<4xbf16>
  %v27 = arith.divsi %v11#1, %v11#1 : i8
  %v28 = arith.constant 8388608 : i32
  %v29 = arith.maxsi %v23#3, %v28 : i32
  %v30 = arith.constant 416650736 : i32
  %v31 = arith.maxsi %v30, %v29 : i32
  %v32 = arith.negf %arg1 : vector<4xbf16>
  %v33 = arith.negf %v32 fastmath<fast> : vector<4xbf16>
  %v34 = arith.maximumf %v14, %v22 : tensor<0xf16>
  %v35 = arith.constant 8 : i64
  %v36 = arith.constant 0 : i64
  %v37 = arith.minui %v35, %v36 : i64
  return %v32, %v34, %v26 : vector<4xbf16>, tensor<0xf16>, vector<4xbf16>
}
func.func @f2(%arg0: f8E4M3, %arg1: f8E4M3B11FNUZ, %arg2: tensor<2x2xbf16>) -> (i64, i64) {
  %v0 = arith.constant -2147483648 : i32
  %v1:4 = func.call @f0(%v0) : (i32) -> (i32, i32, i32, i32)
  %v2 = arith.constant dense<[]> : tensor<0xi64>
  %v3 = arith.constant dense<[]> : tensor<0xi64>
  %v4 = arith.remsi %v2, %v3 : tensor<0xi64>
  %v5 = arith.constant 8 : i7
  %v6 = arith.constant 3 : i7
  %v7:2 = arith.mului_extended %v5, %v6 : i7
  %v8 = arith.extui %v1#3 : i32 to i64
  %v9 = arith.trunci %v8 : i64 to i32
  %v10 = arith.extui %v1#3 : i32 to i64
  %v11 = arith.constant true
  %v12 = arith.select %v11, %v1#1, %v0 : i32
  %v13 = arith.constant -1 : i64
  %v14 = arith.subi %v13, %v10 overflow<none> : i64
  %v15 = arith.shrsi %v8, %v13 : i64
  %v16 = arith.remsi %v2, %v3 : tensor<0xi64>
  %v17 = arith.constant 1.0 : f8E4M3
  %v18 = arith.mulf %arg0, %v17 : f8E4M3
  %v19 = arith.constant 2251799813685248 : i64
  %v20 = arith.trunci %v19 overflow<nsw> : i64 to i8
  return %v14, %v15 : i64, i64
}
func.func @f3(%arg0: bf16, %arg1: vector<2xf32>, %arg2: i64) -> (i8, bf16) {
  %v0 = arith.constant -9223372036854775808 : index
  %v1 = arith.constant 14 : index
  %v2 = arith.minsi %v0, %v1 : index
  %v3 = arith.addi %v0, %v0 overflow<nsw, nuw> : index
  %v4 = arith.maxnumf %arg1, %arg1 : vector<2xf32>
  %v5 = arith.negf %v4 fastmath<nnan> : vector<2xf32>
  %v6 = arith.constant 0 : i8
  %v7 = arith.ceildivsi %v6, %v6 : i8
  %v8 = arith.index_cast %arg2 : i64 to index
  %v9 = arith.index_cast %v8 : index to i64
  %v10 = arith.negf %arg0 : bf16
  %v11 = arith.constant false
  %v12 = arith.select %v11, %v6, %v6 : i8
  %v13 = arith.constant dense<[0x00000000, 0x3F800000]> : vector<2xf32>
  %v14 = arith.cmpf one, %v4, %v13 fastmath<nnan> : vector<2xf32>
  %v15 = arith.constant dense<true> : vector<2xi1>
  %v16 = arith.muli %v15, %v14 : vector<2xi1>
  %v17 = arith.addi %v0, %v0 overflow<nsw, nuw> : index
  return %v7, %v10 : i8, bf16
}
