// Random func/arith module, seed 121.
func.func @f0(%arg0: i16, %arg1: tensor<2x2xi8>, %arg2: vector<2x3xi32>, %arg3: i64) {
  %v0 = arith.constant true
  %v1 = arith.constant 0x30 : f8E3M4
  %v2 = arith.select %v0, %v1, %v1 : f8E3M4
  %v3 = arith.cmpf olt, %v2, %v1 fastmath<fast> : f8E3M4
  %v4 = arith.select %v0, %v1, %v1 : f8E3M4
  %v5 = arith.constant 0xC1 : f8E3M4
  %v6 = arith.fptoui %v5 : f8E3M4 to i32
  %v7 = arith.constant 0x80 : f8E3M4
  %v8 = arith.addf %v5, %v7 : f8E3M4
  %v9 = arith.constant 0.1 : f8E3M4
  %v10 = arith.constant 0xF0 : f8E3M4
  %v11 = arith.minimumf %v9, %v10 : f8E3M4
  %v12 = arith.constant 4.0 : f8E3M4
  %v13 = arith.constant 0xDF : f8E3M4
  %v14 = arith.cmpf oeq, %v12, %v13 : f8E3M4
  %v15 = arith.addi %arg2, %arg2 overflow<none> : vector<2x3xi32>
  %v16 = arith.constant 4 : i32
  %v17 = arith.index_castui %v16 : i32 to index
  %v18 = arith.constant 1.0e+10 : f8E3M4
  %v19 = arith.negf %v18 : f8E3M4
  return
}
func.func @f1(%arg0: tensor<3xf64>, %arg1: tensor<3xi64>, %arg2: vector<2xf16>) -> vector<2xi1> {
  %v0 = arith.constant 0 : i7
  %v1 = arith.constant 127 : i7
  %v2 = arith.shli %v0, %v1 : i7
  %v3 = arith.constant dense<-8> : tensor<3xi64>
  %v4 = arith.muli %v3, %arg1 : tensor<3xi64>
  %v5 = arith.muli %v3, %arg1 : tensor<3xi64>
  %v6:2 = arith.addui_extended %v5, %v3 : tensor<3xi64>, tensor<3xi1>
  %v7 = arith.constant 1 : index
  %v8 = arith.constant 1 : index
  %v9 = arith.cmpi slt, %v7, %v8 : index
  %v10:2 = arith.mulsi_extended %v5, %v4 : tensor<3xi64>
  %v11 = arith.constant dense<-9223372036854775808> : tensor<3xi64>
  %v12 = arith.divsi %v11, %v6#0 : tensor<3xi64>
  %v13 = arith.cmpf ule, %arg2, %arg2 fastmath<ninf> : vector<2xf16>
  %v14 = arith.constant 1114396283 : i33
  %v15 = arith.constant -4294967296 : i33
  %v16 = arith.minui %v14, %v15 : i33
  %v17 = arith.constant dense<false> : vector<2xi1>
  %v18:2 = arith.mulsi_extended %v13, %v17 : vector<2xi1>
  %v19 = arith.constant dense<true> : vector<2xi1>
  %v20 = arith.shrsi %v13, %v19 : vector<2xi1>
  %v21 = arith.constant dense<0x0000000000000001> : tensor<3xf64>
  %v22 = arith.addf %v21, %v21 : tensor<3xf64>
  %v23 = arith.cmpi eq, %v19, %v20 : vector<2xi1>
  %v24 = arith.constant dense<false> : vector<2xi1>
  %v25 = arith.constant dense<0x0000> : vector<2xf16>
  %v26 = arith.select %v24, %v25, %arg2 : vector<2xi1>, vector<2xf16>
  %v27 = arith.constant 0x7C : f8E5M2
  %v28 = arith.constant 0xFC : f8E5M2
  %v29 = arith.remf %v27, %v28 : f8E5M2
  return %v18#0 : vector<2xi1>
}
