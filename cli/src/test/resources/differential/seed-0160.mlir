// Random func/arith module, seed 160.
func.func @f0(%arg0: f64) -> f128 {
  %v0 = arith.constant dense<11> : vector<4xi32>
  %v1:2 = arith.addui_extended %v0, %v0 : vector<4xi32>, vector<4xi1>
  %v2:2 = arith.addui_extended %v0, %v0 : vector<4xi32>, vector<4xi1>
  %v3 = arith.subf %arg0, %arg0 fastmath<fast> : f64
  %v4 = arith.subf %arg0, %arg0 fastmath<fast> {tag = 1 : i64} : f64
  %v5 = arith.extf %v4 fastmath<ninf> : f64 to f128
  %v6 = arith.constant false
  %v7 = arith.select %v6, %v4, %arg0 : f64
  %v8 = arith.divui %v6, %v6 : i1
  %v9 = arith.minnumf %v3, %arg0 fastmath<arcp,afn> : f64
  return %v5 : f128
}
func.func @f1(%arg0: f8E5M2, %arg1: f32, %arg2: i16) -> i16 {
  %v0 = arith.constant 15 : i16
  %v1 = arith.ceildivui %v0, %arg2 : i16
  %v2 = arith.ceildivui %v0, %arg2 : i16
  %v3 = arith.constant 12 : i16
  %v4 = arith.maxsi %v3, %v1 : i16
  %v5 = arith.constant 1 : i16
  %v6 = arith.ceildivsi %arg2, %v5 : i16
  %v7 = arith.constant 0 : i16
  %v8 = arith.minui %v2, %v7 : i16
  %v9 = arith.ceildivui %v0, %arg2 : i16
  %v10 = arith.remf %arg0, %arg0 : f8E5M2
  return %v8 : i16
}
func.func @f2(%arg0: f6E3M2FN, %arg1: bf16, %arg2: vector<[4]xi1>) -> (bf16, i128) {
  %v0 = arith.fptosi %arg0 : f6E3M2FN to i16
  %v1 = arith.maximumf %arg1, %arg1 : bf16
  %v2 = arith.constant 0x3E : f6E3M2FN
  %v3 = arith.addf %arg0, %v2 fastmath<reassoc,contract> : f6E3M2FN
  %v4 = arith.constant -1 : i16
  %v5 = arith.constant -32768 : i16
  %v6 = arith.subi %v4, %v5 : i16
  %v7 = arith.constant 0x12F2 : bf16
  %v8 = arith.minnumf %v7, %arg1 : bf16
  %v9 = arith.constant 0x9FC4 : bf16
  %v10 = arith.remf %v8, %v9 : bf16
  %v11 = arith.cmpi sgt, %arg2, %arg2 : vector<[4]xi1>
  %v12 = arith.constant dense<-3.0e-05> : vector<2xf16>
  %v13 = arith.fptoui %v12 : vector<2xf16> to vector<2xi16>
  %v14 = arith.truncf %v3 to_nearest_away : f6E3M2FN to f4E2M1FN
  %v15 = arith.constant 1 : i16
  %v16 = arith.cmpi uge, %v15, %v0 {tag = 1 : i64} : i16
  %v17 = arith.maximumf %arg1, %arg1 : bf16
  %v18 = arith.cmpi sgt, %arg2, %arg2 {tag = 0 : i64} : vector<[4]xi1>
  %v19 = arith.constant 0xA : f4E2M1FN
  %v20 = arith.negf %v19 fastmath<none> : f4E2M1FN
  %v21 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v22 = arith.negf %v21 : f64
  %v23 = arith.negf %v22 fastmath<reassoc,contract> : f64
  %v24 = arith.extui %v6 : i16 to i128
  %v25 = arith.constant 1 : i64
  %v26 = arith.maxsi %v25, %v25 : i64
  %v27 = arith.constant dense<0x0000000000000000> : tensor<3xf64>
  %v28 = arith.constant dense<0x0000000000000000> : tensor<3xf64>
  %v29 = arith.cmpf uge, %v27, %v28 fastmath<reassoc,contract> {tag = 1 : i64} : tensor<3xf64>
  return %v17, %v24 : bf16, i128
}
