// Random func/arith module, seed 46.
func.func @f0(%arg0: i32) -> i32 {
  %v0 = arith.constant 9 : i8
  %v1 = arith.constant 7 : i8
  %v2 = arith.xori %v0, %v1 : i8
  %v3 = arith.xori %v1, %v0 : i8
  %v4 = arith.constant 0 : i32
  %v5 = arith.remsi %v4, %arg0 : i32
  %v6 = arith.remsi %v4, %arg0 : i32
  %v7 = arith.constant true
  %v8 = arith.constant 4 : i32
  %v9 = arith.select %v7, %v8, %arg0 : i32
  %v10 = arith.select %v7, %arg0, %v4 : i32
  return %v9 : i32
}
func.func @f1(%arg0: f32) -> f32 {
  %v0 = arith.constant true
  %v1 = arith.constant false
  %v2:2 = arith.mulsi_extended %v0, %v1 : i1
  %v3:2 = arith.mulsi_extended %v0, %v1 : i1
  %v4 = arith.constant true
  %v5 = arith.minsi %v2#1, %v4 : i1
  %v6 = arith.constant 4.0 : f32
  %v7 = arith.addf %arg0, %v6 fastmath<fast> : f32
  %v8 = arith.constant 1.0e+10 : f8E4M3FN
  %v9 = arith.subf %v8, %v8 : f8E4M3FN
  %v10 = arith.constant false
  %v11 = arith.constant false
  %v12 = arith.cmpi sgt, %v10, %v11 : i1
  %v13 = arith.constant 32768 : i32
  %v14 = func.call @f0(%v13) : (i32) -> i32
  %v15 = arith.fptoui %arg0 : f32 to i64
  %v16 = arith.subf %v8, %v8 : f8E4M3FN
  %v17 = func.call @f0(%v14) : (i32) -> i32
  %v18 = arith.bitcast %arg0 : f32 to i32
  %v19 = arith.constant false
  %v20:2 = arith.mului_extended %v19, %v1 : i1
  %v21 = arith.constant -1.0 : f32
  %v22 = arith.maxnumf %v6, %v21 : f32
  %v23 = arith.subf %v21, %v7 : f32
  %v24 = arith.constant 4294967288 : i32
  %v25 = arith.constant -2147483648 : i32
  %v26 = arith.andi %v24, %v25 : i32
  %v27 = arith.index_cast %v18 : i32 to index
  %v28:2 = arith.mulsi_extended %v0, %v1 : i1
  %v29 = arith.fptosi %v22 : f32 to i32
  %v30 = func.call @f0(%v18) : (i32) -> i32
  %v31 = arith.maxnumf %v7, %v6 : f32
  return %v31 : f32
}
func.func @f2(%arg0: f8E5M2, %arg1: f8E4M3FNUZ, %arg2: f8E4M3FN, %arg3: i33) -> (f32, i32) {
  %v0 = arith.constant 12 : i33
  %v1 = arith.cmpi uge, %arg3, %v0 : i33
  %v2 = arith.constant 13 : index
  %v3 = arith.xori %v2, %v2 : index
  %v4 = arith.constant true
  %v5 = arith.index_castui %v4 : i1 to index
  %v6 = arith.xori %arg3, %arg3 : i33
  %v7 = arith.addf %arg1, %arg1 : f8E4M3FNUZ
  %v8 = arith.constant 0x80000000 : f32
  %v9 = func.call @f1(%v8) : (f32) -> f32
  %v10 = arith.constant 0 : i33
  %v11 = arith.xori %v10, %arg3 : i33
  %v12 = arith.constant 9 : i33
  %v13 = arith.andi %v12, %arg3 : i33
  %v14 = arith.constant 16 : i64
  %v15 = arith.extsi %v14 : i64 to i128
  %v16 = arith.constant 128 : i128
  %v17 = arith.constant -170141183460469231731687303715884105728 : i128
  %v18 = arith.maxsi %v16, %v17 : i128
  %v19 = arith.constant false
  %v20 = arith.remui %v19, %v1 : i1
  %v21 = arith.maxsi %v16, %v17 : i128
  %v22 = arith.constant -170141183460469231731687303715884105728 : i128
  %v23 = arith.andi %v21, %v22 : i128
  %v24 = arith.minsi %v20, %v20 : i1
  %v25 = arith.constant 0 : i33
  %v26 = arith.cmpi ne, %arg3, %v25 : i33
  %v27 = arith.extsi %v11 : i33 to i128
  %v28 = arith.bitcast %v9 : f32 to i32
  %v29 = arith.constant 0x5A : f8E4M3FNUZ
  %v30 = arith.maxnumf %v29, %arg1 : f8E4M3FNUZ
  %v31 = arith.constant 2147483647 : i32
  %v32:2 = arith.addui_extended %v31, %v28 : i32, i1
  %v33 = func.call @f1(%v8) : (f32) -> f32
  %v34 = arith.ori %v27, %v16 : i128
  %v35 = arith.constant 32 : i32
  %v36 = arith.minsi %v35, %v31 : i32
  return %v33, %v32#0 : f32, i32
}
func.func @f3(%arg0: f32, %arg1: f8E5M2) -> index {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.andi %v0, %v0 : i32
  %v2 = arith.constant true
  %v3 = arith.constant true
  %v4 = arith.cmpi uge, %v2, %v3 : i1
  %v5 = arith.constant 2 : i7
  %v6 = arith.index_castui %v5 : i7 to index
  %v7 = arith.constant 13 : index
  %v8 = arith.constant 9223372036854775807 : index
  %v9 = arith.addi %v7, %v8 : index
  %v10 = arith.constant false
  %v11 = arith.select %v3, %v3, %v10 : i1
  %v12 = arith.cmpi uge, %v2, %v3 : i1
  %v13 = arith.select %v12, %v7, %v7 : index
  %v14 = arith.constant 1073741824 : i32
  %v15 = arith.cmpi uge, %v1, %v14 : i32
  %v16 = arith.minui %v5, %v5 : i7
  %v17 = arith.minui %v5, %v5 : i7
  return %v6 : index
}
