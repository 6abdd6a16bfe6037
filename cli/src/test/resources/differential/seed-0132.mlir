// Random func/arith module, seed 132.
func.func @f0(%arg0: i33, %arg1: i1) -> (i32, i1, i1) {
  %v0 = arith.constant 0x07 : f8E4M3FNUZ
  %v1 = arith.extf %v0 fastmath<nnan,ninf> : f8E4M3FNUZ to f32
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg1, %arg1 : i1
  %v4 = arith.minui %arg1, %v2 : i1
  %v5 = arith.floordivsi %v2, %v2 : i1
  %v6 = arith.floordivsi %v2, %v2 : i1
  %v7 = arith.constant 0 : i33
  %v8 = arith.addi %v7, %arg0 : i33
  %v9 = arith.xori %arg0, %v7 : i33
  %v10 = arith.constant true
  %v11 = arith.xori %v4, %v10 : i1
  %v12 = arith.xori %v11, %v10 : i1
  %v13 = arith.constant false
  %v14 = arith.maxsi %v11, %v13 : i1
  %v15 = arith.constant false
  %v16 = arith.maxsi %v14, %v15 : i1
  %v17 = arith.constant 32 : i32
  %v18 = arith.constant 32 : i32
  %v19 = arith.ceildivsi %v17, %v18 : i32
  %v20 = arith.constant 0x38 : f8E4M3FNUZ
  %v21 = arith.minimumf %v0, %v20 : f8E4M3FNUZ
  %v22 = arith.cmpi slt, %v8, %v7 : i33
  %v23 = arith.negf %v20 : f8E4M3FNUZ
  %v24 = arith.fptosi %v0 : f8E4M3FNUZ to i128
  %v25 = arith.extui %v15 : i1 to i8
  %v26 = arith.constant true
  %v27 = arith.ceildivui %v10, %v26 : i1
  %v28 = arith.extui %v15 : i1 to i8
  %v29 = arith.constant 3507733404 : i33
  %v30:2 = arith.addui_extended %v8, %v29 : i33, i1
  %v31 = arith.constant -1 : i32
  %v32 = arith.floordivsi %v31, %v17 : i32
  %v33 = arith.constant 0 : i8
  %v34 = arith.addi %v33, %v33 : i8
  %v35 = arith.shrui %v3, %v22 : i1
  %v36 = arith.constant true
  %v37 = arith.andi %v14, %v36 : i1
  return %v19, %v30#1, %v30#1 : i32, i1, i1
}
func.func @f1(%arg0: i8) -> i32 {
  %v0 = arith.constant dense<[0x7F800000, 0xFF800000, -2.5, 0x68200CAE]> : vector<4xf32>
  %v1 = arith.fptoui %v0 : vector<4xf32> to vector<4xi8>
  %v2 = arith.constant 1 : i8
  %v3 = arith.uitofp %v2 : i8 to f32
  %v4 = arith.fptoui %v3 : f32 to i8
  %v5 = arith.constant dense<[0.5, -0.0, 100.0]> : tensor<3xf64>
  %v6 = arith.truncf %v5 : tensor<3xf64> to tensor<3xbf16>
  %v7 = arith.constant 8589934590 : i33
  %v8 = arith.constant false
  %v9:3 = func.call @f0(%v7, %v8) : (i33, i1) -> (i32, i1, i1)
  %v10 = arith.constant -1723401885 : i32
  %v11 = arith.extui %v10 : i32 to i64
  %v12 = arith.extui %v9#0 : i32 to i64
  %v13 = arith.cmpi ne, %v11, %v12 : i64
  %v14 = arith.constant 64 : i8
  %v15 = arith.constant 1 : i8
  %v16 = arith.divui %v14, %v15 : i8
  %v17 = arith.shli %v9#0, %v9#0 : i32
  %v18 = arith.shli %v9#0, %v9#0 : i32
  %v19 = arith.constant 0x3F800000 : f32
  %v20 = arith.minimumf %v3, %v19 fastmath<fast> : f32
  %v21 = arith.cmpi slt, %v10, %v17 : i32
  %v22 = arith.constant -1 : i128
  %v23 = arith.minsi %v22, %v22 : i128
  %v24 = arith.constant -1 : i33
  %v25 = arith.subi %v24, %v7 : i33
  %v26 = arith.constant 0x00000001 : f32
  %v27 = arith.bitcast %v26 : f32 to i32
  %v28 = arith.constant -1 : i32
  %v29 = arith.select %v9#2, %v28, %v18 : i32
  %v30 = arith.shli %v9#0, %v9#0 : i32
  return %v17 : i32
}
