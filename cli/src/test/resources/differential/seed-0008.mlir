// Random func/arith module, seed 8.
func.func @f0(%arg0: vector<2x3xf16>, %arg1: bf16, %arg2: index, %arg3: index) -> (i1, index, tensor<3xi64>) {
  %v0 = arith.constant dense<[63, -9223372036854775808, 9]> : tensor<3xi64>
  %v1 = arith.constant dense<9223372036854775807> : tensor<3xi64>
  %v2 = arith.minui %v0, %v1 : tensor<3xi64>
  %v3 = arith.constant 4294967288 : i32
  %v4 = arith.extui %v3 : i32 to i64
  %v5 = arith.trunci %v4 : i64 to i32
  %v6 = arith.minui %v0, %v1 : tensor<3xi64>
  %v7 = arith.trunci %v4 : i64 to i32
  %v8 = arith.constant 7 : index
  %v9 = arith.cmpi ule, %v8, %arg2 : index
  %v10 = arith.remsi %arg2, %arg3 : index
  return %v9, %v10, %v2 : i1, index, tensor<3xi64>
}
func.func @f1(%arg0: i8) -> (tensor<3xi64>, tensor<3xi64>, i16) {
  %v0 = arith.constant 0x3F800000 : f32
  %v1 = arith.constant 0x00000001 : f32
  %v2 = arith.maxnumf %v0, %v1 fastmath<reassoc,contract> : f32
  %v3 = arith.constant 0 : i8
  %v4 = arith.extui %v3 : i8 to i64
  %v5 = arith.cmpi sgt, %v3, %v3 : i8
  %v6 = arith.index_castui %v4 : i64 to index
  %v7 = arith.cmpf uge, %v1, %v0 : f32
  %v8 = arith.constant true
  %v9 = arith.constant -128 : i8
  %v10 = arith.select %v8, %arg0, %v9 : i8
  %v11 = arith.constant dense<0x7E00> : vector<2x3xf16>
  %v12 = arith.constant 0x976D : bf16
  %v13 = arith.constant 1 : index
  %v14:3 = func.call @f0(%v11, %v12, %v6, %v13) : (vector<2x3xf16>, bf16, index, index) -> (i1, index, tensor<3xi64>)
  %v15 = arith.fptosi %v0 : f32 to i33
  %v16 = arith.constant dense<7.0> : vector<2x3xf16>
  %v17 = arith.maxnumf %v11, %v16 : vector<2x3xf16>
  %v18 = arith.bitcast %v12 : bf16 to i16
  %v19 = arith.bitcast %v12 : bf16 to i16
  %v20 = arith.extui %v3 : i8 to i64
  %v21 = arith.constant dense<[[0x0000, 0x0000, 0xBC00], [0x6B65, 0x7C00, 0xFE00]]> : vector<2x3xf16>
  %v22 = arith.constant dense<1.0> : vector<2x3xf16>
  %v23 = arith.divf %v21, %v22 : vector<2x3xf16>
  %v24 = arith.constant dense<-1.0> : vector<2x3xf16>
  %v25 = arith.maxnumf %v24, %v22 fastmath<nnan,ninf> : vector<2x3xf16>
  return %v14#2, %v14#2, %v18 : tensor<3xi64>, tensor<3xi64>, i16
}
func.func @f2(%arg0: f64, %arg1: i8) -> i8 {
  %v0 = arith.constant -7 : i8
  %v1 = arith.cmpi ugt, %arg1, %v0 : i8
  %v2 = arith.constant false
  %v3 = arith.divui %v2, %v1 exact : i1
  %v4 = arith.constant true
  %v5 = arith.constant true
  %v6 = arith.maxsi %v4, %v5 : i1
  %v7 = arith.constant dense<[[0xBC00, 3.0, 0x7C00], [-0.75, 0x2F5F, 100.0]]> : vector<2x3xf16>
  %v8 = arith.constant 4.0 : bf16
  %v9 = arith.constant 1 : index
  %v10:3 = func.call @f0(%v7, %v8, %v9, %v9) : (vector<2x3xf16>, bf16, index, index) -> (i1, index, tensor<3xi64>)
  %v11 = arith.divf %v7, %v7 : vector<2x3xf16>
  %v12 = arith.extsi %arg1 : i8 to i64
  %v13 = arith.extsi %arg1 : i8 to i64
  %v14 = arith.cmpi ule, %v12, %v13 : i64
  %v15 = arith.divf %v7, %v7 : vector<2x3xf16>
  %v16 = arith.ori %v10#0, %v6 : i1
  %v17 = arith.constant 9223372036854775807 : index
  %v18 = arith.remsi %v10#1, %v17 : index
  %v19 = arith.divui %v17, %v9 exact : index
  %v20 = arith.constant dense<0x0001> : vector<2x3xbf16>
  %v21 = arith.constant dense<[[0xBF80, 1.0, 7.0], [-0.0, 1.0e+10, -1.0]]> : vector<2x3xbf16>
  %v22 = arith.remf %v20, %v21 fastmath<arcp,afn> : vector<2x3xbf16>
  %v23 = arith.constant 0xFFC0 : bf16
  %v24 = arith.cmpf olt, %v23, %v23 fastmath<nnan,ninf> : bf16
  %v25 = arith.extsi %arg1 : i8 to i64
  %v26 = arith.muli %v0, %arg1 overflow<nsw, nuw> : i8
  %v27 = arith.constant 62 : i8
  %v28 = arith.cmpi ugt, %arg1, %v27 : i8
  %v29 = arith.constant 0xFFC0 : bf16
  %v30 = arith.addf %v23, %v29 fastmath<nnan,ninf> : bf16
  %v31 = arith.ceildivui %v14, %v3 : i1
  %v32 = arith.constant -0.0 : f32
  %v33 = arith.extf %v32 : f32 to f64
  %v34 = arith.cmpi ule, %v26, %v0 : i8
  return %v26 : i8
}
