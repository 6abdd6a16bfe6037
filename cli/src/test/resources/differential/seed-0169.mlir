// Random func/arith module, seed 169.
func.func @f0(%arg0: i64, %arg1: i128) -> (i1, i64, i64) {
  %v0 = arith.constant -1.0 : f8E4M3
  %v1 = arith.fptosi %v0 : f8E4M3 to i128
  %v2 = arith.constant 12 : i64
  %v3 = arith.minsi %arg0, %v2 : i64
  %v4 = arith.constant 14 : i128
  %v5 = arith.remsi %v4, %arg1 : i128
  %v6 = arith.remsi %v4, %arg1 : i128
  %v7 = arith.constant 0 : i128
  %v8 = arith.ori %v6, %v7 : i128
  %v9 = arith.constant 1 : i128
  %v10 = arith.ori %v8, %v9 : i128
  %v11 = arith.constant 1 : i33
  %v12 = arith.constant -4294967296 : i33
  %v13 = arith.constant 9 : i33
  %v14 = arith.ceildivui %v12, %v13 : i33
  %v15 = arith.constant false
  %v16 = arith.constant false
  %v17 = arith.cmpi sle, %v15, %v16 : i1
  %v18 = arith.constant 0x7F7F : bf16
  %v19 = arith.constant 1.0 : bf16
  %v20 = arith.mulf %v18, %v19 : bf16
  %v21 = arith.uitofp %v15 : i1 to f8E4M3FNUZ
  %v22 = arith.constant 0 : i64
  %v23:2 = arith.addui_extended %v22, %arg0 : i64, i1
  %v24 = arith.constant 0x862A : bf16
  %v25 = arith.addf %v24, %v19 fastmath<reassoc,contract> : bf16
  %v26 = arith.constant 1.0e+10 : bf16
  %v27 = arith.divf %v26, %v20 : bf16
  %v28 = arith.constant 0x3C : f8E5M2
  %v29 = arith.constant 0x7C : f8E5M2
  %v30 = arith.cmpf ueq, %v28, %v29 : f8E5M2
  %v31 = arith.negf %v24 fastmath<fast> : bf16
  %v32 = arith.fptosi %v0 : f8E4M3 to i128
  %v33 = arith.divf %v26, %v20 : bf16
  %v34 = arith.constant 8192 : index
  %v35 = arith.cmpi eq, %v34, %v34 : index
  %v36 = arith.constant true
  %v37 = arith.constant false
  %v38 = arith.select %v35, %v36, %v37 : i1
  return %v23#1, %v23#0, %v23#0 : i1, i64, i64
}
func.func @f1(%arg0: f32, %arg1: i32, %arg2: i16) -> i32 {
  %v0 = arith.divsi %arg1, %arg1 : i32
  %v1 = arith.divsi %arg1, %v0 : i32
  %v2 = arith.cmpf ugt, %arg0, %arg0 : f32
  %v3 = arith.constant 0 : i32
  %v4 = arith.bitcast %v3 : i32 to f32
  %v5 = arith.minnumf %v4, %arg0 : f32
  %v6 = arith.constant 0 : i16
  %v7 = arith.muli %arg2, %v6 : i16
  %v8 = arith.minnumf %arg0, %v4 : f32
  %v9 = arith.muli %v0, %v3 overflow<nsw, nuw> : i32
  %v10 = arith.constant 0x00800000 : f32
  %v11 = arith.maximumf %v10, %v5 : f32
  %v12 = arith.constant 0x7FC00000 : f32
  %v13 = arith.cmpf oge, %v12, %arg0 : f32
  %v14 = arith.cmpf olt, %arg0, %v5 fastmath<nnan,ninf> : f32
  %v15 = arith.trunci %v7 overflow<nsw, nuw> : i16 to i7
  %v16 = arith.divsi %arg1, %v0 : i32
  %v17 = arith.remf %v12, %v8 : f32
  %v18 = arith.subf %arg0, %v5 fastmath<nnan> : f32
  %v19 = arith.remf %v8, %v11 : f32
  %v20 = arith.remf %v12, %v8 : f32
  %v21 = arith.minnumf %v5, %v8 : f32
  %v22 = arith.constant 0 : i8
  %v23 = arith.extsi %v22 : i8 to i64
  %v24 = arith.extsi %v22 : i8 to i64
  %v25 = arith.cmpi ule, %v23, %v24 : i64
  %v26 = arith.constant false
  %v27 = arith.sitofp %v26 : i1 to f64
  return %v16 : i32
}
