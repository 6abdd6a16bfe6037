// Random func/arith module, seed 130.
func.func @f0(%arg0: i16, %arg1: f64, %arg2: i8, %arg3: tensor<2x2xi1>) -> (i1, i1) {
  %v0 = arith.constant 15 : i16
  %v1 = arith.remsi %v0, %arg0 : i16
  %v2 = arith.constant 0xBFF0000000000000 : f64
  %v3 = arith.remf %v2, %arg1 : f64
  %v4 = arith.constant -2.5 : f64
  %v5 = arith.remf %v4, %v3 fastmath<nsz> : f64
  %v6 = arith.cmpf une, %v2, %v5 : f64
  %v7 = arith.constant false
  %v8 = arith.minsi %v7, %v6 : i1
  %v9 = arith.constant -27034 : i16
  %v10 = arith.cmpi ule, %v9, %v0 : i16
  %v11 = arith.subf %v2, %v5 fastmath<nsz> : f64
  %v12 = arith.subf %v11, %v3 : f64
  return %v8, %v10 : i1, i1
}
func.func @f1(%arg0: i64) -> (i64, i1) {
  %v0 = arith.floordivsi %arg0, %arg0 : i64
  %v1 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v2 = arith.constant 0x78 : f8E4M3FNUZ
  %v3 = arith.divf %v1, %v2 : f8E4M3FNUZ
  %v4 = arith.constant 0x38 : f8E4M3FNUZ
  %v5 = arith.minimumf %v2, %v4 : f8E4M3FNUZ
  %v6 = arith.constant -0.0 : f8E4M3FNUZ
  %v7 = arith.addf %v5, %v6 : f8E4M3FNUZ
  %v8 = arith.constant true
  %v9 = arith.constant 0 : i64
  %v10 = arith.select %v8, %v9, %arg0 : i64
  %v11 = arith.constant true
  %v12 = arith.constant true
  %v13 = arith.addi %v11, %v12 : i1
  %v14 = arith.constant true
  %v15 = arith.addi %v14, %v13 : i1
  %v16 = arith.ori %arg0, %v10 : i64
  %v17 = arith.constant 0x38 : f8E4M3FNUZ
  %v18 = arith.select %v14, %v1, %v17 : f8E4M3FNUZ
  %v19 = arith.fptosi %v17 : f8E4M3FNUZ to i33
  %v20 = arith.truncf %v1 to_nearest_away fastmath<reassoc,contract> : f8E4M3FNUZ to f6E2M3FN
  %v21 = arith.select %v14, %v1, %v17 : f8E4M3FNUZ
  %v22 = arith.floordivsi %arg0, %arg0 : i64
  %v23 = arith.constant 5 : i64
  %v24 = arith.ceildivui %v23, %v0 : i64
  %v25 = arith.constant 0 : index
  %v26 = arith.ceildivsi %v25, %v25 : index
  %v27 = arith.cmpi sge, %v22, %v0 : i64
  %v28 = arith.constant dense<true> : tensor<2x2xi1>
  %v29 = arith.constant dense<false> : tensor<2x2xi1>
  %v30 = arith.cmpi ugt, %v28, %v29 : tensor<2x2xi1>
  return %v22, %v27 : i64, i1
}
