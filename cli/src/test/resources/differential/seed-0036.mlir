// Random func/arith module, seed 36.
func.func @f0(%arg0: i8, %arg1: i64, %arg2: tensor<2x2xf32>) -> (index, i1) {
  %v0 = arith.cmpi sge, %arg0, %arg0 : i8
  %v1 = arith.cmpi sge, %arg0, %arg0 : i8
  %v2 = arith.constant dense<-0.75> : tensor<2x2xf32>
  %v3 = arith.constant dense<100.0> : tensor<2x2xf32>
  %v4 = arith.cmpf ule, %v2, %v3 : tensor<2x2xf32>
  %v5 = arith.constant dense<0.1> : tensor<2x2xf32>
  %v6 = arith.divf %v5, %arg2 fastmath<nnan,ninf> : tensor<2x2xf32>
  %v7 = arith.constant dense<3.0> : tensor<2x2xf32>
  %v8 = arith.maximumf %v6, %v7 fastmath<arcp,afn> : tensor<2x2xf32>
  %v9 = arith.cmpf ule, %v2, %v3 : tensor<2x2xf32>
  %v10 = arith.cmpf true, %v3, %arg2 : tensor<2x2xf32>
  %v11 = arith.minui %v4, %v10 : tensor<2x2xi1>
  %v12 = arith.constant true
  %v13 = arith.select %v0, %v0, %v12 : i1
  %v14 = arith.constant -128 : i8
  %v15 = arith.ori %arg0, %v14 : i8
  %v16 = arith.cmpf one, %v8, %v6 : tensor<2x2xf32>
  %v17 = arith.select %v0, %v0, %v12 : i1
  %v18 = arith.select %v0, %v0, %v12 : i1
  %v19 = arith.extui %v18 : i1 to i64
  %v20 = arith.extui %v12 : i1 to i64
  %v21 = arith.cmpi sle, %v19, %v20 : i64
  %v22 = arith.constant 4.0 : f16
  %v23 = arith.constant 0x7C00 : f16
  %v24 = arith.subf %v22, %v23 : f16
  %v25 = arith.constant 14 : index
  %v26 = arith.constant 12 : index
  %v27 = arith.divui %v25, %v26 exact : index
  %v28 = arith.cmpf one, %v8, %v6 : tensor<2x2xf32>
  return %v27, %v17 : index, i1
}
func.func @f1(%arg0: tensor<3xf16>) -> (tensor<3xi8>, tensor<3xi8>) {
  %v0 = arith.constant 0x3C : f8E5M2FNUZ
  %v1 = arith.bitcast %v0 : f8E5M2FNUZ to f8E4M3FN
  %v2 = arith.constant dense<-0.75> : tensor<3xf16>
  %v3 = arith.addf %arg0, %v2 fastmath<nnan,ninf> : tensor<3xf16>
  %v4 = arith.constant dense<1> : vector<index>
  %v5 = arith.constant dense<-1> : vector<index>
  %v6 = arith.andi %v4, %v5 : vector<index>
  %v7 = arith.constant dense<1> : vector<index>
  %v8 = arith.constant dense<0> : vector<index>
  %v9 = arith.muli %v7, %v8 overflow<nuw> : vector<index>
  %v10 = arith.constant dense<0x0001> : tensor<3xf16>
  %v11 = arith.cmpf une, %v2, %v10 fastmath<nnan> : tensor<3xf16>
  %v12 = arith.index_castui %v5 : vector<index> to vector<i64>
  %v13 = arith.constant dense<11> : vector<i64>
  %v14:2 = arith.mului_extended %v12, %v13 : vector<i64>
  %v15 = arith.bitcast %v0 : f8E5M2FNUZ to f8E4M3FN
  %v16 = arith.divsi %v11, %v11 : tensor<3xi1>
  %v17 = arith.constant dense<0x3C00> : tensor<3xf16>
  %v18 = arith.cmpf uno, %v17, %v10 fastmath<none> : tensor<3xf16>
  %v19 = arith.muli %v7, %v8 overflow<nuw> : vector<index>
  %v20 = arith.fptosi %arg0 : tensor<3xf16> to tensor<3xi8>
  %v21 = arith.andi %v4, %v5 : vector<index>
  %v22 = arith.muli %v7, %v8 overflow<nuw> : vector<index>
  %v23 = arith.constant dense<-2.5> : tensor<3xf16>
  %v24 = arith.maxnumf %v23, %v10 : tensor<3xf16>
  %v25:2 = arith.addui_extended %v20, %v20 : tensor<3xi8>, tensor<3xi1>
  return %v25#0, %v20 : tensor<3xi8>, tensor<3xi8>
}
func.func @f2(%arg0: f64, %arg1: f8E5M2FNUZ) -> (f8E5M2FNUZ, i1, i1) {
  %v0 = arith.constant 0 : i7
  %v1 = arith.constant 13 : i7
  %v2 = arith.remsi %v0, %v1 : i7
  %v3 = arith.minui %v1, %v0 : i7
  %v4 = arith.subf %arg0, %arg0 fastmath<none> : f64
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
  %v16 = arith.subf %arg0, %arg0 fastmath<none> : f64
  %v17 = arith.constant 0.1 : f8E5M2FNUZ
  %v18 = arith.addf %arg1, %v17 fastmath<none> : f8E5M2FNUZ
  %v19 = arith.xori %v6, %v8 : i7
  %v20 = arith.constant 0xFFF0000000000000 : f64
  %v21 = arith.cmpf une, %v20, %arg0 : f64
  %v22 = arith.constant true
  %v23 = arith.cmpi eq, %v21, %v22 : i1
  %v24 = arith.constant true
  %v25 = arith.constant false
  %v26 = arith.select %v23, %v25, %v24 : i1
  %v27 = arith.xori %v6, %v5 : i7
  %v28 = arith.remf %v17, %arg1 : f8E5M2FNUZ
  %v29 = arith.divsi %v21, %v23 : i1
  return %v28, %v29, %v29 : f8E5M2FNUZ, i1, i1
}
