// Random func/arith module, seed 150.
func.func @f0(%arg0: i64, %arg1: i64, %arg2: i128) -> (i128, i64) {
  %v0 = arith.ori %arg1, %arg1 : i64
  %v1 = arith.addi %arg2, %arg2 overflow<nsw> : i128
  %v2 = arith.constant dense<9223372036854775807> : vector<i64>
  %v3 = arith.constant dense<-5375181169336582786> : vector<i64>
  %v4 = arith.remsi %v2, %v3 : vector<i64>
  %v5 = arith.constant 5324032785580478799 : i64
  %v6 = arith.constant 15 : i64
  %v7 = arith.cmpi uge, %v5, %v6 : i64
  %v8 = arith.constant 0xFFC00000 : f32
  %v9 = arith.negf %v8 : f32
  %v10 = arith.negf %v9 fastmath<ninf> : f32
  %v11 = arith.subi %arg0, %v0 : i64
  %v12 = arith.constant -9223372036854775808 : i64
  %v13 = arith.ceildivsi %v11, %v12 : i64
  %v14 = arith.constant -141944537064383093930822613145564866117 : i128
  %v15 = arith.minsi %v1, %v14 : i128
  %v16 = arith.constant 0.0 : f32
  %v17 = arith.subf %v8, %v16 fastmath<nnan> : f32
  %v18 = arith.constant 15 : i64
  %v19 = arith.minui %v18, %v11 : i64
  %v20 = arith.select %v7, %v8, %v8 : f32
  %v21 = arith.bitcast %v9 : f32 to i32
  %v22 = arith.negf %v8 {tag = 0 : i64} : f32
  %v23 = arith.constant 0 : i64
  %v24 = arith.andi %v23, %v13 : i64
  %v25 = arith.addi %arg2, %arg2 overflow<nsw> : i128
  return %v25, %v24 : i128, i64
}
func.func @f1(%arg0: f128, %arg1: index, %arg2: i32, %arg3: i8) -> tensor<2x2xf32> {
  %v0 = arith.constant 0 : i32
  %v1 = arith.cmpi sgt, %arg2, %v0 : i32
  %v2 = arith.cmpi sgt, %arg2, %v0 : i32
  %v3 = arith.constant 0x7FFEFFFFFFFFFFFFFFFFFFFFFFFFFFFF : f128
  %v4 = arith.remf %v3, %arg0 {tag = 1 : i64} : f128
  %v5 = arith.constant -6814186849934873625 : index
  %v6 = arith.cmpi sle, %arg1, %v5 : index
  %v7 = arith.maxnumf %v3, %v3 fastmath<none> {tag = 1 : i64} : f128
  %v8 = arith.constant 0x00000000000000000000000000000000 : f128
  %v9 = arith.maxnumf %v8, %v3 : f128
  %v10 = arith.constant 14 : i64
  %v11 = arith.xori %v10, %v10 : i64
  %v12 = arith.constant -0.75 : f128
  %v13 = arith.addf %v3, %v12 {tag = 1 : i64} : f128
  %v14 = arith.minnumf %arg0, %v3 fastmath<arcp,afn> : f128
  %v15 = arith.constant 0 : i32
  %v16 = arith.shrsi %arg2, %v15 : i32
  %v17:2 = arith.mului_extended %v11, %v10 : i64
  %v18 = arith.constant -1 : index
  %v19 = arith.shrsi %v18, %v18 : index
  %v20 = arith.constant 10 : i64
  %v21 = arith.constant 128 : i128
  %v22:2 = func.call @f0(%v20, %v10, %v21) : (i64, i64, i128) -> (i128, i64)
  %v23 = arith.constant false
  %v24 = arith.constant 0xBFFF0000000000000000000000000000 : f128
  %v25 = arith.select %v23, %v3, %v24 : f128
  %v26 = arith.constant 0x00000000000000000000000000000000 : f128
  %v27 = arith.fptoui %v26 {tag = 1 : i64} : f128 to i7
  %v28 = arith.remsi %arg1, %v19 : index
  %v29 = arith.maxsi %v5, %v28 : index
  %v30 = arith.maxnumf %v3, %v3 fastmath<none> {tag = 1 : i64} : f128
  %v31 = arith.constant dense<0x00000001> : tensor<2x2xf32>
  %v32 = arith.negf %v31 fastmath<arcp,afn> : tensor<2x2xf32>
  %v33 = arith.index_cast %v18 : index to i8
  %v34 = arith.constant 1 : i32
  %v35:2 = arith.addui_extended %arg2, %v34 {tag = 0 : i64} : i32, i1
  %v36 = arith.constant 2 : i32
  %v37 = arith.minsi %v36, %v36 {tag = 1 : i64} : i32
  return %v32 : tensor<2x2xf32>
}
func.func @f2(%arg0: tensor<0xf64>, %arg1: i64) -> (tensor<0xi32>, tensor<0xi1>) {
  %v0 = arith.truncf %arg0 : tensor<0xf64> to tensor<0xf32>
  %v1 = arith.constant -2 : i64
  %v2 = arith.floordivsi %arg1, %v1 : i64
  %v3 = arith.constant -1 : i8
  %v4 = arith.extsi %v3 : i8 to i64
  %v5 = arith.constant -1 : i64
  %v6 = arith.cmpi ult, %v4, %v5 : i64
  %v7 = arith.constant true
  %v8 = arith.select %v7, %v7, %v7 : i1
  %v9 = arith.select %v7, %v7, %v7 : i1
  %v10 = arith.constant 128 : i128
  %v11:2 = func.call @f0(%arg1, %arg1, %v10) : (i64, i64, i128) -> (i128, i64)
  %v12 = arith.select %v6, %v2, %v5 : i64
  %v13 = arith.constant dense<[]> : tensor<0xf32>
  %v14 = arith.cmpf oge, %v13, %v0 fastmath<nsz> : tensor<0xf32>
  %v15 = arith.addf %arg0, %arg0 fastmath<nsz> : tensor<0xf64>
  %v16 = arith.bitcast %v0 : tensor<0xf32> to tensor<0xi32>
  %v17 = arith.cmpi ult, %v4, %v5 : i64
  %v18 = arith.constant dense<-6> : tensor<0xi32>
  %v19 = arith.floordivsi %v16, %v18 : tensor<0xi32>
  %v20 = arith.bitcast %v0 : tensor<0xf32> to tensor<0xi32>
  %v21 = arith.constant dense<[]> : tensor<0xi1>
  %v22 = arith.shrsi %v21, %v14 : tensor<0xi1>
  return %v20, %v14 : tensor<0xi32>, tensor<0xi1>
}
func.func @f3(%arg0: vector<[4]xf64>) -> tensor<0xi1> {
  %v0 = arith.constant 0x476E : f16
  %v1 = arith.cmpf oeq, %v0, %v0 fastmath<fast> : f16
  %v2 = arith.constant false
  %v3 = arith.constant true
  %v4 = arith.maxui %v2, %v3 : i1
  %v5 = arith.maxui %v2, %v3 : i1
  %v6 = arith.cmpf oeq, %v0, %v0 fastmath<fast> : f16
  %v7 = arith.maxui %v2, %v3 : i1
  %v8 = arith.maxui %v2, %v3 : i1
  %v9 = arith.maxui %v3, %v2 : i1
  %v10 = arith.constant 0x7FFEFFFFFFFFFFFFFFFFFFFFFFFFFFFF : f128
  %v11 = arith.constant 9223372036854775807 : index
  %v12 = arith.constant -1 : i32
  %v13 = arith.constant 2 : i8
  %v14 = func.call @f1(%v10, %v11, %v12, %v13) : (f128, index, i32, i8) -> tensor<2x2xf32>
  %v15 = arith.constant dense<-0.0> : vector<[4]xf64>
  %v16 = arith.subf %v15, %v15 fastmath<none> : vector<[4]xf64>
  %v17 = arith.constant dense<[[0x80000000, 0x00000000], [-1.0, 0x7F800000]]> : tensor<2x2xf32>
  %v18 = arith.cmpf ueq, %v17, %v14 fastmath<nnan,ninf> : tensor<2x2xf32>
  %v19 = arith.constant dense<0x7FF8000000000000> : tensor<0xf64>
  %v20 = arith.constant -9223372036854775808 : i64
  %v21:2 = func.call @f2(%v19, %v20) : (tensor<0xf64>, i64) -> (tensor<0xi32>, tensor<0xi1>)
  %v22 = arith.constant 0.0 : f128
  %v23 = arith.fptoui %v22 : f128 to i128
  %v24 = arith.cmpf ueq, %v17, %v14 fastmath<nnan,ninf> : tensor<2x2xf32>
  %v25 = arith.constant dense<[]> : tensor<0xi1>
  %v26 = arith.cmpi sge, %v25, %v21#1 {tag = 1 : i64} : tensor<0xi1>
  %v27 = arith.minimumf %v14, %v17 fastmath<fast> : tensor<2x2xf32>
  %v28 = arith.constant dense<[[true, true], [false, true]]> : tensor<2x2xi1>
  %v29 = arith.ceildivui %v28, %v18 : tensor<2x2xi1>
  %v30 = arith.constant true
  %v31 = arith.minui %v30, %v3 : i1
  %v32 = arith.trunci %v21#0 : tensor<0xi32> to tensor<0xi8>
  %v33 = arith.constant false
  %v34 = arith.constant false
  %v35 = arith.shli %v33, %v34 overflow<nsw> : i1
  %v36 = arith.constant dense<false> : tensor<0xi1>
  %v37 = arith.remui %v26, %v36 : tensor<0xi1>
  %v38 = arith.cmpi ule, %v11, %v11 : index
  %v39 = arith.cmpi ule, %v11, %v11 : index
  return %v37 : tensor<0xi1>
}
