// Random func/arith module, seed 190.
func.func @f0(%arg0: f8E4M3, %arg1: i128) -> (f8E4M3, i32, index) {
  %v0 = arith.constant true
  %v1 = arith.constant 0x38 : f8E4M3
  %v2 = arith.select %v0, %v1, %arg0 : f8E4M3
  %v3 = arith.constant -1 : i128
  %v4 = arith.divsi %v3, %arg1 : i128
  %v5 = arith.divsi %v3, %arg1 : i128
  %v6 = arith.divf %v2, %arg0 : f8E4M3
  %v7 = arith.constant 127 : i128
  %v8 = arith.shrui %v3, %v7 exact : i128
  %v9 = arith.constant 0x38 : f8E4M3
  %v10 = arith.fptoui %v9 : f8E4M3 to i32
  %v11 = arith.constant 0x4D : f8E4M3
  %v12 = arith.constant 0x08 : f8E4M3
  %v13 = arith.maximumf %v11, %v12 : f8E4M3
  %v14:2 = arith.mului_extended %v10, %v10 : i32
  %v15 = arith.minimumf %v2, %v6 : f8E4M3
  %v16 = arith.constant 0.1 : bf16
  %v17 = arith.constant 0x0000 : bf16
  %v18 = arith.addf %v16, %v17 : bf16
  %v19 = arith.constant 0x77 : f8E4M3
  %v20 = arith.minimumf %v15, %v19 : f8E4M3
  %v21 = arith.cmpi uge, %v10, %v14#0 : i32
  %v22 = arith.minimumf %v19, %v15 : f8E4M3
  %v23 = arith.constant 0 : i32
  %v24:2 = arith.mului_extended %v10, %v23 : i32
  %v25 = arith.mulf %v2, %v6 fastmath<fast> : f8E4M3
  %v26 = arith.constant 140737488355328 : index
  %v27 = arith.andi %v26, %v26 : index
  %v28 = arith.maximumf %v11, %v12 : f8E4M3
  %v29:2 = arith.mului_extended %v10, %v23 : i32
  %v30 = arith.constant -1 : i128
  %v31 = arith.ori %v30, %v4 : i128
  %v32 = arith.constant -7 : i64
  %v33 = arith.constant 8192 : i64
  %v34:2 = arith.mului_extended %v32, %v33 : i64
  %v35 = arith.constant 100.0 : bf16
  %v36 = arith.divf %v35, %v16 fastmath<none> : bf16
  return %v25, %v29#0, %v27 : f8E4M3, i32, index
}
func.func @f1(%arg0: i64, %arg1: i33) -> index {
  %v0 = arith.divsi %arg1, %arg1 : i33
  %v1 = arith.constant 0xD5 : f8E4M3
  %v2 = arith.constant 18014398509481984 : i128
  %v3:3 = func.call @f0(%v1, %v2) : (f8E4M3, i128) -> (f8E4M3, i32, index)
  %v4 = arith.bitcast %v3#0 : f8E4M3 to f8E5M2
  %v5 = arith.constant 0xCD : f8E4M3FNUZ
  %v6 = arith.constant 0x7C : f8E4M3FNUZ
  %v7 = arith.subf %v5, %v6 : f8E4M3FNUZ
  %v8 = arith.constant -4909361793005745701 : index
  %v9 = arith.shrsi %v3#2, %v8 : index
  %v10 = arith.constant false
  %v11 = arith.constant 3.0 : f8E5M2
  %v12 = arith.select %v10, %v4, %v11 : f8E5M2
  return %v9 : index
}
