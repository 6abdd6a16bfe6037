// Random func/arith module, seed 68.
func.func @f0(%arg0: vector<2x3xf64>) -> (vector<2x3xf64>, i1) {
  %v0 = arith.constant 16 : i32
  %v1 = arith.constant -65147547 : i32
  %v2 = arith.shli %v0, %v1 : i32
  %v3 = arith.shli %v0, %v1 : i32
  %v4 = arith.constant dense<[[0x3C2330DFA0CEE0EE, 3.0, 1.0], [0x8000000000000000, 0x8000000000000000, 0x7FF0000000000000]]> : vector<2x3xf64>
  %v5 = arith.subf %v4, %arg0 : vector<2x3xf64>
  %v6 = arith.index_cast %v1 : i32 to index
  %v7 = arith.constant -2147483648 : i32
  %v8 = arith.remsi %v7, %v3 : i32
  %v9 = arith.divf %arg0, %v5 fastmath<nnan,ninf> : vector<2x3xf64>
  %v10 = arith.divf %v9, %v5 : vector<2x3xf64>
  %v11 = arith.constant 1 : i32
  %v12:2 = arith.addui_extended %v0, %v11 : i32, i1
  %v13 = arith.constant 524288 : index
  %v14 = arith.muli %v13, %v6 : index
  %v15 = arith.shli %v0, %v1 : i32
  %v16 = arith.constant dense<true> : vector<2x3xi1>
  %v17 = arith.select %v16, %v10, %v9 : vector<2x3xi1>, vector<2x3xf64>
  %v18 = arith.ceildivui %v14, %v13 : index
  %v19 = arith.maxnumf %arg0, %v4 : vector<2x3xf64>
  %v20 = arith.constant -1 : index
  %v21 = arith.remui %v20, %v13 : index
  %v22 = arith.minsi %v6, %v20 : index
  %v23 = arith.constant 0 : i128
  %v24 = arith.index_castui %v23 : i128 to index
  %v25 = arith.minsi %v6, %v20 : index
  %v26 = arith.constant false
  %v27 = arith.constant true
  %v28 = arith.divsi %v26, %v27 : i1
  %v29 = arith.constant dense<[[true, false, false], [false, false, true]]> : vector<2x3xi1>
  %v30 = arith.remsi %v29, %v16 : vector<2x3xi1>
  %v31 = arith.constant false
  %v32:2 = arith.mului_extended %v28, %v31 : i1
  %v33 = arith.remsi %v16, %v16 : vector<2x3xi1>
  %v34 = arith.constant dense<[[true, true, false], [true, true, true]]> : vector<2x3xi1>
  %v35 = arith.constant dense<false> : vector<2x3xi1>
  %v36 = arith.floordivsi %v34, %v35 : vector<2x3xi1>
  return %v19, %v26 : vector<2x3xf64>, i1
}
func.func @f1(%arg0: i7) -> i7 {
  %v0 = arith.constant true
  %v1 = arith.constant -11 : i7
  %v2 = arith.constant 1 : i7
  %v3 = arith.select %v0, %v1, %v2 : i7
  %v4 = arith.constant 0x8000000000000000 : f64
  %v5 = arith.truncf %v4 downward : f64 to f8E3M4
  %v6 = arith.cmpi uge, %v2, %v2 : i7
  %v7 = arith.truncf %v4 downward : f64 to f8E3M4
  %v8 = arith.constant 2.0 : f64
  %v9 = arith.select %v6, %v8, %v4 : f64
  %v10 = arith.divf %v4, %v8 : f64
  %v11 = arith.minui %arg0, %arg0 : i7
  return %v11 : i7
}
func.func @f2(%arg0: i32, %arg1: vector<2x3xi32>, %arg2: f16) -> (vector<2x3xf32>, i1) {
  %v0 = arith.constant true
  %v1 = arith.constant 0x7C00 : f16
  %v2 = arith.select %v0, %v1, %v1 : f16
  %v3 = arith.constant 0 : i32
  %v4 = arith.ceildivsi %arg0, %v3 : i32
  %v5 = arith.select %v0, %v1, %v1 : f16
  %v6 = arith.cmpf true, %arg2, %v2 fastmath<none> : f16
  %v7 = arith.constant 0x0010000000000000 : f64
  %v8 = arith.addf %v7, %v7 : f64
  %v9 = arith.constant 0x0400 : f16
  %v10 = arith.cmpf ord, %v9, %arg2 : f16
  %v11 = arith.constant dense<0x8000000000000000> : vector<2x3xf64>
  %v12:2 = func.call @f0(%v11) : (vector<2x3xf64>) -> (vector<2x3xf64>, i1)
  %v13 = arith.bitcast %arg1 : vector<2x3xi32> to vector<2x3xf32>
  %v14 = arith.constant dense<4> : vector<2x3xi32>
  %v15 = arith.muli %arg1, %v14 : vector<2x3xi32>
  %v16 = arith.constant dense<[[0x7FF0000000000000, 0x0000000000000000], [0x7FF8000000000000, 0x0000000000000000]]> : tensor<2x2xf64>
  %v17 = arith.addf %v16, %v16 fastmath<nsz> : tensor<2x2xf64>
  %v18 = arith.divsi %v14, %v14 : vector<2x3xi32>
  %v19 = arith.cmpf ord, %v9, %arg2 : f16
  %v20:2 = arith.mulsi_extended %v4, %v3 : i32
  return %v13, %v12#1 : vector<2x3xf32>, i1
}
