// Random func/arith module, seed 114.
func.func @f0(%arg0: vector<4xi1>, %arg1: f64, %arg2: i128, %arg3: vector<2x3xf32>) -> i128 {
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
  %v15 = arith.constant dense<[-1, 5]> : vector<2xi64>
  %v16 = arith.uitofp %v15 : vector<2xi64> to vector<2xbf16>
  %v17 = arith.cmpi ugt, %v13, %v14 : vector<4xi1>
  %v18 = arith.index_cast %arg2 : i128 to index
  %v19 = arith.constant dense<0> : vector<2xi64>
  %v20 = arith.minui %v15, %v19 : vector<2xi64>
  return %v12 : i128
}
func.func @f1(%arg0: vector<2x3xbf16>, %arg1: f8E4M3) -> vector<2x3xi1> {
  %v0 = arith.constant dense<[[0, 2], [-1, 7799144270916751212]]> : tensor<2x2xi64>
  %v1 = arith.constant dense<64> : tensor<2x2xi64>
  %v2:2 = arith.addui_extended %v0, %v1 : tensor<2x2xi64>, tensor<2x2xi1>
  %v3 = arith.constant true
  %v4 = arith.index_castui %v3 : i1 to index
  %v5 = arith.index_castui %v4 : index to i1
  %v6:2 = arith.addui_extended %v0, %v1 : tensor<2x2xi64>, tensor<2x2xi1>
  %v7 = arith.constant dense<-1576951863759764205> : tensor<2x2xi64>
  %v8 = arith.uitofp %v7 : tensor<2x2xi64> to tensor<2x2xf32>
  %v9 = arith.constant -1 : index
  %v10 = arith.cmpi uge, %v4, %v9 : index
  %v11 = arith.constant dense<0xBF80> : vector<2x3xbf16>
  %v12 = arith.cmpf ueq, %v11, %arg0 fastmath<nnan,ninf> : vector<2x3xbf16>
  %v13 = arith.constant dense<[[0x3F80, -2.5, 0x625C], [0xF634, 0xFF80, 0xD9C9]]> : vector<2x3xbf16>
  %v14 = arith.mulf %v11, %v13 : vector<2x3xbf16>
  %v15 = arith.constant dense<true> : vector<2x3xi1>
  %v16 = arith.divui %v15, %v12 : vector<2x3xi1>
  %v17 = arith.constant dense<[[0x0080, 0.1, 0xFF80], [0x7FC0, 0x7F7F, 0x7F7F]]> : vector<2x3xbf16>
  %v18 = arith.fptosi %v17 : vector<2x3xbf16> to vector<2x3xi64>
  %v19 = arith.constant dense<true> : vector<2x3xi1>
  %v20 = arith.divui %v16, %v19 : vector<2x3xi1>
  %v21 = arith.muli %v20, %v16 : vector<2x3xi1>
  %v22 = arith.constant dense<true> : vector<4xi1>
  %v23 = arith.constant 1.0 : f64
  %v24 = arith.constant -6 : i128
  %v25 = arith.constant dense<[[2.0, 0x60D9BC62, -0.0], [-0.0, 100.0, 3.0]]> : vector<2x3xf32>
  %v26 = func.call @f0(%v22, %v23, %v24, %v25) : (vector<4xi1>, f64, i128, vector<2x3xf32>) -> i128
  %v27 = arith.constant dense<true> : vector<2x3xi1>
  %v28 = arith.cmpi eq, %v27, %v12 : vector<2x3xi1>
  %v29 = arith.fptosi %arg0 : vector<2x3xbf16> to vector<2x3xi8>
  return %v21 : vector<2x3xi1>
}
