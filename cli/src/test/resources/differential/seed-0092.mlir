// Random func/arith module, seed 92.
func.func @f0(%arg0: i32, %arg1: bf16, %arg2: f8E4M3B11FNUZ, %arg3: tensor<3xi1>) -> (i1, i1, i1, tensor<2x2xf16>) {
  %v0 = arith.constant dense<[true, false, false]> : tensor<3xi1>
  %v1 = arith.remsi %arg3, %v0 : tensor<3xi1>
  %v2 = arith.constant -0.75 : bf16
  %v3 = arith.bitcast %v2 : bf16 to i16
  %v4 = arith.constant 9 : i16
  %v5 = arith.ori %v3, %v4 : i16
  %v6 = arith.constant dense<true> : tensor<3xi1>
  %v7 = arith.constant dense<false> : tensor<3xi1>
  %v8 = arith.select %v6, %v7, %v1 : tensor<3xi1>, tensor<3xi1>
  %v9 = arith.constant 4294967291 : i32
  %v10:2 = arith.mulsi_extended %arg0, %v9 : i32
  %v11 = arith.constant -1 : i8
  %v12 = arith.constant -128 : i8
  %v13:2 = arith.addui_extended %v11, %v12 : i8, i1
  %v14 = arith.divsi %v4, %v5 : i16
  %v15 = arith.cmpi eq, %v10#1, %v10#0 : i32
  %v16 = arith.select %v15, %v10#0, %v10#1 : i32
  %v17 = arith.andi %v15, %v15 : i1
  %v18 = arith.constant dense<1.0e+10> : tensor<2x2xf16>
  %v19 = arith.constant dense<0xFC00> : tensor<2x2xf16>
  %v20 = arith.minnumf %v18, %v19 : tensor<2x2xf16>
  return %v17, %v15, %v15, %v18 : i1, i1, i1, tensor<2x2xf16>
}
func.func @f1(%arg0: vector<4xi1>, %arg1: tensor<0xi1>, %arg2: tensor<3xi64>, %arg3: vector<2xbf16>) -> (i1, i1) {
  %v0 = arith.bitcast %arg3 : vector<2xbf16> to vector<2xf16>
  %v1 = arith.xori %arg2, %arg2 : tensor<3xi64>
  %v2 = arith.constant dense<[0x0400, 0x7C00]> : vector<2xf16>
  %v3 = arith.divf %v2, %v0 : vector<2xf16>
  %v4 = arith.extf %arg3 fastmath<ninf> : vector<2xbf16> to vector<2xf32>
  %v5 = arith.constant dense<false> : vector<4xi1>
  %v6 = arith.remui %arg0, %v5 : vector<4xi1>
  %v7 = arith.constant 0x01 : f8E5M2FNUZ
  %v8 = arith.negf %v7 : f8E5M2FNUZ
  %v9 = arith.negf %v8 : f8E5M2FNUZ
  %v10 = arith.extf %v4 : vector<2xf32> to vector<2xf64>
  %v11 = arith.constant 0 : i32
  %v12 = arith.constant 0xFF80 : bf16
  %v13 = arith.constant 0xB8 : f8E4M3B11FNUZ
  %v14 = arith.constant dense<true> : tensor<3xi1>
  %v15:4 = func.call @f0(%v11, %v12, %v13, %v14) : (i32, bf16, f8E4M3B11FNUZ, tensor<3xi1>) -> (i1, i1, i1, tensor<2x2xf16>)
  %v16 = arith.cmpf olt, %v4, %v4 : vector<2xf32>
  %v17 = arith.constant dense<[[7.0, 3.0], [0xFE00, -0.75]]> : tensor<2x2xf16>
  %v18 = arith.subf %v17, %v15#3 : tensor<2x2xf16>
  %v19 = arith.constant dense<[true, true]> : vector<2xi1>
  %v20 = arith.divui %v19, %v16 : vector<2xi1>
  %v21 = arith.constant dense<0x0400> : tensor<2x2xf16>
  %v22 = arith.cmpf one, %v21, %v18 : tensor<2x2xf16>
  return %v15#1, %v15#2 : i1, i1
}
