// Random func/arith module, seed 59.
func.func @f0(%arg0: vector<[4]xi64>) -> (f8E4M3FNUZ, vector<[4]xi64>) {
  %v0 = arith.constant dense<-2.5> : vector<2xf64>
  %v1 = arith.constant dense<0x8000000000000000> : vector<2xf64>
  %v2 = arith.addf %v0, %v1 : vector<2xf64>
  %v3 = arith.constant dense<15> : vector<[4]xi64>
  %v4 = arith.maxsi %arg0, %v3 : vector<[4]xi64>
  %v5 = arith.constant dense<-5> : vector<[4]xi64>
  %v6 = arith.maxsi %v4, %v5 : vector<[4]xi64>
  %v7 = arith.constant dense<[0x7FEFFFFFFFFFFFFF, 0x7FF0000000000000]> : vector<2xf64>
  %v8 = arith.cmpf ogt, %v1, %v7 : vector<2xf64>
  %v9 = arith.minui %arg0, %v3 : vector<[4]xi64>
  %v10 = arith.constant 0x80 : f8E4M3FNUZ
  %v11 = arith.addf %v10, %v10 : f8E4M3FNUZ
  %v12 = arith.constant dense<0xBEE9EE709B92218B> : tensor<0xf64>
  %v13 = arith.truncf %v12 : tensor<0xf64> to tensor<0xbf16>
  %v14 = arith.constant dense<false> : vector<2xi1>
  %v15 = arith.constant dense<true> : vector<2xi1>
  %v16 = arith.andi %v14, %v15 : vector<2xi1>
  %v17 = arith.constant dense<-4> : vector<[4]xi64>
  %v18 = arith.maxsi %v17, %v9 : vector<[4]xi64>
  %v19 = arith.cmpi eq, %v14, %v8 : vector<2xi1>
  %v20 = arith.constant dense<false> : vector<[4]xi1>
  %v21 = arith.constant dense<5> : vector<[4]xi64>
  %v22 = arith.select %v20, %v21, %arg0 : vector<[4]xi1>, vector<[4]xi64>
  %v23 = arith.constant -0.0 : f8E4M3FNUZ
  %v24 = arith.constant -0.75 : f8E4M3FNUZ
  %v25 = arith.addf %v23, %v24 : f8E4M3FNUZ
  %v26 = arith.addf %v0, %v1 : vector<2xf64>
  %v27 = arith.constant 0x3C00 : f16
  %v28 = arith.subf %v27, %v27 : f16
  %v29 = arith.constant dense<0x0080> : tensor<0xbf16>
  %v30 = arith.cmpf false, %v29, %v29 : tensor<0xbf16>
  %v31 = arith.subf %v28, %v27 : f16
  %v32 = arith.constant dense<0x0010000000000000> : tensor<0xf64>
  %v33 = arith.truncf %v32 toward_zero : tensor<0xf64> to tensor<0xbf16>
  return %v25, %v18 : f8E4M3FNUZ, vector<[4]xi64>
}
func.func @f1(%arg0: f64, %arg1: bf16, %arg2: vector<i8>) -> (vector<[4]xi64>, vector<[4]xi64>) {
  %v0 = arith.constant true
  %v1 = arith.constant 4.0 : bf16
  %v2 = arith.select %v0, %v1, %v1 : bf16
  %v3 = arith.constant -6700361262029793829 : i64
  %v4 = arith.maxui %v3, %v3 : i64
  %v5 = arith.constant dense<4> : vector<i8>
  %v6 = arith.remui %arg2, %v5 : vector<i8>
  %v7:2 = arith.mulsi_extended %v5, %arg2 : vector<i8>
  %v8 = arith.maxui %v3, %v3 : i64
  %v9 = arith.constant true
  %v10 = arith.select %v9, %arg1, %v2 : bf16
  %v11:2 = arith.mulsi_extended %v5, %arg2 : vector<i8>
  %v12 = arith.cmpf une, %v1, %v2 : bf16
  %v13 = arith.constant dense<0> : vector<i8>
  %v14 = arith.minsi %v11#1, %v13 : vector<i8>
  %v15 = arith.constant dense<9223372036854775807> : vector<[4]xi64>
  %v16:2 = func.call @f0(%v15) : (vector<[4]xi64>) -> (f8E4M3FNUZ, vector<[4]xi64>)
  %v17 = arith.constant false
  %v18 = arith.constant false
  %v19 = arith.minui %v17, %v18 : i1
  %v20 = arith.floordivsi %v11#0, %v13 : vector<i8>
  %v21 = arith.cmpf une, %v1, %v2 : bf16
  %v22 = arith.constant dense<true> : vector<i1>
  %v23 = arith.constant dense<1> : vector<i8>
  %v24 = arith.select %v22, %v23, %v14 : vector<i1>, vector<i8>
  %v25:2 = arith.mulsi_extended %v16#1, %v16#1 : vector<[4]xi64>
  %v26 = arith.mulf %v10, %arg1 fastmath<none> {tag = 1 : i64} : bf16
  %v27 = arith.cmpi uge, %v11#1, %v11#0 {tag = 0 : i64} : vector<i8>
  return %v25#0, %v16#1 : vector<[4]xi64>, vector<[4]xi64>
}
