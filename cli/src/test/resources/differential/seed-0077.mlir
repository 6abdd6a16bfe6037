// Random func/arith module, seed 77.
func.func @f0(%arg0: i64, %arg1: i1, %arg2: i64) -> i1 {
  %v0 = arith.constant 0x78 : f8E4M3
  %v1 = arith.constant 0x80 : f8E4M3
  %v2 = arith.minnumf %v0, %v1 : f8E4M3
  %v3 = arith.minimumf %v0, %v1 fastmath<nnan,ninf> : f8E4M3
  %v4 = arith.minimumf %v0, %v1 fastmath<nnan,ninf> : f8E4M3
  %v5 = arith.constant 0.0 : f8E4M3
  %v6 = arith.subf %v1, %v5 fastmath<ninf> : f8E4M3
  %v7 = arith.extui %arg1 : i1 to i16
  %v8 = arith.trunci %v7 : i16 to i1
  %v9 = arith.constant 0 : i64
  %v10 = arith.subi %arg2, %v9 : i64
  %v11 = arith.xori %arg1, %v8 : i1
  %v12 = arith.constant 0 : i64
  %v13:2 = arith.addui_extended %arg0, %v12 : i64, i1
  %v14 = arith.constant dense<9> : vector<2xi8>
  %v15 = arith.constant dense<-128> : vector<2xi8>
  %v16 = arith.shrui %v14, %v15 : vector<2xi8>
  %v17 = arith.constant 1.0 : f8E4M3
  %v18 = arith.mulf %v2, %v17 : f8E4M3
  %v19 = arith.constant true
  %v20 = arith.constant 0x08 : f8E4M3
  %v21 = arith.select %v19, %v17, %v20 : f8E4M3
  %v22 = arith.index_castui %arg1 : i1 to index
  return %v11 : i1
}
func.func @f1(%arg0: f32) -> f32 {
  %v0 = arith.constant 0 : i32
  %v1 = arith.minsi %v0, %v0 : i32
  %v2 = arith.constant dense<true> : tensor<3xi1>
  %v3 = arith.extsi %v2 : tensor<3xi1> to tensor<3xi8>
  %v4 = arith.constant dense<[127, 8, 7]> : tensor<3xi8>
  %v5 = arith.select %v2, %v3, %v4 : tensor<3xi1>, tensor<3xi8>
  %v6 = arith.constant 0x00800000 : f32
  %v7 = arith.negf %v6 : f32
  %v8 = arith.negf %v7 : f32
  %v9 = arith.mulf %v7, %v6 : f32
  %v10 = arith.constant dense<true> : vector<2x3xi1>
  %v11 = arith.extui %v10 : vector<2x3xi1> to vector<2x3xi64>
  %v12 = arith.constant dense<[[-1, 10, -8080601772895841662], [1, 0, 2]]> : vector<2x3xi64>
  %v13 = arith.cmpi sgt, %v11, %v12 : vector<2x3xi64>
  %v14 = arith.minui %v10, %v10 : vector<2x3xi1>
  %v15 = arith.constant 0x07 : f8E4M3B11FNUZ
  %v16 = arith.constant 0x01 : f8E4M3B11FNUZ
  %v17 = arith.subf %v15, %v16 : f8E4M3B11FNUZ
  %v18 = arith.constant -1 : i32
  %v19 = arith.index_cast %v18 : i32 to index
  %v20 = arith.index_cast %v19 : index to i32
  %v21 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v22 = arith.ceildivsi %v2, %v21 : tensor<3xi1>
  %v23 = arith.mulf %v7, %v6 : f32
  %v24 = arith.constant 1.0e+10 : f32
  %v25 = arith.maximumf %v7, %v24 fastmath<nnan> : f32
  %v26 = arith.constant 0x00000000 : f32
  %v27 = arith.constant 0x3FDC3E8E : f32
  %v28 = arith.mulf %v26, %v27 fastmath<nnan> : f32
  %v29 = arith.constant dense<false> : vector<2x3xi1>
  %v30 = arith.cmpi ne, %v29, %v10 : vector<2x3xi1>
  %v31 = arith.select %v30, %v29, %v10 : vector<2x3xi1>, vector<2x3xi1>
  %v32 = arith.minui %v10, %v10 : vector<2x3xi1>
  %v33 = arith.constant dense<[false, true, false]> : tensor<3xi1>
  %v34 = arith.cmpi ult, %v21, %v33 : tensor<3xi1>
  %v35 = arith.constant 0x00800000 : f32
  %v36 = arith.cmpf ult, %v35, %arg0 : f32
  %v37 = arith.minui %v10, %v10 : vector<2x3xi1>
  return %v23 : f32
}
