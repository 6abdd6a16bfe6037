// Random func/arith module, seed 159.
func.func @f0(%arg0: vector<[4]xf32>) -> (vector<[4]xi1>, i1, vector<[4]xf32>) {
  %v0 = arith.constant false
  %v1 = arith.ceildivsi %v0, %v0 : i1
  %v2 = arith.muli %v0, %v1 : i1
  %v3 = arith.minnumf %arg0, %arg0 : vector<[4]xf32>
  %v4 = arith.constant dense<0xC32FC915> : vector<[4]xf32>
  %v5 = arith.maxnumf %v4, %v4 : vector<[4]xf32>
  %v6:2 = arith.addui_extended %v0, %v0 : i1, i1
  %v7 = arith.remf %v3, %arg0 fastmath<nnan> : vector<[4]xf32>
  %v8:2 = arith.addui_extended %v0, %v0 : i1, i1
  %v9 = arith.remf %v3, %arg0 fastmath<nnan> : vector<[4]xf32>
  %v10 = arith.constant true
  %v11 = arith.index_cast %v10 : i1 to index
  %v12 = arith.constant dense<true> : vector<[4]xi1>
  %v13 = arith.select %v12, %v9, %v7 : vector<[4]xi1>, vector<[4]xf32>
  %v14 = arith.constant true
  %v15 = arith.constant true
  %v16 = arith.maxui %v14, %v15 : i1
  %v17 = arith.constant false
  %v18 = arith.cmpi eq, %v17, %v14 : i1
  %v19 = arith.remf %v3, %arg0 fastmath<nnan> : vector<[4]xf32>
  %v20 = arith.cmpf ord, %v19, %v5 : vector<[4]xf32>
  %v21 = arith.shli %v12, %v20 : vector<[4]xi1>
  %v22 = arith.constant true
  %v23 = arith.constant 0x3F80 : bf16
  %v24 = arith.constant 0xFF80 : bf16
  %v25 = arith.select %v22, %v23, %v24 : bf16
  %v26 = arith.constant false
  %v27 = arith.constant false
  %v28 = arith.select %v26, %v27, %v8#0 : i1
  %v29 = arith.subf %v7, %v3 fastmath<none> : vector<[4]xf32>
  %v30 = arith.addf %v3, %v13 : vector<[4]xf32>
  %v31 = arith.constant false
  %v32 = arith.cmpi eq, %v31, %v14 : i1
  return %v21, %v14, %v30 : vector<[4]xi1>, i1, vector<[4]xf32>
}
func.func @f1(%arg0: vector<[4]xindex>, %arg1: i64, %arg2: f6E3M2FN) -> (index, vector<[4]xi32>, f6E3M2FN, i64) {
  %v0 = arith.constant -0.0 : f8E4M3FN
  %v1 = arith.fptosi %v0 : f8E4M3FN to i128
  %v2 = arith.fptosi %v0 : f8E4M3FN to i128
  %v3 = arith.constant dense<-1> : vector<[4]xi32>
  %v4 = arith.sitofp %v3 : vector<[4]xi32> to vector<[4]xf32>
  %v5 = arith.fptosi %v4 : vector<[4]xf32> to vector<[4]xi32>
  %v6 = arith.divf %arg2, %arg2 fastmath<fast> : f6E3M2FN
  %v7 = arith.divf %arg2, %arg2 fastmath<fast> : f6E3M2FN
  %v8 = arith.constant 0x01 : f6E3M2FN
  %v9 = arith.maximumf %v8, %v7 fastmath<nsz> : f6E3M2FN
  %v10 = arith.constant false
  %v11 = arith.constant 16 : i64
  %v12 = arith.select %v10, %arg1, %v11 : i64
  %v13 = arith.index_cast %v5 : vector<[4]xi32> to vector<[4]xindex>
  %v14 = arith.index_cast %v13 {tag = 0 : i64} : vector<[4]xindex> to vector<[4]xi32>
  %v15 = arith.constant dense<0x0000000000000000> : vector<[4]xf64>
  %v16 = arith.fptoui %v15 : vector<[4]xf64> to vector<[4]xi32>
  %v17 = arith.divsi %v12, %arg1 : i64
  %v18 = arith.index_castui %v10 : i1 to index
  %v19 = arith.constant 64 : index
  %v20 = arith.ori %v19, %v18 : index
  %v21 = arith.fptoui %v4 : vector<[4]xf32> to vector<[4]xi32>
  %v22 = arith.constant 664613997892457936451903530140172288 : i128
  %v23 = arith.constant -170141183460469231731687303715884105728 : i128
  %v24 = arith.addi %v22, %v23 : i128
  return %v20, %v21, %v9, %v17 : index, vector<[4]xi32>, f6E3M2FN, i64
}
func.func @f2(%arg0: f32) -> (vector<[4]xindex>, f6E3M2FN, f32) {
  %v0 = arith.constant dense<-5> : vector<[4]xindex>
  %v1 = arith.constant 2 : i64
  %v2 = arith.constant 0x04 : f6E3M2FN
  %v3:4 = func.call @f1(%v0, %v1, %v2) : (vector<[4]xindex>, i64, f6E3M2FN) -> (index, vector<[4]xi32>, f6E3M2FN, i64)
  %v4 = arith.remui %v3#1, %v3#1 : vector<[4]xi32>
  %v5 = arith.shrui %v3#3, %v3#3 : i64
  %v6 = arith.negf %arg0 fastmath<fast> : f32
  %v7 = arith.constant dense<0xFFC00000> : vector<[4]xf32>
  %v8:3 = func.call @f0(%v7) : (vector<[4]xf32>) -> (vector<[4]xi1>, i1, vector<[4]xf32>)
  %v9 = arith.cmpi ne, %v8#0, %v8#0 : vector<[4]xi1>
  %v10 = arith.select %v9, %v8#0, %v8#0 : vector<[4]xi1>, vector<[4]xi1>
  %v11 = arith.negf %arg0 fastmath<fast> : f32
  %v12 = arith.constant 1 : i64
  %v13 = arith.floordivsi %v3#3, %v12 : i64
  %v14 = arith.maximumf %v3#2, %v2 : f6E3M2FN
  %v15 = arith.constant 63 : i64
  %v16 = arith.cmpi slt, %v15, %v1 : i64
  %v17 = arith.constant dense<-1> : vector<[4]xi32>
  %v18 = arith.uitofp %v17 : vector<[4]xi32> to vector<[4]xbf16>
  %v19 = arith.extsi %v4 : vector<[4]xi32> to vector<[4]xi64>
  %v20 = arith.constant -7771586757784448882 : i64
  %v21:4 = func.call @f1(%v0, %v20, %v14) : (vector<[4]xindex>, i64, f6E3M2FN) -> (index, vector<[4]xi32>, f6E3M2FN, i64)
  %v22 = arith.constant dense<0x7F80> : vector<[4]xbf16>
  %v23 = arith.addf %v18, %v22 fastmath<nsz> {tag = 0 : i64} : vector<[4]xbf16>
  %v24 = arith.constant dense<-9223372036854775808> : vector<[4]xi64>
  %v25 = arith.xori %v19, %v24 : vector<[4]xi64>
  %v26 = arith.constant dense<-9223372036854775808> : vector<[4]xi64>
  %v27 = arith.xori %v25, %v26 : vector<[4]xi64>
  %v28 = arith.constant -4 : i32
  %v29 = arith.constant -2147483648 : i32
  %v30 = arith.addi %v28, %v29 overflow<none> : i32
  %v31 = arith.mulf %v6, %arg0 fastmath<none> : f32
  %v32 = arith.constant dense<[29, 2, -45]> : tensor<3xi8>
  %v33 = arith.constant dense<[8, 5, -8]> : tensor<3xi8>
  %v34 = arith.subi %v32, %v33 overflow<nuw> : tensor<3xi8>
  %v35 = arith.xori %v19, %v24 : vector<[4]xi64>
  return %v0, %v21#2, %v31 : vector<[4]xindex>, f6E3M2FN, f32
}
