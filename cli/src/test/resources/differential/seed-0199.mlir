// Random func/arith module, seed 199.
func.func @f0(%arg0: f8E3M4, %arg1: f64) -> (f64, i1) {
  %v0 = arith.constant 0x0F : f8E3M4
  %v1 = arith.subf %v0, %arg0 fastmath<ninf> {tag = 0 : i64} : f8E3M4
  %v2 = arith.constant true
  %v3 = arith.constant 0 : index
  %v4 = arith.select %v2, %v3, %v3 : index
  %v5 = arith.subf %v0, %arg0 fastmath<ninf> {tag = 0 : i64} : f8E3M4
  %v6 = arith.subf %v0, %arg0 fastmath<ninf> {tag = 0 : i64} : f8E3M4
  %v7 = arith.constant 0x30 : f8E3M4
  %v8 = arith.mulf %v5, %v7 fastmath<arcp,afn> : f8E3M4
  %v9 = arith.constant 0xFFF0000000000000 : f64
  %v10 = arith.negf %v9 : f64
  %v11 = arith.extf %v0 : f8E3M4 to f80
  %v12 = arith.mulf %arg1, %arg1 : f64
  %v13 = arith.constant 8 : index
  %v14 = arith.ori %v3, %v13 : index
  %v15 = arith.divf %arg1, %v12 fastmath<nnan,ninf> : f64
  %v16 = arith.constant 16 : index
  %v17 = arith.remsi %v13, %v16 : index
  %v18 = arith.subf %v0, %arg0 fastmath<ninf> {tag = 0 : i64} : f8E3M4
  %v19 = arith.negf %v9 : f64
  %v20 = arith.cmpf true, %v9, %v12 : f64
  return %v15, %v20 : f64, i1
}
func.func @f1(%arg0: f32, %arg1: i64, %arg2: vector<2x3xi32>, %arg3: f6E3M2FN) -> (tf32, f32, tf32) {
  %v0 = arith.fptosi %arg0 : f32 to i33
  %v1 = arith.constant 0x3F800000 : f32
  %v2 = arith.remf %v1, %arg0 fastmath<reassoc,contract> : f32
  %v3 = arith.bitcast %v1 : f32 to i32
  %v4 = arith.constant 10 : i16
  %v5 = arith.extsi %v4 : i16 to i64
  %v6 = arith.trunci %v5 : i64 to i16
  %v7 = arith.truncf %v1 : f32 to tf32
  %v8 = arith.maximumf %v2, %v1 : f32
  %v9 = arith.extsi %v4 : i16 to i64
  return %v7, %v8, %v7 : tf32, f32, tf32
}
func.func @f2(%arg0: tensor<3xf64>) -> (tensor<2x2xi1>, tensor<2x2xi64>, tensor<2x2xi64>) {
  %v0 = arith.constant dense<true> : tensor<2x2xi1>
  %v1 = arith.andi %v0, %v0 : tensor<2x2xi1>
  %v2 = arith.cmpi ule, %v1, %v0 : tensor<2x2xi1>
  %v3 = arith.select %v2, %v1, %v0 : tensor<2x2xi1>, tensor<2x2xi1>
  %v4 = arith.andi %v1, %v0 : tensor<2x2xi1>
  %v5 = arith.constant dense<0x7FF8000000000000> : tensor<3xf64>
  %v6 = arith.addf %arg0, %v5 : tensor<3xf64>
  %v7 = arith.extui %v0 : tensor<2x2xi1> to tensor<2x2xi64>
  %v8 = arith.constant dense<[[7563156384969959691, -2180949665213491344], [4, 14]]> : tensor<2x2xi64>
  %v9 = arith.bitcast %v8 : tensor<2x2xi64> to tensor<2x2xf64>
  %v10 = arith.constant dense<true> : tensor<2x2xi1>
  %v11 = arith.constant dense<false> : tensor<2x2xi1>
  %v12 = arith.floordivsi %v10, %v11 : tensor<2x2xi1>
  %v13 = arith.constant dense<[0x8000000000000000, 7.0, 0x8000000000000000]> : tensor<3xf64>
  %v14 = arith.negf %v13 fastmath<arcp,afn> {tag = 1 : i64} : tensor<3xf64>
  %v15 = arith.constant dense<1152921504606846976> : tensor<2x2xi64>
  %v16 = arith.maxsi %v8, %v15 : tensor<2x2xi64>
  %v17 = arith.remsi %v15, %v8 : tensor<2x2xi64>
  %v18 = arith.maximumf %v6, %v5 : tensor<3xf64>
  %v19 = arith.constant dense<[[0xC794219917D047D4, 7.0], [0x0010000000000000, 0x3FF0000000000000]]> : tensor<2x2xf64>
  %v20 = arith.constant dense<[[0x7FEFFFFFFFFFFFFF, 0xBFF0000000000000], [0x7FEFFFFFFFFFFFFF, 0x0010000000000000]]> : tensor<2x2xf64>
  %v21 = arith.addf %v19, %v20 {tag = 0 : i64} : tensor<2x2xf64>
  return %v0, %v7, %v8 : tensor<2x2xi1>, tensor<2x2xi64>, tensor<2x2xi64>
}
func.func @f3(%arg0: f32) -> tf32 {
  %v0 = arith.constant true
  %v1 = arith.cmpi eq, %v0, %v0 : i1
  %v2 = arith.cmpf ord, %arg0, %arg0 : f32
  %v3 = arith.constant true
  %v4 = arith.shli %v3, %v2 : i1
  %v5 = arith.constant false
  %v6 = arith.floordivsi %v5, %v2 : i1
  %v7 = arith.cmpf ord, %arg0, %arg0 : f32
  %v8 = arith.constant true
  %v9 = arith.index_castui %v8 : i1 to index
  %v10 = arith.negf %arg0 : f32
  %v11 = arith.negf %v10 fastmath<nsz> : f32
  %v12:2 = arith.addui_extended %v3, %v2 : i1, i1
  %v13 = arith.constant -128 : i8
  %v14 = arith.constant 7 : i8
  %v15 = arith.divui %v13, %v14 exact : i8
  %v16 = arith.constant 0x7FC00000 : f32
  %v17 = arith.constant 9223372036854775807 : i64
  %v18 = arith.constant dense<[[3, 1, 7], [-1, 32, 1]]> : vector<2x3xi32>
  %v19 = arith.constant 0x2C : f6E3M2FN
  %v20:3 = func.call @f1(%v16, %v17, %v18, %v19) : (f32, i64, vector<2x3xi32>, f6E3M2FN) -> (tf32, f32, tf32)
  %v21 = arith.constant true
  %v22 = arith.select %v8, %v21, %v12#0 : i1
  %v23 = arith.constant 2.0 : tf32
  %v24 = arith.maximumf %v20#0, %v23 : tf32
  %v25 = arith.constant -1 : index
  %v26 = arith.index_cast %v25 : index to i64
  %v27 = arith.constant 0xBF800000 : f32
  %v28 = arith.divf %v27, %arg0 fastmath<nnan> : f32
  %v29 = arith.constant true
  %v30 = arith.constant 0x5FC00 : tf32
  %v31 = arith.select %v29, %v20#0, %v30 : tf32
  %v32 = arith.extsi %v14 : i8 to i64
  %v33 = arith.constant -1 : i8
  %v34 = arith.extsi %v33 : i8 to i64
  %v35 = arith.cmpi ne, %v32, %v34 : i64
  return %v24 : tf32
}
