// Random func/arith module, seed 52.
func.func @f0(%arg0: f128) -> (i33, i1, i1) {
  %v0 = arith.constant false
  %v1 = arith.constant true
  %v2 = arith.cmpi ugt, %v0, %v1 : i1
  %v3 = arith.constant 0.1 : f32
  %v4 = arith.minnumf %v3, %v3 : f32
  %v5 = arith.constant true
  %v6 = arith.extsi %v5 : i1 to i64
  %v7 = arith.cmpi ugt, %v0, %v1 : i1
  %v8 = arith.constant 4 : i64
  %v9 = arith.shli %v6, %v8 : i64
  %v10 = arith.constant 8 : i64
  %v11 = arith.constant 2 : i64
  %v12 = arith.cmpi ne, %v10, %v11 : i64
  %v13 = arith.constant 13 : i16
  %v14 = arith.constant 15 : i16
  %v15 = arith.cmpi sgt, %v13, %v14 : i16
  %v16 = arith.cmpf true, %arg0, %arg0 : f128
  %v17 = arith.constant 0xBFFF0000000000000000000000000000 : f128
  %v18 = arith.constant -0.0 : f128
  %v19 = arith.addf %v17, %v18 : f128
  %v20 = arith.mulf %arg0, %v18 fastmath<none> : f128
  %v21 = arith.constant 0.5 : f32
  %v22 = arith.cmpf ule, %v21, %v3 : f32
  %v23 = arith.constant -5 : i16
  %v24 = arith.extui %v23 : i16 to i33
  %v25 = arith.cmpi uge, %v13, %v23 : i16
  %v26 = arith.constant 4294967295 : i33
  %v27 = arith.index_castui %v26 : i33 to index
  %v28 = arith.constant true
  %v29 = arith.subi %v22, %v28 overflow<nsw> : i1
  %v30 = arith.cmpf uge, %v20, %v18 : f128
  %v31 = arith.fptosi %v20 : f128 to i33
  %v32 = arith.maxsi %v31, %v24 : i33
  return %v32, %v0, %v28 : i33, i1, i1
}
func.func @f1(%arg0: tensor<0xf64>, %arg1: i128, %arg2: f64) -> tensor<0xi64> {
  %v0 = arith.constant 0 : i128
  %v1 = arith.remsi %arg1, %v0 : i128
  %v2 = arith.index_cast %v1 : i128 to index
  %v3 = arith.constant 13 : index
  %v4 = arith.addi %v2, %v3 : index
  %v5 = arith.index_cast %v3 : index to i64
  %v6 = arith.bitcast %arg0 : tensor<0xf64> to tensor<0xi64>
  %v7 = arith.constant 1.0 : f64
  %v8 = arith.mulf %arg2, %v7 fastmath<none> : f64
  %v9 = arith.constant 3 : i64
  %v10 = arith.constant 1 : i64
  %v11:2 = arith.mulsi_extended %v9, %v10 : i64
  %v12 = arith.constant 7.0 : bf16
  %v13 = arith.divf %v12, %v12 fastmath<none> : bf16
  %v14 = arith.constant dense<[]> : tensor<0xi64>
  %v15 = arith.ori %v6, %v14 : tensor<0xi64>
  return %v15 : tensor<0xi64>
}
func.func @f2(%arg0: i1, %arg1: i64) -> (i64, index) {
  %v0 = arith.constant false
  %v1 = arith.cmpi eq, %arg0, %v0 : i1
  %v2 = arith.constant true
  %v3 = arith.constant false
  %v4 = arith.select %v1, %v3, %v2 : i1
  %v5 = arith.constant -1 : i64
  %v6 = arith.constant 9 : i64
  %v7 = arith.subi %v5, %v6 overflow<nuw> : i64
  %v8 = arith.select %v1, %v3, %v2 : i1
  %v9 = arith.constant -0.0 : f16
  %v10 = arith.minnumf %v9, %v9 : f16
  %v11 = arith.cmpi eq, %arg0, %v0 : i1
  %v12 = arith.select %v1, %v3, %v2 : i1
  %v13 = arith.constant -2024042532 : i32
  %v14 = arith.index_cast %v13 : i32 to index
  %v15 = arith.cmpf true, %v10, %v9 fastmath<none> : f16
  %v16 = arith.constant true
  %v17 = arith.ceildivui %v0, %v16 : i1
  %v18 = arith.bitcast %v9 : f16 to i16
  %v19 = arith.sitofp %v18 : i16 to f16
  %v20 = arith.bitcast %arg1 : i64 to f64
  %v21 = arith.bitcast %v20 : f64 to i64
  %v22 = arith.index_cast %arg1 : i64 to index
  %v23 = arith.constant false
  %v24:2 = arith.mulsi_extended %v23, %v23 : i1
  %v25 = arith.constant 13 : i64
  %v26 = arith.subi %v25, %v5 overflow<nsw, nuw> : i64
  %v27 = arith.constant 0x0000000000000001 : f64
  %v28 = arith.constant 0xFFF8000000000000 : f64
  %v29 = arith.remf %v27, %v28 fastmath<fast> : f64
  %v30 = arith.constant dense<[0, -128, -1, 1]> : vector<4xi8>
  %v31 = arith.constant dense<2> : vector<4xi8>
  %v32 = arith.ori %v30, %v31 : vector<4xi8>
  %v33 = arith.constant dense<[-128, 0, 2, 11]> : vector<4xi8>
  %v34 = arith.ori %v33, %v32 : vector<4xi8>
  %v35 = arith.cmpi ne, %v25, %v6 : i64
  %v36 = arith.constant 11 : i32
  %v37 = arith.constant 1 : i32
  %v38 = arith.xori %v36, %v37 : i32
  %v39 = arith.ori %v1, %arg0 : i1
  %v40 = arith.negf %v20 : f64
  %v41 = arith.negf %v40 : f64
  %v42 = arith.cmpi eq, %arg0, %v0 : i1
  return %v21, %v22 : i64, index
}
func.func @f3(%arg0: i7, %arg1: f8E4M3, %arg2: i1) {
  %v0 = arith.cmpf ord, %arg1, %arg1 : f8E4M3
  %v1 = arith.constant 0x78 : f8E4M3
  %v2 = arith.remf %v1, %arg1 : f8E4M3
  %v3 = arith.cmpi eq, %v0, %arg2 : i1
  %v4 = arith.select %v3, %arg2, %v0 : i1
  %v5 = arith.select %v3, %arg2, %v0 : i1
  %v6 = arith.constant true
  %v7 = arith.extsi %v6 : i1 to i7
  %v8 = arith.truncf %arg1 fastmath<reassoc,contract> : f8E4M3 to f4E2M1FN
  %v9 = arith.select %v3, %arg2, %v0 : i1
  return
}
