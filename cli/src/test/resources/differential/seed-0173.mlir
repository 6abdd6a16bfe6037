// Random func/arith module, seed 173.
func.func @f0(%arg0: tensor<2x2xindex>, %arg1: tensor<3xf32>, %arg2: i16) -> (i64, tensor<2x2xi64>) {
  %v0 = arith.constant dense<8> : tensor<2x2xi8>
  %v1 = arith.extui %v0 : tensor<2x2xi8> to tensor<2x2xi64>
  %v2 = arith.constant dense<[[-1, 6], [13, 6360087484302528769]]> : tensor<2x2xi64>
  %v3 = arith.cmpi sle, %v1, %v2 : tensor<2x2xi64>
  %v4 = arith.cmpi sle, %v1, %v2 : tensor<2x2xi64>
  %v5 = arith.constant true
  %v6 = arith.constant -7 : i16
  %v7 = arith.select %v5, %v6, %arg2 : i16
  %v8 = arith.remsi %v6, %arg2 : i16
  %v9 = arith.remsi %v6, %arg2 : i16
  %v10 = arith.constant 8589934592 : i64
  %v11 = arith.constant 65 : i64
  %v12 = arith.ori %v10, %v11 : i64
  return %v12, %v2 : i64, tensor<2x2xi64>
}
func.func @f1(%arg0: f64, %arg1: f16, %arg2: tensor<2x2xbf16>, %arg3: f16) -> (i1, f64) {
  %v0 = arith.constant dense<6> : tensor<2x2xi16>
  %v1 = arith.shli %v0, %v0 : tensor<2x2xi16>
  %v2 = arith.extf %arg2 : tensor<2x2xbf16> to tensor<2x2xf32>
  %v3:2 = arith.mulsi_extended %v1, %v0 : tensor<2x2xi16>
  %v4 = arith.constant dense<-6> : tensor<2x2xi8>
  %v5 = arith.constant dense<[[127, -128], [9, 0]]> : tensor<2x2xi8>
  %v6 = arith.minui %v4, %v5 : tensor<2x2xi8>
  %v7 = arith.constant 0x0000000000000001 : f64
  %v8 = arith.cmpf oeq, %v7, %arg0 : f64
  %v9 = arith.constant 1.0 : f16
  %v10 = arith.mulf %arg3, %v9 : f16
  %v11 = arith.addf %v2, %v2 fastmath<fast> : tensor<2x2xf32>
  %v12 = arith.constant 1 : i32
  %v13 = arith.bitcast %v12 : i32 to f32
  %v14 = arith.bitcast %v13 : f32 to i32
  %v15 = arith.extsi %v8 : i1 to i7
  %v16 = arith.negf %arg1 : f16
  %v17 = arith.cmpi slt, %v8, %v8 : i1
  %v18 = arith.minnumf %v16, %arg3 : f16
  %v19 = arith.constant 32767 : i16
  %v20 = arith.constant -32768 : i16
  %v21 = arith.muli %v19, %v20 : i16
  %v22 = arith.subf %arg0, %arg0 fastmath<ninf> : f64
  %v23 = arith.constant 0.0 : f16
  %v24 = arith.subf %arg1, %v23 : f16
  %v25 = arith.constant false
  %v26 = arith.addi %v25, %v17 : i1
  %v27 = arith.constant 0.0 : f64
  %v28 = arith.minimumf %v22, %v27 : f64
  %v29 = arith.constant 3.0 : f64
  %v30 = arith.subf %v29, %v28 : f64
  %v31 = arith.constant false
  %v32 = arith.cmpi ult, %v31, %v26 : i1
  %v33 = arith.trunci %v14 : i32 to i8
  %v34 = arith.constant -1 : i7
  %v35 = arith.constant 6 : i7
  %v36 = arith.cmpi sle, %v34, %v35 : i7
  %v37 = arith.minnumf %v16, %arg3 : f16
  %v38 = arith.xori %v8, %v17 : i1
  return %v36, %v28 : i1, f64
}
func.func @f2(%arg0: vector<2x3xf64>, %arg1: f8E5M2, %arg2: f32, %arg3: i16) -> (vector<2x3xf64>, f8E5M2, f8E5M2) {
  %v0 = arith.constant 1.0 : f32
  %v1 = arith.fptoui %v0 : f32 to i8
  %v2 = arith.cmpf ole, %arg2, %arg2 : f32
  %v3 = arith.constant true
  %v4 = arith.index_castui %v3 : i1 to index
  %v5 = arith.negf %v0 : f32
  %v6 = arith.index_castui %v3 : i1 to index
  %v7 = arith.negf %v0 : f32
  %v8 = arith.negf %v0 : f32
  %v9 = arith.constant 4.0 : f8E5M2
  %v10 = arith.minimumf %arg1, %v9 : f8E5M2
  %v11 = arith.remf %arg0, %arg0 fastmath<ninf> : vector<2x3xf64>
  return %v11, %v10, %v10 : vector<2x3xf64>, f8E5M2, f8E5M2
}
func.func @f3(%arg0: f32) -> (i1, f32) {
  %v0 = arith.constant dense<[[1, 5], [-320390487, -1]]> : tensor<2x2xi32>
  %v1 = arith.bitcast %v0 : tensor<2x2xi32> to tensor<2x2xf32>
  %v2 = arith.bitcast %v1 : tensor<2x2xf32> to tensor<2x2xi32>
  %v3 = arith.bitcast %v0 : tensor<2x2xi32> to tensor<2x2xf32>
  %v4 = arith.extui %v0 : tensor<2x2xi32> to tensor<2x2xi64>
  %v5 = arith.constant 2.0 : f32
  %v6 = arith.maximumf %v5, %arg0 fastmath<none> : f32
  %v7 = arith.negf %v6 : f32
  %v8 = arith.negf %v7 : f32
  %v9 = arith.negf %v6 : f32
  %v10 = arith.constant 0x7FC00000 : f32
  %v11 = arith.cmpf ule, %v5, %v10 : f32
  %v12 = arith.constant true
  %v13 = arith.shrsi %v12, %v11 : i1
  %v14 = arith.cmpf olt, %v7, %v7 : f32
  return %v14, %v9 : i1, f32
}
