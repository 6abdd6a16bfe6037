// Random func/arith module, seed 16.
func.func @f0(%arg0: f64, %arg1: tensor<3xf32>, %arg2: f32) -> (i32, i8, f32) {
  %v0 = arith.constant -4294967296 : i33
  %v1 = arith.constant -1 : i33
  %v2 = arith.minui %v0, %v1 : i33
  %v3 = arith.minui %v0, %v1 : i33
  %v4 = arith.minui %v0, %v1 : i33
  %v5 = arith.constant 32 : i33
  %v6 = arith.cmpi sle, %v1, %v5 : i33
  %v7 = arith.constant 0x78 : f8E3M4
  %v8 = arith.constant 1.0e+10 : f8E3M4
  %v9 = arith.maxnumf %v7, %v8 : f8E3M4
  %v10 = arith.minui %v0, %v1 : i33
  %v11 = arith.subf %arg2, %arg2 fastmath<none> : f32
  %v12 = arith.constant -3.0e-05 : f32
  %v13 = arith.bitcast %v12 {tag = 1 : i64} : f32 to i32
  %v14 = arith.extui %v13 : i32 to i128
  %v15 = arith.constant dense<0x3F800000> : vector<f32>
  %v16 = arith.divf %v15, %v15 : vector<f32>
  %v17 = arith.constant 1 : i33
  %v18 = arith.constant 8589934588 : i33
  %v19 = arith.cmpi eq, %v17, %v18 : i33
  %v20 = arith.constant 0x83CF8C4F67D29823 : f64
  %v21 = arith.constant 0x0000000000000000 : f64
  %v22 = arith.remf %v20, %v21 : f64
  %v23 = arith.constant 4 : i128
  %v24 = arith.muli %v14, %v23 overflow<nsw> : i128
  %v25 = arith.constant 9223372036854775807 : index
  %v26 = arith.index_cast %v25 {tag = 1 : i64} : index to i8
  %v27 = arith.minui %v0, %v1 {tag = 1 : i64} : i33
  %v28 = arith.constant 2147483647 : i32
  %v29:2 = arith.addui_extended %v28, %v28 : i32, i1
  %v30 = arith.shrui %v28, %v13 : i32
  %v31 = arith.shli %v2, %v1 overflow<nuw> : i33
  %v32 = arith.subf %arg2, %arg2 fastmath<none> : f32
  %v33 = arith.divf %v15, %v15 : vector<f32>
  return %v29#0, %v26, %v32 : i32, i8, f32
}
func.func @f1(%arg0: i32, %arg1: tensor<0xi32>, %arg2: f8E4M3) -> (i16, i1) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.shrsi %arg0, %v0 : i32
  %v2 = arith.constant 0x80 : f8E4M3
  %v3 = arith.constant 100.0 : f8E4M3
  %v4 = arith.minnumf %v2, %v3 : f8E4M3
  %v5 = arith.cmpf one, %v3, %v2 fastmath<nnan> : f8E4M3
  %v6 = arith.constant -2147483648 : i32
  %v7:2 = arith.mului_extended %v0, %v6 : i32
  %v8 = arith.cmpi sge, %arg1, %arg1 : tensor<0xi32>
  %v9 = arith.constant 0.0 : f8E4M3
  %v10 = arith.addf %v9, %v2 fastmath<nnan> : f8E4M3
  %v11 = arith.addf %v9, %v2 fastmath<nnan> : f8E4M3
  %v12 = arith.constant -3.0e-05 : f8E4M3
  %v13 = arith.divf %v12, %arg2 : f8E4M3
  %v14 = arith.shrsi %arg0, %v0 : i32
  %v15 = arith.trunci %v14 : i32 to i16
  %v16 = arith.constant dense<-1> : tensor<0xi32>
  %v17 = arith.andi %arg1, %v16 : tensor<0xi32>
  %v18 = arith.cmpf one, %v3, %v2 fastmath<nnan> : f8E4M3
  %v19 = arith.constant 4.0 : f80
  %v20 = arith.constant 0x1520B5A8D85A24C64B8B : f80
  %v21 = arith.divf %v19, %v20 : f80
  %v22 = arith.constant 16957 : i16
  %v23 = arith.subi %v15, %v22 : i16
  %v24 = arith.constant 32767 : i16
  %v25 = arith.subi %v23, %v24 : i16
  %v26 = arith.constant -1.0 : f8E4M3
  %v27 = arith.mulf %v13, %v26 : f8E4M3
  %v28 = arith.cmpf ugt, %arg2, %v27 fastmath<arcp,afn> : f8E4M3
  %v29 = arith.constant -0.0 : f8E4M3
  %v30 = arith.negf %v29 fastmath<fast> : f8E4M3
  return %v23, %v28 : i16, i1
}
