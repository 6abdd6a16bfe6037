// Random func/arith module, seed 194.
func.func @f0(%arg0: i32) -> (index, i1, index, index) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.shli %v0, %arg0 overflow<nsw> : i32
  %v2 = arith.constant dense<-9223372036854775808> : tensor<2x2xi64>
  %v3 = arith.constant dense<1> : tensor<2x2xi64>
  %v4 = arith.cmpi sle, %v2, %v3 : tensor<2x2xi64>
  %v5 = arith.constant 7.0 : bf16
  %v6 = arith.negf %v5 : bf16
  %v7 = arith.negf %v6 : bf16
  %v8 = arith.constant 0xFFC0 : bf16
  %v9 = arith.constant 0x007F : bf16
  %v10 = arith.cmpf ord, %v8, %v9 fastmath<nsz> : bf16
  %v11:2 = arith.mului_extended %arg0, %v0 : i32
  %v12 = arith.constant 1048576 : i32
  %v13 = arith.divsi %arg0, %v12 : i32
  %v14 = arith.negf %v6 : bf16
  %v15 = arith.constant dense<[[-75, 7], [13, 1]]> : tensor<2x2xi8>
  %v16 = arith.extui %v15 : tensor<2x2xi8> to tensor<2x2xi64>
  %v17 = arith.extui %v15 : tensor<2x2xi8> to tensor<2x2xi64>
  %v18 = arith.cmpi slt, %v16, %v17 : tensor<2x2xi64>
  %v19 = arith.cmpi sle, %v2, %v3 : tensor<2x2xi64>
  %v20 = arith.cmpi ugt, %v11#0, %arg0 : i32
  %v21 = arith.constant -0.75 : bf16
  %v22 = arith.maximumf %v21, %v5 : bf16
  %v23 = arith.index_cast %v20 : i1 to index
  %v24 = arith.index_cast %v23 : index to i1
  %v25 = arith.constant 1 : index
  %v26 = arith.floordivsi %v23, %v25 : index
  %v27 = arith.constant dense<[0xFE00, 0x5692]> : vector<2xf16>
  %v28 = arith.mulf %v27, %v27 fastmath<ninf> : vector<2xf16>
  %v29 = arith.constant -1 : index
  %v30 = arith.select %v20, %v29, %v23 : index
  %v31 = arith.cmpf one, %v21, %v7 : bf16
  %v32 = arith.negf %v5 : bf16
  return %v23, %v20, %v23, %v23 : index, i1, index, index
}
func.func @f1(%arg0: i32) -> (index, index) {
  %v0 = arith.divsi %arg0, %arg0 exact : i32
  %v1:4 = func.call @f0(%v0) : (i32) -> (index, i1, index, index)
  %v2 = arith.constant dense<0x0000> : vector<2x3xbf16>
  %v3 = arith.cmpf uno, %v2, %v2 : vector<2x3xbf16>
  %v4:4 = func.call @f0(%v0) : (i32) -> (index, i1, index, index)
  %v5 = arith.index_castui %v4#1 : i1 to index
  %v6 = arith.constant 0 : i64
  %v7 = arith.constant 0 : i64
  %v8 = arith.shli %v6, %v7 : i64
  %v9 = arith.cmpi eq, %v5, %v1#3 : index
  %v10 = arith.constant true
  %v11 = arith.constant false
  %v12 = arith.select %v9, %v11, %v10 : i1
  %v13:4 = func.call @f0(%v0) : (i32) -> (index, i1, index, index)
  %v14 = arith.constant true
  %v15 = arith.constant 0.1 : f8E5M2FNUZ
  %v16 = arith.select %v14, %v15, %v15 : f8E5M2FNUZ
  %v17:4 = func.call @f0(%v0) : (i32) -> (index, i1, index, index)
  %v18 = arith.constant -9223372036854775808 : index
  %v19 = arith.cmpi uge, %v17#0, %v18 : index
  %v20 = arith.ori %arg0, %arg0 : i32
  return %v17#2, %v17#0 : index, index
}
func.func @f2(%arg0: f16, %arg1: f32, %arg2: f8E3M4) -> (i1, i1) {
  %v0 = arith.constant dense<true> : vector<4xi1>
  %v1 = arith.divui %v0, %v0 : vector<4xi1>
  %v2:2 = arith.mulsi_extended %v0, %v1 : vector<4xi1>
  %v3 = arith.constant 7.0 : f32
  %v4 = arith.maximumf %arg1, %v3 : f32
  %v5 = arith.negf %arg1 : f32
  %v6 = arith.constant dense<false> : vector<4xi1>
  %v7 = arith.cmpi ugt, %v6, %v2#0 : vector<4xi1>
  %v8 = arith.constant -5947225914745181397 : i64
  %v9 = arith.constant 7 : i64
  %v10 = arith.cmpi eq, %v8, %v9 : i64
  %v11 = arith.select %v10, %v9, %v8 : i64
  %v12 = arith.constant 0x0000 : f16
  %v13 = arith.mulf %v12, %arg0 : f16
  %v14 = arith.maximumf %arg0, %arg0 fastmath<reassoc,contract> : f16
  %v15 = arith.maxnumf %v14, %v12 fastmath<arcp,afn> : f16
  %v16 = arith.maximumf %arg0, %arg0 fastmath<reassoc,contract> : f16
  %v17 = arith.select %v10, %v9, %v8 : i64
  %v18 = arith.constant 0x2F : f8E3M4
  %v19 = arith.cmpf oeq, %arg2, %v18 : f8E3M4
  %v20 = arith.mulf %v14, %v16 : f16
  %v21 = arith.minsi %v19, %v10 : i1
  %v22 = arith.select %v19, %arg0, %v13 : f16
  %v23 = arith.constant 0.1 : f8E5M2FNUZ
  %v24 = arith.maximumf %v23, %v23 : f8E5M2FNUZ
  %v25 = arith.negf %arg2 fastmath<arcp,afn> : f8E3M4
  %v26 = arith.cmpf ord, %arg2, %v18 : f8E3M4
  return %v21, %v21 : i1, i1
}
func.func @f3(%arg0: f64, %arg1: i32, %arg2: tensor<2x2xi1>, %arg3: f64) -> (f8E4M3FN, f64) {
  %v0 = arith.constant -2147483648 : i32
  %v1 = arith.constant 1 : i32
  %v2 = arith.remsi %v0, %v1 : i32
  %v3 = arith.constant 0xBC : f8E5M2FNUZ
  %v4 = arith.negf %v3 : f8E5M2FNUZ
  %v5 = arith.constant 0x00 : f8E5M2FNUZ
  %v6 = arith.negf %v5 : f8E5M2FNUZ
  %v7 = arith.shrsi %arg2, %arg2 exact : tensor<2x2xi1>
  %v8 = arith.shrsi %arg2, %arg2 exact : tensor<2x2xi1>
  %v9 = arith.constant dense<false> : tensor<2x2xi1>
  %v10 = arith.remui %arg2, %v9 : tensor<2x2xi1>
  %v11 = arith.fptosi %arg3 : f64 to i7
  %v12 = arith.constant 3 : i7
  %v13 = arith.maxui %v12, %v11 : i7
  %v14 = arith.maxnumf %arg3, %arg0 fastmath<arcp,afn> : f64
  %v15 = arith.constant 0x0000000000000001 : f64
  %v16 = arith.minnumf %arg3, %v15 : f64
  %v17 = arith.constant 0 : i32
  %v18 = arith.addi %v17, %v0 overflow<none> : i32
  %v19 = arith.constant -3 : i32
  %v20 = arith.constant 2147483647 : i32
  %v21 = arith.ceildivsi %v19, %v20 : i32
  %v22 = arith.constant 33 : i32
  %v23 = arith.constant 11 : i32
  %v24 = arith.addi %v22, %v23 : i32
  %v25 = arith.sitofp %v13 : i7 to f8E4M3FN
  %v26 = arith.constant dense<true> : tensor<2x2xi1>
  %v27:2 = arith.mulsi_extended %v9, %v26 : tensor<2x2xi1>
  %v28 = arith.constant 100.0 : f64
  %v29 = arith.fptosi %v28 : f64 to i1
  %v30 = arith.constant false
  %v31 = arith.addi %v29, %v30 overflow<nsw> : i1
  return %v25, %v16 : f8E4M3FN, f64
}
