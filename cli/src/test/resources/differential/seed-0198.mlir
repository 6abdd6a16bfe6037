// Random func/arith module, seed 198.
func.func @f0(%arg0: f64) -> index {
  %v0 = arith.bitcast %arg0 : f64 to i64
  %v1 = arith.extf %arg0 fastmath<nnan,ninf> : f64 to f80
  %v2 = arith.constant 63 : i64
  %v3 = arith.andi %v0, %v2 : i64
  %v4 = arith.constant 1 : i64
  %v5 = arith.andi %v3, %v4 : i64
  %v6 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v7 = arith.minimumf %v6, %arg0 fastmath<arcp,afn> : f64
  %v8 = arith.constant 64 : i64
  %v9 = arith.maxui %v8, %v0 : i64
  %v10 = arith.fptoui %arg0 : f64 to i7
  %v11 = arith.index_castui %v10 : i7 to index
  %v12 = arith.index_castui %v11 : index to i7
  %v13 = arith.constant 0x7C00 : f16
  %v14 = arith.constant 0.0 : f16
  %v15 = arith.addf %v13, %v14 fastmath<ninf> : f16
  %v16 = arith.constant -1 : index
  %v17 = arith.minui %v16, %v11 : index
  %v18 = arith.constant 9223372036854775808 : i64
  %v19:2 = arith.addui_extended %v2, %v18 : i64, i1
  return %v11 : index
}
func.func @f1(%arg0: i33) -> (i33, tensor<3xi16>) {
  %v0 = arith.maxui %arg0, %arg0 : i33
  %v1 = arith.constant -1 : i33
  %v2 = arith.minsi %v1, %v0 : i33
  %v3 = arith.constant dense<100.0> : tensor<3xf32>
  %v4 = arith.constant dense<0x7F7FFFFF> : tensor<3xf32>
  %v5 = arith.remf %v3, %v4 : tensor<3xf32>
  %v6 = arith.constant 1 : i33
  %v7:2 = arith.mului_extended %v2, %v6 : i33
  %v8 = arith.constant dense<[0x00000000, 4.0, 0x007FFFFF]> : tensor<3xf32>
  %v9 = arith.constant dense<0xBF800000> : tensor<3xf32>
  %v10 = arith.cmpf uno, %v8, %v9 : tensor<3xf32>
  %v11 = arith.negf %v8 fastmath<nsz> : tensor<3xf32>
  %v12 = arith.fptoui %v5 : tensor<3xf32> to tensor<3xi16>
  %v13 = arith.cmpf ord, %v11, %v8 : tensor<3xf32>
  %v14 = arith.negf %v11 fastmath<nsz> : tensor<3xf32>
  %v15 = arith.negf %v8 fastmath<nsz> : tensor<3xf32>
  %v16 = arith.cmpi slt, %v1, %v7#0 : i33
  %v17 = arith.cmpi ugt, %v6, %v2 : i33
  %v18 = arith.negf %v4 fastmath<none> : tensor<3xf32>
  %v19 = arith.constant dense<512> : tensor<3xi16>
  %v20 = arith.constant dense<[10, 11, 15]> : tensor<3xi16>
  %v21 = arith.ceildivui %v19, %v20 : tensor<3xi16>
  return %v7#0, %v21 : i33, tensor<3xi16>
}
func.func @f2(%arg0: f6E3M2FN, %arg1: vector<2x3xbf16>) -> f6E3M2FN {
  %v0 = arith.constant dense<-1> : tensor<0xi8>
  %v1 = arith.cmpi eq, %v0, %v0 : tensor<0xi8>
  %v2 = arith.select %v1, %v0, %v0 : tensor<0xi1>, tensor<0xi8>
  %v3 = arith.constant dense<true> : tensor<0xi1>
  %v4:2 = arith.mului_extended %v3, %v1 : tensor<0xi1>
  %v5 = arith.select %v1, %v0, %v0 : tensor<0xi1>, tensor<0xi8>
  %v6 = arith.constant 262144 : i64
  %v7 = arith.constant -2 : i64
  %v8 = arith.cmpi uge, %v6, %v7 : i64
  %v9 = arith.bitcast %arg0 : f6E3M2FN to f6E2M3FN
  %v10 = arith.constant false
  %v11 = arith.cmpi ugt, %v10, %v8 : i1
  %v12 = arith.cmpi ugt, %v10, %v8 : i1
  %v13 = arith.maxui %v5, %v0 : tensor<0xi8>
  %v14 = arith.fptosi %arg1 : vector<2x3xbf16> to vector<2x3xi32>
  %v15 = arith.cmpi ugt, %v10, %v8 : i1
  %v16 = arith.sitofp %v14 : vector<2x3xi32> to vector<2x3xbf16>
  %v17 = arith.constant -3.0e-05 : f8E4M3FN
  %v18 = arith.constant 0x38 : f8E4M3FN
  %v19 = arith.maxnumf %v17, %v18 : f8E4M3FN
  %v20 = arith.mulf %v16, %arg1 : vector<2x3xbf16>
  %v21 = arith.negf %arg0 : f6E3M2FN
  return %v21 : f6E3M2FN
}
