// Random func/arith module, seed 183.
func.func @f0(%arg0: f32, %arg1: index, %arg2: i64) -> (i64, f32) {
  %v0 = arith.negf %arg0 fastmath<arcp,afn> : f32
  %v1 = arith.constant -6 : index
  %v2 = arith.cmpi eq, %v1, %v1 : index
  %v3 = arith.maximumf %v0, %arg0 : f32
  %v4 = arith.constant true
  %v5 = arith.constant -2002325357645195770 : i64
  %v6 = arith.select %v4, %arg2, %v5 : i64
  %v7 = arith.select %v4, %v6, %arg2 : i64
  %v8 = arith.constant -9135261171274305005 : i64
  %v9 = arith.minsi %v7, %v8 : i64
  %v10 = arith.remui %v1, %arg1 : index
  %v11 = arith.negf %arg0 fastmath<arcp,afn> : f32
  %v12 = arith.constant 0 : i32
  %v13 = arith.constant 15 : i32
  %v14 = arith.shrui %v12, %v13 : i32
  %v15 = arith.maximumf %v0, %arg0 : f32
  %v16 = arith.negf %arg0 fastmath<arcp,afn> : f32
  %v17 = arith.constant -2.5 : f32
  %v18 = arith.cmpf true, %v17, %v17 : f32
  %v19 = arith.constant -5 : index
  %v20 = arith.addi %v10, %v19 : index
  %v21 = arith.constant 0 : index
  %v22 = arith.addi %v21, %v20 : index
  %v23 = arith.constant 14 : i64
  %v24 = arith.shrui %v6, %v23 : i64
  %v25 = arith.cmpi sgt, %v20, %v20 : index
  %v26 = arith.negf %arg0 fastmath<arcp,afn> : f32
  %v27 = arith.addi %v21, %v20 : index
  %v28 = arith.constant dense<16> : vector<4xi16>
  %v29 = arith.constant dense<[-32768, -2, -7, -32768]> : vector<4xi16>
  %v30 = arith.floordivsi %v28, %v29 : vector<4xi16>
  %v31 = arith.uitofp %v25 : i1 to f32
  %v32 = arith.fptoui %v31 : f32 to i1
  %v33 = arith.constant -1 : i64
  %v34 = arith.maxsi %arg2, %v33 : i64
  return %v24, %v26 : i64, f32
}
func.func @f1(%arg0: i16) -> i1 {
  %v0 = arith.constant 1 : i16
  %v1:2 = arith.mului_extended %arg0, %v0 : i16
  %v2 = arith.constant -6 : i64
  %v3 = arith.ori %v2, %v2 : i64
  %v4 = arith.maxui %v1#1, %arg0 : i16
  %v5 = arith.andi %v3, %v2 : i64
  %v6 = arith.ori %v2, %v2 : i64
  %v7:2 = arith.addui_extended %v6, %v5 : i64, i1
  %v8 = arith.extui %v6 : i64 to i128
  %v9:2 = arith.mului_extended %v1#1, %v4 : i16
  %v10 = arith.ori %v2, %v2 : i64
  %v11 = arith.andi %v3, %v2 : i64
  %v12 = arith.cmpi sle, %v9#0, %v0 : i16
  %v13 = arith.constant 0xBC00 : f16
  %v14 = arith.constant 0x0400 : f16
  %v15 = arith.minimumf %v13, %v14 : f16
  %v16 = arith.cmpi ule, %v12, %v12 : i1
  %v17 = arith.andi %v3, %v2 : i64
  %v18 = arith.constant false
  %v19 = arith.xori %v18, %v16 : i1
  return %v19 : i1
}
