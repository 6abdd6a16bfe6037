// Random func/arith module, seed 119.
func.func @f0(%arg0: vector<4xi1>) -> vector<4xi1> {
  %v0 = arith.constant true
  %v1 = arith.constant dense<[false, false, false, true]> : vector<4xi1>
  %v2 = arith.select %v0, %v1, %arg0 : vector<4xi1>
  %v3 = arith.select %v0, %v1, %arg0 : vector<4xi1>
  %v4 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v5 = arith.constant 0x508900717656D2EE : f64
  %v6 = arith.remf %v4, %v5 : f64
  %v7 = arith.constant dense<true> : vector<4xi1>
  %v8 = arith.select %v0, %v7, %v2 : vector<4xi1>
  %v9 = arith.constant false
  %v10 = arith.constant true
  %v11:2 = arith.addui_extended %v9, %v10 : i1, i1
  %v12 = arith.cmpi ugt, %v2, %v1 : vector<4xi1>
  %v13 = arith.bitcast %v4 : f64 to i64
  %v14 = arith.constant 0x0000000000000001 : f64
  %v15 = arith.constant 3.0 : f64
  %v16 = arith.subf %v14, %v15 : f64
  %v17:2 = arith.addui_extended %v9, %v10 : i1, i1
  %v18 = arith.constant dense<true> : vector<4xi1>
  %v19 = arith.ori %v7, %v18 : vector<4xi1>
  %v20 = arith.bitcast %v4 : f64 to i64
  %v21 = arith.constant -1 : index
  %v22 = arith.constant 65 : index
  %v23 = arith.muli %v21, %v22 : index
  %v24 = arith.constant 14 : index
  %v25 = arith.muli %v24, %v23 : index
  %v26 = arith.constant dense<true> : vector<4xi1>
  %v27 = arith.constant dense<true> : vector<4xi1>
  %v28 = arith.floordivsi %v26, %v27 : vector<4xi1>
  %v29 = arith.subf %v14, %v15 : f64
  %v30 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v31 = arith.minimumf %v30, %v16 fastmath<none> : f64
  %v32 = arith.constant 7.0 : f64
  %v33 = arith.mulf %v4, %v32 : f64
  %v34 = arith.remsi %v8, %v8 : vector<4xi1>
  return %v28 : vector<4xi1>
}
func.func @f1(%arg0: i64, %arg1: i7) -> (i32, i1, i1) {
  %v0 = arith.constant dense<0x1DF9> : tensor<2x2xbf16>
  %v1 = arith.negf %v0 fastmath<ninf> : tensor<2x2xbf16>
  %v2 = arith.constant 0 : i7
  %v3 = arith.ori %arg1, %v2 : i7
  %v4 = arith.cmpi eq, %arg0, %arg0 : i64
  %v5 = arith.constant true
  %v6 = arith.constant false
  %v7 = arith.select %v4, %v6, %v5 : i1
  %v8 = arith.negf %v0 fastmath<ninf> : tensor<2x2xbf16>
  %v9 = arith.constant -3.0e-05 : f32
  %v10 = arith.maximumf %v9, %v9 fastmath<reassoc,contract> : f32
  %v11 = arith.extui %v2 : i7 to i32
  %v12 = arith.constant 12 : i64
  %v13 = arith.shrsi %v12, %arg0 : i64
  %v14 = arith.extsi %v4 : i1 to i64
  %v15 = arith.constant 1 : i64
  %v16 = arith.cmpi sge, %v14, %v15 : i64
  %v17 = arith.ori %arg1, %v2 : i7
  %v18 = arith.constant true
  %v19 = arith.divui %v4, %v18 : i1
  %v20 = arith.constant dense<2.0> : tensor<2x2xbf16>
  %v21 = arith.divf %v20, %v20 : tensor<2x2xbf16>
  %v22 = arith.cmpi sgt, %v5, %v19 : i1
  %v23 = arith.constant 33 : i32
  %v24 = arith.constant -7 : i32
  %v25 = arith.select %v19, %v23, %v24 : i32
  %v26 = arith.cmpi sgt, %v5, %v19 : i1
  %v27 = arith.constant dense<[[0xFF80, 0x7F7F], [-2.5, 0x636D]]> : tensor<2x2xbf16>
  %v28 = arith.cmpf olt, %v1, %v27 fastmath<arcp,afn> : tensor<2x2xbf16>
  %v29 = arith.constant false
  %v30 = arith.andi %v26, %v29 : i1
  %v31 = arith.constant true
  %v32 = arith.andi %v31, %v30 : i1
  %v33 = arith.select %v4, %v6, %v5 : i1
  return %v25, %v19, %v30 : i32, i1, i1
}
