// Random func/arith module, seed 140.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: f64, %arg2: f8E4M3) -> f8E5M2FNUZ {
  %v0 = arith.minimumf %arg0, %arg0 fastmath<nnan> : f8E5M2FNUZ
  %v1 = arith.constant 0 : index
  %v2 = arith.addi %v1, %v1 overflow<nuw> : index
  %v3 = arith.addi %v1, %v1 overflow<nuw> : index
  %v4 = arith.addi %v1, %v1 overflow<nuw> : index
  %v5 = arith.andi %v2, %v1 : index
  %v6 = arith.constant -1 : index
  %v7 = arith.minsi %v6, %v5 : index
  %v8 = arith.constant dense<true> : vector<4xi1>
  %v9 = arith.index_cast %v8 : vector<4xi1> to vector<4xindex>
  %v10 = arith.minsi %v5, %v6 : index
  %v11 = arith.constant 7908501317722524785 : index
  %v12 = arith.constant 10 : index
  %v13 = arith.divsi %v11, %v12 : index
  %v14 = arith.addi %v1, %v1 overflow<nuw> : index
  %v15 = arith.negf %arg2 fastmath<nsz> : f8E4M3
  %v16 = arith.constant true
  %v17 = arith.constant 0x00 : f8E5M2FNUZ
  %v18 = arith.select %v16, %arg0, %v17 : f8E5M2FNUZ
  %v19 = arith.minsi %v5, %v6 : index
  %v20 = arith.xori %v16, %v16 : i1
  %v21 = arith.minsi %v6, %v5 : index
  %v22 = arith.constant false
  %v23 = arith.constant dense<6> : vector<2x3xi16>
  %v24 = arith.constant dense<1> : vector<2x3xi16>
  %v25 = arith.select %v22, %v23, %v24 : vector<2x3xi16>
  %v26 = arith.constant 140737488355328 : index
  %v27 = arith.index_castui %v26 : index to i32
  %v28 = arith.constant 15 : i64
  %v29 = arith.constant 16777216 : i64
  %v30:2 = arith.addui_extended %v28, %v29 : i64, i1
  %v31 = arith.bitcast %v15 : f8E4M3 to f8E4M3FN
  %v32 = arith.constant dense<0x7BFF> : tensor<3xf16>
  %v33 = arith.constant dense<100.0> : tensor<3xf16>
  %v34 = arith.cmpf une, %v32, %v33 : tensor<3xf16>
  return %v18 : f8E5M2FNUZ
}
func.func @f1(%arg0: i64, %arg1: vector<i16>, %arg2: f8E4M3, %arg3: index) -> (vector<i1>, index) {
  %v0 = arith.constant 15 : index
  %v1 = arith.minsi %arg3, %v0 : index
  %v2 = arith.constant true
  %v3 = arith.constant -1.0 : f8E4M3
  %v4 = arith.constant -2.5 : f8E4M3
  %v5 = arith.select %v2, %v3, %v4 : f8E4M3
  %v6 = arith.constant dense<15> : vector<i16>
  %v7 = arith.floordivsi %v6, %arg1 : vector<i16>
  %v8 = arith.constant -1 : i64
  %v9 = arith.xori %arg0, %v8 : i64
  %v10 = arith.xori %v9, %v8 : i64
  %v11 = arith.cmpi ne, %v7, %v7 : vector<i16>
  %v12 = arith.select %v2, %arg3, %v1 : index
  %v13 = arith.xori %arg0, %v8 : i64
  return %v11, %v12 : vector<i1>, index
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: index, %arg2: tensor<2x2xf16>, %arg3: bf16) -> index {
  %v0 = arith.divsi %arg1, %arg1 : index
  %v1 = arith.divsi %arg1, %arg1 : index
  %v2 = arith.constant 0xFFFF8000000000000000000000000000 : f128
  %v3 = arith.cmpf true, %v2, %v2 fastmath<none> : f128
  %v4 = arith.constant dense<-3> : vector<2xi8>
  %v5:2 = arith.addui_extended %v4, %v4 : vector<2xi8>, vector<2xi1>
  %v6 = arith.constant 63 : index
  %v7 = arith.minsi %v6, %v0 : index
  %v8 = arith.index_cast %v7 : index to i128
  %v9 = arith.constant 1 : i64
  %v10 = arith.constant 9223372036854775807 : i64
  %v11:2 = arith.mului_extended %v9, %v10 : i64
  %v12 = arith.remf %arg3, %arg3 : bf16
  return %v7 : index
}
func.func @f3(%arg0: f8E4M3, %arg1: f8E5M2, %arg2: vector<2xbf16>) {
  %v0 = arith.constant 0x2F : f8E4M3
  %v1 = arith.mulf %arg0, %v0 : f8E4M3
  %v2 = arith.constant dense<2.0> : vector<2xbf16>
  %v3 = arith.maximumf %v2, %arg2 : vector<2xbf16>
  %v4 = arith.constant true
  %v5 = arith.select %v4, %arg1, %arg1 : f8E5M2
  %v6 = arith.constant true
  %v7 = arith.constant true
  %v8 = arith.xori %v7, %v6 : i1
  %v9 = arith.xori %v8, %v6 : i1
  %v10 = arith.constant false
  %v11 = arith.constant false
  %v12 = arith.ori %v10, %v11 : i1
  %v13 = arith.constant true
  %v14 = arith.ori %v12, %v13 : i1
  %v15 = arith.cmpf oge, %v2, %v3 : vector<2xbf16>
  %v16 = arith.constant dense<true> : vector<2xi1>
  %v17 = arith.muli %v16, %v15 : vector<2xi1>
  %v18 = arith.constant 0x3C : f8E5M2
  %v19 = arith.mulf %v18, %v5 : f8E5M2
  %v20 = arith.muli %v16, %v15 : vector<2xi1>
  %v21 = arith.constant dense<[-2.5, 0x7F7F]> : vector<2xbf16>
  %v22 = arith.remf %v3, %v21 fastmath<none> : vector<2xbf16>
  %v23 = arith.constant 0x38 : f8E4M3
  %v24 = arith.cmpf oeq, %v23, %arg0 : f8E4M3
  %v25 = arith.addf %v3, %v22 : vector<2xbf16>
  %v26 = arith.minnumf %v19, %arg1 fastmath<reassoc,contract> : f8E5M2
  return
}
