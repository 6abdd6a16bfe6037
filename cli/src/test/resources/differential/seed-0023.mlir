// Random func/arith module, seed 23.
func.func @f0(%arg0: tensor<3xi32>, %arg1: vector<2xi32>) -> f32 {
  %v0 = arith.shrui %arg1, %arg1 : vector<2xi32>
  %v1 = arith.constant 0x00000000 : f32
  %v2 = arith.constant 7.0 : f32
  %v3 = arith.minimumf %v1, %v2 : f32
  %v4 = arith.constant 1.0e+10 : f32
  %v5 = arith.cmpf ule, %v4, %v3 : f32
  %v6 = arith.constant dense<2> : vector<2xi32>
  %v7:2 = arith.addui_extended %v6, %v0 : vector<2xi32>, vector<2xi1>
  %v8 = arith.constant false
  %v9 = arith.maxui %v8, %v5 : i1
  %v10 = arith.minnumf %v3, %v4 fastmath<reassoc,contract> : f32
  %v11:2 = arith.addui_extended %v6, %v0 : vector<2xi32>, vector<2xi1>
  %v12 = arith.constant dense<true> : tensor<3xi1>
  %v13 = arith.constant dense<4> : tensor<3xi32>
  %v14 = arith.select %v12, %arg0, %v13 : tensor<3xi1>, tensor<3xi32>
  %v15 = arith.minsi %v0, %v6 : vector<2xi32>
  %v16 = arith.constant 0x3F800000 : f32
  %v17 = arith.cmpf oge, %v16, %v3 fastmath<nnan> : f32
  %v18 = arith.cmpi sle, %v14, %arg0 : tensor<3xi32>
  %v19 = arith.cmpi sle, %v14, %arg0 : tensor<3xi32>
  %v20 = arith.constant dense<-1> : tensor<3xi32>
  %v21 = arith.cmpi sgt, %v20, %arg0 : tensor<3xi32>
  %v22 = arith.bitcast %v3 : f32 to i32
  %v23 = arith.constant dense<-7> : vector<2xi8>
  %v24 = arith.constant dense<127> : vector<2xi8>
  %v25 = arith.maxui %v23, %v24 : vector<2xi8>
  %v26 = arith.cmpf false, %v2, %v16 fastmath<nnan> : f32
  %v27 = arith.constant 0xFFC00000 : f32
  %v28 = arith.subf %v27, %v2 : f32
  %v29:2 = arith.addui_extended %v6, %v0 : vector<2xi32>, vector<2xi1>
  return %v27 : f32
}
func.func @f1(%arg0: f8E4M3FNUZ) -> i1 {
  %v0 = arith.constant true
  %v1 = arith.constant false
  %v2 = arith.remsi %v0, %v1 : i1
  %v3 = arith.constant true
  %v4 = arith.maxsi %v2, %v3 : i1
  %v5 = arith.constant false
  %v6 = arith.andi %v5, %v1 : i1
  %v7 = arith.constant true
  %v8 = arith.select %v1, %v3, %v7 : i1
  %v9 = arith.sitofp %v0 : i1 to f64
  %v10 = arith.fptosi %v9 : f64 to i1
  %v11 = arith.constant 1.0 : f8E4M3FNUZ
  %v12 = arith.divf %arg0, %v11 : f8E4M3FNUZ
  %v13 = arith.constant true
  %v14 = arith.muli %v10, %v13 : i1
  %v15 = arith.andi %v1, %v5 : i1
  %v16 = arith.constant 0x38 : f8E4M3FNUZ
  %v17 = arith.divf %v16, %v12 : f8E4M3FNUZ
  %v18 = arith.constant dense<[[0x8000000000000000, 0x0010000000000000, 0xFFF0000000000000], [0x0000000000000001, -1.0, -3.0e-05]]> : vector<2x3xf64>
  %v19 = arith.subf %v18, %v18 : vector<2x3xf64>
  %v20 = arith.constant true
  %v21 = arith.maxsi %v2, %v20 : i1
  %v22 = arith.constant true
  %v23 = arith.maxsi %v21, %v22 : i1
  return %v6 : i1
}
func.func @f2(%arg0: vector<2x3xi32>, %arg1: i32, %arg2: index) -> (i1, i64, i64) {
  %v0 = arith.constant 1.0e+10 : f32
  %v1 = arith.subf %v0, %v0 fastmath<fast> : f32
  %v2 = arith.constant -32768 : i16
  %v3 = arith.constant -32768 : i16
  %v4 = arith.cmpi slt, %v2, %v3 : i16
  %v5 = arith.minsi %arg1, %arg1 : i32
  %v6 = arith.remsi %v5, %arg1 : i32
  %v7 = arith.constant 2147483648 : i32
  %v8 = arith.cmpi ne, %v6, %v7 : i32
  %v9 = arith.select %v8, %v7, %v6 : i32
  %v10 = arith.constant 0x80000000 : f32
  %v11 = arith.cmpf olt, %v0, %v10 fastmath<nnan,ninf> : f32
  %v12 = arith.cmpi sgt, %v7, %arg1 : i32
  %v13 = arith.cmpi ne, %v6, %v7 : i32
  %v14 = arith.constant false
  %v15 = arith.cmpi sge, %v14, %v12 : i1
  %v16 = arith.uitofp %v7 : i32 to f8E5M2FNUZ
  %v17 = arith.extsi %v6 : i32 to i64
  %v18 = arith.constant 63 : i64
  %v19 = arith.cmpi ult, %v17, %v18 : i64
  %v20 = arith.constant 0x99 : f8E5M2FNUZ
  %v21 = arith.negf %v20 fastmath<none> : f8E5M2FNUZ
  %v22 = arith.constant 0x01 : f8E5M2FNUZ
  %v23 = arith.subf %v20, %v22 : f8E5M2FNUZ
  %v24 = arith.constant true
  %v25 = arith.andi %v15, %v24 : i1
  %v26 = arith.constant false
  %v27 = arith.andi %v25, %v26 : i1
  %v28 = arith.constant 0xBC : f8E5M2FNUZ
  %v29 = arith.cmpf ogt, %v28, %v22 : f8E5M2FNUZ
  %v30:2 = arith.mulsi_extended %v17, %v17 : i64
  %v31 = arith.constant -8 : index
  %v32 = arith.index_castui %v31 : index to i8
  return %v25, %v30#0, %v30#0 : i1, i64, i64
}
