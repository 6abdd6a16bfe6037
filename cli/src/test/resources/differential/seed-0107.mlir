// Random func/arith module, seed 107.
func.func @f0(%arg0: tensor<3xf16>, %arg1: index, %arg2: i32) -> tensor<3xi1> {
  %v0 = arith.constant true
  %v1 = arith.constant 0 : index
  %v2 = arith.constant -4464375455352401510 : index
  %v3 = arith.select %v0, %v1, %v2 {tag = 1 : i64} : index
  %v4 = arith.constant 3 : i32
  %v5 = arith.addi %arg2, %v4 : i32
  %v6 = arith.select %v0, %arg2, %v4 : i32
  %v7 = arith.divui %v1, %arg1 exact : index
  %v8 = arith.negf %arg0 : tensor<3xf16>
  %v9 = arith.divsi %v0, %v0 : i1
  %v10 = arith.constant dense<1.0> : tensor<3xf16>
  %v11 = arith.remf %v10, %arg0 : tensor<3xf16>
  %v12 = arith.constant dense<0xFC00> : tensor<3xf16>
  %v13 = arith.mulf %v12, %v10 : tensor<3xf16>
  %v14 = arith.divsi %v7, %v1 : index
  %v15 = arith.constant dense<[0xFC00, -1.0, -0.0]> : tensor<3xf16>
  %v16 = arith.cmpf uno, %v11, %v15 : tensor<3xf16>
  %v17 = arith.cmpf ord, %arg0, %v11 fastmath<fast> : tensor<3xf16>
  %v18 = arith.minui %v4, %v6 : i32
  %v19 = arith.cmpf ugt, %v12, %v8 : tensor<3xf16>
  %v20 = arith.constant dense<true> : tensor<3xi1>
  %v21 = arith.select %v20, %v8, %arg0 : tensor<3xi1>, tensor<3xf16>
  %v22 = arith.select %v0, %arg2, %v4 : i32
  %v23 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v24 = arith.shrui %v17, %v23 : tensor<3xi1>
  %v25 = arith.cmpi sge, %v14, %v7 {tag = 0 : i64} : index
  %v26 = arith.constant true
  %v27 = arith.constant false
  %v28 = arith.select %v25, %v26, %v27 : i1
  %v29 = arith.divui %v25, %v25 exact : i1
  %v30 = arith.constant 9223372036854775807 : index
  %v31 = arith.cmpi uge, %v14, %v30 : index
  %v32 = arith.constant 140737488355328 : index
  %v33 = arith.divui %v7, %v32 {tag = 0 : i64} : index
  %v34 = arith.divsi %v0, %v0 : i1
  %v35 = arith.cmpi slt, %v24, %v16 {tag = 0 : i64} : tensor<3xi1>
  %v36 = arith.negf %v21 : tensor<3xf16>
  %v37 = arith.negf %v36 fastmath<reassoc,contract> : tensor<3xf16>
  return %v35 : tensor<3xi1>
}
func.func @f1(%arg0: f8E5M2) -> (f8E5M2, f8E5M2, i1) {
  %v0 = arith.constant -128 : i8
  %v1 = arith.extsi %v0 : i8 to i64
  %v2 = arith.extsi %v0 : i8 to i64
  %v3 = arith.cmpi ult, %v1, %v2 : i64
  %v4 = arith.extsi %v0 : i8 to i64
  %v5 = arith.constant 72057594037927936 : i64
  %v6 = arith.ceildivui %v4, %v5 : i64
  %v7 = arith.constant 3185769527222029987 : i64
  %v8 = arith.constant -8385858816410208189 : i64
  %v9:2 = arith.mulsi_extended %v7, %v8 : i64
  %v10 = arith.constant 0x5C : f8E5M2
  %v11 = arith.maxnumf %arg0, %v10 : f8E5M2
  %v12 = arith.constant -3 : i64
  %v13 = arith.cmpi ult, %v12, %v9#0 : i64
  %v14 = arith.constant 0xFFC00000 : f32
  %v15 = arith.maxnumf %v14, %v14 fastmath<ninf> : f32
  %v16 = arith.extsi %v12 : i64 to i128
  %v17 = arith.constant 170141183460469231731687303715884105727 : i128
  %v18 = arith.ceildivsi %v17, %v17 : i128
  %v19 = arith.maxnumf %arg0, %v10 : f8E5M2
  %v20 = arith.constant 0 : i8
  %v21 = arith.constant -109 : i8
  %v22 = arith.shrsi %v20, %v21 : i8
  %v23 = arith.constant 127 : i8
  %v24 = arith.extui %v23 : i8 to i64
  %v25 = arith.constant 2045779100631603697 : i64
  %v26 = arith.cmpi ugt, %v24, %v25 : i64
  return %v19, %v19, %v26 : f8E5M2, f8E5M2, i1
}
func.func @f2(%arg0: index, %arg1: i32) -> (f64, i64, i64) {
  %v0 = arith.constant 63 : index
  %v1 = arith.shrui %v0, %arg0 : index
  %v2 = arith.constant -0.75 : f64
  %v3 = arith.constant 0xBFF0000000000000 : f64
  %v4 = arith.cmpf ule, %v2, %v3 fastmath<nnan> : f64
  %v5 = arith.constant 2147483647 : i32
  %v6 = arith.ceildivui %v5, %arg1 : i32
  %v7 = arith.constant 16 : i8
  %v8 = arith.extsi %v7 : i8 to i64
  %v9 = arith.extsi %v7 : i8 to i64
  %v10 = arith.cmpi ugt, %v8, %v9 {tag = 1 : i64} : i64
  %v11 = arith.maxnumf %v3, %v3 : f64
  %v12 = arith.extsi %v7 : i8 to i64
  return %v11, %v12, %v9 : f64, i64, i64
}
func.func @f3(%arg0: f8E5M2FNUZ, %arg1: i32, %arg2: f8E3M4, %arg3: f32) -> (f8E5M2FNUZ, i1, i1) {
  %v0 = arith.constant dense<63> : tensor<3xindex>
  %v1 = arith.constant dense<268435456> : tensor<3xindex>
  %v2 = arith.shrui %v0, %v1 : tensor<3xindex>
  %v3 = arith.cmpf une, %arg0, %arg0 fastmath<arcp,afn> : f8E5M2FNUZ
  %v4 = arith.cmpi eq, %arg1, %arg1 : i32
  %v5 = arith.cmpf une, %arg0, %arg0 fastmath<arcp,afn> : f8E5M2FNUZ
  %v6 = arith.constant 5 : i32
  %v7 = arith.shrui %arg1, %v6 : i32
  %v8 = arith.constant dense<0> : tensor<3xindex>
  %v9 = arith.cmpi ne, %v2, %v8 : tensor<3xindex>
  %v10 = arith.constant true
  %v11 = arith.xori %v5, %v10 : i1
  %v12 = arith.xori %v11, %v10 : i1
  %v13 = arith.constant false
  %v14 = arith.ceildivsi %v12, %v13 : i1
  %v15 = arith.divui %v13, %v11 : i1
  %v16 = arith.bitcast %arg3 : f32 to i32
  %v17 = arith.constant 0xFFC00000 : f32
  %v18 = arith.cmpf one, %v17, %arg3 fastmath<ninf> : f32
  %v19 = arith.constant dense<[-9223372036854775808, 65, 3]> : tensor<3xindex>
  %v20 = arith.index_cast %v19 : tensor<3xindex> to tensor<3xi32>
  %v21 = arith.constant 6 : i32
  %v22 = arith.remui %v21, %v16 : i32
  return %arg0, %v15, %v18 : f8E5M2FNUZ, i1, i1
}
