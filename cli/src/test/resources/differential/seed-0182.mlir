// Random func/arith module, seed 182.
func.func @f0(%arg0: bf16) -> bf16 {
  %v0 = arith.minnumf %arg0, %arg0 : bf16
  %v1 = arith.minnumf %arg0, %arg0 : bf16
  %v2 = arith.fptoui %v0 : bf16 to i8
  %v3 = arith.constant 15 : i8
  %v4 = arith.addi %v2, %v3 : i8
  %v5 = arith.constant 14 : i8
  %v6 = arith.xori %v2, %v5 : i8
  %v7 = arith.maximumf %v0, %arg0 : bf16
  return %v7 : bf16
}
func.func @f1(%arg0: f16) -> bf16 {
  %v0 = arith.constant -7 : i16
  %v1 = arith.constant -32768 : i16
  %v2 = arith.ori %v0, %v1 : i16
  %v3 = arith.constant 16 : i16
  %v4 = arith.ori %v2, %v3 : i16
  %v5 = arith.constant 3.0 : f16
  %v6 = arith.fptoui %v5 : f16 to i8
  %v7 = arith.constant 4 : i16
  %v8 = arith.bitcast %v7 : i16 to f16
  %v9 = arith.negf %v8 : f16
  %v10 = arith.negf %v9 : f16
  %v11 = arith.ori %v3, %v2 : i16
  %v12 = arith.constant 4594 : i16
  %v13 = arith.cmpi eq, %v4, %v12 : i16
  %v14 = arith.constant -0.75 : bf16
  %v15 = func.call @f0(%v14) : (bf16) -> bf16
  %v16 = arith.minimumf %arg0, %v5 : f16
  return %v15 : bf16
}
func.func @f2(%arg0: f32, %arg1: tf32) -> vector<[4]xi1> {
  %v0 = arith.constant dense<11> : vector<[4]xi64>
  %v1 = arith.constant dense<1> : vector<[4]xi64>
  %v2:2 = arith.mului_extended %v0, %v1 : vector<[4]xi64>
  %v3 = arith.constant dense<0.5> : vector<f32>
  %v4 = arith.mulf %v3, %v3 fastmath<fast> : vector<f32>
  %v5 = arith.constant -7 : i16
  %v6 = arith.constant 0 : i16
  %v7 = arith.cmpi sge, %v5, %v6 : i16
  %v8 = arith.constant dense<63> : vector<[4]xi64>
  %v9 = arith.cmpi slt, %v8, %v0 : vector<[4]xi64>
  %v10 = arith.cmpi slt, %v8, %v0 : vector<[4]xi64>
  %v11 = arith.constant 32767 : i16
  %v12 = arith.constant -1 : i16
  %v13 = arith.cmpi ule, %v11, %v12 : i16
  return %v9 : vector<[4]xi1>
}
func.func @f3(%arg0: f16) -> (bf16, f8E4M3FN, bf16) {
  %v0 = arith.constant 0.1 : f8E4M3FN
  %v1 = arith.constant 0xB8 : f8E4M3FN
  %v2 = arith.remf %v0, %v1 : f8E4M3FN
  %v3 = func.call @f1(%arg0) : (f16) -> bf16
  %v4 = arith.constant 12 : i64
  %v5 = arith.divui %v4, %v4 : i64
  %v6 = arith.extsi %v4 : i64 to i128
  %v7 = arith.constant 13 : i64
  %v8 = arith.ceildivsi %v4, %v7 : i64
  %v9 = arith.negf %v1 : f8E4M3FN
  %v10 = arith.negf %v9 fastmath<none> : f8E4M3FN
  %v11 = arith.constant -9223372036854775808 : i64
  %v12 = arith.addi %v8, %v11 : i64
  %v13 = arith.constant 12 : i64
  %v14 = arith.addi %v12, %v13 : i64
  %v15 = arith.constant 2 : i64
  %v16 = arith.ori %v4, %v15 : i64
  %v17 = arith.constant 0 : i128
  %v18 = arith.constant -6 : i128
  %v19 = arith.cmpi sle, %v17, %v18 : i128
  %v20 = arith.constant false
  %v21 = arith.shrui %v19, %v20 exact : i1
  %v22:2 = arith.addui_extended %v20, %v19 : i1, i1
  %v23 = arith.constant true
  %v24 = arith.remsi %v21, %v23 : i1
  %v25 = arith.constant true
  %v26 = arith.maxsi %v22#1, %v25 : i1
  %v27 = arith.constant false
  %v28 = arith.maxsi %v27, %v26 : i1
  %v29 = arith.constant 134217728 : i32
  %v30 = arith.bitcast %v29 : i32 to f32
  %v31 = arith.bitcast %v30 : f32 to i32
  %v32 = arith.constant 31 : i32
  %v33 = arith.shrui %v32, %v29 : i32
  %v34 = arith.negf %v1 : f8E4M3FN
  %v35 = func.call @f1(%arg0) : (f16) -> bf16
  %v36 = arith.ori %v6, %v17 : i128
  %v37 = arith.extsi %v20 : i1 to i16
  %v38 = arith.trunci %v37 : i16 to i1
  %v39 = arith.constant 0x5A14 : bf16
  %v40 = arith.negf %v39 fastmath<nsz> : bf16
  %v41 = arith.constant true
  %v42 = arith.xori %v22#0, %v41 : i1
  %v43 = arith.xori %v42, %v41 : i1
  return %v40, %v34, %v35 : bf16, f8E4M3FN, bf16
}
