// Random func/arith module, seed 194.
func.func @f0(%arg0: i32) -> (index, index, index, index) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.shli %v0, %arg0 overflow<nsw> : i32
  %v2 = arith.shli %v0, %arg0 overflow<nsw> : i32
  %v3 = arith.constant dense<0x46BBE406617DE7C3> : tensor<3xf64>
  %v4 = arith.negf %v3 : tensor<3xf64>
  %v5 = arith.constant 0x12 : f8E4M3FN
  %v6 = arith.negf %v5 : f8E4M3FN
  %v7 = arith.negf %v6 : f8E4M3FN
  %v8 = arith.bitcast %v5 : f8E4M3FN to f8E5M2FNUZ
  %v9 = arith.bitcast %v5 : f8E4M3FN to f8E5M2FNUZ
  %v10 = arith.floordivsi %v2, %arg0 : i32
  %v11 = arith.sitofp %v0 : i32 to f8E4M3
  %v12 = arith.index_cast %v1 : i32 to index
  %v13 = arith.constant -3.0e-05 : f8E4M3FN
  %v14 = arith.maximumf %v5, %v13 : f8E4M3FN
  %v15 = arith.shli %v2, %arg0 overflow<nsw> : i32
  %v16 = arith.fptoui %v3 : tensor<3xf64> to tensor<3xi32>
  %v17 = arith.negf %v5 : f8E4M3FN
  %v18 = arith.constant 0x9C : f8E5M2FNUZ
  %v19 = arith.cmpf true, %v18, %v8 : f8E5M2FNUZ
  %v20 = arith.constant -9223372036854775808 : i64
  %v21:2 = arith.addui_extended %v20, %v20 : i64, i1
  %v22 = arith.constant true
  %v23 = arith.constant true
  %v24 = arith.muli %v22, %v23 : i1
  %v25 = arith.constant dense<0x0000000000000000> : tensor<3xf64>
  %v26 = arith.subf %v25, %v4 : tensor<3xf64>
  return %v12, %v12, %v12, %v12 : index, index, index, index
}
func.func @f1(%arg0: i32) {
  %v0 = arith.divsi %arg0, %arg0 exact : i32
  %v1:2 = arith.addui_extended %arg0, %arg0 : i32, i1
  %v2 = arith.constant true
  %v3 = arith.cmpi sle, %v2, %v1#1 : i1
  %v4 = arith.ori %v2, %v1#1 : i1
  %v5 = arith.constant 7.0 : bf16
  %v6 = arith.constant 1.0e+10 : bf16
  %v7 = arith.select %v3, %v5, %v6 : bf16
  %v8 = arith.maxnumf %v7, %v7 fastmath<ninf> : bf16
  %v9 = arith.constant -2147483648 : i32
  %v10 = arith.ceildivui %v1#0, %v9 {tag = 0 : i64} : i32
  %v11:4 = func.call @f0(%v0) : (i32) -> (index, index, index, index)
  %v12:2 = arith.addui_extended %arg0, %arg0 : i32, i1
  %v13 = arith.maxnumf %v7, %v7 fastmath<ninf> : bf16
  %v14 = arith.constant 0x0080 : bf16
  %v15 = arith.select %v12#1, %v6, %v14 : bf16
  return
}
func.func @f2(%arg0: f32, %arg1: f8E3M4, %arg2: i128, %arg3: tensor<3xf64>) -> (f32, f8E4M3FNUZ, tensor<3xi1>) {
  %v0 = arith.minimumf %arg3, %arg3 fastmath<none> : tensor<3xf64>
  %v1 = arith.constant -1 : i128
  %v2 = arith.remsi %arg2, %v1 : i128
  %v3 = arith.divsi %v1, %v2 : i128
  %v4 = arith.constant 13 : i32
  %v5 = arith.extsi %v4 : i32 to i64
  %v6 = arith.extsi %v4 : i32 to i64
  %v7 = arith.cmpi ugt, %v5, %v6 : i64
  %v8 = arith.addi %v3, %arg2 : i128
  %v9 = arith.floordivsi %v8, %arg2 : i128
  %v10 = arith.bitcast %v0 : tensor<3xf64> to tensor<3xi64>
  %v11 = arith.constant dense<-1.0> : tensor<3xf64>
  %v12 = arith.cmpf oeq, %arg3, %v11 : tensor<3xf64>
  %v13 = arith.cmpf true, %v0, %v11 fastmath<nnan,ninf> : tensor<3xf64>
  %v14 = arith.constant dense<true> : tensor<3xi1>
  %v15 = arith.maxsi %v14, %v12 : tensor<3xi1>
  %v16 = arith.constant 0x00000000 : f32
  %v17 = arith.subf %arg0, %v16 fastmath<fast> {tag = 1 : i64} : f32
  %v18 = arith.constant 0xFC : f8E4M3
  %v19 = arith.extf %v18 fastmath<ninf> : f8E4M3 to f16
  %v20 = arith.cmpf ord, %arg3, %v0 : tensor<3xf64>
  %v21 = arith.bitcast %arg1 : f8E3M4 to f8E4M3FNUZ
  %v22 = arith.constant dense<8> : tensor<3xi64>
  %v23 = arith.remsi %v22, %v10 : tensor<3xi64>
  return %v17, %v21, %v13 : f32, f8E4M3FNUZ, tensor<3xi1>
}
func.func @f3(%arg0: tensor<2x2xi8>, %arg1: bf16) -> (bf16, bf16) {
  %v0 = arith.constant -0.0 : f8E4M3
  %v1 = arith.cmpf ogt, %v0, %v0 : f8E4M3
  %v2 = arith.cmpf ogt, %v0, %v0 : f8E4M3
  %v3 = arith.constant dense<1> : tensor<2x2xi8>
  %v4 = arith.remsi %arg0, %v3 : tensor<2x2xi8>
  %v5 = arith.constant 0.0 : bf16
  %v6 = arith.subf %arg1, %v5 : bf16
  %v7 = arith.remsi %arg0, %v3 : tensor<2x2xi8>
  %v8 = arith.cmpf ogt, %v0, %v0 : f8E4M3
  %v9 = arith.cmpf ogt, %v0, %v0 : f8E4M3
  %v10 = arith.constant false
  %v11 = arith.maxui %v10, %v9 : i1
  %v12 = arith.maxnumf %arg1, %arg1 : bf16
  %v13 = arith.constant 0x7F80 : bf16
  %v14 = arith.constant 7.0 : bf16
  %v15 = arith.divf %v13, %v14 : bf16
  %v16 = arith.negf %v12 : bf16
  %v17 = arith.negf %v16 fastmath<none> : bf16
  %v18 = arith.cmpf ogt, %v0, %v0 : f8E4M3
  %v19 = arith.subf %arg1, %v5 : bf16
  %v20 = arith.subf %arg1, %v5 : bf16
  %v21 = arith.constant 2147483647 : i32
  %v22 = arith.extsi %v21 : i32 to i64
  %v23 = arith.constant 8 : i64
  %v24 = arith.cmpi slt, %v22, %v23 : i64
  %v25 = arith.constant dense<-1> : tensor<2x2xi8>
  %v26 = arith.addi %v7, %v25 : tensor<2x2xi8>
  %v27 = arith.constant dense<1> : tensor<2x2xi8>
  %v28 = arith.subi %v27, %v26 : tensor<2x2xi8>
  return %v19, %v20 : bf16, bf16
}
