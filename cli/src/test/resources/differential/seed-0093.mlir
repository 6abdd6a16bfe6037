// Random func/arith module, seed 93.
func.func @f0(%arg0: f8E4M3FNUZ) -> (i1, f8E4M3FNUZ) {
  %v0 = arith.constant 4.0 : f8E4M3FNUZ
  %v1 = arith.minimumf %arg0, %v0 : f8E4M3FNUZ
  %v2 = arith.constant 16 : i32
  %v3 = arith.constant 4 : i32
  %v4 = arith.maxsi %v2, %v3 : i32
  %v5 = arith.constant 63 : i7
  %v6 = arith.cmpi eq, %v5, %v5 : i7
  %v7 = arith.select %v6, %v5, %v5 : i7
  %v8 = arith.constant 16 : i32
  %v9 = arith.remui %v4, %v8 : i32
  %v10 = arith.constant 1 : i32
  %v11 = arith.constant -3 : i32
  %v12 = arith.xori %v10, %v11 : i32
  %v13 = arith.constant 0xB8 : f8E4M3FNUZ
  %v14 = arith.subf %v13, %arg0 : f8E4M3FNUZ
  %v15 = arith.constant false
  %v16 = arith.constant false
  %v17 = arith.addi %v15, %v16 : i1
  %v18 = arith.subf %v13, %arg0 : f8E4M3FNUZ
  %v19 = arith.divsi %v15, %v6 : i1
  %v20 = arith.maximumf %v1, %v18 : f8E4M3FNUZ
  %v21 = arith.select %v6, %v5, %v5 : i7
  %v22 = arith.constant -1 : i16
  %v23 = arith.constant -32768 : i16
  %v24:2 = arith.mulsi_extended %v22, %v23 : i16
  return %v19, %v18 : i1, f8E4M3FNUZ
}
func.func @f1(%arg0: f32, %arg1: i64) -> (i1, f32, i64) {
  %v0 = arith.constant 0 : i64
  %v1 = arith.muli %v0, %v0 overflow<none> : i64
  %v2 = arith.constant 64 : i64
  %v3 = arith.cmpi slt, %v2, %arg1 : i64
  %v4 = arith.constant 0x03FF : f16
  %v5 = arith.constant 0x7C00 : f16
  %v6 = arith.subf %v4, %v5 fastmath<arcp,afn> : f16
  %v7 = arith.extui %v0 : i64 to i128
  %v8 = arith.cmpi slt, %v2, %arg1 : i64
  %v9 = arith.cmpi eq, %v0, %arg1 : i64
  %v10 = arith.constant 0x007FFFFF : f32
  %v11 = arith.constant 0x7FC00000 : f32
  %v12 = arith.minimumf %v10, %v11 fastmath<fast> : f32
  %v13 = arith.extui %v0 : i64 to i128
  %v14 = arith.constant -3 : i64
  %v15 = arith.sitofp %v14 : i64 to f16
  %v16 = arith.constant 0.1 : f8E4M3FNUZ
  %v17:2 = func.call @f0(%v16) : (f8E4M3FNUZ) -> (i1, f8E4M3FNUZ)
  %v18 = arith.minui %v9, %v8 : i1
  %v19 = arith.fptosi %v17#1 : f8E4M3FNUZ to i33
  %v20 = arith.constant 0x80000000 : f32
  %v21 = arith.constant 0.1 : f32
  %v22 = arith.maximumf %v20, %v21 fastmath<reassoc,contract> : f32
  %v23 = arith.constant true
  %v24:2 = arith.addui_extended %v9, %v23 : i1, i1
  %v25 = arith.constant true
  %v26 = arith.select %v25, %arg1, %v14 : i64
  %v27 = arith.constant false
  %v28 = arith.constant false
  %v29 = arith.remsi %v27, %v28 : i1
  %v30 = arith.constant -2.5 : f6E2M3FN
  %v31 = arith.constant 0x38 : f6E2M3FN
  %v32 = arith.cmpf false, %v30, %v31 fastmath<nnan> : f6E2M3FN
  return %v24#0, %v22, %v26 : i1, f32, i64
}
