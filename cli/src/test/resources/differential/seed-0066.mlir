// Random func/arith module, seed 66.
func.func @f0(%arg0: f64, %arg1: tensor<2x2xi16>, %arg2: vector<2x3xi1>) {
  %v0 = arith.constant 0xF01CF149DCB1CCDC : f64
  %v1 = arith.minimumf %v0, %arg0 : f64
  %v2 = arith.addf %arg0, %v1 fastmath<arcp,afn> : f64
  %v3 = arith.constant -1 : i16
  %v4 = arith.constant -32768 : i16
  %v5 = arith.floordivsi %v3, %v4 : i16
  %v6 = arith.negf %v1 fastmath<ninf> : f64
  %v7 = arith.addf %arg0, %v1 fastmath<arcp,afn> : f64
  %v8 = arith.constant dense<true> : vector<2x3xi1>
  %v9 = arith.xori %arg2, %v8 : vector<2x3xi1>
  %v10 = arith.xori %v9, %v8 : vector<2x3xi1>
  return
}
func.func @f1(%arg0: f8E4M3FN, %arg1: f64) {
  %v0 = arith.constant 16384 : i64
  %v1 = arith.extsi %v0 : i64 to i128
  %v2 = arith.extsi %v0 : i64 to i128
  %v3 = arith.constant -1 : i33
  %v4 = arith.xori %v3, %v3 : i33
  %v5 = arith.xori %v4, %v3 : i33
  %v6 = arith.constant 129 : i128
  %v7 = arith.constant 6 : i128
  %v8 = arith.ceildivui %v6, %v7 : i128
  %v9 = arith.constant 0x0000000000000001 : f64
  %v10 = arith.fptosi %v9 : f64 to i33
  %v11 = arith.constant 0 : i64
  %v12 = arith.xori %v0, %v11 : i64
  %v13 = arith.constant 1 : i7
  %v14 = arith.cmpi uge, %v13, %v13 : i7
  %v15 = arith.constant -1 : i7
  %v16 = arith.constant -4 : i7
  %v17 = arith.xori %v16, %v15 : i7
  %v18 = arith.xori %v17, %v15 : i7
  %v19 = arith.constant 8 : i8
  %v20 = arith.extui %v19 : i8 to i64
  %v21 = arith.constant 64 : i64
  %v22 = arith.cmpi sle, %v20, %v21 : i64
  %v23 = arith.fptosi %v9 : f64 to i33
  %v24 = arith.constant -1 : i33
  %v25 = arith.extsi %v24 : i33 to i64
  %v26 = arith.constant 7279248885972331536 : i64
  %v27 = arith.cmpi ult, %v25, %v26 : i64
  return
}
func.func @f2(%arg0: i128, %arg1: f32, %arg2: i8) -> i1 {
  %v0 = arith.constant -9223372036854775808 : i64
  %v1 = arith.constant -8 : i64
  %v2 = arith.ceildivui %v0, %v1 : i64
  %v3 = arith.constant 0x007FFFFF : f32
  %v4 = arith.maxnumf %v3, %arg1 : f32
  %v5 = arith.floordivsi %arg2, %arg2 : i8
  %v6 = arith.constant -2.5 : f64
  %v7 = arith.constant dense<2> : tensor<2x2xi16>
  %v8 = arith.constant dense<false> : vector<2x3xi1>
  func.call @f0(%v6, %v7, %v8) : (f64, tensor<2x2xi16>, vector<2x3xi1>) -> ()
  %v10 = arith.extsi %v5 : i8 to i64
  %v11 = arith.constant -1 : i8
  %v12 = arith.extsi %v11 : i8 to i64
  %v13 = arith.cmpi sgt, %v10, %v12 : i64
  %v14 = arith.constant 0xFF800000 : f32
  %v15 = arith.addf %v4, %v14 fastmath<none> : f32
  %v16 = arith.extsi %v5 : i8 to i64
  %v17 = arith.constant 5 : i8
  %v18 = arith.extsi %v17 : i8 to i64
  %v19 = arith.cmpi slt, %v16, %v18 : i64
  %v20 = arith.extsi %v5 : i8 to i64
  %v21:2 = arith.mului_extended %arg0, %arg0 : i128
  %v22 = arith.constant 32768 : i16
  %v23 = arith.ori %v22, %v22 : i16
  %v24 = arith.constant -6 : i64
  %v25 = arith.addi %v0, %v24 overflow<nsw> : i64
  %v26 = arith.constant 0x7F800000 : f32
  %v27 = arith.maxnumf %v15, %v26 fastmath<reassoc,contract> : f32
  %v28 = arith.constant 0.5 : f32
  %v29 = arith.cmpf ole, %v26, %v28 : f32
  %v30 = arith.constant 34359738368 : i64
  %v31 = arith.andi %v30, %v1 : i64
  %v32 = arith.cmpf true, %v14, %v27 : f32
  %v33 = arith.ori %v22, %v22 : i16
  return %v32 : i1
}
