// Random func/arith module, seed 104.
func.func @f0(%arg0: f16, %arg1: f64, %arg2: i1, %arg3: bf16) -> (i64, i1, i1) {
  %v0 = arith.shrui %arg2, %arg2 : i1
  %v1 = arith.constant 0.5 : bf16
  %v2 = arith.constant 0xBF80 : bf16
  %v3 = arith.cmpf ueq, %v1, %v2 : bf16
  %v4 = arith.fptosi %v1 : bf16 to i64
  %v5 = arith.constant 7.0 : f16
  %v6 = arith.subf %arg0, %v5 : f16
  %v7 = arith.fptosi %v1 : bf16 to i64
  %v8 = arith.cmpf ueq, %v1, %v2 : bf16
  %v9 = arith.constant false
  %v10 = arith.select %v3, %arg2, %v9 : i1
  %v11 = arith.constant true
  %v12 = arith.muli %v8, %v11 : i1
  return %v7, %v10, %v8 : i64, i1, i1
}
func.func @f1(%arg0: bf16, %arg1: i16, %arg2: i1, %arg3: tensor<0xbf16>) -> (i1, tensor<0xbf16>, i16) {
  %v0 = arith.constant 15 : i16
  %v1 = arith.bitcast %v0 : i16 to bf16
  %v2 = arith.constant false
  %v3 = arith.shrui %v2, %arg2 : i1
  %v4 = arith.fptosi %v1 : bf16 to i32
  %v5 = arith.shrui %v2, %arg2 : i1
  %v6 = arith.constant dense<-3.0e-05> : tensor<0xbf16>
  %v7 = arith.minnumf %arg3, %v6 : tensor<0xbf16>
  %v8 = arith.constant 1.0 : bf16
  %v9 = arith.select %arg2, %arg0, %v8 : bf16
  %v10 = arith.shrui %v2, %arg2 : i1
  %v11 = arith.constant -2147483648 : i32
  %v12 = arith.constant 32 : i32
  %v13 = arith.shrsi %v11, %v12 : i32
  %v14 = arith.constant true
  %v15 = arith.select %v14, %v8, %arg0 : bf16
  %v16 = arith.remui %v0, %arg1 : i16
  %v17 = arith.shrui %v2, %arg2 : i1
  %v18 = arith.minsi %v0, %arg1 : i16
  %v19 = arith.bitcast %v8 : bf16 to f16
  return %v10, %v7, %v18 : i1, tensor<0xbf16>, i16
}
