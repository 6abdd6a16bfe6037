// Random func/arith module, seed 134.
func.func @f0(%arg0: f32, %arg1: f16, %arg2: f8E3M4, %arg3: f32) -> (tensor<2x2xi32>, f32, i1) {
  %v0 = arith.constant dense<1> : vector<2x3xi32>
  %v1 = arith.bitcast %v0 : vector<2x3xi32> to vector<2x3xf32>
  %v2 = arith.maximumf %arg1, %arg1 : f16
  %v3 = arith.fptoui %arg3 : f32 to i64
  %v4:2 = arith.mului_extended %v3, %v3 : i64
  %v5 = arith.bitcast %v0 : vector<2x3xi32> to vector<2x3xf32>
  %v6 = arith.constant 13 : i64
  %v7 = arith.sitofp %v6 : i64 to bf16
  %v8 = arith.constant -1 : i64
  %v9:2 = arith.addui_extended %v4#0, %v8 : i64, i1
  %v10 = arith.mulf %arg0, %arg0 fastmath<nnan> : f32
  %v11 = arith.bitcast %v0 : vector<2x3xi32> to vector<2x3xf32>
  %v12 = arith.constant 2.0 : bf16
  %v13 = arith.cmpf oge, %v7, %v12 : bf16
  %v14:2 = arith.addui_extended %v9#1, %v9#1 : i1, i1
  %v15 = arith.constant dense<10> : tensor<2x2xi32>
  %v16 = arith.constant dense<2> : tensor<2x2xi32>
  %v17 = arith.shrsi %v15, %v16 : tensor<2x2xi32>
  %v18 = arith.remf %v7, %v12 : bf16
  %v19:2 = arith.addui_extended %v6, %v9#0 : i64, i1
  %v20 = arith.constant 0x965316A4 : f32
  %v21 = arith.mulf %v10, %v20 fastmath<arcp,afn> : f32
  %v22 = arith.constant 1 : i8
  %v23 = arith.constant 1 : i8
  %v24 = arith.addi %v22, %v23 : i8
  %v25 = arith.maxnumf %v11, %v1 : vector<2x3xf32>
  %v26:2 = arith.mulsi_extended %v6, %v3 : i64
  %v27 = arith.extf %arg2 fastmath<fast> : f8E3M4 to f32
  %v28 = arith.constant true
  %v29 = arith.select %v13, %v28, %v28 : i1
  return %v17, %v27, %v28 : tensor<2x2xi32>, f32, i1
}
func.func @f1(%arg0: i7, %arg1: f64, %arg2: i16, %arg3: i64) -> (f64, i33) {
  %v0 = arith.constant 0x67C6653BE66A928A : f64
  %v1 = arith.mulf %v0, %arg1 : f64
  %v2 = arith.fptosi %v1 : f64 to i33
  %v3 = arith.constant 9223372036854775807 : i64
  %v4 = arith.minsi %arg3, %v3 : i64
  %v5 = arith.constant 0x7FC00000 : f32
  %v6 = arith.constant 0x03FF : f16
  %v7 = arith.constant 0x30 : f8E3M4
  %v8:3 = func.call @f0(%v5, %v6, %v7, %v5) : (f32, f16, f8E3M4, f32) -> (tensor<2x2xi32>, f32, i1)
  %v9 = arith.extsi %v8#2 : i1 to i33
  %v10 = arith.constant -3 : i33
  %v11 = arith.cmpi sge, %v9, %v10 : i33
  %v12 = arith.constant -64 : i7
  %v13 = arith.shrsi %v12, %v12 exact : i7
  %v14 = arith.maxui %v10, %v2 : i33
  %v15 = arith.mulf %v0, %arg1 : f64
  %v16 = arith.constant -1 : index
  %v17 = arith.cmpi sgt, %v16, %v16 : index
  %v18 = arith.constant 1 : i64
  %v19 = arith.andi %v18, %v4 : i64
  %v20 = arith.select %v8#2, %v10, %v9 : i33
  %v21 = arith.constant 0x7FF8000000000000 : f64
  %v22 = arith.minimumf %v21, %v1 : f64
  %v23 = arith.negf %v8#1 : f32
  return %v15, %v14 : f64, i33
}
func.func @f2(%arg0: i32) -> (i32, i7) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.addi %v0, %v0 : i32
  %v2 = arith.addi %v0, %v0 : i32
  %v3 = arith.constant 2.0 : f8E4M3FNUZ
  %v4 = arith.constant 1.0 : f8E4M3FNUZ
  %v5 = arith.maxnumf %v3, %v4 : f8E4M3FNUZ
  %v6 = arith.constant 7.0 : f8E4M3FNUZ
  %v7 = arith.constant 0x08 : f8E4M3FNUZ
  %v8 = arith.divf %v6, %v7 : f8E4M3FNUZ
  %v9 = arith.addi %v0, %v0 : i32
  %v10 = arith.constant -3 : i7
  %v11 = arith.constant 0.1 : f64
  %v12 = arith.constant -32768 : i16
  %v13 = arith.constant 15 : i64
  %v14:2 = func.call @f1(%v10, %v11, %v12, %v13) : (i7, f64, i16, i64) -> (f64, i33)
  %v15 = arith.constant true
  %v16 = arith.shrsi %v15, %v15 : i1
  %v17 = arith.constant -5 : i7
  %v18 = arith.constant -50 : i7
  %v19:2 = arith.mului_extended %v17, %v18 : i7
  %v20 = arith.extui %v15 : i1 to i8
  %v21 = arith.ceildivui %arg0, %v9 : i32
  %v22:2 = arith.mului_extended %v17, %v18 : i7
  return %v2, %v19#1 : i32, i7
}
func.func @f3(%arg0: f32, %arg1: f32, %arg2: vector<2x3xindex>, %arg3: vector<4xi8>) -> (vector<2x3xindex>, vector<2x3xindex>) {
  %v0 = arith.constant dense<9223372036854775807> : vector<2x3xindex>
  %v1 = arith.remui %v0, %arg2 : vector<2x3xindex>
  %v2 = arith.constant 1.0e+10 : bf16
  %v3 = arith.constant 4.0 : bf16
  %v4 = arith.cmpf ueq, %v2, %v3 : bf16
  %v5 = arith.constant dense<[false, false, true, true]> : vector<4xi1>
  %v6 = arith.index_cast %v5 : vector<4xi1> to vector<4xindex>
  %v7 = arith.constant 10 : i32
  %v8:2 = func.call @f2(%v7) : (i32) -> (i32, i7)
  %v9 = arith.constant dense<[-128, 3, 8, 64]> : vector<4xi8>
  %v10 = arith.muli %v9, %v9 : vector<4xi8>
  %v11 = arith.cmpf oeq, %v2, %v2 fastmath<nnan> : bf16
  %v12 = arith.constant dense<4> : vector<4xi16>
  %v13 = arith.uitofp %v12 : vector<4xi16> to vector<4xf64>
  %v14 = arith.ceildivsi %v7, %v8#0 : i32
  %v15 = arith.uitofp %v12 : vector<4xi16> to vector<4xf64>
  %v16 = arith.constant 1.0 : f32
  %v17 = arith.bitcast %v16 : f32 to i32
  %v18 = arith.constant dense<9223372036854775807> : vector<4xindex>
  %v19 = arith.constant dense<1488297707836458080> : vector<4xindex>
  %v20 = arith.remui %v18, %v19 : vector<4xindex>
  %v21 = arith.minsi %arg2, %v1 : vector<2x3xindex>
  %v22 = arith.constant 7 : index
  %v23 = arith.index_castui %v22 : index to i33
  %v24 = arith.muli %v7, %v14 overflow<nuw> : i32
  %v25 = arith.minimumf %v3, %v3 fastmath<none> : bf16
  %v26 = arith.extui %arg3 : vector<4xi8> to vector<4xi32>
  %v27 = arith.constant dense<[288230376151711744, 65]> : vector<2xindex>
  %v28 = arith.muli %v27, %v27 overflow<nuw> : vector<2xindex>
  %v29 = arith.constant dense<[[9223372036854775807, 9223372036854775807, 9223372036854775807], [8388608, 0, 13]]> : vector<2x3xindex>
  %v30 = arith.cmpi ule, %v29, %arg2 : vector<2x3xindex>
  %v31 = arith.constant 6 : i32
  %v32:2 = func.call @f2(%v31) : (i32) -> (i32, i7)
  return %v21, %v21 : vector<2x3xindex>, vector<2x3xindex>
}
