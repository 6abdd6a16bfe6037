// Random func/arith module, seed 192.
func.func @f0(%arg0: i32, %arg1: f16, %arg2: f8E5M2) -> f16 {
  %v0 = arith.constant true
  %v1 = arith.constant -2.5 : f8E5M2
  %v2 = arith.select %v0, %v1, %v1 : f8E5M2
  %v3 = arith.shrsi %arg0, %arg0 : i32
  %v4:2 = arith.addui_extended %v3, %arg0 : i32, i1
  %v5 = arith.select %v0, %v1, %v1 : f8E5M2
  %v6 = arith.constant true
  %v7 = arith.minsi %v6, %v4#1 : i1
  %v8 = arith.constant true
  %v9 = arith.constant true
  %v10:2 = arith.mului_extended %v8, %v9 : i1
  %v11:2 = arith.mului_extended %v4#0, %arg0 : i32
  %v12 = arith.select %v7, %v8, %v4#1 : i1
  %v13 = arith.constant 0x03 : f8E5M2
  %v14 = arith.cmpf oeq, %v13, %arg2 fastmath<nsz> : f8E5M2
  %v15 = arith.constant 0xFE00 : f16
  %v16 = arith.minnumf %arg1, %v15 : f16
  %v17 = arith.cmpf oeq, %v13, %arg2 fastmath<nsz> : f8E5M2
  return %v16 : f16
}
func.func @f1(%arg0: i16, %arg1: vector<[4]xi16>, %arg2: f16, %arg3: i128) -> i16 {
  %v0 = arith.constant 16 : i33
  %v1 = arith.constant 11 : i33
  %v2 = arith.andi %v0, %v1 : i33
  %v3 = arith.constant dense<[]> : tensor<0xi1>
  %v4 = arith.constant dense<true> : tensor<0xi1>
  %v5 = arith.shrsi %v3, %v4 exact : tensor<0xi1>
  %v6 = arith.shrsi %v3, %v4 exact : tensor<0xi1>
  %v7 = arith.constant dense<0.1> : vector<2x3xbf16>
  %v8 = arith.fptosi %v7 : vector<2x3xbf16> to vector<2x3xi32>
  %v9 = arith.constant dense<-1> : vector<2x3xi32>
  %v10 = arith.constant dense<2147483647> : vector<2x3xi32>
  %v11 = arith.xori %v10, %v9 : vector<2x3xi32>
  %v12 = arith.xori %v11, %v9 : vector<2x3xi32>
  %v13 = arith.cmpf oeq, %arg2, %arg2 fastmath<reassoc,contract> : f16
  %v14 = arith.shli %v0, %v2 : i33
  %v15 = arith.addi %arg0, %arg0 : i16
  %v16 = arith.minsi %v15, %arg0 : i16
  %v17 = arith.constant dense<-0.0> : vector<4xf32>
  %v18 = arith.select %v13, %v17, %v17 : vector<4xf32>
  %v19 = arith.shrsi %v3, %v4 exact : tensor<0xi1>
  %v20 = arith.constant true
  %v21 = arith.divsi %v20, %v13 : i1
  %v22 = arith.constant false
  %v23 = arith.cmpi sgt, %v21, %v22 : i1
  %v24 = arith.constant -1 : i8
  %v25 = arith.extsi %v24 : i8 to i64
  %v26 = arith.extsi %v24 : i8 to i64
  %v27 = arith.cmpi slt, %v25, %v26 : i64
  %v28 = arith.constant 4294967295 : i32
  %v29 = arith.constant -0.75 : f8E5M2
  %v30 = func.call @f0(%v28, %arg2, %v29) : (i32, f16, f8E5M2) -> f16
  return %v16 : i16
}
