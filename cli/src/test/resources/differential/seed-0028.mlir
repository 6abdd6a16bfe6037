// Random func/arith module, seed 28.
func.func @f0(%arg0: f8E5M2, %arg1: i128, %arg2: tensor<3xindex>, %arg3: i16) -> i128 {
  %v0 = arith.constant 3.0 : f16
  %v1 = arith.constant 0xAB1D : f16
  %v2 = arith.cmpf ult, %v0, %v1 : f16
  %v3 = arith.constant 0x7B : f8E5M2
  %v4 = arith.subf %v3, %arg0 : f8E5M2
  %v5 = arith.constant 0x7C : f8E5M2
  %v6 = arith.constant 1.0 : f8E5M2
  %v7 = arith.maximumf %v5, %v6 fastmath<arcp,afn> : f8E5M2
  %v8 = arith.subf %v3, %arg0 : f8E5M2
  %v9 = arith.minui %arg3, %arg3 : i16
  %v10 = arith.constant 0x00800000 : f32
  %v11 = arith.constant 0x80000000 : f32
  %v12 = arith.addf %v10, %v11 fastmath<reassoc,contract> : f32
  %v13 = arith.addf %v11, %v10 fastmath<reassoc,contract> : f32
  %v14 = arith.addi %arg1, %arg1 : i128
  return %v14 : i128
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: index) {
  %v0 = arith.constant 1 : index
  %v1 = arith.index_cast %v0 : index to i7
  %v2 = arith.constant 15 : i64
  %v3 = arith.constant 0 : i64
  %v4:2 = arith.mului_extended %v2, %v3 : i64
  %v5 = arith.constant 0x9C : f8E5M2FNUZ
  %v6 = arith.cmpf ord, %arg0, %v5 : f8E5M2FNUZ
  %v7 = arith.constant 1 : i7
  %v8 = arith.constant -64 : i7
  %v9 = arith.ori %v7, %v8 : i7
  %v10 = arith.xori %arg1, %v0 : index
  %v11 = arith.constant 1278000779145563197 : index
  %v12 = arith.minui %v11, %v11 : index
  %v13 = arith.divf %arg0, %arg0 fastmath<arcp,afn> : f8E5M2FNUZ
  %v14 = arith.constant false
  %v15 = arith.constant 2.0 : f8E5M2FNUZ
  %v16 = arith.select %v14, %v5, %v15 : f8E5M2FNUZ
  %v17 = arith.constant false
  %v18 = arith.constant true
  %v19 = arith.cmpi eq, %v17, %v18 : i1
  %v20 = arith.constant 16 : index
  %v21 = arith.cmpi sge, %v20, %v20 : index
  %v22 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v23 = arith.cmpf ugt, %v22, %v13 fastmath<arcp,afn> : f8E5M2FNUZ
  %v24 = arith.negf %v13 fastmath<nnan> : f8E5M2FNUZ
  %v25 = arith.cmpf ord, %arg0, %v5 : f8E5M2FNUZ
  %v26 = arith.ori %v23, %v23 : i1
  %v27 = arith.constant -2.5 : f16
  %v28 = arith.fptoui %v27 : f16 to i8
  %v29 = arith.constant 0.0 : f8E5M2
  %v30 = arith.constant 127 : i128
  %v31 = arith.constant dense<64> : tensor<3xindex>
  %v32 = arith.constant 3 : i16
  %v33 = func.call @f0(%v29, %v30, %v31, %v32) : (f8E5M2, i128, tensor<3xindex>, i16) -> i128
  %v34 = arith.divui %v10, %v20 : index
  return
}
