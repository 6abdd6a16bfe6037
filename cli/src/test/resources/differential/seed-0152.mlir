// Random func/arith module, seed 152.
func.func @f0(%arg0: index) -> (index, index) {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.shrui %arg0, %v0 : index
  %v2 = arith.constant 13 : i33
  %v3:2 = arith.mulsi_extended %v2, %v2 : i33
  %v4 = arith.constant true
  %v5 = arith.constant dense<0x7BFF> : vector<2x3xf16>
  %v6 = arith.select %v4, %v5, %v5 : vector<2x3xf16>
  %v7 = arith.select %v4, %v5, %v5 : vector<2x3xf16>
  %v8 = arith.constant dense<false> : vector<2x3xi1>
  %v9 = arith.constant dense<0x7E00> : vector<2x3xf16>
  %v10 = arith.select %v8, %v5, %v9 : vector<2x3xi1>, vector<2x3xf16>
  %v11 = arith.constant -67 : i8
  %v12 = arith.extui %v11 : i8 to i64
  %v13 = arith.constant 10 : i8
  %v14 = arith.extui %v13 : i8 to i64
  %v15 = arith.cmpi ult, %v12, %v14 : i64
  %v16 = arith.constant 1 : i64
  %v17 = arith.index_cast %v16 : i64 to index
  return %v17, %v17 : index, index
}
func.func @f1(%arg0: i64, %arg1: f64, %arg2: f8E4M3B11FNUZ, %arg3: bf16) -> (i64, index) {
  %v0 = arith.constant -1 : i64
  %v1 = arith.bitcast %v0 : i64 to f64
  %v2 = arith.bitcast %v0 : i64 to f64
  %v3:2 = arith.mulsi_extended %arg0, %arg0 : i64
  %v4 = arith.bitcast %v0 : i64 to f64
  %v5 = arith.constant 0 : i8
  %v6 = arith.extui %v5 : i8 to i64
  %v7 = arith.constant -1 : i64
  %v8 = arith.cmpi ne, %v6, %v7 : i64
  %v9 = arith.constant 1 : i8
  %v10 = arith.cmpi eq, %v5, %v9 : i8
  %v11 = arith.maxsi %v0, %arg0 : i64
  %v12 = arith.bitcast %v0 : i64 to f64
  %v13 = arith.constant 2 : index
  %v14:2 = func.call @f0(%v13) : (index) -> (index, index)
  return %v11, %v14#0 : i64, index
}
