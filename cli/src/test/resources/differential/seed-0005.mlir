// Random func/arith module, seed 5.
func.func @f0(%arg0: i8) -> i64 {
  %v0 = arith.constant true
  %v1 = arith.constant 0xF0 : f8E3M4
  %v2 = arith.select %v0, %v1, %v1 : f8E3M4
  %v3 = arith.constant -9223372036854775808 : index
  %v4 = arith.constant 65 : index
  %v5 = arith.muli %v3, %v4 overflow<nuw> : index
  %v6 = arith.constant -1 : i8
  %v7 = arith.cmpi sle, %v6, %arg0 : i8
  %v8 = arith.truncf %v1 fastmath<ninf> : f8E3M4 to f6E2M3FN
  %v9 = arith.constant 0xB0 : f8E3M4
  %v10 = arith.cmpf olt, %v2, %v9 : f8E3M4
  %v11 = arith.constant dense<[4.0, 3.0, 0x7FEFFFFFFFFFFFFF, 2.0]> : vector<4xf64>
  %v12 = arith.truncf %v11 fastmath<none> : vector<4xf64> to vector<4xf16>
  %v13 = arith.constant 2.0 : f8E3M4
  %v14 = arith.cmpf ord, %v13, %v1 : f8E3M4
  %v15 = arith.constant 0 : i8
  %v16 = arith.cmpi eq, %arg0, %v15 : i8
  %v17 = arith.cmpf olt, %v12, %v12 : vector<4xf16>
  %v18 = arith.constant 1 : i8
  %v19 = arith.divui %v18, %arg0 : i8
  %v20 = arith.constant -3.0e-05 : f8E3M4
  %v21 = arith.subf %v1, %v20 : f8E3M4
  %v22 = arith.constant 0x08 : f6E2M3FN
  %v23 = arith.cmpf one, %v8, %v22 fastmath<nnan,ninf> : f6E2M3FN
  %v24 = arith.constant true
  %v25 = arith.ceildivui %v0, %v24 : i1
  %v26 = arith.select %v0, %v1, %v1 : f8E3M4
  %v27 = arith.constant dense<0x0001> : vector<4xf16>
  %v28 = arith.maximumf %v27, %v12 : vector<4xf16>
  %v29 = arith.constant dense<0x0000000000000001> : vector<4xf64>
  %v30 = arith.maxnumf %v29, %v11 {tag = 1 : i64} : vector<4xf64>
  %v31 = arith.constant 0.5 : f8E3M4
  %v32 = arith.cmpf ugt, %v2, %v31 : f8E3M4
  %v33 = arith.constant dense<false> : vector<4xi1>
  %v34 = arith.minsi %v17, %v33 : vector<4xi1>
  %v35 = arith.extui %v16 : i1 to i64
  %v36 = arith.constant 13 : i64
  %v37 = arith.cmpi ule, %v35, %v36 : i64
  %v38 = arith.constant 0 : i8
  %v39 = arith.constant 127 : i8
  %v40:2 = arith.mului_extended %v38, %v39 : i8
  %v41:2 = arith.mulsi_extended %v34, %v33 : vector<4xi1>
  %v42 = arith.constant false
  %v43 = arith.addi %v16, %v42 : i1
  %v44 = arith.cmpi ugt, %v35, %v35 : i64
  return %v35 : i64
}
func.func @f1(%arg0: f8E4M3B11FNUZ, %arg1: tensor<3xf16>) -> tensor<3xi16> {
  %v0 = arith.constant dense<[-9223372036854775808, 16777216, 776317102737457361]> : tensor<3xindex>
  %v1 = arith.constant dense<3> : tensor<3xindex>
  %v2 = arith.divsi %v0, %v1 exact : tensor<3xindex>
  %v3 = arith.minui %v2, %v0 : tensor<3xindex>
  %v4 = arith.constant dense<[1073741824, 2147483647, 12]> : tensor<3xi32>
  %v5 = arith.uitofp %v4 : tensor<3xi32> to tensor<3xf64>
  %v6 = arith.fptosi %v5 : tensor<3xf64> to tensor<3xi32>
  %v7 = arith.constant dense<8> : tensor<3xi8>
  %v8 = arith.extui %v7 : tensor<3xi8> to tensor<3xi64>
  %v9 = arith.extui %v7 : tensor<3xi8> to tensor<3xi64>
  %v10 = arith.cmpi ult, %v8, %v9 : tensor<3xi64>
  %v11 = arith.constant dense<[0.0, 0x7C00, 1.0]> : tensor<3xf16>
  %v12 = arith.cmpf ord, %arg1, %v11 : tensor<3xf16>
  %v13 = arith.constant 1 : i8
  %v14 = func.call @f0(%v13) : (i8) -> i64
  %v15 = arith.index_castui %v13 : i8 to index
  %v16 = arith.constant false
  %v17 = arith.uitofp %v16 : i1 to f64
  %v18 = arith.fptosi %v17 : f64 to i1
  %v19 = arith.index_castui %v14 : i64 to index
  %v20 = arith.constant 35184372088832 : i128
  %v21 = arith.select %v16, %v20, %v20 : i128
  %v22 = func.call @f0(%v13) : (i8) -> i64
  %v23 = arith.extui %v12 : tensor<3xi1> to tensor<3xi16>
  %v24 = arith.constant 65 : i64
  %v25:2 = arith.mului_extended %v14, %v24 : i64
  %v26 = arith.fptosi %arg0 : f8E4M3B11FNUZ to i33
  %v27:2 = arith.mului_extended %v14, %v24 : i64
  return %v23 : tensor<3xi16>
}
func.func @f2(%arg0: bf16, %arg1: i8, %arg2: vector<f32>) -> (i8, i8) {
  %v0 = arith.constant 9 : i8
  %v1 = arith.maxui %arg1, %v0 : i8
  %v2 = arith.constant 43 : i8
  %v3 = arith.minui %v1, %v2 {tag = 0 : i64} : i8
  %v4 = arith.constant 32 : i8
  %v5 = arith.minui %v3, %v4 : i8
  %v6 = arith.maxui %arg1, %v0 : i8
  %v7 = arith.constant 0x98 : f8E4M3B11FNUZ
  %v8 = arith.constant dense<0x2E85> : tensor<3xf16>
  %v9 = func.call @f1(%v7, %v8) : (f8E4M3B11FNUZ, tensor<3xf16>) -> tensor<3xi16>
  %v10:2 = arith.addui_extended %arg1, %v3 : i8, i1
  %v11 = arith.constant false
  %v12 = arith.cmpi ugt, %v10#1, %v11 : i1
  %v13 = arith.extf %arg0 fastmath<nnan,ninf> : bf16 to f64
  return %v10#0, %v10#0 : i8, i8
}
func.func @f3(%arg0: f32, %arg1: i32, %arg2: i32) -> (i32, f32, i1) {
  %v0 = arith.constant 0x80000000 : f32
  %v1 = arith.subf %v0, %arg0 : f32
  %v2 = arith.negf %v1 : f32
  %v3 = arith.negf %v2 fastmath<arcp,afn> : f32
  %v4 = arith.constant -2147483648 : i32
  %v5 = arith.minsi %v4, %arg2 : i32
  %v6 = arith.constant 100.0 : f32
  %v7 = arith.addf %v1, %v6 : f32
  %v8 = arith.constant false
  %v9 = arith.constant 2147483647 : i32
  %v10 = arith.select %v8, %arg1, %v9 : i32
  %v11 = arith.shrui %arg2, %v5 : i32
  %v12 = arith.select %v8, %arg1, %v9 : i32
  %v13 = arith.constant dense<12> : vector<i8>
  %v14 = arith.constant dense<6> : vector<i8>
  %v15 = arith.maxsi %v13, %v14 : vector<i8>
  %v16 = arith.constant 0x00 : f6E2M3FN
  %v17 = arith.subf %v16, %v16 : f6E2M3FN
  %v18 = arith.fptoui %arg0 : f32 to i32
  %v19 = arith.fptoui %v6 : f32 to i7
  %v20 = arith.remui %v5, %v11 : i32
  %v21 = arith.constant 100.0 : f6E2M3FN
  %v22 = arith.mulf %v16, %v21 : f6E2M3FN
  %v23 = arith.constant 6922593034821386058 : i64
  %v24 = arith.cmpi ult, %v23, %v23 : i64
  %v25 = arith.cmpf uge, %v2, %v7 : f32
  %v26 = arith.negf %v1 : f32
  %v27 = arith.constant false
  %v28 = arith.shrui %v27, %v25 exact : i1
  %v29 = arith.constant -0.75 : f32
  %v30 = arith.bitcast %v29 : f32 to i32
  %v31 = arith.constant true
  %v32 = arith.select %v31, %v16, %v21 : f6E2M3FN
  %v33 = arith.constant true
  %v34 = arith.constant false
  %v35 = arith.cmpi ule, %v33, %v34 : i1
  %v36 = arith.constant 2.0 : tf32
  %v37 = arith.mulf %v36, %v36 fastmath<reassoc,contract> : tf32
  return %v20, %v1, %v28 : i32, f32, i1
}
