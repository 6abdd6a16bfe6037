// Random func/arith module, seed 62.
func.func @f0(%arg0: f64, %arg1: i64, %arg2: i128, %arg3: f16) -> (i128, i128) {
  %v0 = arith.constant -1 : i128
  %v1 = arith.shrsi %arg2, %v0 : i128
  %v2 = arith.shrsi %arg2, %v0 : i128
  %v3 = arith.constant 15 : i128
  %v4 = arith.cmpi slt, %v3, %v1 : i128
  %v5 = arith.constant 100.0 : f8E5M2FNUZ
  %v6 = arith.cmpf olt, %v5, %v5 : f8E5M2FNUZ
  %v7 = arith.shrsi %arg2, %v0 : i128
  %v8 = arith.constant true
  %v9 = arith.minui %v8, %v6 : i1
  return %v7, %v7 : i128, i128
}
func.func @f1(%arg0: vector<2x3xf64>, %arg1: i8, %arg2: f32, %arg3: i32) -> (vector<2x3xi1>, i1) {
  %v0 = arith.negf %arg2 : f32
  %v1 = arith.constant dense<[[0x0000000000000000, 0.5, 0xFFF0000000000000], [0.5, 7.0, 0x7FF0000000000000]]> : vector<2x3xf64>
  %v2 = arith.constant dense<0x0000000000000000> : vector<2x3xf64>
  %v3 = arith.cmpf ult, %v1, %v2 : vector<2x3xf64>
  %v4 = arith.constant 2147483647 : i32
  %v5:2 = arith.mului_extended %arg3, %v4 : i32
  %v6 = arith.constant true
  %v7 = arith.select %v6, %arg3, %v4 : i32
  %v8 = arith.cmpi ult, %arg1, %arg1 : i8
  %v9 = arith.constant dense<false> : vector<2x3xi1>
  %v10 = arith.constant dense<[[true, true, false], [true, true, false]]> : vector<2x3xi1>
  %v11:2 = arith.addui_extended %v9, %v10 : vector<2x3xi1>, vector<2x3xi1>
  return %v11#1, %v8 : vector<2x3xi1>, i1
}
func.func @f2(%arg0: i16, %arg1: i32, %arg2: i64) -> (i64, i64) {
  %v0 = arith.constant false
  %v1 = arith.constant 0 : i16
  %v2 = arith.select %v0, %v1, %v1 : i16
  %v3 = arith.constant 0x01 : f8E4M3FNUZ
  %v4 = arith.constant 0x07 : f8E4M3FNUZ
  %v5 = arith.remf %v3, %v4 fastmath<nnan,ninf> : f8E4M3FNUZ
  %v6 = arith.constant 0x77 : f8E4M3FNUZ
  %v7 = arith.negf %v6 : f8E4M3FNUZ
  %v8 = arith.constant dense<0> : tensor<3xi16>
  %v9 = arith.trunci %v8 overflow<nuw> : tensor<3xi16> to tensor<3xi8>
  %v10 = arith.constant 40 : i7
  %v11 = arith.index_castui %v10 : i7 to index
  %v12 = arith.constant 8 : i7
  %v13 = arith.index_cast %v12 : i7 to index
  %v14 = arith.cmpi uge, %arg2, %arg2 : i64
  %v15 = arith.constant true
  %v16 = arith.constant false
  %v17 = arith.select %v14, %v16, %v15 : i1
  %v18 = arith.cmpf ult, %v5, %v6 : f8E4M3FNUZ
  %v19 = arith.constant 0x0D : f8E4M3FNUZ
  %v20 = arith.negf %v19 : f8E4M3FNUZ
  %v21 = arith.negf %v20 fastmath<ninf> : f8E4M3FNUZ
  %v22 = arith.index_cast %v12 : i7 to index
  %v23 = arith.constant 64 : i64
  %v24 = arith.subi %arg2, %v23 overflow<nsw> : i64
  %v25 = arith.constant false
  %v26 = arith.index_castui %v25 : i1 to index
  %v27 = arith.minui %arg0, %v1 : i16
  %v28 = arith.constant 0 : i32
  %v29 = arith.cmpi sge, %arg1, %v28 : i32
  return %v24, %v24 : i64, i64
}
func.func @f3(%arg0: i1, %arg1: vector<4xf16>, %arg2: i1, %arg3: f16) -> vector<2x3xi1> {
  %v0 = arith.select %arg2, %arg3, %arg3 : f16
  %v1 = arith.negf %arg1 : vector<4xf16>
  %v2 = arith.select %arg2, %arg3, %arg3 : f16
  %v3 = arith.constant 1.0 : f64
  %v4 = arith.negf %v3 : f64
  %v5 = arith.negf %v4 : f64
  %v6 = arith.constant dense<0xFC00> : vector<4xf16>
  %v7 = arith.constant dense<0.1> : vector<4xf16>
  %v8 = arith.mulf %v6, %v7 : vector<4xf16>
  %v9 = arith.constant true
  %v10 = arith.cmpi sgt, %v9, %arg0 : i1
  %v11 = arith.constant dense<11> : vector<i8>
  %v12 = arith.constant dense<9> : vector<i8>
  %v13 = arith.cmpi ne, %v11, %v12 : vector<i8>
  %v14 = arith.select %v13, %v12, %v11 : vector<i1>, vector<i8>
  %v15 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<[4]xf64>
  %v16 = arith.cmpf uge, %v15, %v15 fastmath<arcp,afn> : vector<[4]xf64>
  %v17 = arith.bitcast %arg1 : vector<4xf16> to vector<4xbf16>
  %v18 = arith.constant dense<0x94C680547A129B52> : vector<2x3xf64>
  %v19 = arith.constant 64 : i8
  %v20 = arith.constant 0x7F7FFFFF : f32
  %v21 = arith.constant 2097152 : i32
  %v22:2 = func.call @f1(%v18, %v19, %v20, %v21) : (vector<2x3xf64>, i8, f32, i32) -> (vector<2x3xi1>, i1)
  %v23:2 = func.call @f1(%v18, %v19, %v20, %v21) : (vector<2x3xf64>, i8, f32, i32) -> (vector<2x3xi1>, i1)
  %v24 = arith.constant 15 : i32
  %v25 = arith.constant 14 : i32
  %v26 = arith.remsi %v24, %v25 : i32
  %v27 = arith.constant dense<[[false, false, false], [true, true, false]]> : vector<2x3xi1>
  %v28 = arith.remui %v27, %v22#0 : vector<2x3xi1>
  %v29 = arith.muli %v22#1, %arg2 overflow<none> : i1
  %v30 = arith.constant dense<true> : vector<i1>
  %v31 = arith.remsi %v30, %v30 : vector<i1>
  %v32 = arith.constant true
  %v33 = arith.addi %v32, %v23#1 : i1
  %v34 = arith.constant dense<true> : vector<[4]xi1>
  %v35 = arith.muli %v34, %v34 overflow<nsw> : vector<[4]xi1>
  %v36 = arith.constant 16406678014566315506 : i64
  %v37 = arith.constant 15 : i64
  %v38 = arith.remui %v36, %v37 : i64
  %v39 = arith.constant dense<false> : vector<i1>
  %v40 = arith.constant dense<true> : vector<i1>
  %v41 = arith.subi %v39, %v40 : vector<i1>
  %v42 = arith.constant 0x91B61C32DA26A376 : f64
  %v43 = arith.mulf %v42, %v3 fastmath<fast> : f64
  %v44 = arith.constant dense<true> : vector<2x3xi1>
  %v45 = arith.ceildivsi %v28, %v44 : vector<2x3xi1>
  %v46 = arith.subi %v39, %v40 : vector<i1>
  return %v28 : vector<2x3xi1>
}
