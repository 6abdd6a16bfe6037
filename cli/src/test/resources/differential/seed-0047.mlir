// Random func/arith module, seed 47.
func.func @f0(%arg0: vector<2xf32>, %arg1: i32) -> vector<2xf32> {
  %v0 = arith.constant 0 : i32
  %v1 = arith.minsi %v0, %arg1 : i32
  %v2 = arith.remf %arg0, %arg0 : vector<2xf32>
  %v3 = arith.constant 1 : index
  %v4 = arith.constant 9223372036854775807 : index
  %v5 = arith.ceildivsi %v3, %v4 : index
  %v6:2 = arith.addui_extended %arg1, %v1 : i32, i1
  %v7 = arith.constant false
  %v8 = arith.constant true
  %v9 = arith.minsi %v7, %v8 : i1
  %v10 = arith.constant true
  %v11:2 = arith.mulsi_extended %v6#1, %v10 : i1
  %v12 = arith.constant 31 : i32
  %v13 = arith.maxsi %v12, %v6#0 : i32
  %v14 = arith.fptosi %v2 : vector<2xf32> to vector<2xi8>
  %v15 = arith.constant 9 : i64
  %v16 = arith.cmpi ult, %v15, %v15 : i64
  %v17 = arith.select %v16, %v15, %v15 : i64
  %v18 = arith.constant dense<0x007FFFFF> : vector<2xf32>
  %v19 = arith.minnumf %v18, %v2 : vector<2xf32>
  %v20 = arith.cmpi ult, %v15, %v15 : i64
  %v21 = arith.cmpi ult, %v15, %v15 : i64
  %v22 = arith.trunci %v14 : vector<2xi8> to vector<2xi1>
  %v23 = arith.subf %arg0, %v19 : vector<2xf32>
  %v24 = arith.maximumf %v23, %v2 fastmath<none> : vector<2xf32>
  %v25 = arith.constant -2 : index
  %v26 = arith.floordivsi %v25, %v3 : index
  %v27 = arith.cmpi ult, %v15, %v15 : i64
  %v28 = arith.remf %v19, %arg0 : vector<2xf32>
  %v29 = arith.cmpf false, %v19, %v24 : vector<2xf32>
  return %v23 : vector<2xf32>
}
func.func @f1(%arg0: f16) -> (f16, i1) {
  %v0 = arith.constant -1 : index
  %v1 = arith.constant -1 : index
  %v2 = arith.cmpi sge, %v0, %v1 : index
  %v3 = arith.constant false
  %v4 = arith.constant false
  %v5:2 = arith.addui_extended %v3, %v4 : i1, i1
  %v6 = arith.constant 0x8000 : f16
  %v7 = arith.select %v5#1, %arg0, %v6 : f16
  %v8 = arith.constant 9223372036854775807 : index
  %v9 = arith.maxsi %v1, %v8 {tag = 1 : i64} : index
  %v10 = arith.constant 0x01 : f8E5M2
  %v11 = arith.constant -0.0 : f8E5M2
  %v12 = arith.subf %v10, %v11 : f8E5M2
  %v13 = arith.constant false
  %v14 = arith.constant false
  %v15 = arith.cmpi slt, %v13, %v14 : i1
  return %v7, %v14 : f16, i1
}
func.func @f2(%arg0: vector<2x3xf64>, %arg1: i32) -> (vector<2x3xi1>, i32) {
  %v0 = arith.constant dense<false> : vector<2x3xi1>
  %v1 = arith.select %v0, %arg0, %arg0 : vector<2x3xi1>, vector<2x3xf64>
  %v2 = arith.select %v0, %arg0, %arg0 : vector<2x3xi1>, vector<2x3xf64>
  %v3 = arith.select %v0, %arg0, %arg0 : vector<2x3xi1>, vector<2x3xf64>
  %v4 = arith.divui %arg1, %arg1 exact : i32
  %v5 = arith.constant dense<[[2.0, 0.1, 100.0], [1.0, 0x1A2271CD0678040A, 1.0e+10]]> : vector<2x3xf64>
  %v6 = arith.mulf %v5, %v2 : vector<2x3xf64>
  %v7 = arith.constant 0x3C00 : f16
  %v8:2 = func.call @f1(%v7) : (f16) -> (f16, i1)
  %v9 = arith.constant dense<true> : vector<2x3xi1>
  %v10:2 = arith.addui_extended %v9, %v0 : vector<2x3xi1>, vector<2x3xi1>
  %v11 = arith.shrsi %v4, %arg1 : i32
  %v12 = arith.shrsi %v4, %arg1 : i32
  %v13 = arith.constant 1.0e+10 : f16
  %v14 = arith.mulf %v13, %v8#0 fastmath<none> : f16
  %v15 = arith.maximumf %v6, %v5 : vector<2x3xf64>
  %v16 = arith.divui %arg1, %arg1 exact {tag = 0 : i64} : i32
  %v17:2 = arith.addui_extended %v11, %v12 : i32, i1
  return %v9, %v12 : vector<2x3xi1>, i32
}
func.func @f3(%arg0: f8E4M3FN, %arg1: i8, %arg2: vector<index>, %arg3: i16) -> f8E4M3FN {
  %v0 = arith.truncf %arg0 : f8E4M3FN to f4E2M1FN
  %v1 = arith.constant dense<-1> : vector<index>
  %v2 = arith.cmpi ne, %v1, %arg2 : vector<index>
  %v3 = arith.constant 0x00 : f8E4M3FN
  %v4 = arith.maxnumf %v3, %arg0 fastmath<nsz> : f8E4M3FN
  %v5 = arith.cmpi ne, %v1, %arg2 : vector<index>
  %v6 = arith.constant dense<[13, -1, 12, 8]> : vector<4xindex>
  %v7 = arith.index_cast %v6 : vector<4xindex> to vector<4xi16>
  %v8 = arith.constant dense<4> : vector<index>
  %v9 = arith.xori %v8, %arg2 : vector<index>
  %v10 = arith.constant 15 : i16
  %v11 = arith.xori %arg3, %v10 : i16
  %v12 = arith.constant 0xE3 : f8E4M3FN
  %v13 = arith.minnumf %v12, %arg0 : f8E4M3FN
  %v14 = arith.constant 0x7 : f4E2M1FN
  %v15 = arith.addf %v0, %v14 : f4E2M1FN
  return %v13 : f8E4M3FN
}
