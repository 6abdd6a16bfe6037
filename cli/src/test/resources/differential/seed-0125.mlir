// Random func/arith module, seed 125.
func.func @f0(%arg0: vector<i64>, %arg1: i32, %arg2: i8, %arg3: i1) -> (vector<i64>, i1) {
  %v0 = arith.constant 0x2 : f4E2M1FN
  %v1 = arith.remf %v0, %v0 fastmath<ninf> : f4E2M1FN
  %v2 = arith.minui %arg1, %arg1 : i32
  %v3 = arith.constant 0x8 : f4E2M1FN
  %v4 = arith.cmpf uno, %v3, %v0 fastmath<nsz> : f4E2M1FN
  %v5 = arith.constant -6 : i32
  %v6 = arith.select %v4, %v5, %arg1 : i32
  %v7 = arith.select %arg3, %v4, %arg3 : i1
  %v8 = arith.constant -37 : i8
  %v9:2 = arith.addui_extended %arg2, %v8 : i8, i1
  %v10 = arith.select %arg3, %arg0, %arg0 : vector<i64>
  %v11 = arith.constant dense<1> : vector<i64>
  %v12 = arith.index_castui %v11 : vector<i64> to vector<index>
  %v13 = arith.constant 1 : i8
  %v14 = arith.constant -1 : i8
  %v15:2 = arith.mulsi_extended %v13, %v14 : i8
  %v16 = arith.minui %arg1, %v2 : i32
  %v17 = arith.constant -0.0 : f4E2M1FN
  %v18 = arith.fptosi %v17 : f4E2M1FN to i64
  %v19 = arith.remf %v0, %v0 fastmath<ninf> : f4E2M1FN
  %v20 = arith.constant false
  %v21 = arith.constant 0x1B : f6E3M2FN
  %v22 = arith.constant 100.0 : f6E3M2FN
  %v23 = arith.select %v20, %v21, %v22 : f6E3M2FN
  return %v10, %v7 : vector<i64>, i1
}
func.func @f1(%arg0: i32, %arg1: f16, %arg2: tensor<3xi64>, %arg3: index) -> (tensor<3xi64>, vector<bf16>, vector<bf16>, tensor<3xi64>) {
  %v0:2 = arith.mulsi_extended %arg2, %arg2 : tensor<3xi64>
  %v1 = arith.minsi %arg0, %arg0 : i32
  %v2 = arith.index_castui %arg3 : index to i64
  %v3 = arith.constant dense<0x3F80> : vector<bf16>
  %v4 = arith.maxnumf %v3, %v3 fastmath<reassoc,contract> : vector<bf16>
  %v5 = arith.constant dense<[0, 1, 4611686018427387904]> : tensor<3xi64>
  %v6 = arith.maxui %v5, %v0#0 : tensor<3xi64>
  %v7 = arith.fptoui %arg1 : f16 to i7
  return %v6, %v4, %v4, %v6 : tensor<3xi64>, vector<bf16>, vector<bf16>, tensor<3xi64>
}
