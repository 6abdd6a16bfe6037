// Random func/arith module, seed 180.
func.func @f0(%arg0: tensor<3xf64>, %arg1: i1, %arg2: i16, %arg3: f8E4M3FN) -> (i16, f8E4M3FN, tensor<3xf64>) {
  %v0 = arith.constant false
  %v1 = arith.minui %arg1, %v0 : i1
  %v2 = arith.minui %arg1, %v0 : i1
  %v3 = arith.constant 0x17 : f8E4M3FN
  %v4 = arith.cmpf ogt, %arg3, %v3 : f8E4M3FN
  %v5 = arith.negf %arg3 : f8E4M3FN
  %v6 = arith.constant dense<0x6AECCE01DFA2D2C8> : tensor<3xf64>
  %v7 = arith.mulf %v6, %v6 fastmath<nnan,ninf> : tensor<3xf64>
  %v8 = arith.divsi %arg1, %arg1 : i1
  %v9 = arith.constant dense<[2.0, 0xA7DCD46E3F84F35A, 0x0010000000000000]> : tensor<3xf64>
  %v10 = arith.negf %v9 fastmath<nsz> : tensor<3xf64>
  %v11 = arith.index_castui %v4 : i1 to index
  %v12 = arith.constant false
  %v13 = arith.constant -1 : index
  %v14 = arith.constant 1 : index
  %v15 = arith.select %v12, %v13, %v14 : index
  %v16 = arith.constant 32767 : i16
  %v17 = arith.remsi %arg2, %v16 : i16
  %v18 = arith.maxnumf %arg0, %v10 fastmath<nsz> : tensor<3xf64>
  %v19 = arith.floordivsi %v17, %arg2 : i16
  %v20 = arith.constant 1.0e+10 : f8E4M3FN
  %v21 = arith.constant 0x00 : f8E4M3FN
  %v22 = arith.addf %v20, %v21 fastmath<ninf> : f8E4M3FN
  %v23 = arith.constant -0.0 : f8E4M3FN
  %v24 = arith.minnumf %v23, %v20 fastmath<arcp,afn> : f8E4M3FN
  %v25 = arith.select %v2, %v23, %v5 : f8E4M3FN
  %v26 = arith.bitcast %arg0 : tensor<3xf64> to tensor<3xi64>
  return %v19, %v25, %v18 : i16, f8E4M3FN, tensor<3xf64>
}
func.func @f1(%arg0: i16, %arg1: f64) -> (bf16, i16, i16) {
  %v0 = arith.constant dense<-1.0> : tensor<3xf64>
  %v1 = arith.constant false
  %v2 = arith.constant 7.0 : f8E4M3FN
  %v3:3 = func.call @f0(%v0, %v1, %arg0, %v2) : (tensor<3xf64>, i1, i16, f8E4M3FN) -> (i16, f8E4M3FN, tensor<3xf64>)
  %v4 = arith.constant 15 : i16
  %v5 = arith.maxsi %v3#0, %v4 : i16
  %v6 = arith.constant 0x0080 : bf16
  %v7 = arith.constant -0.0 : bf16
  %v8 = arith.divf %v6, %v7 fastmath<nnan,ninf> : bf16
  %v9 = arith.bitcast %arg1 : f64 to i64
  %v10 = arith.constant -1 : i16
  %v11:3 = func.call @f0(%v3#2, %v1, %v10, %v3#1) : (tensor<3xf64>, i1, i16, f8E4M3FN) -> (i16, f8E4M3FN, tensor<3xf64>)
  %v12:3 = func.call @f0(%v0, %v1, %v4, %v3#1) : (tensor<3xf64>, i1, i16, f8E4M3FN) -> (i16, f8E4M3FN, tensor<3xf64>)
  %v13:3 = func.call @f0(%v0, %v1, %arg0, %v2) : (tensor<3xf64>, i1, i16, f8E4M3FN) -> (i16, f8E4M3FN, tensor<3xf64>)
  %v14 = arith.constant false
  %v15 = arith.minui %v1, %v14 : i1
  %v16 = arith.floordivsi %v3#0, %v11#0 : i16
  %v17 = arith.constant -2 : i64
  %v18:2 = arith.mulsi_extended %v9, %v17 : i64
  %v19 = arith.constant dense<[0.0, 0xB474E86A04B0DE4A, 0xE1271490EB766845]> : tensor<3xf64>
  %v20 = arith.cmpf uge, %v3#2, %v19 : tensor<3xf64>
  %v21 = arith.floordivsi %v18#1, %v18#0 : i64
  %v22 = arith.constant dense<0xFFF0000000000000> : tensor<3xf64>
  %v23 = arith.minnumf %v13#2, %v22 fastmath<nnan,ninf> : tensor<3xf64>
  %v24 = arith.minnumf %v13#2, %v22 fastmath<nnan,ninf> : tensor<3xf64>
  %v25 = arith.select %v20, %v23, %v23 : tensor<3xi1>, tensor<3xf64>
  return %v8, %v11#0, %v3#0 : bf16, i16, i16
}
