// Random func/arith module, seed 154.
func.func @f0(%arg0: tensor<2x2xf64>, %arg1: f8E4M3, %arg2: f16) -> (tensor<2x2xf64>, tensor<2x2xf64>, tensor<2x2xf64>) {
  %v0 = arith.constant dense<64> : tensor<2x2xi16>
  %v1 = arith.constant dense<[[0, 1], [17, 11]]> : tensor<2x2xi16>
  %v2 = arith.ori %v0, %v1 : tensor<2x2xi16>
  %v3 = arith.constant dense<[[-32768, -4], [1, 0]]> : tensor<2x2xi16>
  %v4 = arith.ceildivui %v0, %v3 : tensor<2x2xi16>
  %v5 = arith.ori %v0, %v1 : tensor<2x2xi16>
  %v6 = arith.constant -128 : i8
  %v7 = arith.extui %v6 : i8 to i33
  %v8 = arith.constant 0x7FF8000000000000 : f64
  %v9 = arith.constant 0.0 : f64
  %v10 = arith.divf %v8, %v9 : f64
  %v11 = arith.constant true
  %v12 = arith.constant 0xB8 : f8E4M3
  %v13 = arith.select %v11, %arg1, %v12 : f8E4M3
  %v14 = arith.ceildivui %v0, %v3 : tensor<2x2xi16>
  %v15 = arith.constant 0x70 : f8E3M4
  %v16 = arith.cmpf ult, %v15, %v15 fastmath<fast> : f8E3M4
  %v17 = arith.constant 0x24 : f8E4M3
  %v18 = arith.minnumf %v17, %v12 fastmath<arcp,afn> : f8E4M3
  %v19 = arith.constant true
  %v20 = arith.maxsi %v16, %v19 : i1
  %v21 = arith.maxsi %v19, %v16 : i1
  %v22 = arith.constant 0xFF80 : bf16
  %v23 = arith.negf %v22 : bf16
  %v24 = arith.constant 32 : i33
  %v25 = arith.subi %v7, %v24 overflow<nuw> : i33
  %v26 = arith.constant dense<0x8000000000000000> : tensor<2x2xf64>
  %v27 = arith.minnumf %arg0, %v26 fastmath<nnan,ninf> : tensor<2x2xf64>
  %v28 = arith.minnumf %arg0, %v26 fastmath<nnan,ninf> : tensor<2x2xf64>
  %v29 = arith.maxsi %v19, %v16 : i1
  %v30 = arith.ceildivui %v0, %v3 : tensor<2x2xi16>
  %v31 = arith.bitcast %v6 : i8 to f8E3M4
  %v32 = arith.index_castui %v6 : i8 to index
  return %v28, %v28, %v28 : tensor<2x2xf64>, tensor<2x2xf64>, tensor<2x2xf64>
}
func.func @f1(%arg0: f32) -> (i1, f32, f32) {
  %v0 = arith.constant 0xCE : f8E3M4
  %v1 = arith.addf %v0, %v0 : f8E3M4
  %v2 = arith.constant 9 : i32
  %v3 = arith.constant -1 : i32
  %v4 = arith.divsi %v2, %v3 exact : i32
  %v5 = arith.constant false
  %v6 = arith.constant -2147483648 : i32
  %v7 = arith.select %v5, %v6, %v4 : i32
  %v8 = arith.extf %arg0 fastmath<fast> : f32 to f64
  %v9 = arith.minnumf %arg0, %arg0 : f32
  %v10 = arith.constant true
  %v11 = arith.divsi %v10, %v5 exact : i1
  %v12 = arith.divf %v9, %arg0 : f32
  return %v11, %v9, %v12 : i1, f32, f32
}
func.func @f2(%arg0: index) -> (i32, bf16, index) {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.addi %arg0, %v0 : index
  %v2 = arith.ceildivui %v0, %arg0 : index
  %v3 = arith.constant -128 : i8
  %v4 = arith.constant -7 : i8
  %v5 = arith.cmpi eq, %v3, %v4 : i8
  %v6 = arith.constant 0.0 : bf16
  %v7 = arith.cmpf ugt, %v6, %v6 fastmath<nnan,ninf> : bf16
  %v8 = arith.constant 0x8000 : bf16
  %v9 = arith.cmpf true, %v6, %v8 : bf16
  %v10 = arith.constant 0.0 : bf16
  %v11 = arith.mulf %v10, %v10 fastmath<arcp,afn> : bf16
  %v12 = arith.maxsi %v1, %v2 : index
  %v13 = arith.index_cast %v12 : index to i8
  %v14 = arith.index_castui %v12 : index to i32
  %v15 = arith.constant 8 : i8
  %v16 = arith.constant -128 : i8
  %v17 = arith.ceildivui %v15, %v16 : i8
  %v18 = arith.constant -3.0e-05 : bf16
  %v19 = arith.negf %v18 : bf16
  %v20 = arith.constant 8 : index
  %v21 = arith.remui %v20, %v2 : index
  %v22 = arith.minnumf %v10, %v11 : bf16
  %v23 = arith.constant 1 : i8
  %v24 = arith.cmpi ugt, %v17, %v23 : i8
  %v25 = arith.constant 1.0e+10 : bf16
  %v26 = arith.minimumf %v8, %v25 : bf16
  return %v14, %v22, %v21 : i32, bf16, index
}
func.func @f3(%arg0: i16, %arg1: i8, %arg2: i64) {
  %v0 = arith.constant 0x311CF88B99F0D180 : f64
  %v1 = arith.constant -2.5 : f64
  %v2 = arith.cmpf ugt, %v0, %v1 fastmath<arcp,afn> : f64
  %v3 = arith.constant -7 : i16
  %v4:2 = arith.mulsi_extended %v3, %arg0 : i16
  %v5 = arith.constant 6 : i64
  %v6 = arith.cmpi ult, %arg2, %v5 : i64
  %v7 = arith.constant true
  %v8 = arith.remsi %v7, %v6 : i1
  %v9 = arith.constant dense<2.0> : tensor<2x2xf64>
  %v10 = arith.constant 0x7C : f8E4M3
  %v11 = arith.constant 0x3C00 : f16
  %v12:3 = func.call @f0(%v9, %v10, %v11) : (tensor<2x2xf64>, f8E4M3, f16) -> (tensor<2x2xf64>, tensor<2x2xf64>, tensor<2x2xf64>)
  %v13 = arith.constant true
  %v14 = arith.subi %v13, %v6 overflow<nuw> : i1
  %v15:3 = func.call @f0(%v9, %v10, %v11) : (tensor<2x2xf64>, f8E4M3, f16) -> (tensor<2x2xf64>, tensor<2x2xf64>, tensor<2x2xf64>)
  %v16 = arith.constant 9223372036854775807 : i64
  %v17 = arith.shli %arg2, %v16 : i64
  return
}
