// Random func/arith module, seed 144.
func.func @f0(%arg0: vector<4xf32>) -> vector<4xf64> {
  %v0 = arith.constant 0 : i8
  %v1 = arith.constant 8 : i8
  %v2 = arith.ceildivsi %v0, %v1 : i8
  %v3 = arith.constant 1 : i8
  %v4 = arith.constant 8 : i8
  %v5 = arith.divui %v3, %v4 : i8
  %v6 = arith.constant -26 : i8
  %v7 = arith.minsi %v6, %v5 : i8
  %v8 = arith.extf %arg0 : vector<4xf32> to vector<4xf64>
  %v9 = arith.extui %v0 : i8 to i33
  %v10 = arith.constant -128 : i8
  %v11 = arith.ceildivui %v10, %v7 : i8
  %v12 = arith.maxsi %v6, %v1 : i8
  %v13 = arith.constant dense<0x79715525F006B94F> : vector<4xf64>
  %v14 = arith.divf %v13, %v8 fastmath<nnan,ninf> : vector<4xf64>
  %v15 = arith.negf %v14 fastmath<nnan> : vector<4xf64>
  %v16 = arith.ceildivsi %v0, %v1 : i8
  %v17 = arith.constant true
  %v18 = arith.constant dense<0xFE00> : vector<4xf16>
  %v19 = arith.constant dense<[0x7E00, 3.0, 3.0, 0.5]> : vector<4xf16>
  %v20 = arith.select %v17, %v18, %v19 : vector<4xf16>
  %v21 = arith.constant true
  %v22 = arith.constant true
  %v23 = arith.ceildivui %v21, %v22 : i1
  %v24 = arith.constant dense<[11, 680, 1]> : tensor<3xi16>
  %v25 = arith.constant dense<[32767, 32767, -1]> : tensor<3xi16>
  %v26 = arith.shrsi %v24, %v25 exact : tensor<3xi16>
  %v27 = arith.constant true
  %v28 = arith.constant true
  %v29 = arith.ceildivui %v27, %v28 : i1
  return %v14 : vector<4xf64>
}
func.func @f1(%arg0: f64, %arg1: f64, %arg2: f32, %arg3: f8E4M3) -> (f64, f64, i32) {
  %v0 = arith.constant -64 : i7
  %v1 = arith.addi %v0, %v0 : i7
  %v2 = arith.constant 8 : i7
  %v3 = arith.constant -60 : i7
  %v4 = arith.subi %v2, %v3 : i7
  %v5 = arith.constant 6 : i7
  %v6 = arith.muli %v3, %v5 : i7
  %v7 = arith.constant -1.0 : f32
  %v8 = arith.constant 0.5 : f32
  %v9 = arith.mulf %v7, %v8 : f32
  %v10 = arith.constant -1 : i7
  %v11 = arith.shli %v3, %v10 overflow<nsw, nuw> : i7
  %v12 = arith.fptosi %arg2 : f32 to i32
  %v13 = arith.constant true
  %v14 = arith.constant 31 : i32
  %v15 = arith.select %v13, %v12, %v14 : i32
  %v16 = arith.constant 0xC3 : f8E4M3
  %v17 = arith.minnumf %v16, %arg3 : f8E4M3
  %v18 = arith.floordivsi %v15, %v15 : i32
  %v19 = arith.constant -0.0 : f8E4M3
  %v20 = arith.constant 0x38 : f8E4M3
  %v21 = arith.maximumf %v19, %v20 : f8E4M3
  %v22 = arith.minui %v18, %v15 : i32
  %v23 = arith.maxnumf %arg0, %arg1 fastmath<none> : f64
  %v24 = arith.constant true
  %v25 = arith.sitofp %v24 : i1 to f32
  %v26 = arith.trunci %v15 : i32 to i1
  %v27 = arith.maxnumf %arg0, %arg1 fastmath<none> : f64
  %v28 = arith.constant 5 : index
  %v29 = arith.constant 1 : index
  %v30 = arith.select %v26, %v28, %v29 : index
  %v31 = arith.maximumf %v7, %arg2 : f32
  %v32 = arith.select %v24, %arg2, %v31 : f32
  %v33 = arith.index_cast %v30 : index to i1
  %v34 = arith.cmpf ogt, %arg3, %v17 fastmath<fast> : f8E4M3
  return %v27, %v23, %v22 : f64, f64, i32
}
func.func @f2(%arg0: f32, %arg1: f8E3M4) -> f32 {
  %v0 = arith.fptosi %arg1 : f8E3M4 to i7
  %v1 = arith.constant 1 : i8
  %v2 = arith.constant 5 : i8
  %v3 = arith.shrui %v1, %v2 : i8
  %v4 = arith.constant 4 : i7
  %v5:2 = arith.mulsi_extended %v4, %v0 : i7
  %v6 = arith.constant 0 : i7
  %v7 = arith.divsi %v5#0, %v6 : i7
  %v8 = arith.maxnumf %arg1, %arg1 : f8E3M4
  %v9 = arith.constant true
  %v10 = arith.constant 0xF0 : f8E3M4
  %v11 = arith.select %v9, %v8, %v10 : f8E3M4
  %v12 = arith.shrsi %v0, %v5#1 : i7
  %v13 = arith.constant 0x7F7FFFFF : f32
  %v14 = arith.minimumf %arg0, %v13 : f32
  %v15 = arith.select %v9, %v10, %v11 : f8E3M4
  %v16 = arith.minnumf %v13, %arg0 fastmath<arcp,afn> : f32
  return %v16 : f32
}
