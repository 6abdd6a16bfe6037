// Random func/arith module, seed 142.
func.func @f0(%arg0: vector<2x3xi16>) {
  %v0 = arith.constant dense<[[12, -1, 8], [-32768, 0, 1]]> : vector<2x3xi16>
  %v1 = arith.subi %arg0, %v0 : vector<2x3xi16>
  %v2 = arith.subi %arg0, %v0 : vector<2x3xi16>
  %v3 = arith.constant dense<[[128, 6, -28266], [6, 1, 128]]> : vector<2x3xi16>
  %v4 = arith.index_castui %v3 : vector<2x3xi16> to vector<2x3xindex>
  %v5 = arith.index_castui %v4 : vector<2x3xindex> to vector<2x3xi16>
  %v6 = arith.maxui %v4, %v4 : vector<2x3xindex>
  %v7 = arith.constant 0x3FBFF : tf32
  %v8 = arith.cmpf ule, %v7, %v7 : tf32
  %v9 = arith.sitofp %v2 : vector<2x3xi16> to vector<2x3xf32>
  %v10 = arith.fptosi %v9 : vector<2x3xf32> to vector<2x3xi16>
  %v11 = arith.xori %v1, %v2 : vector<2x3xi16>
  %v12 = arith.constant dense<0.1> : vector<2x3xf32>
  %v13 = arith.minnumf %v12, %v9 fastmath<none> : vector<2x3xf32>
  %v14 = arith.extsi %v3 : vector<2x3xi16> to vector<2x3xi64>
  %v15 = arith.uitofp %v11 : vector<2x3xi16> to vector<2x3xf64>
  %v16 = arith.divf %v7, %v7 : tf32
  %v17 = arith.shrsi %v1, %v2 : vector<2x3xi16>
  %v18 = arith.index_cast %v3 : vector<2x3xi16> to vector<2x3xindex>
  %v19 = arith.divf %v13, %v13 : vector<2x3xf32>
  %v20 = arith.constant dense<2> : vector<2xi8>
  %v21 = arith.constant dense<-1> : vector<2xi8>
  %v22:2 = arith.mulsi_extended %v20, %v21 : vector<2xi8>
  return
}
func.func @f1(%arg0: tensor<2x2xbf16>) -> (tensor<2x2xi1>, tensor<2x2xbf16>, tensor<2x2xi1>, vector<2x3xi16>) {
  %v0 = arith.constant dense<[[-32768, 10, 8192], [0, 32767, 17]]> : vector<2x3xi16>
  func.call @f0(%v0) : (vector<2x3xi16>) -> ()
  %v2 = arith.constant dense<15> : vector<2x3xi16>
  %v3 = arith.shrui %v0, %v2 : vector<2x3xi16>
  %v4 = arith.constant dense<[[-6, 2, 8192], [-1, 1, -1]]> : vector<2x3xi16>
  %v5 = arith.maxsi %v0, %v4 : vector<2x3xi16>
  %v6 = arith.constant dense<true> : vector<2x3xi1>
  %v7 = arith.select %v6, %v2, %v4 : vector<2x3xi1>, vector<2x3xi16>
  %v8 = arith.shrsi %v6, %v6 : vector<2x3xi1>
  %v9 = arith.constant dense<-1> : vector<2x3xi16>
  %v10 = arith.remui %v0, %v9 : vector<2x3xi16>
  %v11 = arith.subf %arg0, %arg0 fastmath<fast> : tensor<2x2xbf16>
  %v12 = arith.constant dense<1.0> : tensor<2x2xbf16>
  %v13 = arith.mulf %v11, %v12 : tensor<2x2xbf16>
  %v14 = arith.cmpf olt, %v11, %v13 fastmath<ninf> : tensor<2x2xbf16>
  %v15 = arith.remf %v12, %v13 fastmath<nnan> : tensor<2x2xbf16>
  %v16 = arith.constant dense<false> : tensor<2x2xi1>
  %v17 = arith.andi %v14, %v16 : tensor<2x2xi1>
  %v18 = arith.constant dense<[[true, false], [false, true]]> : tensor<2x2xi1>
  %v19 = arith.andi %v17, %v18 : tensor<2x2xi1>
  %v20 = arith.andi %v17, %v18 : tensor<2x2xi1>
  %v21 = arith.constant 0x0E : f8E4M3B11FNUZ
  %v22 = arith.constant 1.0 : f8E4M3B11FNUZ
  %v23 = arith.divf %v21, %v22 fastmath<reassoc,contract> : f8E4M3B11FNUZ
  %v24 = arith.constant 11 : index
  %v25 = arith.constant 2 : index
  %v26 = arith.xori %v24, %v25 : index
  %v27 = arith.constant false
  %v28 = arith.constant dense<[[4.0, 0x3F80], [0.5, 0x3F80]]> : tensor<2x2xbf16>
  %v29 = arith.constant dense<0xCD9C> : tensor<2x2xbf16>
  %v30 = arith.select %v27, %v28, %v29 : tensor<2x2xbf16>
  %v31 = arith.constant dense<true> : tensor<2x2xi1>
  %v32 = arith.floordivsi %v17, %v31 : tensor<2x2xi1>
  %v33 = arith.floordivsi %v31, %v17 : tensor<2x2xi1>
  %v34 = arith.constant dense<true> : tensor<2x2xi1>
  %v35 = arith.constant dense<[[false, false], [true, true]]> : tensor<2x2xi1>
  %v36 = arith.minsi %v34, %v35 : tensor<2x2xi1>
  return %v33, %v30, %v34, %v10 : tensor<2x2xi1>, tensor<2x2xbf16>, tensor<2x2xi1>, vector<2x3xi16>
}
func.func @f2(%arg0: tf32, %arg1: i7, %arg2: f8E4M3, %arg3: vector<2x3xf16>) -> (index, vector<f32>, vector<2x3xf16>, vector<2x3xf16>) {
  %v0 = arith.extui %arg1 : i7 to i64
  %v1 = arith.extui %arg1 : i7 to i64
  %v2 = arith.cmpi slt, %v0, %v1 : i64
  %v3 = arith.remui %v1, %v1 : i64
  %v4 = arith.index_castui %arg1 : i7 to index
  %v5 = arith.remui %v1, %v1 : i64
  %v6 = arith.minsi %arg1, %arg1 : i7
  %v7 = arith.index_castui %arg1 : i7 to index
  %v8 = arith.index_castui %arg1 : i7 to index
  %v9 = arith.constant 0x00001 : tf32
  %v10 = arith.constant 0x003FF : tf32
  %v11 = arith.select %v2, %v9, %v10 : tf32
  %v12 = arith.constant 63 : index
  %v13 = arith.minsi %v12, %v8 : index
  %v14 = arith.constant -2147483648 : i32
  %v15 = arith.sitofp %v14 : i32 to f32
  %v16 = arith.fptoui %v15 : f32 to i32
  %v17 = arith.constant dense<[[true, true, false], [false, false, true]]> : vector<2x3xi1>
  %v18 = arith.constant dense<100.0> : vector<2x3xf16>
  %v19 = arith.select %v17, %arg3, %v18 : vector<2x3xi1>, vector<2x3xf16>
  %v20 = arith.constant 0xF8 : f8E4M3
  %v21 = arith.constant 0x78 : f8E4M3
  %v22 = arith.maxnumf %v20, %v21 fastmath<nnan> : f8E4M3
  %v23 = arith.constant dense<1.0> : vector<f32>
  %v24 = arith.negf %v23 : vector<f32>
  %v25 = arith.negf %v24 fastmath<nsz> : vector<f32>
  %v26 = arith.constant false
  %v27 = arith.shrui %v26, %v2 : i1
  return %v13, %v25, %v19, %v19 : index, vector<f32>, vector<2x3xf16>, vector<2x3xf16>
}
