// Random func/arith module, seed 181.
func.func @f0(%arg0: index) -> (i1, index, index) {
  %v0 = arith.constant true
  %v1 = arith.maxui %v0, %v0 : i1
  %v2 = arith.constant false
  %v3 = arith.extui %v2 : i1 to i64
  %v4 = arith.constant -2 : i64
  %v5 = arith.cmpi ult, %v3, %v4 : i64
  %v6 = arith.constant 0xF8 : f8E3M4
  %v7 = arith.mulf %v6, %v6 : f8E3M4
  %v8 = arith.constant -5 : i8
  %v9 = arith.extui %v8 : i8 to i64
  %v10 = arith.constant 0 : i64
  %v11 = arith.cmpi uge, %v9, %v10 : i64
  %v12 = arith.subf %v6, %v7 : f8E3M4
  %v13 = arith.constant -2 : i32
  %v14 = arith.minui %v13, %v13 : i32
  %v15 = arith.xori %arg0, %arg0 : index
  %v16 = arith.constant 15 : index
  %v17 = arith.maxsi %v15, %v16 : index
  %v18 = arith.cmpi ult, %v3, %v4 : i64
  %v19 = arith.constant -0.0 : f8E3M4
  %v20 = arith.subf %v7, %v19 : f8E3M4
  %v21 = arith.xori %v17, %arg0 : index
  %v22 = arith.muli %v0, %v1 : i1
  %v23 = arith.cmpi ult, %v16, %v16 : index
  %v24 = arith.maxsi %v15, %v15 : index
  %v25 = arith.constant 0xB0 : f8E3M4
  %v26 = arith.select %v5, %v25, %v19 : f8E3M4
  %v27 = arith.constant 1 : i32
  %v28 = arith.constant 1 : i32
  %v29 = arith.subi %v27, %v28 : i32
  %v30 = arith.constant 5 : i7
  %v31 = arith.constant 32 : i7
  %v32 = arith.cmpi ult, %v30, %v31 : i7
  %v33 = arith.constant 33 : i32
  %v34 = arith.remsi %v33, %v28 : i32
  %v35 = arith.remui %v15, %v15 : index
  %v36 = arith.subf %v6, %v7 : f8E3M4
  %v37 = arith.cmpi uge, %v9, %v10 : i64
  %v38 = arith.maxsi %v16, %v15 : index
  %v39 = arith.xori %v17, %v15 : index
  return %v1, %v21, %v38 : i1, index, index
}
func.func @f1(%arg0: f16, %arg1: f64) -> (i1, i1, i32, i32) {
  %v0 = arith.constant 65 : index
  %v1:3 = func.call @f0(%v0) : (index) -> (i1, index, index)
  %v2:3 = func.call @f0(%v0) : (index) -> (i1, index, index)
  %v3 = arith.constant 0 : index
  %v4 = arith.minui %v2#2, %v3 : index
  %v5 = arith.constant 9223372036854775807 : index
  %v6 = arith.minui %v5, %v4 : index
  %v7 = arith.addf %arg1, %arg1 : f64
  %v8 = arith.constant 2147483647 : i32
  %v9 = arith.uitofp %v8 : i32 to f64
  %v10 = arith.fptoui %v9 : f64 to i32
  %v11 = arith.constant 2147483647 : i32
  %v12 = arith.trunci %v11 overflow<nsw, nuw> : i32 to i7
  %v13 = arith.constant 2.0 : f8E3M4
  %v14 = arith.subf %v13, %v13 : f8E3M4
  %v15 = arith.constant 0 : i32
  %v16 = arith.cmpi sge, %v15, %v15 : i32
  %v17 = arith.select %v16, %v15, %v15 : i32
  %v18:3 = func.call @f0(%v0) : (index) -> (i1, index, index)
  %v19 = arith.constant true
  %v20 = arith.muli %v18#0, %v19 : i1
  %v21 = arith.constant false
  %v22 = arith.muli %v20, %v21 : i1
  %v23 = arith.constant 4.0 : f16
  %v24 = arith.select %v19, %v23, %arg0 : f16
  %v25 = arith.minnumf %v24, %v23 : f16
  return %v22, %v18#0, %v10, %v17 : i1, i1, i32, i32
}
func.func @f2(%arg0: index, %arg1: vector<2x3xi32>, %arg2: i7) -> (vector<[4]xf64>, index, index, index) {
  %v0 = arith.constant dense<0xFFF0000000000000> : vector<[4]xf64>
  %v1 = arith.mulf %v0, %v0 fastmath<arcp,afn> : vector<[4]xf64>
  %v2 = arith.constant 8 : i7
  %v3 = arith.cmpi sge, %arg2, %v2 : i7
  %v4 = arith.constant 1 : i7
  %v5 = arith.shrsi %arg2, %v4 exact : i7
  %v6 = arith.constant dense<2.0> : vector<[4]xf64>
  %v7 = arith.remf %v0, %v6 fastmath<nsz> : vector<[4]xf64>
  %v8 = arith.constant dense<0x0000000000000000> : vector<[4]xf64>
  %v9 = arith.truncf %v8 fastmath<arcp,afn> : vector<[4]xf64> to vector<[4]xf32>
  %v10 = arith.remui %arg0, %arg0 : index
  %v11 = arith.constant dense<0x3FF0000000000000> : vector<[4]xf64>
  %v12 = arith.minnumf %v11, %v6 fastmath<nsz> : vector<[4]xf64>
  %v13 = arith.constant true
  %v14 = arith.constant true
  %v15 = arith.cmpi uge, %v13, %v14 : i1
  return %v11, %v10, %v10, %v10 : vector<[4]xf64>, index, index, index
}
