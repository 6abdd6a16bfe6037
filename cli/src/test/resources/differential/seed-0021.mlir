// Random func/arith module, seed 21.
func.func @f0(%arg0: i32, %arg1: index, %arg2: f32, %arg3: tensor<2x2xi16>) -> (index, f128, index) {
  %v0 = arith.constant -7 : index
  %v1 = arith.minsi %arg1, %v0 : index
  %v2 = arith.constant 4 : i32
  %v3 = arith.cmpi slt, %arg0, %v2 : i32
  %v4 = arith.constant -1 : i33
  %v5 = arith.xori %v4, %v4 : i33
  %v6 = arith.xori %v5, %v4 : i33
  %v7 = arith.remui %v0, %arg1 : index
  %v8 = arith.xori %v5, %v4 : i33
  %v9 = arith.extf %arg2 : f32 to f128
  return %v7, %v9, %v7 : index, f128, index
}
func.func @f1(%arg0: vector<2xf16>, %arg1: i7, %arg2: i32) -> index {
  %v0 = arith.constant -1 : index
  %v1 = arith.constant -0.75 : f32
  %v2 = arith.constant dense<-3> : tensor<2x2xi16>
  %v3:3 = func.call @f0(%arg2, %v0, %v1, %v2) : (i32, index, f32, tensor<2x2xi16>) -> (index, f128, index)
  %v4 = arith.constant 2147483647 : i32
  %v5 = arith.constant -1 : i32
  %v6:2 = arith.addui_extended %v4, %v5 : i32, i1
  %v7 = arith.negf %v3#1 fastmath<arcp,afn> : f128
  %v8 = arith.constant 0x80000000 : f32
  %v9:3 = func.call @f0(%arg2, %v3#0, %v8, %v2) : (i32, index, f32, tensor<2x2xi16>) -> (index, f128, index)
  %v10 = arith.constant 0x00010000000000000000000000000000 : f128
  %v11 = arith.minimumf %v10, %v3#1 : f128
  %v12 = arith.constant 0 : index
  %v13 = arith.muli %v3#2, %v12 : index
  %v14 = arith.index_castui %arg1 : i7 to index
  %v15 = arith.index_castui %v14 : index to i7
  %v16 = arith.constant dense<0.1> : tensor<0xf16>
  %v17 = arith.constant dense<[]> : tensor<0xf16>
  %v18 = arith.cmpf ule, %v16, %v17 fastmath<reassoc,contract> : tensor<0xf16>
  %v19 = arith.constant 0xFAE9D0A6 : f32
  %v20:3 = func.call @f0(%arg2, %v0, %v19, %v2) : (i32, index, f32, tensor<2x2xi16>) -> (index, f128, index)
  %v21 = arith.constant -2147483648 : i32
  %v22 = arith.sitofp %v21 : i32 to f8E3M4
  %v23 = arith.fptosi %arg0 : vector<2xf16> to vector<2xi16>
  %v24 = arith.constant dense<[3, 1]> : vector<2xi16>
  %v25 = arith.constant dense<8> : vector<2xi16>
  %v26 = arith.select %v6#1, %v24, %v25 : vector<2xi16>
  %v27 = arith.select %v6#1, %v24, %v25 : vector<2xi16>
  return %v14 : index
}
func.func @f2(%arg0: index, %arg1: tensor<2x2xf32>, %arg2: vector<2x3xf64>, %arg3: f64) -> vector<2x3xf64> {
  %v0 = arith.constant 2 : i32
  %v1 = arith.extsi %v0 : i32 to i64
  %v2 = arith.trunci %v1 : i64 to i32
  %v3 = arith.constant 1 : i8
  %v4 = arith.extsi %v3 : i8 to i64
  %v5 = arith.extsi %v3 : i8 to i64
  %v6 = arith.cmpi slt, %v4, %v5 : i64
  %v7 = arith.divf %arg2, %arg2 fastmath<ninf> : vector<2x3xf64>
  %v8 = arith.constant dense<2.0> : tensor<2x2xf32>
  %v9 = arith.remf %arg1, %v8 fastmath<ninf> : tensor<2x2xf32>
  %v10 = arith.constant dense<0> : tensor<2x2xi16>
  %v11 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v12 = arith.cmpi ult, %v10, %v11 : tensor<2x2xi16>
  %v13 = arith.cmpi slt, %v4, %v5 : i64
  %v14 = arith.cmpf ueq, %arg2, %v7 : vector<2x3xf64>
  %v15 = arith.constant dense<32767> : tensor<2x2xi16>
  %v16 = arith.sitofp %v15 : tensor<2x2xi16> to tensor<2x2xf64>
  %v17 = arith.constant 65 : index
  %v18 = arith.floordivsi %v17, %arg0 : index
  %v19 = arith.cmpf olt, %arg3, %arg3 fastmath<arcp,afn> : f64
  %v20 = arith.remf %arg1, %v8 fastmath<ninf> : tensor<2x2xf32>
  %v21 = arith.constant -1 : i64
  %v22 = arith.constant 17179869184 : i64
  %v23 = arith.xori %v22, %v21 : i64
  %v24 = arith.xori %v23, %v21 : i64
  %v25 = arith.cmpi slt, %v4, %v5 : i64
  %v26 = arith.fptosi %arg3 : f64 to i32
  %v27 = arith.constant 0x0000000000000001 : f64
  %v28 = arith.cmpf ogt, %arg3, %v27 fastmath<none> : f64
  %v29 = arith.extf %arg1 fastmath<reassoc,contract> : tensor<2x2xf32> to tensor<2x2xf64>
  %v30 = arith.constant dense<0x0000000000000001> : vector<2x3xf64>
  %v31 = arith.constant dense<-3.0e-05> : vector<2x3xf64>
  %v32 = arith.maximumf %v30, %v31 fastmath<arcp,afn> : vector<2x3xf64>
  %v33 = arith.maximumf %arg2, %arg2 : vector<2x3xf64>
  %v34 = arith.fptosi %v7 : vector<2x3xf64> to vector<2x3xi1>
  return %v33 : vector<2x3xf64>
}
func.func @f3(%arg0: i128) -> i1 {
  %v0 = arith.constant 128 : i128
  %v1 = arith.shli %arg0, %v0 overflow<nsw, nuw> : i128
  %v2:2 = arith.mulsi_extended %arg0, %arg0 : i128
  %v3 = arith.constant dense<[]> : tensor<0xf32>
  %v4 = arith.minnumf %v3, %v3 : tensor<0xf32>
  %v5 = arith.cmpi slt, %v2#1, %arg0 : i128
  %v6 = arith.select %v5, %v2#1, %arg0 : i128
  %v7 = arith.constant 1 : i128
  %v8 = arith.divsi %v2#1, %v7 : i128
  %v9:2 = arith.mulsi_extended %arg0, %arg0 : i128
  %v10:2 = arith.mulsi_extended %arg0, %arg0 : i128
  %v11 = arith.constant dense<0xFF800000> : tensor<0xf32>
  %v12 = arith.constant dense<0xA9E2D379> : tensor<0xf32>
  %v13 = arith.mulf %v11, %v12 fastmath<ninf> : tensor<0xf32>
  %v14 = arith.constant true
  %v15 = arith.muli %v5, %v14 : i1
  %v16 = arith.constant true
  %v17 = arith.muli %v16, %v15 : i1
  %v18 = arith.fptoui %v4 : tensor<0xf32> to tensor<0xi1>
  %v19 = arith.negf %v12 : tensor<0xf32>
  %v20 = arith.constant -1 : i128
  %v21 = arith.bitcast %v20 : i128 to f128
  %v22 = arith.constant 9 : i128
  %v23:2 = arith.addui_extended %arg0, %v22 : i128, i1
  %v24 = arith.cmpf une, %v21, %v21 : f128
  %v25 = arith.constant dense<[[0, 9223372036854775807, 1094824681809628266], [1, -5, 14]]> : vector<2x3xi64>
  %v26 = arith.constant dense<-6068217253620125471> : vector<2x3xi64>
  %v27 = arith.cmpi sle, %v25, %v26 : vector<2x3xi64>
  %v28 = arith.select %v27, %v26, %v25 : vector<2x3xi1>, vector<2x3xi64>
  %v29 = arith.constant true
  %v30 = arith.muli %v23#1, %v29 : i1
  %v31 = arith.divsi %v15, %v29 exact : i1
  return %v23#1 : i1
}
