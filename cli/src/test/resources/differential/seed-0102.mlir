// Random func/arith module, seed 102.
func.func @f0(%arg0: vector<4xf32>) -> (i64, vector<4xi1>) {
  %v0 = arith.constant -8 : i64
  %v1 = arith.constant -1 : i64
  %v2 = arith.cmpi ule, %v0, %v1 : i64
  %v3 = arith.cmpi ule, %v0, %v1 : i64
  %v4 = arith.constant dense<0.1> : vector<4xf32>
  %v5 = arith.fptoui %v4 : vector<4xf32> to vector<4xi16>
  %v6 = arith.constant dense<0x3DA16B00> : vector<4xf32>
  %v7 = arith.cmpf uge, %arg0, %v6 fastmath<fast> : vector<4xf32>
  %v8 = arith.constant dense<[true, false, true, true]> : vector<4xi1>
  %v9 = arith.minsi %v7, %v8 : vector<4xi1>
  %v10 = arith.constant dense<[1, 10, 64, 1]> : vector<4xi16>
  %v11 = arith.constant dense<-18311> : vector<4xi16>
  %v12 = arith.cmpi sgt, %v10, %v11 : vector<4xi16>
  %v13 = arith.maxsi %v9, %v7 : vector<4xi1>
  %v14 = arith.constant dense<false> : vector<4xi1>
  %v15 = arith.maxsi %v7, %v14 : vector<4xi1>
  %v16 = arith.constant dense<0x3F800000> : vector<4xf32>
  %v17 = arith.cmpf ult, %arg0, %v16 fastmath<arcp,afn> : vector<4xf32>
  %v18 = arith.constant dense<0x7F800000> : vector<4xf32>
  %v19 = arith.fptosi %v18 : vector<4xf32> to vector<4xi32>
  %v20 = arith.remui %v10, %v11 : vector<4xi16>
  %v21 = arith.remsi %v9, %v14 : vector<4xi1>
  return %v0, %v15 : i64, vector<4xi1>
}
func.func @f1(%arg0: i16, %arg1: f8E5M2, %arg2: i32, %arg3: tensor<2x2xf16>) -> (vector<4xi1>, vector<4xi1>, i64) {
  %v0 = arith.constant -1.0 : f8E5M2
  %v1 = arith.bitcast %v0 : f8E5M2 to f8E3M4
  %v2 = arith.bitcast %v0 : f8E5M2 to f8E3M4
  %v3 = arith.constant dense<[0x7F7FFFFF, 0x00800000, 100.0, 1.0]> : vector<4xf32>
  %v4:2 = func.call @f0(%v3) : (vector<4xf32>) -> (i64, vector<4xi1>)
  %v5 = arith.addi %arg0, %arg0 : i16
  %v6 = arith.remui %v4#0, %v4#0 : i64
  %v7 = arith.sitofp %v6 : i64 to f8E3M4
  %v8 = arith.constant 0xF8 : f8E3M4
  %v9 = arith.divf %v8, %v7 : f8E3M4
  %v10:2 = arith.addui_extended %v4#1, %v4#1 : vector<4xi1>, vector<4xi1>
  %v11 = arith.remui %v4#0, %v4#0 : i64
  %v12:2 = arith.mului_extended %v10#0, %v10#1 : vector<4xi1>
  %v13 = arith.minimumf %v9, %v1 : f8E3M4
  %v14 = arith.minsi %v4#0, %v4#0 : i64
  return %v10#1, %v12#1, %v11 : vector<4xi1>, vector<4xi1>, i64
}
func.func @f2(%arg0: bf16, %arg1: i32, %arg2: i33) -> bf16 {
  %v0 = arith.constant 3.0 : bf16
  %v1 = arith.divf %arg0, %v0 fastmath<nsz> : bf16
  %v2 = arith.constant dense<[1, 2147483647, 32]> : tensor<3xi32>
  %v3 = arith.cmpi uge, %v2, %v2 : tensor<3xi32>
  %v4 = arith.mulf %v1, %arg0 : bf16
  %v5 = arith.constant 1 : i33
  %v6 = arith.minui %arg2, %v5 : i33
  %v7 = arith.constant 0xFFC0 : bf16
  %v8 = arith.mulf %v7, %arg0 fastmath<ninf> : bf16
  %v9 = arith.maxsi %arg2, %v6 : i33
  %v10 = arith.maxnumf %v4, %v1 fastmath<nnan> : bf16
  %v11 = arith.extf %v4 : bf16 to f64
  %v12 = arith.constant dense<[false, false, true]> : tensor<3xi1>
  %v13 = arith.subi %v12, %v3 overflow<nsw, nuw> : tensor<3xi1>
  %v14 = arith.mulf %arg0, %v0 : bf16
  %v15:2 = arith.mului_extended %v5, %v9 : i33
  return %v1 : bf16
}
func.func @f3(%arg0: f16, %arg1: tensor<2x2xi16>, %arg2: index) -> f32 {
  %v0 = arith.constant dense<16> : tensor<2x2xi16>
  %v1 = arith.ceildivui %v0, %v0 : tensor<2x2xi16>
  %v2 = arith.constant dense<21417> : tensor<2x2xi16>
  %v3 = arith.maxui %v2, %arg1 : tensor<2x2xi16>
  %v4 = arith.constant dense<25> : vector<2x3xi8>
  %v5 = arith.maxsi %v4, %v4 : vector<2x3xi8>
  %v6 = arith.constant 3.0 : bf16
  %v7 = arith.constant 1 : i32
  %v8 = arith.constant 7 : i33
  %v9 = func.call @f2(%v6, %v7, %v8) : (bf16, i32, i33) -> bf16
  %v10 = arith.constant 0.0 : bf16
  %v11 = arith.constant -2147483648 : i32
  %v12 = arith.constant 8 : i33
  %v13 = func.call @f2(%v10, %v11, %v12) : (bf16, i32, i33) -> bf16
  %v14 = arith.constant 0x00000001 : f32
  %v15 = arith.truncf %v14 toward_zero : f32 to f16
  %v16 = arith.constant 0x0001 : bf16
  %v17 = arith.cmpf oeq, %v13, %v16 : bf16
  %v18 = arith.remsi %v17, %v17 : i1
  %v19 = arith.ceildivui %v0, %v0 : tensor<2x2xi16>
  %v20 = arith.constant -1 : i64
  %v21 = arith.trunci %v20 overflow<nuw> : i64 to i33
  %v22 = arith.constant 0x0000 : f16
  %v23 = arith.cmpf false, %v22, %arg0 : f16
  %v24 = arith.minui %v8, %v12 : i33
  return %v14 : f32
}
