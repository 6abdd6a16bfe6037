// Random func/arith module, seed 10.
func.func @f0(%arg0: i64, %arg1: vector<2x3xf64>) -> f8E4M3FN {
  %v0 = arith.divf %arg1, %arg1 fastmath<nsz> : vector<2x3xf64>
  %v1 = arith.minnumf %arg1, %arg1 fastmath<none> : vector<2x3xf64>
  %v2 = arith.constant -7876340134537953238 : i64
  %v3 = arith.maxui %arg0, %v2 : i64
  %v4 = arith.uitofp %v3 : i64 to f8E4M3FN
  %v5 = arith.constant dense<0xFFF0000000000000> : vector<2x3xf64>
  %v6 = arith.truncf %v5 : vector<2x3xf64> to vector<2x3xbf16>
  %v7 = arith.constant false
  %v8 = arith.constant 15 : i64
  %v9 = arith.select %v7, %arg0, %v8 : i64
  %v10 = arith.shrsi %arg0, %v9 : i64
  %v11 = arith.addi %v9, %v2 overflow<nsw> : i64
  %v12 = arith.subf %v5, %v1 : vector<2x3xf64>
  %v13 = arith.negf %v4 : f8E4M3FN
  %v14 = arith.negf %v13 fastmath<nnan> : f8E4M3FN
  %v15 = arith.select %v7, %v2, %v10 : i64
  %v16 = arith.select %v7, %v8, %v15 : i64
  %v17 = arith.maxnumf %v4, %v14 : f8E4M3FN
  %v18 = arith.cmpf ord, %v12, %v5 fastmath<arcp,afn> : vector<2x3xf64>
  %v19 = arith.cmpi sle, %v11, %v3 : i64
  %v20 = arith.constant 2 : i32
  %v21 = arith.constant 0 : i32
  %v22 = arith.addi %v20, %v21 overflow<nuw> : i32
  return %v13 : f8E4M3FN
}
func.func @f1(%arg0: i32, %arg1: f64, %arg2: f8E4M3, %arg3: i64) -> (f8E4M3FN, i32) {
  %v0 = arith.constant -7213265142019115802 : i64
  %v1:2 = arith.mulsi_extended %v0, %arg3 : i64
  %v2 = arith.constant 63 : i64
  %v3 = arith.cmpi eq, %v1#1, %v2 : i64
  %v4 = arith.constant true
  %v5 = arith.constant false
  %v6 = arith.select %v3, %v4, %v5 : i1
  %v7 = arith.sitofp %arg0 : i32 to f32
  %v8 = arith.fptoui %v7 : f32 to i32
  %v9 = arith.constant dense<4.0> : vector<2x3xf64>
  %v10 = func.call @f0(%v0, %v9) : (i64, vector<2x3xf64>) -> f8E4M3FN
  %v11 = arith.bitcast %arg1 : f64 to i64
  %v12 = arith.constant 4.0 : f64
  %v13 = arith.fptoui %v12 : f64 to i16
  %v14 = arith.constant -8 : i32
  %v15 = arith.constant -2147483648 : i32
  %v16 = arith.subi %v14, %v15 : i32
  %v17 = func.call @f0(%arg3, %v9) : (i64, vector<2x3xf64>) -> f8E4M3FN
  %v18 = arith.constant true
  %v19 = arith.ceildivui %v18, %v5 : i1
  %v20 = arith.subi %v14, %v15 : i32
  %v21 = arith.bitcast %arg0 : i32 to f32
  %v22 = arith.bitcast %v21 : f32 to i32
  %v23 = arith.constant -2147483648 : i32
  %v24 = arith.cmpi ne, %arg0, %v23 : i32
  %v25 = arith.select %v24, %v23, %arg0 : i32
  return %v17, %v22 : f8E4M3FN, i32
}
