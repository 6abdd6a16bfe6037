// Random func/arith module, seed 65.
func.func @f0(%arg0: i8, %arg1: f8E5M2FNUZ) -> f8E5M2FNUZ {
  %v0 = arith.constant 2 : i8
  %v1 = arith.shli %arg0, %v0 overflow<nuw> : i8
  %v2 = arith.constant -3.0e-05 : f8E5M2FNUZ
  %v3 = arith.minimumf %arg1, %v2 : f8E5M2FNUZ
  %v4 = arith.minnumf %v2, %arg1 fastmath<none> : f8E5M2FNUZ
  %v5 = arith.constant 622407865 : i32
  %v6 = arith.trunci %v5 : i32 to i16
  %v7 = arith.divf %v3, %arg1 fastmath<ninf> : f8E5M2FNUZ
  %v8 = arith.trunci %v5 : i32 to i16
  return %v7 : f8E5M2FNUZ
}
func.func @f1(%arg0: f32) -> (f8E3M4, i1, i64) {
  %v0 = arith.constant true
  %v1 = arith.maxsi %v0, %v0 : i1
  %v2 = arith.constant false
  %v3 = arith.extsi %v2 : i1 to i32
  %v4 = arith.constant 0x7FC0 : bf16
  %v5 = arith.negf %v4 fastmath<reassoc,contract> : bf16
  %v6 = arith.ceildivsi %v0, %v2 : i1
  %v7 = arith.truncf %arg0 fastmath<none> : f32 to f8E3M4
  %v8 = arith.constant true
  %v9 = arith.floordivsi %v2, %v8 : i1
  %v10 = arith.constant -0.0 : f64
  %v11 = arith.fptoui %v10 : f64 to i64
  %v12 = arith.constant 0x7E : f8E5M2
  %v13 = arith.constant 0x7E : f8E5M2
  %v14 = arith.maxnumf %v12, %v13 fastmath<reassoc,contract> : f8E5M2
  return %v7, %v9, %v11 : f8E3M4, i1, i64
}
func.func @f2(%arg0: i1, %arg1: i64) -> (i1, i1) {
  %v0 = arith.constant -9223372036854775808 : i64
  %v1 = arith.ceildivsi %arg1, %v0 : i64
  %v2 = arith.constant 11 : i8
  %v3 = arith.constant 0.1 : f8E5M2FNUZ
  %v4 = func.call @f0(%v2, %v3) : (i8, f8E5M2FNUZ) -> f8E5M2FNUZ
  %v5 = arith.constant false
  %v6 = arith.constant 3.0 : f16
  %v7 = arith.select %v5, %v6, %v6 : f16
  %v8 = arith.constant -1 : i32
  %v9 = arith.constant 4294967295 : i32
  %v10 = arith.minsi %v8, %v9 : i32
  %v11 = arith.cmpf uno, %v4, %v4 fastmath<ninf> : f8E5M2FNUZ
  %v12 = arith.constant 0 : i64
  %v13 = arith.constant 0 : i64
  %v14 = arith.remsi %v12, %v13 : i64
  %v15 = arith.remui %v5, %v5 : i1
  %v16 = arith.constant -1 : i8
  %v17 = arith.extui %v16 : i8 to i16
  %v18 = arith.fptosi %v4 : f8E5M2FNUZ to i33
  %v19 = arith.cmpi sle, %v13, %v1 : i64
  %v20 = arith.maxnumf %v3, %v4 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v21 = arith.constant 33 : i33
  %v22 = arith.cmpi ult, %v21, %v18 : i33
  %v23 = arith.select %v15, %v9, %v8 : i32
  %v24 = arith.constant true
  %v25 = arith.muli %v22, %v24 : i1
  %v26 = arith.cmpf false, %v4, %v20 : f8E5M2FNUZ
  return %v26, %v26 : i1, i1
}
func.func @f3(%arg0: f8E4M3, %arg1: tensor<3xi16>, %arg2: f16) -> (i1, f8E4M3, i1) {
  %v0 = arith.constant 4.0 : f8E4M3
  %v1 = arith.cmpf ogt, %v0, %arg0 fastmath<nnan> : f8E4M3
  %v2 = arith.constant 0x793A : f16
  %v3 = arith.minnumf %arg2, %v2 fastmath<nsz> : f16
  %v4 = arith.constant true
  %v5 = arith.maxsi %v1, %v4 : i1
  %v6 = arith.divf %v0, %arg0 : f8E4M3
  %v7 = arith.constant true
  %v8 = arith.xori %v4, %v7 : i1
  %v9 = arith.constant dense<false> : tensor<3xi1>
  %v10 = arith.constant dense<4096> : tensor<3xi16>
  %v11 = arith.select %v9, %arg1, %v10 : tensor<3xi1>, tensor<3xi16>
  %v12 = arith.fptosi %arg0 : f8E4M3 to i33
  %v13 = arith.constant 1 : i33
  %v14 = arith.cmpi sle, %v12, %v13 : i33
  %v15 = arith.constant 0x0010000000000000 : f64
  %v16 = arith.divf %v15, %v15 fastmath<none> : f64
  %v17 = arith.minnumf %v0, %v6 fastmath<nnan,ninf> : f8E4M3
  %v18 = arith.constant dense<[32767, 32767, 1024]> : tensor<3xi16>
  %v19:2 = arith.mulsi_extended %v11, %v18 : tensor<3xi16>
  %v20 = arith.constant false
  %v21 = arith.constant 15 : i64
  %v22:2 = func.call @f2(%v20, %v21) : (i1, i64) -> (i1, i1)
  %v23 = arith.shrsi %v12, %v13 : i33
  %v24 = arith.divf %v0, %arg0 : f8E4M3
  %v25 = arith.constant 67108864 : i33
  %v26 = arith.cmpi uge, %v12, %v25 : i33
  %v27 = arith.cmpf ogt, %v0, %arg0 fastmath<nnan> : f8E4M3
  %v28 = arith.constant 16 : i64
  %v29 = arith.floordivsi %v28, %v21 : i64
  return %v27, %v17, %v22#1 : i1, f8E4M3, i1
}
