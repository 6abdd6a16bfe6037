// Random func/arith module, seed 102.
func.func @f0(%arg0: vector<4xf32>) -> (vector<4xindex>, vector<4xindex>) {
  %v0 = arith.constant dense<0x7FC00000> : vector<4xf32>
  %v1 = arith.cmpf oge, %arg0, %v0 : vector<4xf32>
  %v2 = arith.constant dense<[true, true, true, true]> : vector<4xi1>
  %v3 = arith.constant dense<true> : vector<4xi1>
  %v4:2 = arith.addui_extended %v2, %v3 : vector<4xi1>, vector<4xi1>
  %v5 = arith.index_castui %v1 : vector<4xi1> to vector<4xindex>
  %v6 = arith.constant -1 : index
  %v7 = arith.cmpi slt, %v6, %v6 : index
  %v8 = arith.minnumf %v0, %arg0 fastmath<reassoc,contract> : vector<4xf32>
  %v9 = arith.constant dense<[false, true, false, false]> : vector<4xi1>
  %v10 = arith.subi %v3, %v9 overflow<none> : vector<4xi1>
  %v11 = arith.constant 0x08 : f8E4M3FNUZ
  %v12 = arith.cmpf ueq, %v11, %v11 : f8E4M3FNUZ
  %v13 = arith.cmpf ueq, %v11, %v11 : f8E4M3FNUZ
  %v14 = arith.constant -128 : i8
  %v15 = arith.constant 1 : i8
  %v16 = arith.shrui %v14, %v15 : i8
  %v17 = arith.index_cast %v1 : vector<4xi1> to vector<4xindex>
  %v18 = arith.cmpf ueq, %v11, %v11 : f8E4M3FNUZ
  %v19 = arith.shrui %v14, %v15 : i8
  return %v17, %v17 : vector<4xindex>, vector<4xindex>
}
func.func @f1(%arg0: i64) -> (vector<4xi1>, i64) {
  %v0 = arith.constant -1.0 : f16
  %v1 = arith.negf %v0 fastmath<reassoc,contract> : f16
  %v2 = arith.constant dense<true> : vector<4xi1>
  %v3 = arith.maxui %v2, %v2 : vector<4xi1>
  %v4 = arith.constant false
  %v5 = arith.constant 16 : i7
  %v6 = arith.constant 0 : i7
  %v7 = arith.select %v4, %v5, %v6 : i7
  %v8 = arith.constant dense<0x0010000000000000> : vector<2x3xf64>
  %v9 = arith.fptoui %v8 : vector<2x3xf64> to vector<2x3xi32>
  %v10 = arith.constant 0xFC00 : f16
  %v11 = arith.cmpf ole, %v10, %v1 : f16
  %v12 = arith.constant 0 : i64
  %v13 = arith.cmpi slt, %arg0, %v12 : i64
  %v14 = arith.select %v4, %v5, %v6 : i7
  %v15 = arith.constant true
  %v16 = arith.constant true
  %v17 = arith.floordivsi %v15, %v16 : i1
  %v18 = arith.extui %v13 : i1 to i64
  %v19 = arith.extui %v13 : i1 to i64
  %v20 = arith.cmpi eq, %v18, %v19 : i64
  %v21 = arith.constant -7 : i8
  %v22 = arith.shli %v21, %v21 overflow<nsw, nuw> : i8
  return %v3, %v19 : vector<4xi1>, i64
}
func.func @f2(%arg0: f16, %arg1: f8E4M3FN, %arg2: i64) -> i64 {
  %v0 = arith.cmpi eq, %arg2, %arg2 : i64
  %v1 = arith.constant true
  %v2 = arith.constant false
  %v3 = arith.select %v0, %v1, %v2 : i1
  %v4 = arith.constant -9223372036854775808 : i64
  %v5 = arith.cmpi sle, %arg2, %v4 : i64
  %v6 = arith.constant true
  %v7 = arith.constant false
  %v8 = arith.select %v5, %v7, %v6 : i1
  %v9 = arith.constant -1 : i64
  %v10 = arith.ori %v9, %v4 : i64
  %v11 = arith.constant 3.0 : f8E4M3FN
  %v12 = arith.cmpf uno, %arg1, %v11 fastmath<nnan> : f8E4M3FN
  %v13:2 = func.call @f1(%arg2) : (i64) -> (vector<4xi1>, i64)
  %v14 = arith.sitofp %v12 : i1 to f32
  %v15 = arith.fptosi %v14 : f32 to i1
  %v16 = arith.constant dense<false> : vector<4xi1>
  %v17 = arith.ceildivsi %v13#0, %v16 : vector<4xi1>
  %v18 = arith.remsi %arg2, %v13#1 : i64
  %v19 = arith.ori %v4, %v9 : i64
  %v20 = arith.constant dense<true> : vector<4xi1>
  %v21 = arith.uitofp %v20 : vector<4xi1> to vector<4xf32>
  return %v19 : i64
}
func.func @f3(%arg0: vector<2x3xf64>, %arg1: f8E3M4, %arg2: f8E4M3) -> (vector<2x3xf64>, vector<2x3xf16>) {
  %v0 = arith.constant dense<true> : vector<2xi1>
  %v1 = arith.constant dense<[33, -48238271]> : vector<2xi32>
  %v2 = arith.select %v0, %v1, %v1 : vector<2xi1>, vector<2xi32>
  %v3 = arith.constant dense<false> : vector<2xi1>
  %v4 = arith.cmpi sle, %v3, %v0 : vector<2xi1>
  %v5 = arith.constant 0x10 : f8E3M4
  %v6 = arith.maxnumf %arg1, %v5 : f8E3M4
  %v7 = arith.cmpi sle, %v3, %v0 : vector<2xi1>
  %v8 = arith.constant 1883180751 : i32
  %v9 = arith.sitofp %v8 : i32 to f16
  %v10 = arith.constant 0xF8 : f8E4M3
  %v11 = arith.cmpf ole, %v10, %arg2 : f8E4M3
  %v12 = arith.constant dense<0x7FF8000000000000> : vector<2x3xf64>
  %v13 = arith.cmpf uge, %arg0, %v12 : vector<2x3xf64>
  %v14 = arith.divui %v1, %v1 exact : vector<2xi32>
  %v15 = arith.constant dense<0x7F800000> : vector<2x3xf32>
  %v16 = arith.truncf %v15 : vector<2x3xf32> to vector<2x3xf16>
  return %v12, %v16 : vector<2x3xf64>, vector<2x3xf16>
}
