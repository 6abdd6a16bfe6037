// Random func/arith module, seed 75.
func.func @f0(%arg0: i32, %arg1: vector<2xf64>, %arg2: vector<4xbf16>, %arg3: i33) -> i8 {
  %v0 = arith.constant 3.0 : f8E5M2
  %v1 = arith.bitcast %v0 : f8E5M2 to i8
  %v2 = arith.constant 0 : i8
  %v3 = arith.addi %v1, %v2 : i8
  %v4 = arith.addi %v1, %v2 : i8
  %v5 = arith.remf %arg2, %arg2 : vector<4xbf16>
  %v6 = arith.constant 8 : i33
  %v7 = arith.xori %v6, %arg3 : i33
  %v8 = arith.constant false
  %v9 = arith.select %v8, %v7, %v7 : i33
  %v10 = arith.uitofp %arg0 : i32 to f32
  return %v3 : i8
}
func.func @f1(%arg0: f32) -> (f32, f64) {
  %v0 = arith.constant dense<7> : vector<4xindex>
  %v1 = arith.index_castui %v0 : vector<4xindex> to vector<4xi1>
  %v2 = arith.constant dense<1> : vector<4xindex>
  %v3 = arith.shli %v2, %v0 overflow<nsw> : vector<4xindex>
  %v4 = arith.extf %arg0 fastmath<arcp,afn> : f32 to f64
  %v5 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v6 = arith.remf %v4, %v5 fastmath<arcp,afn> : f64
  %v7 = arith.constant 2147483647 : i32
  %v8 = arith.constant dense<[0x1E76877BD073FF52, 0xBFF0000000000000]> : vector<2xf64>
  %v9 = arith.constant dense<[0x9E33, 0xBF80, 0x0000, 0xBF80]> : vector<4xbf16>
  %v10 = arith.constant 1 : i33
  %v11 = func.call @f0(%v7, %v8, %v9, %v10) : (i32, vector<2xf64>, vector<4xbf16>, i33) -> i8
  %v12 = arith.constant 4 : i8
  %v13 = arith.maxui %v11, %v12 : i8
  %v14 = arith.fptosi %arg0 : f32 to i1
  %v15 = arith.index_castui %v0 : vector<4xindex> to vector<4xi1>
  %v16 = arith.constant false
  %v17 = arith.select %v16, %v4, %v5 : f64
  %v18 = arith.constant dense<[true, true, true, false]> : vector<4xi1>
  %v19 = arith.subi %v15, %v18 : vector<4xi1>
  %v20 = arith.select %v14, %v11, %v12 : i8
  %v21 = arith.constant 0 : i8
  %v22 = arith.extsi %v21 : i8 to i33
  %v23 = arith.constant 4.0 : f32
  %v24 = arith.subf %arg0, %v23 : f32
  %v25 = arith.maxui %v11, %v12 : i8
  %v26 = arith.constant 0x7F7FFFFF : f32
  %v27 = arith.addf %arg0, %v26 : f32
  %v28 = arith.constant false
  %v29 = arith.muli %v14, %v28 : i1
  %v30 = arith.minnumf %v24, %v24 : f32
  return %v27, %v17 : f32, f64
}
