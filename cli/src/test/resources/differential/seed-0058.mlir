// Random func/arith module, seed 58.
func.func @f0(%arg0: vector<2xbf16>, %arg1: vector<f16>, %arg2: vector<4xi1>, %arg3: f64) -> (f6E3M2FN, i32) {
  %v0 = arith.extui %arg2 : vector<4xi1> to vector<4xi16>
  %v1 = arith.constant 0x7BFF : f16
  %v2 = arith.constant 0x7BFF : f16
  %v3 = arith.minimumf %v1, %v2 : f16
  %v4 = arith.constant dense<false> : vector<4xi1>
  %v5 = arith.shli %v4, %v4 : vector<4xi1>
  %v6 = arith.constant dense<[-3, -32768, 15, -1]> : vector<4xi16>
  %v7 = arith.minui %v6, %v0 : vector<4xi16>
  %v8 = arith.constant 0x17 : f6E3M2FN
  %v9 = arith.minimumf %v8, %v8 : f6E3M2FN
  %v10 = arith.constant true
  %v11 = arith.select %v10, %v8, %v9 : f6E3M2FN
  %v12 = arith.constant -3.0e-05 : f16
  %v13 = arith.fptoui %v12 : f16 to i32
  %v14 = arith.constant -6 : i8
  %v15 = arith.index_cast %v14 : i8 to index
  %v16 = arith.minimumf %v8, %v8 : f6E3M2FN
  return %v16, %v13 : f6E3M2FN, i32
}
func.func @f1(%arg0: i1) -> (i7, i1, i1) {
  %v0 = arith.constant false
  %v1 = arith.subi %arg0, %v0 : i1
  %v2 = arith.constant false
  %v3 = arith.subi %v2, %v1 : i1
  %v4 = arith.shrui %v1, %arg0 : i1
  %v5 = arith.subi %v2, %v1 : i1
  %v6 = arith.constant true
  %v7 = arith.divsi %v1, %v6 : i1
  %v8 = arith.constant -2.5 : tf32
  %v9 = arith.fptosi %v8 : tf32 to i7
  %v10 = arith.maxsi %arg0, %v1 : i1
  %v11 = arith.remui %v4, %v5 : i1
  %v12 = arith.maxsi %arg0, %v1 : i1
  %v13 = arith.maxsi %arg0, %v1 : i1
  return %v9, %arg0, %v11 : i7, i1, i1
}
