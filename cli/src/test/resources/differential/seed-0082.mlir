// Random func/arith module, seed 82.
func.func @f0(%arg0: i64) -> (i1, f8E5M2, i1) {
  %v0 = arith.constant dense<2.0> : vector<f32>
  %v1 = arith.cmpf ult, %v0, %v0 fastmath<arcp,afn> : vector<f32>
  %v2 = arith.constant dense<0x7F7FFFFF> : vector<f32>
  %v3 = arith.constant dense<0x80000000> : vector<f32>
  %v4 = arith.maximumf %v2, %v3 : vector<f32>
  %v5 = arith.constant 27581 : i16
  %v6 = arith.sitofp %v5 : i16 to f8E5M2
  %v7 = arith.maximumf %v2, %v3 : vector<f32>
  %v8 = arith.constant 65 : i64
  %v9 = arith.remui %arg0, %v8 : i64
  %v10 = arith.sitofp %v5 : i16 to f8E5M2
  %v11 = arith.cmpf ult, %v0, %v0 fastmath<arcp,afn> : vector<f32>
  %v12 = arith.constant 13065 : i16
  %v13 = arith.constant 16 : i16
  %v14 = arith.cmpi sge, %v12, %v13 : i16
  %v15 = arith.addi %v11, %v1 overflow<nuw> : vector<i1>
  %v16 = arith.constant 0.5 : f8E5M2
  %v17 = arith.select %v14, %v10, %v16 : f8E5M2
  %v18 = arith.constant 0.1 : f8E5M2
  %v19 = arith.negf %v18 : f8E5M2
  %v20 = arith.constant dense<false> : vector<i1>
  %v21:2 = arith.mulsi_extended %v1, %v20 : vector<i1>
  %v22 = arith.fptosi %v19 : f8E5M2 to i64
  %v23 = arith.bitcast %v18 : f8E5M2 to f8E5M2FNUZ
  %v24 = arith.remui %arg0, %v8 : i64
  %v25 = arith.cmpi sge, %v12, %v13 : i16
  %v26 = arith.constant -1 : i64
  %v27 = arith.cmpi ne, %v26, %v9 : i64
  return %v27, %v17, %v27 : i1, f8E5M2, i1
}
func.func @f1(%arg0: i32, %arg1: i7) -> i32 {
  %v0 = arith.constant dense<[]> : tensor<0xf16>
  %v1 = arith.minnumf %v0, %v0 fastmath<nsz> : tensor<0xf16>
  %v2 = arith.minnumf %v0, %v0 fastmath<nsz> : tensor<0xf16>
  %v3 = arith.constant 33554432 : i32
  %v4 = arith.shrui %arg0, %v3 : i32
  %v5 = arith.sitofp %v4 : i32 to f32
  %v6 = arith.fptosi %v5 : f32 to i32
  %v7 = arith.constant dense<[]> : tensor<0xi16>
  %v8 = arith.constant dense<0> : tensor<0xi16>
  %v9 = arith.andi %v7, %v8 : tensor<0xi16>
  %v10 = arith.constant dense<-1> : tensor<0xi16>
  %v11 = arith.andi %v9, %v10 : tensor<0xi16>
  %v12 = arith.constant 2147483648 : index
  %v13 = arith.constant -4 : index
  %v14 = arith.maxsi %v12, %v13 : index
  %v15 = arith.constant false
  %v16 = arith.constant 0 : i7
  %v17 = arith.select %v15, %v16, %v16 : i7
  %v18 = arith.constant 6 : i7
  %v19 = arith.cmpi ne, %arg1, %v18 : i7
  %v20 = arith.constant -0.0 : f32
  %v21 = arith.addf %v20, %v5 fastmath<reassoc,contract> : f32
  %v22 = arith.constant true
  %v23 = arith.muli %v22, %v15 : i1
  %v24 = arith.constant 0 : i32
  %v25 = arith.constant -2147483648 : i32
  %v26:2 = arith.mului_extended %v24, %v25 : i32
  %v27 = arith.negf %v2 : tensor<0xf16>
  %v28 = arith.negf %v27 : tensor<0xf16>
  return %v25 : i32
}
func.func @f2(%arg0: vector<[4]xi32>, %arg1: f8E5M2) -> (vector<[4]xi32>, f8E5M2, vector<[4]xi1>, vector<[4]xi1>) {
  %v0 = arith.constant dense<11> : vector<[4]xi32>
  %v1 = arith.subi %v0, %arg0 : vector<[4]xi32>
  %v2 = arith.cmpi sgt, %v0, %v1 : vector<[4]xi32>
  %v3 = arith.constant 1 : i32
  %v4 = arith.uitofp %v3 : i32 to f4E2M1FN
  %v5 = arith.extf %arg1 : f8E5M2 to f80
  %v6 = arith.subi %v0, %arg0 : vector<[4]xi32>
  %v7 = arith.constant dense<false> : vector<[4]xi1>
  %v8 = arith.minui %v2, %v7 : vector<[4]xi1>
  return %v6, %arg1, %v8, %v8 : vector<[4]xi32>, f8E5M2, vector<[4]xi1>, vector<[4]xi1>
}
