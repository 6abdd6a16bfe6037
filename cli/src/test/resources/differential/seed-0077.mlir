// Random func/arith module, seed 77.
func.func @f0(%arg0: i64, %arg1: i1, %arg2: i64) -> i1 {
  %v0 = arith.constant 0x7C00 : f16
  %v1 = arith.constant 0x8000 : f16
  %v2 = arith.minnumf %v0, %v1 : f16
  %v3 = arith.minimumf %v0, %v1 fastmath<nnan,ninf> : f16
  %v4 = arith.minimumf %v0, %v1 fastmath<nnan,ninf> : f16
  %v5 = arith.constant 0.0 : f16
  %v6 = arith.subf %v1, %v5 fastmath<ninf> : f16
  %v7 = arith.extui %arg1 : i1 to i16
  %v8 = arith.trunci %v7 : i16 to i1
  %v9 = arith.constant 0 : i64
  %v10 = arith.subi %arg2, %v9 : i64
  %v11 = arith.xori %arg1, %v8 : i1
  %v12 = arith.constant 0 : i64
  %v13:2 = arith.addui_extended %arg0, %v12 : i64, i1
  %v14 = arith.constant dense<9> : vector<2x3xi8>
  %v15 = arith.constant dense<-128> : vector<2x3xi8>
  %v16 = arith.shrui %v14, %v15 : vector<2x3xi8>
  %v17 = arith.constant 1.0 : f16
  %v18 = arith.mulf %v2, %v17 : f16
  %v19 = arith.constant true
  %v20 = arith.constant 0x0400 : f16
  %v21 = arith.select %v19, %v17, %v20 : f16
  %v22 = arith.index_castui %arg1 : i1 to index
  return %v11 : i1
}
func.func @f1(%arg0: f8E4M3FNUZ) -> f8E4M3FNUZ {
  %v0 = arith.constant 0 : i32
  %v1 = arith.minsi %v0, %v0 : i32
  %v2 = arith.constant dense<true> : tensor<3xi1>
  %v3 = arith.extsi %v2 : tensor<3xi1> to tensor<3xi8>
  %v4 = arith.constant dense<[127, 8, 7]> : tensor<3xi8>
  %v5 = arith.select %v2, %v3, %v4 : tensor<3xi1>, tensor<3xi8>
  %v6 = arith.constant 0x08 : f8E4M3FNUZ
  %v7 = arith.negf %v6 : f8E4M3FNUZ
  %v8 = arith.negf %v7 : f8E4M3FNUZ
  %v9 = arith.mulf %v7, %v6 : f8E4M3FNUZ
  %v10 = arith.constant dense<true> : tensor<2x2xi1>
  %v11 = arith.extui %v10 : tensor<2x2xi1> to tensor<2x2xi64>
  %v12 = arith.constant dense<[[-1, 10], [-8080601772895841662, 1]]> : tensor<2x2xi64>
  %v13 = arith.cmpi ult, %v11, %v12 : tensor<2x2xi64>
  %v14 = arith.constant 64 : i32
  %v15 = arith.addi %v14, %v14 : i32
  %v16 = arith.constant 0x007FFFFF : f32
  %v17 = arith.constant 0x00000001 : f32
  %v18 = arith.subf %v16, %v17 : f32
  %v19 = arith.constant -1 : i32
  %v20 = arith.index_cast %v19 : i32 to index
  %v21 = arith.index_cast %v20 : index to i32
  %v22 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v23 = arith.ceildivsi %v2, %v22 : tensor<3xi1>
  %v24 = arith.mulf %v7, %v6 : f8E4M3FNUZ
  %v25 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v26 = arith.maximumf %v7, %v25 fastmath<nnan> : f8E4M3FNUZ
  %v27 = arith.constant 0x00 : f8E4M3FNUZ
  %v28 = arith.constant 0x3F : f8E4M3FNUZ
  %v29 = arith.mulf %v27, %v28 fastmath<nnan> : f8E4M3FNUZ
  %v30 = arith.constant dense<false> : tensor<2x2xi1>
  %v31 = arith.cmpi ne, %v30, %v10 : tensor<2x2xi1>
  %v32 = arith.select %v31, %v30, %v10 : tensor<2x2xi1>, tensor<2x2xi1>
  %v33 = arith.addi %v14, %v14 : i32
  %v34 = arith.constant dense<[false, true, false]> : tensor<3xi1>
  %v35 = arith.cmpi ult, %v22, %v34 : tensor<3xi1>
  %v36 = arith.constant 0x08 : f8E4M3FNUZ
  %v37 = arith.cmpf ult, %v36, %arg0 : f8E4M3FNUZ
  %v38 = arith.addi %v14, %v14 : i32
  return %v24 : f8E4M3FNUZ
}
