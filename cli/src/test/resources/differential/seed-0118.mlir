// Random func/arith module, seed 118.
func.func @f0(%arg0: i32, %arg1: f32, %arg2: f8E5M2FNUZ, %arg3: i128) {
  %v0 = arith.constant 1073741824 : i128
  %v1 = arith.constant 12 : i128
  %v2 = arith.minsi %v0, %v1 : i128
  %v3 = arith.shrui %v2, %arg3 : i128
  %v4 = arith.constant 0xFFC00000 : f32
  %v5 = arith.minnumf %arg1, %v4 : f32
  %v6 = arith.extsi %arg0 : i32 to i64
  %v7 = arith.constant 65 : i64
  %v8 = arith.cmpi ult, %v6, %v7 : i64
  %v9 = arith.shrui %v2, %arg3 : i128
  %v10 = arith.shrui %v2, %arg3 : i128
  %v11 = arith.minsi %v0, %v1 : i128
  %v12 = arith.constant dense<-1.0> : vector<[4]xf32>
  %v13 = arith.constant dense<0xFFC00000> : vector<[4]xf32>
  %v14 = arith.cmpf false, %v12, %v13 : vector<[4]xf32>
  %v15 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v16 = arith.negf %v15 : f8E5M2FNUZ
  %v17 = arith.constant 0x1292 : bf16
  %v18 = arith.negf %v17 : bf16
  %v19 = arith.negf %v18 : bf16
  return
}
func.func @f1(%arg0: vector<2x3xi32>) -> vector<2x3xi1> {
  %v0 = arith.constant dense<-1500082928> : vector<2x3xi32>
  %v1 = arith.minui %v0, %v0 : vector<2x3xi32>
  %v2 = arith.extui %arg0 : vector<2x3xi32> to vector<2x3xi64>
  %v3 = arith.trunci %v2 : vector<2x3xi64> to vector<2x3xi32>
  %v4 = arith.constant dense<1> : tensor<3xi32>
  %v5 = arith.extui %v4 : tensor<3xi32> to tensor<3xi64>
  %v6 = arith.constant 0x80 : f8E5M2FNUZ
  %v7 = arith.remf %v6, %v6 fastmath<nnan> : f8E5M2FNUZ
  %v8 = arith.constant true
  %v9 = arith.constant 0x00 : f8E5M2FNUZ
  %v10 = arith.select %v8, %v6, %v9 : f8E5M2FNUZ
  %v11 = arith.constant dense<13> : tensor<3xindex>
  %v12 = arith.maxsi %v11, %v11 : tensor<3xindex>
  %v13 = arith.constant dense<[[1, 1, 33], [1, 340532279, -1]]> : vector<2x3xi32>
  %v14 = arith.xori %v13, %arg0 : vector<2x3xi32>
  %v15 = arith.trunci %v2 : vector<2x3xi64> to vector<2x3xi32>
  %v16 = arith.fptosi %v6 : f8E5M2FNUZ to i128
  %v17 = arith.divf %v9, %v7 : f8E5M2FNUZ
  %v18 = arith.cmpi eq, %v14, %arg0 : vector<2x3xi32>
  %v19 = arith.select %v18, %arg0, %v14 : vector<2x3xi1>, vector<2x3xi32>
  %v20 = arith.divf %v9, %v7 : f8E5M2FNUZ
  return %v18 : vector<2x3xi1>
}
