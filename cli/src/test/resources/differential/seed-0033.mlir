// Random func/arith module, seed 33.
func.func @f0(%arg0: tensor<3xbf16>, %arg1: i1, %arg2: i64) -> (f16, f16) {
  %v0 = arith.shrui %arg1, %arg1 : i1
  %v1 = arith.fptosi %arg0 : tensor<3xbf16> to tensor<3xi16>
  %v2 = arith.sitofp %v1 : tensor<3xi16> to tensor<3xf64>
  %v3 = arith.constant dense<[0x6A98F0744C28DBFA, 0xFFF0000000000000, 2.0]> : tensor<3xf64>
  %v4 = arith.fptosi %v3 : tensor<3xf64> to tensor<3xi16>
  %v5 = arith.shrui %arg1, %arg1 : i1
  %v6 = arith.sitofp %v1 : tensor<3xi16> to tensor<3xf64>
  %v7 = arith.fptosi %v3 : tensor<3xf64> to tensor<3xi16>
  %v8 = arith.constant false
  %v9 = arith.constant 0x0000000000000000 : f64
  %v10 = arith.select %v8, %v9, %v9 : f64
  %v11 = arith.constant 0x0001 : f16
  %v12 = arith.mulf %v11, %v11 fastmath<nnan> : f16
  %v13 = arith.constant -1 : i64
  %v14 = arith.ori %v13, %arg2 : i64
  %v15 = arith.index_castui %v14 : i64 to index
  %v16 = arith.shrui %arg1, %arg1 : i1
  %v17 = arith.fptosi %v3 : tensor<3xf64> to tensor<3xi16>
  %v18 = arith.minui %v8, %v5 : i1
  %v19 = arith.negf %v11 : f16
  %v20 = arith.negf %v19 fastmath<none> : f16
  %v21 = arith.constant dense<2.0> : vector<4xf32>
  %v22 = arith.remf %v21, %v21 : vector<4xf32>
  return %v12, %v20 : f16, f16
}
func.func @f1(%arg0: f8E3M4) -> (f8E3M4, i16) {
  %v0 = arith.constant -8 : i64
  %v1 = arith.extsi %v0 : i64 to i128
  %v2 = arith.extsi %v0 : i64 to i128
  %v3 = arith.maximumf %arg0, %arg0 fastmath<nnan,ninf> : f8E3M4
  %v4 = arith.constant true
  %v5 = arith.constant 129 : i128
  %v6 = arith.constant 170141183460469231731687303715884105728 : i128
  %v7 = arith.select %v4, %v5, %v6 : i128
  %v8 = arith.constant 5 : i64
  %v9 = arith.cmpi sgt, %v0, %v8 : i64
  %v10 = arith.select %v9, %v0, %v8 : i64
  %v11 = arith.uitofp %v4 : i1 to f8E4M3
  %v12 = arith.constant 65 : i64
  %v13 = arith.shrui %v8, %v12 : i64
  %v14 = arith.constant 1 : i128
  %v15 = arith.minsi %v14, %v5 : i128
  %v16 = arith.constant 0.5 : f8E3M4
  %v17 = arith.truncf %v16 toward_zero : f8E3M4 to f6E3M2FN
  %v18 = arith.subi %v12, %v12 : i64
  %v19 = arith.constant 0x10 : f8E3M4
  %v20 = arith.minnumf %arg0, %v19 fastmath<none> : f8E3M4
  %v21 = arith.constant dense<65> : vector<i64>
  %v22:2 = arith.mulsi_extended %v21, %v21 : vector<i64>
  %v23 = arith.constant 127 : i8
  %v24 = arith.xori %v23, %v23 : i8
  %v25 = arith.fptosi %arg0 : f8E3M4 to i16
  %v26 = arith.constant true
  %v27 = arith.constant dense<8> : vector<4xindex>
  %v28 = arith.constant dense<[1, -1846327141268483192, 1, -5768918038345966655]> : vector<4xindex>
  %v29 = arith.select %v26, %v27, %v28 : vector<4xindex>
  return %v20, %v25 : f8E3M4, i16
}
