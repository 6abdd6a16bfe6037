// Random func/arith module, seed 116.
func.func @f0(%arg0: i32, %arg1: i128) -> i1 {
  %v0 = arith.constant 4.0 : f64
  %v1 = arith.bitcast %v0 : f64 to i64
  %v2 = arith.truncf %v0 upward : f64 to f8E4M3
  %v3 = arith.constant 0 : i128
  %v4 = arith.ceildivui %v3, %arg1 : i128
  %v5 = arith.ceildivui %v3, %arg1 : i128
  %v6 = arith.constant 0.0 : f64
  %v7 = arith.subf %v0, %v6 : f64
  %v8 = arith.constant 0x7FF0000000000000 : f64
  %v9 = arith.fptosi %v8 : f64 to i32
  %v10 = arith.cmpi ugt, %v9, %arg0 : i32
  %v11 = arith.constant false
  %v12:2 = arith.mului_extended %v10, %v11 : i1
  %v13 = arith.ceildivui %v3, %arg1 : i128
  %v14 = arith.constant 1.0 : f64
  %v15 = arith.subf %v14, %v8 : f64
  %v16 = arith.constant true
  %v17 = arith.divsi %v11, %v16 exact : i1
  %v18 = arith.shli %v9, %arg0 overflow<nsw> : i32
  %v19 = arith.constant 2147483647 : i32
  %v20 = arith.shli %arg0, %v19 overflow<nuw> : i32
  %v21 = arith.select %v12#1, %v12#0, %v10 : i1
  %v22 = arith.select %v21, %v16, %v10 : i1
  %v23 = arith.shli %arg0, %v19 overflow<nsw, nuw> : i32
  %v24 = arith.constant 0xFC : f8E4M3
  %v25 = arith.cmpf ord, %v24, %v2 : f8E4M3
  %v26 = arith.constant -2147483648 : i32
  %v27 = arith.ori %v26, %arg0 : i32
  %v28 = arith.constant dense<[true, false, true, false]> : vector<4xi1>
  %v29 = arith.divsi %v28, %v28 : vector<4xi1>
  %v30 = arith.constant dense<[true, true, true, true]> : vector<4xi1>
  %v31 = arith.cmpi slt, %v29, %v30 : vector<4xi1>
  return %v22 : i1
}
func.func @f1(%arg0: f8E4M3FN, %arg1: i64, %arg2: i33, %arg3: f8E5M2FNUZ) -> (i1, i1) {
  %v0 = arith.cmpf false, %arg3, %arg3 : f8E5M2FNUZ
  %v1 = arith.constant 0.1 : f8E4M3FN
  %v2 = arith.cmpf ole, %arg0, %v1 : f8E4M3FN
  %v3 = arith.cmpf ole, %arg0, %v1 : f8E4M3FN
  %v4 = arith.cmpf false, %arg0, %v1 : f8E4M3FN
  %v5 = arith.constant -9223372036854775808 : i64
  %v6 = arith.ceildivsi %arg1, %v5 : i64
  %v7 = arith.constant 9223372036854775807 : index
  %v8 = arith.index_castui %v7 : index to i64
  %v9 = arith.cmpf false, %arg3, %arg3 : f8E5M2FNUZ
  %v10 = arith.constant 0xBC : f8E5M2FNUZ
  %v11 = arith.minnumf %v10, %arg3 fastmath<reassoc,contract> : f8E5M2FNUZ
  return %v9, %v9 : i1, i1
}
func.func @f2(%arg0: vector<4xi1>, %arg1: tensor<3xf16>) -> tensor<3xi1> {
  %v0 = arith.cmpf ogt, %arg1, %arg1 : tensor<3xf16>
  %v1 = arith.cmpf ule, %arg1, %arg1 fastmath<ninf> : tensor<3xf16>
  %v2 = arith.floordivsi %v0, %v0 : tensor<3xi1>
  %v3 = arith.cmpf ule, %arg1, %arg1 fastmath<ninf> : tensor<3xf16>
  %v4 = arith.addf %arg1, %arg1 : tensor<3xf16>
  %v5 = arith.cmpf ule, %arg1, %arg1 fastmath<ninf> : tensor<3xf16>
  %v6 = arith.remf %arg1, %v4 : tensor<3xf16>
  %v7 = arith.cmpi sgt, %arg0, %arg0 : vector<4xi1>
  %v8 = arith.cmpi eq, %v3, %v5 : tensor<3xi1>
  return %v8 : tensor<3xi1>
}
