// Random func/arith module, seed 36.
func.func @f0(%arg0: i8, %arg1: i64, %arg2: vector<2xf32>) -> (index, i1) {
  %v0 = arith.cmpi sge, %arg0, %arg0 : i8
  %v1 = arith.cmpi sge, %arg0, %arg0 : i8
  %v2 = arith.constant dense<-0.75> : vector<2xf32>
  %v3 = arith.constant dense<100.0> : vector<2xf32>
  %v4 = arith.cmpf ule, %v2, %v3 : vector<2xf32>
  %v5 = arith.constant dense<0.1> : vector<2xf32>
  %v6 = arith.divf %v5, %arg2 fastmath<nnan,ninf> : vector<2xf32>
  %v7 = arith.constant dense<3.0> : vector<2xf32>
  %v8 = arith.maximumf %v6, %v7 fastmath<arcp,afn> : vector<2xf32>
  %v9 = arith.cmpf ule, %v2, %v3 : vector<2xf32>
  %v10 = arith.cmpf true, %v3, %arg2 : vector<2xf32>
  %v11 = arith.minui %v4, %v10 : vector<2xi1>
  %v12 = arith.constant true
  %v13 = arith.select %v0, %v0, %v12 : i1
  %v14 = arith.constant -128 : i8
  %v15 = arith.ori %arg0, %v14 : i8
  %v16 = arith.cmpf one, %v8, %v6 : vector<2xf32>
  %v17 = arith.select %v0, %v0, %v12 : i1
  %v18 = arith.select %v0, %v0, %v12 : i1
  %v19 = arith.extui %v18 : i1 to i64
  %v20 = arith.extui %v12 : i1 to i64
  %v21 = arith.cmpi sle, %v19, %v20 : i64
  %v22 = arith.constant 4.0 : f32
  %v23 = arith.constant 0x7F800000 : f32
  %v24 = arith.subf %v22, %v23 : f32
  %v25 = arith.constant 14 : index
  %v26 = arith.constant 12 : index
  %v27 = arith.divui %v25, %v26 exact : index
  %v28 = arith.cmpf one, %v8, %v6 : vector<2xf32>
  return %v27, %v17 : index, i1
}
func.func @f1(%arg0: tensor<3xf16>) -> tensor<3xi1> {
  %v0 = arith.constant 0x3F800000 : f32
  %v1 = arith.bitcast %v0 : f32 to i32
  %v2 = arith.constant dense<-0.75> : tensor<3xf16>
  %v3 = arith.addf %arg0, %v2 fastmath<nnan,ninf> : tensor<3xf16>
  %v4 = arith.constant 1 : i32
  %v5 = arith.constant 1 : i32
  %v6 = arith.muli %v4, %v5 : i32
  %v7 = arith.constant 1 : i32
  %v8 = arith.constant 0 : i32
  %v9 = arith.muli %v7, %v8 overflow<nuw> : i32
  %v10 = arith.constant dense<0x0001> : tensor<3xf16>
  %v11 = arith.cmpf une, %v2, %v10 fastmath<nnan> : tensor<3xf16>
  %v12 = arith.uitofp %v8 : i32 to f8E5M2
  %v13 = arith.constant dense<[true, false, false]> : tensor<3xi1>
  %v14:2 = arith.mului_extended %v11, %v13 : tensor<3xi1>
  %v15 = arith.divsi %v14#0, %v14#1 : tensor<3xi1>
  %v16 = arith.constant dense<true> : tensor<3xi1>
  %v17 = arith.constant dense<false> : tensor<3xi1>
  %v18 = arith.cmpi eq, %v16, %v17 : tensor<3xi1>
  %v19 = arith.cmpf false, %v3, %v10 fastmath<nnan> : tensor<3xf16>
  %v20 = arith.cmpf uge, %v2, %v10 : tensor<3xf16>
  %v21 = arith.constant dense<true> : tensor<3xi1>
  %v22 = arith.xori %v19, %v21 : tensor<3xi1>
  %v23 = arith.constant dense<true> : tensor<3xi1>
  %v24 = arith.xori %v23, %v22 : tensor<3xi1>
  %v25 = arith.muli %v8, %v7 overflow<nuw> : i32
  %v26 = arith.addf %arg0, %v2 fastmath<nnan,ninf> : tensor<3xf16>
  %v27 = arith.cmpf une, %v2, %v10 fastmath<nnan> : tensor<3xf16>
  return %v19 : tensor<3xi1>
}
func.func @f2(%arg0: bf16, %arg1: f8E4M3) -> (f8E4M3, i1, i1) {
  %v0 = arith.constant 0 : i7
  %v1 = arith.constant 13 : i7
  %v2 = arith.remsi %v0, %v1 : i7
  %v3 = arith.minui %v1, %v0 : i7
  %v4 = arith.subf %arg0, %arg0 fastmath<none> : bf16
  %v5 = arith.constant -64 : i7
  %v6 = arith.constant -1 : i7
  %v7 = arith.xori %v5, %v6 : i7
  %v8 = arith.constant -1 : i7
  %v9 = arith.xori %v6, %v8 : i7
  %v10 = arith.xori %v9, %v8 : i7
  %v11 = arith.constant 1 : i7
  %v12 = arith.cmpi ugt, %v11, %v10 : i7
  %v13 = arith.constant 63 : i7
  %v14 = arith.index_castui %v13 : i7 to index
  %v15 = arith.index_castui %v14 : index to i7
  %v16 = arith.subf %arg0, %arg0 fastmath<none> : bf16
  %v17 = arith.constant 0.1 : f8E4M3
  %v18 = arith.addf %arg1, %v17 fastmath<none> : f8E4M3
  %v19 = arith.xori %v6, %v8 : i7
  %v20 = arith.constant 0xFF80 : bf16
  %v21 = arith.cmpf une, %v20, %arg0 : bf16
  %v22 = arith.constant true
  %v23 = arith.cmpi eq, %v21, %v22 : i1
  %v24 = arith.constant true
  %v25 = arith.constant false
  %v26 = arith.select %v23, %v25, %v24 : i1
  %v27 = arith.xori %v6, %v5 : i7
  %v28 = arith.remf %v17, %arg1 : f8E4M3
  %v29 = arith.divsi %v21, %v23 : i1
  return %v28, %v29, %v29 : f8E4M3, i1, i1
}
