// Random func/arith module, seed 9.
func.func @f0(%arg0: f64, %arg1: f8E4M3FNUZ) -> f64 {
  %v0 = arith.constant 15 : i33
  %v1 = arith.constant -2 : i33
  %v2 = arith.shrui %v0, %v1 : i33
  %v3 = arith.shrui %v0, %v1 : i33
  %v4 = arith.shrui %v0, %v1 : i33
  %v5 = arith.mulf %arg0, %arg0 : f64
  %v6 = arith.constant true
  %v7 = arith.select %v6, %arg1, %arg1 : f8E4M3FNUZ
  %v8 = arith.constant -4294967296 : i33
  %v9 = arith.constant 129 : i128
  %v10 = arith.constant 1 : i128
  %v11:2 = arith.addui_extended %v9, %v10 : i128, i1
  %v12 = arith.constant true
  %v13 = arith.cmpi ugt, %v12, %v6 : i1
  %v14 = arith.constant 0x8000000000000000 : f64
  %v15 = arith.subf %v5, %v14 : f64
  %v16 = arith.constant 0xBFF0000000000000 : f64
  %v17 = arith.bitcast %v16 : f64 to i64
  %v18 = arith.constant 3 : i33
  %v19 = arith.constant 1 : i33
  %v20 = arith.shrui %v18, %v19 : i33
  %v21 = arith.remsi %v19, %v8 : i33
  %v22 = arith.select %v6, %arg1, %arg1 : f8E4M3FNUZ
  return %v5 : f64
}
func.func @f1(%arg0: tf32, %arg1: i64) -> i64 {
  %v0 = arith.cmpi sgt, %arg1, %arg1 : i64
  %v1 = arith.negf %arg0 fastmath<arcp,afn> : tf32
  %v2 = arith.floordivsi %arg1, %arg1 : i64
  %v3 = arith.truncf %arg0 : tf32 to f6E3M2FN
  %v4 = arith.sitofp %arg1 : i64 to f8E5M2FNUZ
  %v5 = arith.constant false
  %v6 = arith.constant false
  %v7 = arith.muli %v5, %v6 : i1
  %v8 = arith.constant true
  %v9 = arith.maxsi %v8, %v0 : i1
  %v10 = arith.fptosi %v4 : f8E5M2FNUZ to i32
  %v11 = arith.constant -2147483648 : i32
  %v12 = arith.bitcast %v11 : i32 to f32
  %v13 = arith.constant 0 : i32
  %v14 = arith.floordivsi %v11, %v13 : i32
  %v15 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v16 = arith.minimumf %v4, %v15 : f8E5M2FNUZ
  %v17 = arith.floordivsi %v11, %v13 : i32
  %v18 = arith.index_cast %v5 : i1 to index
  %v19 = arith.constant dense<0x0010000000000000> : vector<2xf64>
  %v20 = arith.constant dense<0xFFF8000000000000> : vector<2xf64>
  %v21 = arith.minnumf %v19, %v20 : vector<2xf64>
  %v22 = arith.constant 16 : i7
  %v23 = arith.constant 7 : i7
  %v24 = arith.shrui %v22, %v23 exact : i7
  %v25 = arith.constant false
  %v26 = arith.ceildivui %v9, %v25 : i1
  %v27 = arith.constant 32768 : i64
  %v28 = arith.subi %v27, %arg1 : i64
  %v29 = arith.constant 10 : index
  %v30 = arith.index_castui %v29 : index to i1
  %v31 = arith.remui %v26, %v25 : i1
  %v32 = arith.constant 0.5 : f64
  %v33 = arith.constant 3.0 : f8E4M3FNUZ
  %v34 = func.call @f0(%v32, %v33) : (f64, f8E4M3FNUZ) -> f64
  %v35 = arith.constant dense<[[false, true], [true, false]]> : tensor<2x2xi1>
  %v36 = arith.cmpi slt, %v35, %v35 : tensor<2x2xi1>
  %v37 = arith.bitcast %v11 : i32 to f32
  return %v28 : i64
}
func.func @f2(%arg0: f64, %arg1: f64) -> (f64, index, index, i32) {
  %v0 = arith.constant 0x3FF0000000000000 : f64
  %v1 = arith.minimumf %v0, %arg1 : f64
  %v2 = arith.constant 65 : index
  %v3 = arith.constant 3 : index
  %v4 = arith.shrui %v2, %v3 : index
  %v5 = arith.index_castui %v2 : index to i7
  %v6 = arith.constant true
  %v7 = arith.constant dense<0xFE00> : vector<4xf16>
  %v8 = arith.constant dense<0x0001> : vector<4xf16>
  %v9 = arith.select %v6, %v7, %v8 : vector<4xf16>
  %v10 = arith.maximumf %arg1, %v0 : f64
  %v11 = arith.constant 1.0 : f64
  %v12 = arith.minnumf %v1, %v11 fastmath<arcp,afn> : f64
  %v13 = arith.constant false
  %v14 = arith.extui %v13 : i1 to i7
  %v15 = arith.constant -1.0 : tf32
  %v16 = arith.constant 16 : i64
  %v17 = func.call @f1(%v15, %v16) : (tf32, i64) -> i64
  %v18 = arith.constant 4 : i7
  %v19 = arith.extui %v18 : i7 to i16
  %v20 = arith.minimumf %v0, %arg1 : f64
  %v21 = arith.constant -4 : i64
  %v22 = arith.remsi %v16, %v21 : i64
  %v23 = arith.constant 6 : i16
  %v24:2 = arith.addui_extended %v19, %v23 {tag = 0 : i64} : i16, i1
  %v25 = arith.fptosi %v10 : f64 to i1
  %v26 = arith.index_cast %v17 : i64 to index
  %v27 = arith.index_cast %v26 : index to i64
  %v28 = arith.constant 15 : i32
  %v29 = arith.constant -1384062659 : i32
  %v30 = arith.maxsi %v28, %v29 : i32
  return %v20, %v26, %v26, %v30 : f64, index, index, i32
}
