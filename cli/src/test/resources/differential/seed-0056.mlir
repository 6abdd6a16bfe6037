// Random func/arith module, seed 56.
func.func @f0(%arg0: i64, %arg1: f6E2M3FN) -> (i64, i64, i64) {
  %v0 = arith.constant 9223372036854775807 : i64
  %v1 = arith.constant 65 : i64
  %v2 = arith.cmpi ule, %v0, %v1 : i64
  %v3 = arith.constant true
  %v4 = arith.cmpi sle, %v2, %v3 : i1
  %v5 = arith.constant -9223372036854775808 : i64
  %v6 = arith.maxui %arg0, %v5 : i64
  %v7 = arith.constant 3 : i8
  %v8 = arith.extui %v7 : i8 to i64
  %v9 = arith.constant 9 : i8
  %v10 = arith.extui %v9 : i8 to i64
  %v11 = arith.cmpi uge, %v8, %v10 : i64
  %v12 = arith.constant -0.0 : f6E2M3FN
  %v13 = arith.subf %v12, %arg1 fastmath<nnan,ninf> : f6E2M3FN
  %v14 = arith.cmpi sle, %v2, %v3 : i1
  %v15 = arith.constant 12 : i64
  %v16 = arith.maxui %arg0, %v15 : i64
  %v17 = arith.cmpi sle, %v2, %v3 : i1
  %v18 = arith.constant false
  %v19:2 = arith.addui_extended %v18, %v11 : i1, i1
  %v20 = arith.bitcast %v1 : i64 to f64
  return %v16, %v16, %v16 : i64, i64, i64
}
func.func @f1(%arg0: tensor<2x2xf32>, %arg1: f8E4M3FNUZ) {
  %v0 = arith.constant 0 : i33
  %v1 = arith.constant -1 : i33
  %v2 = arith.xori %v0, %v1 : i33
  %v3 = arith.constant 4294967295 : i33
  %v4 = arith.muli %v2, %v3 : i33
  %v5 = arith.constant 32 : i33
  %v6 = arith.muli %v4, %v5 : i33
  %v7 = arith.constant 2.0 : f8E4M3
  %v8 = arith.addf %v7, %v7 : f8E4M3
  %v9 = arith.constant 0x0001 : bf16
  %v10 = arith.truncf %v9 fastmath<fast> : bf16 to f8E5M2FNUZ
  %v11 = arith.muli %v4, %v5 : i33
  %v12 = arith.constant -1 : i32
  %v13 = arith.uitofp %v12 : i32 to f32
  %v14 = arith.fptosi %v13 : f32 to i32
  return
}
func.func @f2(%arg0: f8E3M4, %arg1: f8E5M2, %arg2: vector<2x3xf64>) -> (i64, i7) {
  %v0 = arith.constant 16 : i8
  %v1 = arith.constant 1 : i8
  %v2 = arith.cmpi sgt, %v0, %v1 : i8
  %v3 = arith.negf %arg2 : vector<2x3xf64>
  %v4 = arith.negf %v3 fastmath<nsz> : vector<2x3xf64>
  %v5 = arith.cmpi sgt, %v0, %v1 : i8
  %v6 = arith.constant 0x7FC0 : bf16
  %v7 = arith.constant -0.75 : bf16
  %v8 = arith.addf %v6, %v7 fastmath<ninf> : bf16
  %v9 = arith.extui %v0 : i8 to i64
  %v10 = arith.extui %v1 : i8 to i64
  %v11 = arith.cmpi ult, %v9, %v10 : i64
  %v12 = arith.constant -1 : i64
  %v13 = arith.constant 2 : i64
  %v14 = arith.shrui %v12, %v13 : i64
  %v15 = arith.constant 0.0 : f8E5M2
  %v16 = arith.cmpf une, %arg1, %v15 : f8E5M2
  %v17 = arith.constant 0x6F : f8E3M4
  %v18 = arith.negf %v17 : f8E3M4
  %v19 = arith.index_castui %v16 : i1 to index
  %v20 = arith.index_castui %v16 : i1 to index
  %v21 = arith.constant 0x03 : f8E5M2
  %v22 = arith.cmpf oge, %v21, %arg1 : f8E5M2
  %v23 = arith.addf %arg1, %arg1 : f8E5M2
  %v24 = arith.addf %arg1, %arg1 : f8E5M2
  %v25 = arith.shli %v16, %v22 : i1
  %v26 = arith.fptosi %v21 : f8E5M2 to i7
  %v27 = arith.constant true
  %v28 = arith.xori %v27, %v2 : i1
  %v29 = arith.fptosi %v21 : f8E5M2 to i7
  %v30 = arith.constant 4 : i64
  %v31 = arith.constant 0x18 : f6E2M3FN
  %v32:3 = func.call @f0(%v30, %v31) : (i64, f6E2M3FN) -> (i64, i64, i64)
  %v33 = arith.maxsi %v12, %v9 : i64
  return %v10, %v26 : i64, i7
}
