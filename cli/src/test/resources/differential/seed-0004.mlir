// Random func/arith module, seed 4.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: index, %arg2: i64, %arg3: bf16) -> (tensor<2x2xindex>, index, index) {
  %v0 = arith.constant true
  %v1 = arith.constant 15 : i16
  %v2 = arith.constant -32768 : i16
  %v3 = arith.select %v0, %v1, %v2 : i16
  %v4 = arith.constant 6506022266801641335 : i64
  %v5 = arith.divsi %arg2, %v4 exact : i64
  %v6 = arith.constant dense<1> : tensor<2x2xindex>
  %v7 = arith.constant dense<0> : tensor<2x2xindex>
  %v8 = arith.addi %v6, %v7 : tensor<2x2xindex>
  %v9 = arith.constant -0.75 : bf16
  %v10 = arith.divf %arg3, %v9 fastmath<nsz> : bf16
  %v11 = arith.constant -1 : i16
  %v12 = arith.divsi %v3, %v11 : i16
  %v13 = arith.addi %v6, %v7 : tensor<2x2xindex>
  %v14 = arith.index_castui %v5 : i64 to index
  %v15 = arith.index_castui %v5 : i64 to index
  return %v13, %v15, %v15 : tensor<2x2xindex>, index, index
}
func.func @f1(%arg0: i8, %arg1: i32, %arg2: i7, %arg3: i64) -> i64 {
  %v0 = arith.constant dense<0x0001> : vector<2xf16>
  %v1 = arith.bitcast %v0 : vector<2xf16> to vector<2xi16>
  %v2 = arith.constant dense<0x03FF> : vector<2xf16>
  %v3 = arith.remf %v2, %v2 fastmath<ninf> : vector<2xf16>
  %v4 = arith.constant 2 : i32
  %v5:2 = arith.addui_extended %v4, %arg1 : i32, i1
  %v6 = arith.constant 9223372036854775807 : i64
  %v7 = arith.select %v5#1, %arg3, %v6 : i64
  %v8 = arith.constant 255 : i8
  %v9 = arith.constant -128 : i8
  %v10 = arith.cmpi sle, %v8, %v9 : i8
  %v11 = arith.constant -4 : i64
  %v12 = arith.addi %v7, %v11 overflow<nsw, nuw> : i64
  %v13 = arith.addi %v5#1, %v5#1 : i1
  %v14 = arith.cmpi ne, %v5#0, %arg1 : i32
  %v15 = arith.select %v14, %v5#0, %arg1 : i32
  return %v12 : i64
}
func.func @f2(%arg0: tensor<3xf16>) -> (i33, i64) {
  %v0 = arith.constant dense<[[-32768, 4096, 8], [16, -8, 11]]> : vector<2x3xi16>
  %v1 = arith.constant dense<16384> : vector<2x3xi16>
  %v2 = arith.maxsi %v0, %v1 : vector<2x3xi16>
  %v3 = arith.constant dense<-1> : tensor<3xindex>
  %v4 = arith.constant dense<2> : tensor<3xindex>
  %v5 = arith.muli %v3, %v4 : tensor<3xindex>
  %v6 = arith.constant dense<-1> : tensor<3xindex>
  %v7 = arith.muli %v5, %v6 : tensor<3xindex>
  %v8 = arith.constant dense<6> : tensor<3xi32>
  %v9 = arith.index_castui %v8 : tensor<3xi32> to tensor<3xindex>
  %v10 = arith.index_castui %v9 : tensor<3xindex> to tensor<3xi32>
  %v11 = arith.constant dense<1> : vector<2x3xi16>
  %v12 = arith.constant dense<11> : vector<2x3xi16>
  %v13 = arith.divui %v11, %v12 exact : vector<2x3xi16>
  %v14 = arith.constant dense<100.0> : tensor<3xf16>
  %v15 = arith.extf %v14 : tensor<3xf16> to tensor<3xf64>
  %v16 = arith.constant dense<2080651009> : tensor<3xi32>
  %v17 = arith.cmpi uge, %v8, %v16 : tensor<3xi32>
  %v18 = arith.constant dense<9223372036854775807> : tensor<3xi64>
  %v19 = arith.constant dense<-2> : tensor<3xi64>
  %v20:2 = arith.addui_extended %v18, %v19 : tensor<3xi64>, tensor<3xi1>
  %v21 = arith.constant dense<[-0.0, 4.0, 0x8000]> : tensor<3xf16>
  %v22 = arith.divf %arg0, %v21 fastmath<fast> : tensor<3xf16>
  %v23 = arith.constant dense<9223372036854775807> : tensor<3xindex>
  %v24 = arith.addi %v5, %v23 : tensor<3xindex>
  %v25 = arith.constant dense<-6> : tensor<3xindex>
  %v26 = arith.addi %v24, %v25 : tensor<3xindex>
  %v27 = arith.cmpi sge, %v23, %v4 : tensor<3xindex>
  %v28 = arith.addi %v5, %v23 : tensor<3xindex>
  %v29 = arith.constant 16 : i8
  %v30 = arith.constant -3 : i32
  %v31 = arith.constant -40 : i7
  %v32 = arith.constant 524288 : i64
  %v33 = func.call @f1(%v29, %v30, %v31, %v32) : (i8, i32, i7, i64) -> i64
  %v34 = arith.ceildivsi %v33, %v33 : i64
  %v35:2 = arith.addui_extended %v18, %v19 : tensor<3xi64>, tensor<3xi1>
  %v36 = arith.constant 0 : i33
  %v37 = arith.constant 8388608 : i33
  %v38 = arith.divui %v36, %v37 : i33
  %v39 = arith.cmpf ole, %v22, %v14 fastmath<ninf> : tensor<3xf16>
  %v40 = arith.constant 288230376151711744 : i64
  %v41 = arith.maxsi %v40, %v34 : i64
  %v42 = arith.cmpf ogt, %arg0, %v14 : tensor<3xf16>
  %v43 = arith.constant dense<[0, -1, -5881230546054562277]> : tensor<3xindex>
  %v44 = arith.index_cast %v43 : tensor<3xindex> to tensor<3xi8>
  %v45 = arith.constant 4.0 : f8E5M2
  %v46 = arith.negf %v45 : f8E5M2
  %v47 = arith.addi %v41, %v40 overflow<nsw, nuw> : i64
  return %v36, %v34 : i33, i64
}
func.func @f3(%arg0: f64, %arg1: i8, %arg2: f16, %arg3: i33) -> i33 {
  %v0 = arith.divui %arg3, %arg3 : i33
  %v1 = arith.remsi %arg1, %arg1 : i8
  %v2 = arith.constant false
  %v3 = arith.constant 0xFFC00000 : f32
  %v4 = arith.constant 0x00000000 : f32
  %v5 = arith.select %v2, %v3, %v4 : f32
  %v6 = arith.constant 32 : i33
  %v7 = arith.floordivsi %v6, %arg3 : i33
  %v8 = arith.constant 2.0 : f64
  %v9 = arith.divf %arg0, %v8 : f64
  %v10 = arith.constant 0xBC : f8E5M2FNUZ
  %v11 = arith.constant 0xFC : f8E5M2FNUZ
  %v12 = arith.maximumf %v10, %v11 : f8E5M2FNUZ
  %v13 = arith.constant 433117300 : i33
  %v14 = arith.subi %v13, %v7 overflow<nuw> : i33
  %v15 = arith.constant 4294967295 : i33
  %v16 = arith.constant 0 : i33
  %v17 = arith.cmpi ult, %v15, %v16 : i33
  %v18 = arith.constant -1 : i33
  %v19:2 = arith.mulsi_extended %v18, %v7 : i33
  %v20 = arith.andi %arg1, %v1 : i8
  %v21 = arith.index_cast %v6 : i33 to index
  %v22 = arith.remui %v7, %v16 : i33
  %v23 = arith.extui %v1 : i8 to i16
  %v24 = arith.constant 0 : i33
  %v25 = arith.constant -1 : i33
  %v26 = arith.subi %v24, %v25 : i33
  %v27 = arith.floordivsi %v13, %v22 : i33
  %v28 = arith.constant 0x0000000000000001 : f64
  %v29 = arith.mulf %v9, %v28 fastmath<none> : f64
  %v30 = arith.constant -0.0 : f8E5M2FNUZ
  %v31 = arith.addf %v11, %v30 : f8E5M2FNUZ
  %v32 = arith.constant 32 : i33
  %v33:2 = arith.mului_extended %v19#1, %v32 : i33
  return %v22 : i33
}
