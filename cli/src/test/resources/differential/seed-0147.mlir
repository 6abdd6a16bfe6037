// Random func/arith module, seed 147.
func.func @f0(%arg0: f8E4M3B11FNUZ, %arg1: tensor<2x2xf64>, %arg2: i8, %arg3: f8E4M3) -> (i8, i8) {
  %v0 = arith.constant -1 : i8
  %v1 = arith.ori %arg2, %v0 : i8
  %v2 = arith.constant dense<5> : vector<i16>
  %v3 = arith.constant dense<0> : vector<i16>
  %v4 = arith.floordivsi %v2, %v3 : vector<i16>
  %v5 = arith.ori %v0, %arg2 : i8
  %v6 = arith.constant 5 : i8
  %v7 = arith.constant 5 : i8
  %v8 = arith.addi %v6, %v7 overflow<nsw> : i8
  %v9 = arith.remsi %v5, %v8 : i8
  %v10 = arith.ori %v0, %arg2 : i8
  %v11 = arith.maximumf %arg1, %arg1 fastmath<nnan> : tensor<2x2xf64>
  %v12 = arith.remf %arg1, %v11 : tensor<2x2xf64>
  %v13 = arith.addi %arg2, %v10 : i8
  %v14 = arith.constant dense<-32768> : tensor<0xi16>
  %v15 = arith.trunci %v14 : tensor<0xi16> to tensor<0xi8>
  %v16 = arith.ceildivsi %v1, %v1 : i8
  %v17 = arith.constant 4 : i16
  %v18 = arith.constant -1 : i16
  %v19 = arith.divui %v17, %v18 : i16
  %v20 = arith.constant 0xB8 : f8E4M3
  %v21 = arith.cmpf ult, %arg3, %v20 : f8E4M3
  %v22 = arith.select %v21, %arg3, %arg3 : f8E4M3
  %v23 = arith.constant true
  %v24 = arith.cmpi eq, %v21, %v23 : i1
  %v25 = arith.select %v24, %v21, %v23 : i1
  %v26 = arith.constant -1 : i8
  %v27 = arith.divui %v26, %v9 : i8
  %v28 = arith.constant -128 : i8
  %v29 = arith.constant 0 : i8
  %v30 = arith.shli %v28, %v29 : i8
  %v31 = arith.fptosi %arg0 : f8E4M3B11FNUZ to i32
  return %v27, %v27 : i8, i8
}
func.func @f1(%arg0: f8E5M2, %arg1: i1, %arg2: i16, %arg3: i64) -> (f8E5M2, i1, i64, f8E5M2) {
  %v0 = arith.constant true
  %v1 = arith.remui %arg1, %v0 : i1
  %v2 = arith.constant 1 : i64
  %v3 = arith.floordivsi %arg3, %v2 : i64
  %v4 = arith.constant 7.0 : f8E4M3B11FNUZ
  %v5 = arith.constant dense<[[0x0010000000000000, 2.0], [0.1, 0x8000000000000000]]> : tensor<2x2xf64>
  %v6 = arith.constant 9 : i8
  %v7 = arith.constant 0x07 : f8E4M3
  %v8:2 = func.call @f0(%v4, %v5, %v6, %v7) : (f8E4M3B11FNUZ, tensor<2x2xf64>, i8, f8E4M3) -> (i8, i8)
  %v9 = arith.constant 0x7C : f8E5M2
  %v10 = arith.subf %arg0, %v9 : f8E5M2
  %v11 = arith.constant false
  %v12 = arith.shrsi %v11, %arg1 : i1
  %v13 = arith.floordivsi %arg3, %v2 : i64
  %v14 = arith.shrsi %v11, %arg1 : i1
  return %v10, %v14, %v13, %v10 : f8E5M2, i1, i64, f8E5M2
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: i7, %arg2: bf16, %arg3: tensor<3xi64>) -> (i7, f8E5M2, i1) {
  %v0 = arith.constant 32767 : i16
  %v1 = arith.minsi %v0, %v0 : i16
  %v2 = arith.cmpf ole, %arg2, %arg2 fastmath<fast> : bf16
  %v3 = arith.maxui %arg3, %arg3 : tensor<3xi64>
  %v4 = arith.negf %arg2 fastmath<nnan,ninf> : bf16
  %v5 = arith.cmpi sge, %arg1, %arg1 : i7
  %v6 = arith.truncf %arg2 to_nearest_away : bf16 to f4E2M1FN
  %v7 = arith.negf %arg2 fastmath<nnan,ninf> : bf16
  %v8 = arith.cmpf ole, %arg2, %arg2 fastmath<fast> : bf16
  %v9 = arith.constant 0 : i7
  %v10 = arith.floordivsi %v9, %arg1 : i7
  %v11 = arith.constant 0x1 : f4E2M1FN
  %v12 = arith.constant 1.0 : f4E2M1FN
  %v13 = arith.mulf %v11, %v12 : f4E2M1FN
  %v14 = arith.constant -3.0e-05 : f8E5M2
  %v15 = arith.constant false
  %v16 = arith.constant 128 : i64
  %v17:4 = func.call @f1(%v14, %v15, %v1, %v16) : (f8E5M2, i1, i16, i64) -> (f8E5M2, i1, i64, f8E5M2)
  return %v10, %v17#3, %v8 : i7, f8E5M2, i1
}
