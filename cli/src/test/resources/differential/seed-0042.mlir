// Random func/arith module, seed 42.
func.func @f0(%arg0: vector<2x3xf64>) -> vector<2x3xi1> {
  %v0 = arith.constant 0 : index
  %v1 = arith.constant -2 : index
  %v2 = arith.muli %v0, %v1 : index
  %v3 = arith.constant 5 : i64
  %v4 = arith.constant 4 : i64
  %v5:2 = arith.addui_extended %v3, %v4 : i64, i1
  %v6 = arith.mulf %arg0, %arg0 : vector<2x3xf64>
  %v7 = arith.constant 1 : i64
  %v8 = arith.constant true
  %v9 = arith.extui %v8 : i1 to i7
  %v10 = arith.extui %v8 : i1 to i7
  %v11 = arith.constant true
  %v12 = arith.constant -7 : i7
  %v13 = arith.select %v11, %v12, %v10 : i7
  %v14 = arith.constant dense<0xC6B52A321EAC4658> : vector<2x3xf64>
  %v15 = arith.minimumf %arg0, %v14 fastmath<fast> : vector<2x3xf64>
  %v16 = arith.fptoui %v6 : vector<2x3xf64> to vector<2x3xi1>
  %v17 = arith.select %v11, %v12, %v10 : i7
  %v18 = arith.constant dense<[[false, false, true], [false, true, false]]> : vector<2x3xi1>
  %v19 = arith.shrui %v18, %v16 : vector<2x3xi1>
  return %v16 : vector<2x3xi1>
}
func.func @f1(%arg0: f80, %arg1: tf32) -> tf32 {
  %v0 = arith.constant 0x00010000000000000000 : f80
  %v1 = arith.remf %arg0, %v0 : f80
  %v2 = arith.constant 2.0 : f80
  %v3 = arith.subf %v1, %v2 : f80
  %v4 = arith.constant -4 : i8
  %v5 = arith.floordivsi %v4, %v4 : i8
  %v6 = arith.constant 1 : i8
  %v7 = arith.index_castui %v6 : i8 to index
  %v8 = arith.index_castui %v7 : index to i8
  %v9 = arith.constant -1 : i32
  %v10 = arith.constant -1 : i32
  %v11 = arith.andi %v9, %v10 : i32
  %v12 = arith.index_castui %v11 : i32 to index
  %v13 = arith.constant 0x3FBFF : tf32
  %v14 = arith.negf %v13 : tf32
  %v15 = arith.negf %v14 : tf32
  %v16 = arith.constant 33 : i32
  %v17 = arith.constant 2147483647 : i32
  %v18 = arith.shli %v16, %v17 : i32
  return %v14 : tf32
}
func.func @f2(%arg0: f32, %arg1: vector<2x3xf16>) -> vector<2x3xi1> {
  %v0 = arith.constant 5 : i7
  %v1 = arith.remui %v0, %v0 : i7
  %v2 = arith.remui %v0, %v0 : i7
  %v3 = arith.cmpi ne, %v0, %v2 : i7
  %v4 = arith.select %v3, %v2, %v0 : i7
  %v5 = arith.constant dense<-0.75> : vector<2x3xf16>
  %v6 = arith.cmpf ogt, %arg1, %v5 fastmath<none> : vector<2x3xf16>
  %v7 = arith.constant 908963033 : i32
  %v8 = arith.cmpi ugt, %v7, %v7 : i32
  %v9 = arith.constant dense<false> : vector<2x3xi1>
  %v10 = arith.constant dense<false> : vector<2x3xi1>
  %v11 = arith.shli %v9, %v10 overflow<nsw, nuw> : vector<2x3xi1>
  %v12 = arith.extf %arg0 fastmath<none> : f32 to f80
  %v13 = arith.minsi %v6, %v10 : vector<2x3xi1>
  %v14 = arith.extf %arg0 fastmath<none> : f32 to f80
  %v15 = arith.constant false
  %v16 = arith.select %v15, %arg0, %arg0 : f32
  %v17 = arith.cmpi ule, %v8, %v15 : i1
  %v18 = arith.constant 10 : i8
  %v19 = arith.extsi %v18 : i8 to i64
  %v20 = arith.constant 8 : i64
  %v21 = arith.cmpi uge, %v19, %v20 : i64
  %v22 = arith.cmpi ule, %v8, %v15 : i1
  %v23 = arith.extsi %v18 : i8 to i64
  %v24 = arith.cmpi ule, %v8, %v15 : i1
  %v25 = arith.cmpf ugt, %v16, %arg0 : f32
  %v26 = arith.constant -5 : i128
  %v27 = arith.index_cast %v26 : i128 to index
  %v28 = arith.constant -547021851000573126 : i64
  %v29:2 = arith.mulsi_extended %v20, %v28 : i64
  %v30 = arith.constant 0x7FFF8000000000000000 : f80
  %v31 = arith.constant 0x3FFF0000000000000000 : f80
  %v32 = arith.cmpf one, %v30, %v31 : f80
  %v33 = arith.constant dense<[[6456645814991823443, -6], [2138397162307937652, -1]]> : tensor<2x2xindex>
  %v34 = arith.constant dense<1> : tensor<2x2xindex>
  %v35 = arith.cmpi ugt, %v33, %v34 : tensor<2x2xindex>
  %v36 = arith.constant 0x3F800000 : f32
  %v37 = arith.divf %v36, %v16 : f32
  %v38 = arith.constant 15 : i7
  %v39 = arith.divsi %v38, %v2 : i7
  %v40 = arith.constant dense<[[0.0, 0xFFF0000000000000, 0x8000000000000000], [0.5, 0xFFF0000000000000, 0x7FF8000000000000]]> : vector<2x3xf64>
  %v41 = func.call @f0(%v40) : (vector<2x3xf64>) -> vector<2x3xi1>
  return %v41 : vector<2x3xi1>
}
func.func @f3(%arg0: f32, %arg1: tensor<3xbf16>, %arg2: i8) -> (tf32, tf32) {
  %v0 = arith.constant 0x48C3FA862585D975EAD5 : f80
  %v1 = arith.constant -2.5 : tf32
  %v2 = func.call @f1(%v0, %v1) : (f80, tf32) -> tf32
  %v3 = arith.constant 0.0 : f16
  %v4 = arith.constant 4.0 : f16
  %v5 = arith.subf %v3, %v4 fastmath<nsz> : f16
  %v6 = arith.shrui %arg2, %arg2 : i8
  %v7 = arith.constant -1 : i8
  %v8 = arith.remui %arg2, %v7 : i8
  %v9 = arith.constant 0 : i8
  %v10 = arith.trunci %v9 : i8 to i7
  %v11 = arith.constant dense<false> : vector<4xi1>
  %v12 = arith.constant dense<[0x3C00, 0x0000, 0x0000, 0x7E00]> : vector<4xf16>
  %v13 = arith.select %v11, %v12, %v12 : vector<4xi1>, vector<4xf16>
  %v14 = func.call @f1(%v0, %v1) : (f80, tf32) -> tf32
  %v15 = arith.constant 8 : i8
  %v16 = arith.andi %arg2, %v15 : i8
  %v17 = arith.constant dense<7.0> : tensor<3xbf16>
  %v18 = arith.minnumf %arg1, %v17 fastmath<arcp,afn> : tensor<3xbf16>
  %v19:2 = arith.addui_extended %arg2, %v8 : i8, i1
  %v20 = arith.extui %v19#1 : i1 to i64
  %v21 = arith.constant 64 : i64
  %v22 = arith.cmpi eq, %v20, %v21 : i64
  %v23 = arith.constant 0.1 : bf16
  %v24 = arith.maxnumf %v23, %v23 fastmath<ninf> : bf16
  %v25 = arith.constant 3.0 : f32
  %v26 = arith.constant 0x00800000 : f32
  %v27 = arith.maxnumf %v25, %v26 : f32
  %v28 = func.call @f1(%v0, %v1) : (f80, tf32) -> tf32
  %v29 = arith.constant 0.0 : f16
  %v30 = arith.divf %v3, %v29 fastmath<arcp,afn> : f16
  %v31 = arith.fptosi %arg0 : f32 to i32
  %v32 = arith.select %v19#1, %v2, %v1 : tf32
  %v33 = arith.bitcast %arg0 : f32 to i32
  %v34 = arith.constant 0xFF80 : bf16
  %v35 = arith.negf %v34 : bf16
  %v36 = func.call @f1(%v0, %v1) : (f80, tf32) -> tf32
  %v37 = arith.index_cast %v31 : i32 to index
  %v38 = arith.fptosi %arg0 : f32 to i32
  %v39 = arith.constant dense<0x561CC16FB510DEED> : vector<2x3xf64>
  %v40 = func.call @f0(%v39) : (vector<2x3xf64>) -> vector<2x3xi1>
  return %v28, %v36 : tf32, tf32
}
