// Random func/arith module, seed 0.
func.func @f0(%arg0: i32, %arg1: i16, %arg2: f8E5M2FNUZ, %arg3: i32) -> (index, f8E5M2FNUZ) {
  %v0 = arith.constant 0xBC : f8E5M2FNUZ
  %v1 = arith.cmpf ugt, %v0, %arg2 : f8E5M2FNUZ
  %v2 = arith.cmpf ugt, %v0, %arg2 : f8E5M2FNUZ
  %v3 = arith.index_cast %v2 : i1 to index
  %v4 = arith.cmpf ugt, %v0, %arg2 : f8E5M2FNUZ
  %v5 = arith.negf %arg2 : f8E5M2FNUZ
  %v6 = arith.shrsi %arg3, %arg0 : i32
  %v7 = arith.constant true
  %v8 = arith.constant 1858797275 : i32
  %v9 = arith.select %v7, %v8, %arg3 : i32
  %v10 = arith.cmpi eq, %v9, %arg0 : i32
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v11, %v12 : i1
  %v14 = arith.remui %v3, %v3 : index
  %v15 = arith.cmpf ugt, %v0, %arg2 : f8E5M2FNUZ
  %v16 = arith.subf %v0, %v5 : f8E5M2FNUZ
  %v17 = arith.bitcast %v16 : f8E5M2FNUZ to f8E4M3
  %v18 = arith.constant 100.0 : f8E5M2FNUZ
  %v19 = arith.cmpf ule, %v16, %v18 : f8E5M2FNUZ
  %v20 = arith.index_cast %v9 : i32 to index
  %v21 = arith.index_cast %v20 : index to i32
  %v22 = arith.constant 0xB8 : f8E4M3
  %v23 = arith.fptosi %v22 : f8E4M3 to i8
  %v24 = arith.constant -2147483648 : i32
  %v25 = arith.subi %v9, %v24 overflow<nsw> : i32
  %v26 = arith.constant 2 : i16
  %v27 = arith.minsi %arg1, %v26 : i16
  %v28 = arith.extsi %v25 : i32 to i64
  %v29 = arith.trunci %v28 : i64 to i32
  %v30 = arith.mulf %v17, %v22 : f8E4M3
  %v31 = arith.trunci %v28 : i64 to i32
  %v32 = arith.fptosi %v5 : f8E5M2FNUZ to i7
  %v33 = arith.constant 5 : i64
  %v34:2 = arith.addui_extended %v28, %v33 : i64, i1
  %v35 = arith.constant 2.0 : f8E4M3
  %v36 = arith.cmpf olt, %v17, %v35 fastmath<fast> : f8E4M3
  return %v20, %arg2 : index, f8E5M2FNUZ
}
func.func @f1(%arg0: f8E4M3FNUZ) {
  %v0 = arith.constant 1022742633 : i32
  %v1 = arith.constant 13 : i32
  %v2 = arith.shli %v0, %v1 : i32
  %v3 = arith.constant -0.0 : f8E4M3FNUZ
  %v4 = arith.addf %arg0, %v3 : f8E4M3FNUZ
  %v5 = arith.addi %v2, %v0 overflow<nuw> : i32
  %v6 = arith.constant 16 : i16
  %v7 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v8:2 = func.call @f0(%v1, %v6, %v7, %v2) : (i32, i16, f8E5M2FNUZ, i32) -> (index, f8E5M2FNUZ)
  %v9 = arith.constant true
  %v10 = arith.constant 2168265845307848467 : index
  %v11 = arith.select %v9, %v10, %v8#0 : index
  %v12 = arith.negf %v8#1 : f8E5M2FNUZ
  %v13 = arith.constant -9223372036854775808 : index
  %v14 = arith.muli %v11, %v13 : index
  %v15 = arith.constant -6 : index
  %v16 = arith.muli %v15, %v14 : index
  %v17 = arith.constant 13 : i32
  %v18 = arith.constant -1.0 : f8E5M2FNUZ
  %v19:2 = func.call @f0(%v17, %v6, %v18, %v0) : (i32, i16, f8E5M2FNUZ, i32) -> (index, f8E5M2FNUZ)
  %v20 = arith.constant -1.0 : f8E5M2FNUZ
  %v21 = arith.cmpf ugt, %v12, %v20 : f8E5M2FNUZ
  %v22 = arith.muli %v15, %v14 : index
  return
}
