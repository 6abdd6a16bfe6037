// Random func/arith module, seed 36.
func.func @f0(%arg0: i8, %arg1: i64, %arg2: vector<2xf32>) -> (vector<2xf32>, vector<2xi1>) {
  %v0 = arith.negf %arg2 : vector<2xf32>
  %v1 = arith.extf %v0 : vector<2xf32> to vector<2xf64>
  %v2 = arith.constant dense<4.0> : vector<4xf64>
  %v3 = arith.cmpf ole, %v2, %v2 : vector<4xf64>
  %v4 = arith.constant 8589934592 : i64
  %v5:2 = arith.mului_extended %v4, %arg1 : i64
  %v6 = arith.constant dense<false> : vector<4xi1>
  %v7 = arith.constant dense<false> : vector<4xi1>
  %v8 = arith.divsi %v6, %v7 : vector<4xi1>
  %v9 = arith.constant -128 : i8
  %v10 = arith.index_castui %v9 : i8 to index
  %v11:2 = arith.mului_extended %v5#1, %v4 : i64
  %v12 = arith.cmpf ogt, %arg2, %arg2 : vector<2xf32>
  %v13 = arith.constant dense<[true, true]> : vector<2xi1>
  %v14 = arith.ori %v12, %v13 : vector<2xi1>
  %v15 = arith.constant 65 : i64
  %v16 = arith.ori %arg1, %v15 : i64
  %v17:2 = arith.addui_extended %v8, %v7 : vector<4xi1>, vector<4xi1>
  %v18 = arith.negf %arg2 : vector<2xf32>
  %v19 = arith.constant -8 : i32
  %v20 = arith.constant 1 : i32
  %v21 = arith.maxui %v19, %v20 : i32
  %v22 = arith.constant dense<32767> : tensor<2x2xi16>
  %v23 = arith.constant dense<[[10, -1], [1, 32767]]> : tensor<2x2xi16>
  %v24 = arith.remsi %v22, %v23 : tensor<2x2xi16>
  %v25 = arith.cmpi ult, %v11#1, %v15 : i64
  %v26 = arith.remsi %v22, %v23 : tensor<2x2xi16>
  %v27 = arith.extf %v0 : vector<2xf32> to vector<2xf64>
  return %v18, %v12 : vector<2xf32>, vector<2xi1>
}
func.func @f1(%arg0: i16) -> (i1, i16) {
  %v0 = arith.constant -12004 : i16
  %v1 = arith.constant 1 : i16
  %v2 = arith.addi %v0, %v1 : i16
  %v3 = arith.constant 65535 : i16
  %v4 = arith.ori %arg0, %v3 : i16
  %v5 = arith.constant false
  %v6 = arith.constant 16 : i16
  %v7 = arith.select %v5, %v3, %v6 : i16
  %v8 = arith.constant 16 : i16
  %v9 = arith.cmpi ule, %v1, %v8 : i16
  %v10 = arith.constant dense<[0xFE00, 0x7C00, 0x8000]> : tensor<3xf16>
  %v11 = arith.constant dense<0.0> : tensor<3xf16>
  %v12 = arith.cmpf ult, %v10, %v11 : tensor<3xf16>
  %v13 = arith.constant 65532 : i16
  %v14 = arith.divsi %v1, %v13 exact : i16
  %v15 = arith.cmpi sle, %v4, %v7 : i16
  return %v15, %v6 : i1, i16
}
func.func @f2(%arg0: i32, %arg1: i16, %arg2: f8E5M2FNUZ, %arg3: i7) -> (f8E3M4, i16) {
  %v0 = arith.fptoui %arg2 : f8E5M2FNUZ to i7
  %v1 = arith.fptoui %arg2 : f8E5M2FNUZ to i128
  %v2 = arith.constant 10 : i16
  %v3:2 = arith.mulsi_extended %arg1, %v2 : i16
  %v4 = arith.constant 0x7B : f8E5M2FNUZ
  %v5 = arith.remf %arg2, %v4 : f8E5M2FNUZ
  %v6 = arith.maxsi %v3#0, %arg1 : i16
  %v7 = arith.subf %arg2, %v5 fastmath<none> : f8E5M2FNUZ
  %v8 = arith.fptoui %arg2 : f8E5M2FNUZ to i7
  %v9 = arith.sitofp %arg0 : i32 to f8E5M2
  %v10 = arith.maxsi %v3#0, %arg1 : i16
  %v11 = arith.constant true
  %v12 = arith.constant true
  %v13:2 = arith.addui_extended %v11, %v12 : i1, i1
  %v14 = arith.constant 0x6E : f8E5M2FNUZ
  %v15 = arith.fptosi %v14 : f8E5M2FNUZ to i16
  %v16:2 = arith.addui_extended %v11, %v12 : i1, i1
  %v17 = arith.bitcast %v9 : f8E5M2 to f8E5M2FNUZ
  %v18 = arith.constant dense<[true, false, false, false]> : vector<4xi1>
  %v19 = arith.constant dense<[true, false, true, false]> : vector<4xi1>
  %v20:2 = arith.addui_extended %v18, %v19 : vector<4xi1>, vector<4xi1>
  %v21 = arith.maxsi %arg1, %v3#0 : i16
  %v22 = arith.constant 0.0 : f8E3M4
  %v23 = arith.constant 0x78 : f8E3M4
  %v24 = arith.remf %v22, %v23 : f8E3M4
  return %v23, %v15 : f8E3M4, i16
}
