// Random func/arith module, seed 0.
func.func @f0(%arg0: i32, %arg1: i16, %arg2: f64, %arg3: i32) -> index {
  %v0 = arith.constant 0xBFF0000000000000 : f64
  %v1 = arith.cmpf ugt, %v0, %arg2 : f64
  %v2 = arith.cmpf ugt, %v0, %arg2 : f64
  %v3 = arith.index_cast %v2 : i1 to index
  %v4 = arith.cmpf ugt, %v0, %arg2 : f64
  %v5 = arith.negf %arg2 : f64
  %v6 = arith.shrsi %arg3, %arg0 : i32
  %v7 = arith.constant true
  %v8 = arith.constant 1858797275 : i32
  %v9 = arith.select %v7, %v8, %arg3 : i32
  %v10 = arith.cmpi eq, %v9, %arg0 : i32
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v11, %v12 : i1
  %v14 = arith.remui %v3, %v3 : index
  %v15 = arith.cmpf ugt, %v0, %arg2 : f64
  %v16 = arith.subf %v0, %v5 : f64
  %v17 = arith.fptoui %v16 : f64 to i8
  %v18 = arith.constant 100.0 : f64
  %v19 = arith.cmpf ule, %v16, %v18 : f64
  %v20 = arith.index_cast %arg1 : i16 to index
  %v21 = arith.index_cast %v20 : index to i16
  %v22 = arith.fptoui %v18 : f64 to i8
  %v23 = arith.constant -2147483648 : i32
  %v24 = arith.subi %v9, %v23 overflow<nsw> : i32
  %v25 = arith.constant 2 : i16
  %v26 = arith.minsi %arg1, %v25 : i16
  %v27 = arith.extsi %v24 : i32 to i64
  %v28 = arith.trunci %v27 : i64 to i32
  %v29 = arith.mulf %arg2, %v16 : f64
  %v30 = arith.constant 0xCA02DA2A9D87B594 : f64
  %v31 = arith.fptoui %v30 : f64 to i7
  %v32 = arith.maxnumf %arg2, %v30 : f64
  %v33 = arith.cmpf ugt, %v0, %arg2 : f64
  %v34 = arith.sitofp %v17 : i8 to f32
  %v35 = arith.fptoui %v34 : f32 to i8
  return %v20 : index
}
func.func @f1(%arg0: f16, %arg1: i8, %arg2: i16) -> (i8, i8) {
  %v0 = arith.constant 100.0 : f16
  %v1 = arith.constant 0x0001 : f16
  %v2 = arith.divf %v0, %v1 fastmath<nnan,ninf> : f16
  %v3 = arith.addf %arg0, %v1 : f16
  %v4 = arith.constant false
  %v5 = arith.constant 32767 : i16
  %v6 = arith.select %v4, %arg2, %v5 : i16
  %v7 = arith.constant 2 : i64
  %v8 = arith.minsi %v7, %v7 : i64
  %v9 = arith.constant 128 : i8
  %v10 = arith.maxsi %arg1, %v9 : i8
  %v11 = arith.constant dense<0.0> : tensor<3xf16>
  %v12 = arith.bitcast %v11 : tensor<3xf16> to tensor<3xbf16>
  return %v10, %v10 : i8, i8
}
