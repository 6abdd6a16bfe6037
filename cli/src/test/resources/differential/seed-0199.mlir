// Random func/arith module, seed 199.
func.func @f0(%arg0: f64, %arg1: f32) -> i33 {
  %v0 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v1 = arith.subf %v0, %arg0 fastmath<ninf> : f64
  %v2 = arith.constant dense<11> : vector<4xindex>
  %v3 = arith.constant dense<-6892600683512753853> : vector<4xindex>
  %v4 = arith.minui %v2, %v3 : vector<4xindex>
  %v5 = arith.floordivsi %v2, %v3 : vector<4xindex>
  %v6 = arith.cmpi ule, %v3, %v2 : vector<4xindex>
  %v7 = arith.constant dense<[-1739199044726344886, -2, -2, 1]> : vector<4xindex>
  %v8 = arith.constant dense<65> : vector<4xindex>
  %v9 = arith.addi %v7, %v8 : vector<4xindex>
  %v10 = arith.constant dense<[0, 10, 6, 18014398509481984]> : vector<4xindex>
  %v11 = arith.cmpi sle, %v2, %v10 : vector<4xindex>
  %v12 = arith.constant dense<true> : vector<4xi1>
  %v13 = arith.andi %v6, %v12 : vector<4xi1>
  %v14 = arith.ceildivui %v11, %v6 : vector<4xi1>
  %v15 = arith.cmpi eq, %v5, %v2 : vector<4xindex>
  %v16 = arith.select %v15, %v5, %v2 : vector<4xi1>, vector<4xindex>
  %v17 = arith.constant dense<0x0001> : tensor<2x2xbf16>
  %v18 = arith.constant dense<[[0x7F7F, 1.0], [-2.5, -1.0]]> : tensor<2x2xbf16>
  %v19 = arith.remf %v17, %v18 : tensor<2x2xbf16>
  %v20 = arith.constant 2147483647 : i32
  %v21 = arith.constant -67688542 : i32
  %v22 = arith.minsi %v20, %v21 : i32
  %v23 = arith.constant dense<-3> : vector<4xi64>
  %v24 = arith.constant dense<[-1721809218578391184, 9223372036854775807, -3, 1]> : vector<4xi64>
  %v25:2 = arith.mulsi_extended %v23, %v24 : vector<4xi64>
  %v26 = arith.fptoui %arg0 : f64 to i33
  %v27 = arith.constant 1678427379 : i33
  %v28 = arith.maxsi %v26, %v27 : i33
  %v29 = arith.constant 8589934591 : i33
  %v30 = arith.maxsi %v28, %v29 : i33
  %v31 = arith.divf %arg0, %v0 fastmath<arcp,afn> : f64
  return %v26 : i33
}
func.func @f1(%arg0: i64, %arg1: tensor<3xi16>, %arg2: tensor<3xf64>, %arg3: f32) -> i64 {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.constant 0 : i32
  %v2 = arith.divsi %v0, %v1 : i32
  %v3 = arith.constant 31 : i32
  %v4 = arith.remui %v1, %v3 : i32
  %v5 = arith.constant 1 : i64
  %v6 = arith.addi %v5, %arg0 overflow<nuw> : i64
  %v7 = arith.constant -1 : i16
  %v8 = arith.constant -8 : i16
  %v9 = arith.cmpi sgt, %v7, %v8 : i16
  %v10 = arith.cmpi ule, %v6, %arg0 : i64
  %v11 = arith.select %v10, %arg0, %v6 : i64
  %v12 = arith.constant -1 : i64
  %v13 = arith.addi %v6, %v12 : i64
  %v14 = arith.constant 33554432 : i64
  %v15 = arith.addi %v14, %v13 : i64
  %v16 = arith.constant true
  %v17 = arith.uitofp %v16 : i1 to f8E5M2FNUZ
  %v18 = arith.uitofp %v16 : i1 to f16
  %v19 = arith.shli %v16, %v10 overflow<nsw, nuw> : i1
  %v20 = arith.constant 0.0 : f32
  %v21 = arith.cmpf ueq, %v20, %arg3 : f32
  %v22 = arith.minnumf %arg2, %arg2 : tensor<3xf64>
  %v23 = arith.constant 33 : i32
  %v24 = arith.divsi %v1, %v23 : i32
  %v25 = arith.maxsi %v21, %v10 : i1
  %v26 = arith.addi %v6, %v12 : i64
  %v27 = arith.uitofp %v16 : i1 to f8E5M2FNUZ
  %v28 = arith.bitcast %v4 : i32 to f32
  %v29 = arith.bitcast %v28 : f32 to i32
  return %v26 : i64
}
func.func @f2(%arg0: vector<2x3xindex>, %arg1: f64, %arg2: f8E5M2) -> (vector<2x3xi1>, vector<2x3xi1>) {
  %v0 = arith.addf %arg2, %arg2 : f8E5M2
  %v1 = arith.addf %arg2, %arg2 : f8E5M2
  %v2 = arith.constant dense<[[64, -9223372036854775808, 15], [5673606069859942605, 70368744177664, -2]]> : vector<2x3xindex>
  %v3 = arith.shli %arg0, %v2 : vector<2x3xindex>
  %v4 = arith.constant 8 : index
  %v5 = arith.constant 14 : index
  %v6 = arith.minui %v4, %v5 : index
  %v7 = arith.constant dense<9223372036854775807> : vector<2x3xindex>
  %v8 = arith.index_cast %v7 : vector<2x3xindex> to vector<2x3xi64>
  %v9 = arith.constant dense<-1> : vector<2x3xindex>
  %v10 = arith.shli %v9, %v3 : vector<2x3xindex>
  %v11 = arith.constant dense<-1> : vector<2x3xindex>
  %v12 = arith.xori %v10, %v11 : vector<2x3xindex>
  %v13 = arith.xori %v12, %v11 : vector<2x3xindex>
  %v14 = arith.minui %v4, %v5 : index
  %v15 = arith.constant 61067 : i16
  %v16 = arith.extui %v15 : i16 to i64
  %v17 = arith.trunci %v16 : i64 to i16
  %v18 = arith.constant 9223372036854775807 : i64
  %v19 = arith.constant 1 : i64
  %v20 = arith.ceildivsi %v18, %v19 : i64
  %v21 = arith.constant dense<[[5, 5864690385225093694, -5583787451282247441], [9, 0, 0]]> : vector<2x3xindex>
  %v22 = arith.cmpi slt, %v10, %v21 : vector<2x3xindex>
  %v23 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v24 = arith.constant 0.5 : f64
  %v25 = arith.maxnumf %v23, %v24 : f64
  return %v22, %v22 : vector<2x3xi1>, vector<2x3xi1>
}
func.func @f3(%arg0: f8E3M4, %arg1: f16, %arg2: i32) -> (i1, vector<2x3xi1>) {
  %v0 = arith.constant 3 : i32
  %v1 = arith.remsi %v0, %v0 : i32
  %v2 = arith.constant 2.0 : f8E3M4
  %v3 = arith.maximumf %arg0, %v2 : f8E3M4
  %v4 = arith.constant true
  %v5 = arith.select %v4, %v2, %arg0 : f8E3M4
  %v6 = arith.constant 12 : i64
  %v7 = arith.constant dense<17> : tensor<3xi16>
  %v8 = arith.constant dense<0xFB13244F1C4C7497> : tensor<3xf64>
  %v9 = arith.constant -0.0 : f32
  %v10 = func.call @f1(%v6, %v7, %v8, %v9) : (i64, tensor<3xi16>, tensor<3xf64>, f32) -> i64
  %v11 = arith.constant false
  %v12 = arith.constant 0x0400 : f16
  %v13 = arith.select %v11, %arg1, %v12 : f16
  %v14 = arith.constant -7 : i32
  %v15 = arith.cmpi sle, %arg2, %v14 : i32
  %v16 = arith.constant 0x3C00 : f16
  %v17 = arith.bitcast %v16 : f16 to i16
  %v18 = arith.maxui %v10, %v10 : i64
  %v19 = arith.constant dense<15> : vector<2x3xindex>
  %v20 = arith.constant 0xFFF8000000000000 : f64
  %v21 = arith.constant 0x4D : f8E5M2
  %v22:2 = func.call @f2(%v19, %v20, %v21) : (vector<2x3xindex>, f64, f8E5M2) -> (vector<2x3xi1>, vector<2x3xi1>)
  %v23 = arith.constant false
  %v24 = arith.maxsi %v23, %v15 : i1
  %v25 = arith.constant dense<[[false, true, true], [true, true, false]]> : vector<2x3xi1>
  %v26 = arith.shrui %v25, %v22#1 : vector<2x3xi1>
  %v27 = arith.bitcast %v16 : f16 to i16
  %v28 = arith.remui %v24, %v24 : i1
  return %v24, %v26 : i1, vector<2x3xi1>
}
