// Random func/arith module, seed 114.
func.func @f0(%arg0: vector<4xi1>, %arg1: bf16, %arg2: i128, %arg3: tensor<3xf32>) -> vector<4xi1> {
  %v0 = arith.constant 160788717479931003196355008683503211230 : i128
  %v1 = arith.addi %arg2, %v0 : i128
  %v2 = arith.shrui %arg0, %arg0 : vector<4xi1>
  %v3 = arith.constant dense<[false, true, false, true]> : vector<4xi1>
  %v4 = arith.subi %arg0, %v3 : vector<4xi1>
  %v5 = arith.constant 6 : i128
  %v6 = arith.constant 157680182283880748414602906949211016995 : i128
  %v7 = arith.ori %v5, %v6 : i128
  %v8 = arith.constant 0 : i33
  %v9 = arith.constant -1 : i33
  %v10 = arith.subi %v8, %v9 : i33
  %v11 = arith.constant false
  %v12 = arith.select %v11, %v5, %arg2 : i128
  %v13 = arith.constant dense<[true, true, false, true]> : vector<4xi1>
  %v14 = arith.shrui %v2, %v13 : vector<4xi1>
  %v15 = arith.constant dense<[[-1, 5, -1], [709085519346821811, 9223372036854775807, 8]]> : vector<2x3xi64>
  %v16 = arith.uitofp %v15 : vector<2x3xi64> to vector<2x3xbf16>
  %v17 = arith.constant false
  %v18 = arith.constant 1 : i33
  %v19 = arith.constant 0 : i33
  %v20 = arith.select %v17, %v18, %v19 : i33
  %v21 = arith.constant dense<0> : vector<2x3xi64>
  %v22 = arith.minui %v15, %v21 : vector<2x3xi64>
  %v23 = arith.constant -1 : i33
  %v24:2 = arith.mului_extended %v23, %v9 : i33
  return %v14 : vector<4xi1>
}
func.func @f1(%arg0: f64, %arg1: i1) -> i64 {
  %v0 = arith.constant true
  %v1 = arith.shrsi %arg1, %v0 : i1
  %v2 = arith.index_cast %v0 : i1 to index
  %v3 = arith.maxnumf %arg0, %arg0 fastmath<ninf> : f64
  %v4 = arith.constant dense<true> : vector<4xi1>
  %v5 = arith.constant 0x007F : bf16
  %v6 = arith.constant -6 : i128
  %v7 = arith.constant dense<0x00000000> : tensor<3xf32>
  %v8 = func.call @f0(%v4, %v5, %v6, %v7) : (vector<4xi1>, bf16, i128, tensor<3xf32>) -> vector<4xi1>
  %v9 = arith.constant 7.0 : f64
  %v10 = arith.minimumf %v3, %v9 : f64
  %v11 = arith.constant 16384 : i16
  %v12 = arith.cmpi sge, %v11, %v11 : i16
  %v13 = arith.constant dense<false> : vector<4xi1>
  %v14 = arith.constant 34359738368 : i128
  %v15 = func.call @f0(%v13, %v5, %v14, %v7) : (vector<4xi1>, bf16, i128, tensor<3xf32>) -> vector<4xi1>
  %v16 = arith.constant -9223372036854775808 : i64
  %v17 = arith.constant 63 : i64
  %v18:2 = arith.mulsi_extended %v16, %v17 : i64
  %v19 = func.call @f0(%v13, %v5, %v14, %v7) : (vector<4xi1>, bf16, i128, tensor<3xf32>) -> vector<4xi1>
  %v20 = arith.negf %v10 : f64
  %v21 = arith.negf %v20 fastmath<nnan,ninf> : f64
  %v22 = arith.constant dense<1> : tensor<3xindex>
  %v23 = arith.constant dense<4> : tensor<3xindex>
  %v24 = arith.andi %v22, %v23 : tensor<3xindex>
  %v25 = arith.uitofp %v19 : vector<4xi1> to vector<4xf32>
  %v26 = arith.fptoui %v25 : vector<4xf32> to vector<4xi1>
  %v27 = arith.constant 100.0 : f64
  %v28 = arith.remf %arg0, %v27 : f64
  %v29 = arith.constant dense<65> : tensor<3xindex>
  %v30 = arith.shli %v29, %v23 overflow<nuw> : tensor<3xindex>
  %v31 = arith.constant dense<0x7F800000> : vector<4xf32>
  %v32 = arith.minnumf %v25, %v31 : vector<4xf32>
  return %v18#1 : i64
}
