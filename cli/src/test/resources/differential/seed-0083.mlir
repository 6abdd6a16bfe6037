// Random func/arith module, seed 83.
func.func @f0(%arg0: i16, %arg1: i1) -> i64 {
  %v0 = arith.constant true
  %v1 = arith.constant false
  %v2 = arith.shrsi %v0, %v1 {tag = 1 : i64} : i1
  %v3 = arith.constant 1 : i8
  %v4 = arith.constant 32 : i8
  %v5 = arith.addi %v3, %v4 : i8
  %v6 = arith.constant 7.0 : f6E3M2FN
  %v7 = arith.extf %v6 : f6E3M2FN to f64
  %v8 = arith.constant 7.0 : f6E3M2FN
  %v9 = arith.cmpf une, %v8, %v6 : f6E3M2FN
  %v10 = arith.shrsi %v0, %v1 {tag = 1 : i64} : i1
  %v11 = arith.constant 1.0 : f6E3M2FN
  %v12 = arith.constant 0x16 : f6E3M2FN
  %v13 = arith.divf %v11, %v12 : f6E3M2FN
  %v14 = arith.constant 32 : i32
  %v15 = arith.constant -2147483648 : i32
  %v16 = arith.shli %v14, %v15 : i32
  %v17 = arith.bitcast %v7 : f64 to i64
  %v18 = arith.constant false
  %v19:2 = arith.addui_extended %v18, %arg1 : i1, i1
  %v20 = arith.constant 2.0 : f6E3M2FN
  %v21 = arith.negf %v20 fastmath<none> {tag = 1 : i64} : f6E3M2FN
  %v22 = arith.constant 0x1B : f6E3M2FN
  %v23 = arith.maximumf %v6, %v22 : f6E3M2FN
  %v24 = arith.constant 0x1C : f6E3M2FN
  %v25 = arith.addf %v8, %v24 : f6E3M2FN
  %v26 = arith.constant 0x00 : f6E3M2FN
  %v27 = arith.cmpf uno, %v13, %v26 fastmath<arcp,afn> : f6E3M2FN
  %v28 = arith.constant 10 : i16
  %v29 = arith.cmpi uge, %arg0, %v28 : i16
  %v30 = arith.constant 3.0 : f64
  %v31 = arith.fptoui %v30 : f64 to i8
  %v32 = arith.constant true
  %v33 = arith.cmpi ule, %v29, %v32 : i1
  %v34 = arith.select %v33, %v32, %v29 : i1
  %v35 = arith.addi %arg1, %v0 : i1
  %v36 = arith.constant 1 : index
  %v37 = arith.constant 14 : index
  %v38 = arith.cmpi ult, %v36, %v37 : index
  %v39 = arith.constant 0x0000000000000001 : f64
  %v40 = arith.select %arg1, %v39, %v39 : f64
  %v41 = arith.bitcast %v40 : f64 to i64
  %v42 = arith.extui %v32 : i1 to i33
  %v43 = arith.constant true
  %v44 = arith.constant true
  %v45 = arith.minsi %v43, %v44 : i1
  %v46 = arith.cmpf false, %v40, %v40 : f64
  return %v41 : i64
}
func.func @f1(%arg0: i8, %arg1: vector<[4]xf32>) -> (bf16, i1, vector<[4]xf32>, vector<[4]xi1>) {
  %v0 = arith.constant 127 : i8
  %v1 = arith.minui %v0, %arg0 : i8
  %v2 = arith.maxui %v1, %arg0 : i8
  %v3 = arith.extsi %v2 : i8 to i64
  %v4 = arith.constant -9223372036854775808 : i64
  %v5 = arith.cmpi ugt, %v3, %v4 : i64
  %v6 = arith.constant dense<0xFFC00000> : vector<[4]xf32>
  %v7 = arith.minimumf %arg1, %v6 fastmath<none> : vector<[4]xf32>
  %v8 = arith.cmpf oeq, %arg1, %v6 : vector<[4]xf32>
  %v9 = arith.constant true
  %v10 = arith.constant true
  %v11 = arith.andi %v9, %v10 : i1
  %v12 = arith.constant true
  %v13 = arith.andi %v11, %v12 : i1
  %v14 = arith.bitcast %v6 : vector<[4]xf32> to vector<[4]xi32>
  %v15 = arith.cmpf oeq, %arg1, %v6 : vector<[4]xf32>
  %v16 = arith.constant 0x7187D921 : f32
  %v17 = arith.cmpf ogt, %v16, %v16 : f32
  %v18 = arith.constant dense<true> : vector<[4]xi1>
  %v19 = arith.minsi %v15, %v18 : vector<[4]xi1>
  %v20 = arith.constant dense<0x7F7FFFFF> : vector<[4]xf32>
  %v21 = arith.addf %v20, %arg1 : vector<[4]xf32>
  %v22 = arith.minimumf %v7, %v6 : vector<[4]xf32>
  %v23 = arith.constant dense<false> : vector<[4]xi1>
  %v24 = arith.minui %v8, %v23 : vector<[4]xi1>
  %v25 = arith.constant true
  %v26 = arith.constant 6 : i64
  %v27 = arith.constant 3650487664570972180 : i64
  %v28 = arith.select %v25, %v26, %v27 : i64
  %v29 = arith.constant 0.1 : bf16
  %v30 = arith.minnumf %v29, %v29 : bf16
  %v31 = arith.constant dense<true> : vector<[4]xi1>
  %v32 = arith.divui %v31, %v15 : vector<[4]xi1>
  %v33 = arith.constant dense<true> : vector<[4]xi1>
  %v34 = arith.divsi %v31, %v33 {tag = 1 : i64} : vector<[4]xi1>
  %v35 = arith.constant dense<0xFFC00000> : vector<[4]xf32>
  %v36 = arith.mulf %v35, %v20 : vector<[4]xf32>
  return %v30, %v17, %v36, %v24 : bf16, i1, vector<[4]xf32>, vector<[4]xi1>
}
func.func @f2(%arg0: vector<2xi16>) -> (bf16, vector<[4]xi1>) {
  %v0 = arith.constant dense<[0, -1]> : vector<2xi16>
  %v1 = arith.ceildivsi %v0, %arg0 : vector<2xi16>
  %v2 = arith.constant 1.0 : f80
  %v3 = arith.constant 0xBFFF0000000000000000 : f80
  %v4 = arith.addf %v2, %v3 : f80
  %v5 = arith.constant 0x6BF2D80BC7CF87136AF1 : f80
  %v6 = arith.negf %v5 : f80
  %v7 = arith.constant dense<0> : vector<2xi16>
  %v8 = arith.minsi %v1, %v7 {tag = 0 : i64} : vector<2xi16>
  %v9 = arith.constant 9 : i8
  %v10 = arith.constant dense<0x00000001> : vector<[4]xf32>
  %v11:4 = func.call @f1(%v9, %v10) : (i8, vector<[4]xf32>) -> (bf16, i1, vector<[4]xf32>, vector<[4]xi1>)
  %v12 = arith.remui %v1, %arg0 : vector<2xi16>
  %v13 = arith.truncf %v11#2 fastmath<arcp,afn> : vector<[4]xf32> to vector<[4]xf16>
  %v14 = arith.constant 7 : i8
  %v15:4 = func.call @f1(%v14, %v10) : (i8, vector<[4]xf32>) -> (bf16, i1, vector<[4]xf32>, vector<[4]xi1>)
  %v16 = arith.constant -5 : i32
  %v17 = arith.extui %v16 : i32 to i64
  %v18 = arith.constant 64 : i64
  %v19 = arith.cmpi sgt, %v17, %v18 : i64
  %v20 = arith.shrsi %v11#1, %v15#1 : i1
  %v21 = arith.constant 6 : i7
  %v22 = arith.muli %v21, %v21 : i7
  %v23 = arith.constant 18446744073709551613 : i64
  %v24 = arith.extsi %v23 : i64 to i128
  %v25 = arith.constant dense<true> : vector<[4]xi1>
  %v26 = arith.sitofp %v25 : vector<[4]xi1> to vector<[4]xf32>
  %v27 = arith.constant 4.0 : bf16
  %v28 = arith.negf %v27 : bf16
  return %v15#0, %v15#3 : bf16, vector<[4]xi1>
}
