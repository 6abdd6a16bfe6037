// Random func/arith module, seed 44.
func.func @f0(%arg0: bf16, %arg1: index, %arg2: f8E4M3) -> index {
  %v0 = arith.constant -7085719522999606807 : index
  %v1 = arith.minui %arg1, %v0 : index
  %v2 = arith.constant 0.0 : bf16
  %v3 = arith.cmpf une, %arg0, %v2 : bf16
  %v4 = arith.shrsi %v3, %v3 exact : i1
  %v5 = arith.constant 16 : index
  %v6 = arith.divsi %v5, %v0 : index
  %v7 = arith.constant -1.0 : f8E4M3
  %v8 = arith.addf %arg2, %v7 : f8E4M3
  %v9 = arith.cmpf une, %arg0, %v2 : bf16
  %v10 = arith.shrsi %v3, %v3 exact : i1
  return %v6 : index
}
func.func @f1(%arg0: f32, %arg1: i32, %arg2: f16, %arg3: i7) -> (f8E5M2FNUZ, i128) {
  %v0 = arith.cmpi sle, %arg3, %arg3 : i7
  %v1 = arith.constant 3 : i64
  %v2 = arith.constant 65 : i64
  %v3 = arith.ori %v1, %v2 : i64
  %v4 = arith.constant 0xBF800000 : f32
  %v5 = arith.minnumf %v4, %arg0 : f32
  %v6 = arith.constant 1.0 : f16
  %v7 = arith.negf %v6 fastmath<nnan,ninf> : f16
  %v8 = arith.constant dense<0> : vector<2x3xi64>
  %v9 = arith.trunci %v8 : vector<2x3xi64> to vector<2x3xi16>
  %v10 = arith.constant 2147483647 : i32
  %v11 = arith.minui %arg1, %v10 : i32
  %v12 = arith.cmpi sle, %v9, %v9 : vector<2x3xi16>
  %v13 = arith.constant -3.0e-05 : bf16
  %v14 = arith.constant -1 : index
  %v15 = arith.constant 0.0 : f8E4M3
  %v16 = func.call @f0(%v13, %v14, %v15) : (bf16, index, f8E4M3) -> index
  %v17 = arith.constant -1.0 : f16
  %v18 = arith.truncf %v17 : f16 to f8E5M2FNUZ
  %v19 = arith.constant 0x01 : f8E4M3
  %v20 = arith.fptosi %v19 : f8E4M3 to i128
  %v21 = arith.bitcast %v4 : f32 to i32
  %v22 = arith.constant 0 : i64
  %v23 = arith.minui %v22, %v22 : i64
  %v24 = arith.ceildivui %v0, %v0 : i1
  return %v18, %v20 : f8E5M2FNUZ, i128
}
