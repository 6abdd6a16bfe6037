// Random func/arith module, seed 148.
func.func @f0(%arg0: f8E3M4) -> i1 {
  %v0 = arith.constant 1623432036 : i32
  %v1 = arith.constant 31 : i32
  %v2 = arith.shli %v0, %v1 : i32
  %v3 = arith.constant 0.1 : f8E3M4
  %v4 = arith.maxnumf %v3, %v3 : f8E3M4
  %v5 = arith.extsi %v0 : i32 to i64
  %v6 = arith.trunci %v5 : i64 to i32
  %v7 = arith.constant 0x10 : f8E3M4
  %v8 = arith.maxnumf %v7, %arg0 : f8E3M4
  %v9 = arith.minsi %v6, %v0 : i32
  %v10 = arith.maxnumf %v7, %arg0 : f8E3M4
  %v11 = arith.constant 0 : i64
  %v12 = arith.constant 9223372036854775807 : i64
  %v13 = arith.divui %v11, %v12 : i64
  %v14 = arith.cmpf olt, %arg0, %v8 : f8E3M4
  %v15 = arith.shli %v0, %v1 : i32
  %v16 = arith.constant -3.0e-05 : f32
  %v17 = arith.divf %v16, %v16 fastmath<arcp,afn> : f32
  %v18 = arith.maxnumf %v3, %v3 : f8E3M4
  %v19 = arith.shli %v0, %v1 : i32
  %v20 = arith.constant 0xFFF8000000000000 : f64
  %v21 = arith.maximumf %v20, %v20 : f64
  %v22 = arith.constant true
  %v23 = arith.xori %v22, %v14 : i1
  return %v23 : i1
}
func.func @f1(%arg0: f16, %arg1: i33, %arg2: vector<2x3xi8>, %arg3: i32) -> i1 {
  %v0 = arith.constant 1 : i33
  %v1 = arith.constant 268435456 : i33
  %v2 = arith.floordivsi %v0, %v1 : i33
  %v3 = arith.floordivsi %v0, %v1 : i33
  %v4 = arith.constant dense<-78> : vector<2x3xi8>
  %v5 = arith.cmpi sge, %v4, %arg2 : vector<2x3xi8>
  %v6 = arith.cmpi sge, %v4, %arg2 : vector<2x3xi8>
  %v7 = arith.negf %arg0 : f16
  %v8 = arith.negf %v7 fastmath<arcp,afn> : f16
  %v9 = arith.minsi %arg3, %arg3 : i32
  %v10 = arith.constant 2147483647 : i32
  %v11 = arith.constant 2147483647 : i32
  %v12 = arith.maxui %v10, %v11 : i32
  %v13 = arith.constant 0x7BFF : f16
  %v14 = arith.fptoui %v13 : f16 to i1
  %v15 = arith.constant 0x78 : f8E3M4
  %v16 = func.call @f0(%v15) : (f8E3M4) -> i1
  %v17 = arith.cmpi sle, %arg3, %v10 : i32
  return %v14 : i1
}
func.func @f2(%arg0: f8E4M3FNUZ, %arg1: i64, %arg2: i64, %arg3: f8E3M4) -> (i64, vector<2x3xi1>) {
  %v0 = arith.shrui %arg1, %arg2 exact : i64
  %v1 = arith.constant -1 : i64
  %v2 = arith.xori %v0, %v1 : i64
  %v3 = arith.xori %v2, %v1 : i64
  %v4 = arith.constant 14 : i64
  %v5 = arith.index_castui %v4 : i64 to index
  %v6 = arith.xori %v0, %v1 : i64
  %v7 = arith.xori %v0, %v1 : i64
  %v8 = arith.xori %v0, %v1 : i64
  %v9 = arith.constant 0x7C00 : f16
  %v10 = arith.constant 64 : i33
  %v11 = arith.constant dense<[[-128, -7, 7], [64, 88, 9]]> : vector<2x3xi8>
  %v12 = arith.constant -6 : i32
  %v13 = func.call @f1(%v9, %v10, %v11, %v12) : (f16, i33, vector<2x3xi8>, i32) -> i1
  %v14 = arith.xori %v0, %v1 : i64
  %v15 = arith.constant dense<false> : vector<2x3xi1>
  %v16 = arith.constant dense<1.0> : vector<2x3xbf16>
  %v17 = arith.constant dense<1.0> : vector<2x3xbf16>
  %v18 = arith.select %v15, %v16, %v17 : vector<2x3xi1>, vector<2x3xbf16>
  %v19 = arith.constant -0.0 : f8E4M3FNUZ
  %v20 = arith.fptoui %v19 : f8E4M3FNUZ to i7
  %v21 = func.call @f1(%v9, %v10, %v11, %v12) : (f16, i33, vector<2x3xi8>, i32) -> i1
  %v22 = arith.index_castui %v4 : i64 to index
  %v23 = arith.xori %v0, %v1 : i64
  return %v23, %v15 : i64, vector<2x3xi1>
}
