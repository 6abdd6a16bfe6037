// Random func/arith module, seed 127.
func.func @f0(%arg0: f6E3M2FN, %arg1: i32) -> (i128, f6E3M2FN) {
  %v0 = arith.constant 0x20 : f6E3M2FN
  %v1 = arith.divf %v0, %arg0 fastmath<nnan> : f6E3M2FN
  %v2 = arith.constant -1624742491 : i32
  %v3 = arith.constant 134217728 : i32
  %v4 = arith.minui %v2, %v3 : i32
  %v5 = arith.divf %v0, %arg0 fastmath<nnan> : f6E3M2FN
  %v6 = arith.minui %v3, %v2 : i32
  %v7 = arith.constant 0 : i32
  %v8 = arith.shrsi %arg1, %v7 : i32
  %v9 = arith.divf %v0, %arg0 fastmath<nnan> : f6E3M2FN
  %v10 = arith.constant 0x21 : f6E3M2FN
  %v11 = arith.cmpf uno, %v1, %v10 : f6E3M2FN
  %v12 = arith.extsi %v11 : i1 to i64
  %v13 = arith.extsi %v11 : i1 to i64
  %v14 = arith.cmpi sle, %v12, %v13 : i64
  %v15 = arith.constant 1.0 : f6E3M2FN
  %v16 = arith.mulf %v9, %v15 fastmath<reassoc,contract> : f6E3M2FN
  %v17 = arith.constant -1 : i64
  %v18 = arith.extsi %v17 : i64 to i128
  %v19 = arith.constant dense<-9223372036854775808> : tensor<3xi64>
  %v20 = arith.constant dense<[11, -2088495611615739824, -3]> : tensor<3xi64>
  %v21 = arith.addi %v19, %v20 : tensor<3xi64>
  %v22 = arith.constant 1301667081 : i32
  %v23 = arith.remui %arg1, %v22 : i32
  %v24 = arith.cmpf true, %v5, %v9 : f6E3M2FN
  %v25 = arith.cmpi ugt, %v11, %v24 : i1
  %v26 = arith.constant 3 : i32
  %v27 = arith.shrui %v22, %v26 : i32
  %v28 = arith.extui %v17 : i64 to i128
  %v29 = arith.constant false
  %v30 = arith.ori %v29, %v24 : i1
  %v31 = arith.extsi %v17 : i64 to i128
  %v32 = arith.ceildivsi %v29, %v25 : i1
  %v33 = arith.constant 0.5 : f6E3M2FN
  %v34 = arith.remf %v33, %v1 : f6E3M2FN
  return %v18, %v34 : i128, f6E3M2FN
}
func.func @f1(%arg0: f32, %arg1: i32) {
  %v0 = arith.negf %arg0 : f32
  %v1 = arith.constant 0x04 : f6E3M2FN
  %v2 = arith.constant -2147483648 : i32
  %v3:2 = func.call @f0(%v1, %v2) : (f6E3M2FN, i32) -> (i128, f6E3M2FN)
  %v4 = arith.constant false
  %v5 = arith.constant 0x3E : f6E3M2FN
  %v6 = arith.select %v4, %v5, %v3#1 : f6E3M2FN
  %v7 = arith.constant 0x7F80 : bf16
  %v8 = arith.bitcast %v7 : bf16 to f16
  %v9 = arith.constant 0 : i32
  %v10 = arith.shrsi %arg1, %v9 : i32
  %v11 = arith.constant -170141183460469231731687303715884105728 : i128
  %v12 = arith.constant 340282366920938463463374607431768211454 : i128
  %v13 = arith.cmpi sge, %v11, %v12 : i128
  %v14 = arith.constant -1 : i32
  %v15 = arith.cmpi sge, %v10, %v14 : i32
  %v16 = arith.constant true
  %v17 = arith.constant false
  %v18 = arith.select %v15, %v16, %v17 : i1
  %v19 = arith.constant 2 : i32
  %v20:2 = func.call @f0(%v3#1, %v19) : (f6E3M2FN, i32) -> (i128, f6E3M2FN)
  %v21 = arith.fptosi %v0 : f32 to i1
  %v22 = arith.constant 0 : i7
  %v23 = arith.constant -1 : i7
  %v24 = arith.subi %v22, %v23 : i7
  %v25 = arith.constant 63 : i7
  %v26 = arith.subi %v24, %v25 : i7
  %v27:2 = arith.mulsi_extended %v4, %v17 : i1
  %v28:2 = func.call @f0(%v3#1, %v19) : (f6E3M2FN, i32) -> (i128, f6E3M2FN)
  %v29:2 = arith.addui_extended %v20#0, %v20#0 : i128, i1
  %v30 = arith.cmpf olt, %v20#1, %v1 : f6E3M2FN
  %v31 = arith.cmpf olt, %v5, %v6 fastmath<none> : f6E3M2FN
  %v32 = arith.constant 0x7F7FFFFF : f32
  %v33 = arith.maxnumf %v0, %v32 : f32
  %v34 = arith.ori %v31, %v15 : i1
  %v35 = arith.constant false
  %v36 = arith.select %v31, %v29#1, %v35 : i1
  %v37 = arith.constant 127 : i128
  %v38 = arith.remui %v11, %v37 : i128
  %v39 = arith.shrsi %v19, %arg1 : i32
  return
}
func.func @f2(%arg0: f32, %arg1: vector<[4]xi64>) -> (vector<[4]xi64>, f32) {
  %v0 = arith.constant 7.0 : f32
  %v1 = arith.minimumf %v0, %arg0 : f32
  %v2 = arith.constant true
  %v3 = arith.constant 0x04 : f8E5M2FNUZ
  %v4 = arith.constant 0x80 : f8E5M2FNUZ
  %v5 = arith.select %v2, %v3, %v4 : f8E5M2FNUZ
  %v6 = arith.subf %v5, %v3 fastmath<fast> : f8E5M2FNUZ
  %v7 = arith.constant dense<-9223372036854775808> : vector<[4]xi64>
  %v8 = arith.constant dense<-8> : vector<[4]xi64>
  %v9 = arith.minsi %v7, %v8 : vector<[4]xi64>
  %v10 = arith.constant 0x1E : f6E3M2FN
  %v11 = arith.constant 0 : i32
  %v12:2 = func.call @f0(%v10, %v11) : (f6E3M2FN, i32) -> (i128, f6E3M2FN)
  %v13 = arith.ori %arg1, %arg1 : vector<[4]xi64>
  %v14 = arith.cmpi eq, %v11, %v11 : i32
  %v15 = arith.minimumf %arg0, %v0 : f32
  func.call @f1(%v1, %v11) : (f32, i32) -> ()
  %v17 = arith.constant 0.5 : f32
  %v18 = arith.constant -2.5 : f32
  %v19 = arith.divf %v17, %v18 : f32
  %v20 = arith.constant 33 : i32
  %v21 = arith.ori %v11, %v20 : i32
  %v22 = arith.constant 10 : i128
  %v23 = arith.constant 170141183460469231731687303715884105728 : i128
  %v24 = arith.shrsi %v22, %v23 exact : i128
  %v25 = arith.constant 1 : i8
  %v26 = arith.extui %v25 : i8 to i64
  %v27 = arith.extui %v25 : i8 to i64
  %v28 = arith.cmpi uge, %v26, %v27 : i64
  %v29 = arith.constant 0x2C : f6E3M2FN
  %v30 = arith.minnumf %v29, %v12#1 : f6E3M2FN
  return %arg1, %arg0 : vector<[4]xi64>, f32
}
func.func @f3(%arg0: f8E4M3FNUZ) -> i1 {
  %v0 = arith.constant dense<15> : vector<[4]xi8>
  %v1 = arith.cmpi ule, %v0, %v0 : vector<[4]xi8>
  %v2 = arith.cmpi ule, %v0, %v0 : vector<[4]xi8>
  %v3 = arith.cmpf ole, %arg0, %arg0 : f8E4M3FNUZ
  %v4 = arith.constant 0 : i32
  %v5 = arith.constant 16 : i32
  %v6 = arith.addi %v4, %v5 overflow<nsw> : i32
  %v7 = arith.constant 0xED : f8E4M3FNUZ
  %v8 = arith.constant 0x78 : f8E4M3FNUZ
  %v9 = arith.divf %v7, %v8 fastmath<fast> : f8E4M3FNUZ
  %v10 = arith.constant true
  %v11 = arith.maxsi %v10, %v3 : i1
  %v12 = arith.constant -1.0 : f8E4M3FNUZ
  %v13 = arith.negf %v12 : f8E4M3FNUZ
  %v14 = arith.negf %v13 fastmath<none> : f8E4M3FNUZ
  %v15 = arith.floordivsi %v11, %v3 : i1
  %v16 = arith.constant 2 : i32
  %v17 = arith.constant 31 : i32
  %v18 = arith.cmpi ule, %v16, %v17 : i32
  return %v15 : i1
}
