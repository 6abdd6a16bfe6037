// Random func/arith module, seed 110.
func.func @f0(%arg0: i32, %arg1: i32) -> i1 {
  %v0 = arith.extui %arg1 : i32 to i64
  %v1 = arith.trunci %v0 : i64 to i32
  %v2 = arith.floordivsi %arg0, %arg1 : i32
  %v3 = arith.constant true
  %v4 = arith.constant 0xFF800000 : f32
  %v5 = arith.select %v3, %v4, %v4 : f32
  %v6 = arith.subi %v0, %v0 overflow<none> : i64
  %v7 = arith.constant 1 : i64
  %v8 = arith.xori %v6, %v7 : i64
  %v9 = arith.constant 9 : i8
  %v10 = arith.constant 5 : i8
  %v11 = arith.floordivsi %v9, %v10 : i8
  %v12 = arith.minui %arg1, %v1 : i32
  %v13 = arith.constant 0 : i32
  %v14 = arith.index_castui %v13 : i32 to index
  %v15 = arith.floordivsi %v9, %v10 : i8
  %v16 = arith.remf %v4, %v4 : f32
  %v17 = arith.maxui %v8, %v7 : i64
  %v18 = arith.cmpi sge, %v12, %v12 : i32
  %v19 = arith.select %v18, %v12, %v12 : i32
  %v20 = arith.constant 1 : i8
  %v21 = arith.extui %v20 {tag = 1 : i64} : i8 to i64
  %v22 = arith.constant 9223372036854775807 : i64
  %v23 = arith.cmpi ule, %v21, %v22 : i64
  %v24 = arith.subi %v8, %v0 : i64
  %v25 = arith.constant false
  %v26 = arith.select %v25, %v4, %v5 : f32
  %v27 = arith.constant -1 : index
  %v28 = arith.maxsi %v14, %v27 : index
  %v29 = arith.shli %arg0, %arg0 : i32
  %v30 = arith.negf %v5 fastmath<nsz> : f32
  %v31 = arith.shli %arg0, %arg0 : i32
  return %v18 : i1
}
func.func @f1(%arg0: bf16) {
  %v0 = arith.fptosi %arg0 : bf16 to i8
  %v1 = arith.constant 0x3F80 : bf16
  %v2 = arith.constant 2.0 : bf16
  %v3 = arith.addf %v1, %v2 : bf16
  %v4 = arith.constant -2147483648 : i32
  %v5 = func.call @f0(%v4, %v4) : (i32, i32) -> i1
  %v6 = arith.addf %v2, %v1 : bf16
  %v7 = arith.addf %v2, %v1 : bf16
  %v8 = arith.constant 11 : i64
  %v9 = arith.constant -1 : i64
  %v10 = arith.minsi %v8, %v9 {tag = 1 : i64} : i64
  %v11 = arith.minsi %v8, %v9 {tag = 1 : i64} : i64
  %v12 = func.call @f0(%v4, %v4) : (i32, i32) -> i1
  %v13 = arith.fptosi %arg0 : bf16 to i8
  %v14 = arith.maxsi %v0, %v0 : i8
  %v15 = arith.constant dense<33> : tensor<2x2xi32>
  %v16 = arith.andi %v15, %v15 : tensor<2x2xi32>
  %v17 = arith.addf %v2, %v1 {tag = 0 : i64} : bf16
  %v18 = arith.minnumf %arg0, %arg0 fastmath<arcp,afn> : bf16
  %v19 = arith.cmpf one, %v1, %arg0 : bf16
  %v20 = arith.fptosi %arg0 : bf16 to i8
  %v21 = arith.constant 0xE918 : bf16
  %v22 = arith.bitcast %v21 : bf16 to i16
  return
}
func.func @f2(%arg0: f16, %arg1: f8E3M4) -> f6E2M3FN {
  %v0 = arith.constant 17113392188687868088669156290881394901 : i128
  %v1 = arith.index_cast %v0 {tag = 1 : i64} : i128 to index
  %v2 = arith.truncf %arg1 downward : f8E3M4 to f6E2M3FN
  %v3 = arith.negf %v2 {tag = 0 : i64} : f6E2M3FN
  %v4 = arith.negf %v2 {tag = 0 : i64} : f6E2M3FN
  %v5 = arith.truncf %arg1 downward : f8E3M4 to f6E2M3FN
  %v6 = arith.constant 1 : i8
  %v7 = arith.extsi %v6 : i8 to i64
  %v8 = arith.extsi %v6 : i8 to i64
  %v9 = arith.cmpi uge, %v7, %v8 : i64
  %v10 = arith.constant 0 : i7
  %v11 = arith.sitofp %v10 : i7 to f128
  %v12 = arith.constant -1 : i64
  %v13:2 = arith.addui_extended %v12, %v7 : i64, i1
  %v14 = arith.extsi %v6 : i8 to i64
  %v15 = arith.minnumf %v4, %v5 fastmath<arcp,afn> : f6E2M3FN
  %v16 = arith.subf %v5, %v4 : f6E2M3FN
  return %v16 : f6E2M3FN
}
