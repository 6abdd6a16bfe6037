// Random func/arith module, seed 0.
func.func @f0(%arg0: i32, %arg1: i16, %arg2: f64, %arg3: i32) -> (f64, i128, i32) {
  %v0 = arith.constant 14 : i16
  %v1 = arith.cmpi sge, %v0, %arg1 : i16
  %v2 = arith.constant 2.0 : f64
  %v3 = arith.minimumf %arg2, %v2 : f64
  %v4 = arith.minimumf %arg2, %v2 : f64
  %v5 = arith.maximumf %v3, %arg2 fastmath<arcp,afn> : f64
  %v6 = arith.cmpi ule, %v1, %v1 : i1
  %v7 = arith.cmpf ogt, %v2, %arg2 : f64
  %v8 = arith.shli %arg3, %arg0 : i32
  %v9 = arith.constant 4096 : i16
  %v10 = arith.maxui %v9, %arg1 : i16
  %v11 = arith.constant dense<-0.0> : vector<2xf16>
  %v12 = arith.cmpf oeq, %v11, %v11 : vector<2xf16>
  %v13 = arith.cmpi sle, %v0, %arg1 : i16
  %v14 = arith.trunci %v8 : i32 to i16
  %v15 = arith.fptoui %v4 : f64 to i33
  %v16 = arith.constant 1 : i32
  %v17 = arith.subi %v8, %v16 overflow<nsw> : i32
  %v18 = arith.constant -3.0e-05 : f64
  %v19 = arith.minimumf %v5, %v18 : f64
  %v20 = arith.fptosi %v19 : f64 to i32
  %v21 = arith.constant dense<[-1, -7966178634065086565, -1, -9223372036854775808]> : vector<4xi64>
  %v22 = arith.bitcast %v21 : vector<4xi64> to vector<4xf64>
  %v23 = arith.extsi %v8 : i32 to i64
  %v24 = arith.extsi %v23 : i64 to i128
  %v25 = arith.subi %v8, %v16 overflow<nsw> : i32
  %v26 = arith.constant 4294967296 : i64
  %v27 = arith.uitofp %v26 : i64 to f8E3M4
  %v28 = arith.constant dense<[0x3FF0000000000000, 0x8000000000000000, 0x0010000000000000, 0xFFF0000000000000]> : vector<4xf64>
  %v29 = arith.minnumf %v22, %v28 : vector<4xf64>
  %v30 = arith.cmpi sge, %v0, %arg1 : i16
  %v31 = arith.constant 0x0000000000000001 : f64
  %v32 = arith.cmpf uge, %v31, %v19 fastmath<fast> : f64
  return %v19, %v24, %v20 : f64, i128, i32
}
func.func @f1(%arg0: i32, %arg1: i64, %arg2: vector<4xf32>, %arg3: index) -> (i1, vector<4xi1>) {
  %v0 = arith.minsi %arg1, %arg1 : i64
  %v1 = arith.maxsi %arg1, %v0 : i64
  %v2 = arith.cmpf ugt, %arg2, %arg2 : vector<4xf32>
  %v3 = arith.constant -9223372036854775808 : index
  %v4 = arith.addi %arg3, %v3 overflow<none> : index
  %v5 = arith.constant dense<-1.0> : vector<4xf32>
  %v6 = arith.maxnumf %arg2, %v5 : vector<4xf32>
  %v7 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v8 = arith.cmpf oeq, %v7, %v7 : f64
  %v9 = arith.maxnumf %v5, %arg2 : vector<4xf32>
  %v10 = arith.constant -2.5 : f8E5M2
  %v11 = arith.constant 0x03 : f8E5M2
  %v12 = arith.cmpf ueq, %v10, %v11 fastmath<arcp,afn> : f8E5M2
  %v13 = arith.constant dense<0x00000000> : vector<4xf32>
  %v14 = arith.constant dense<0x80000000> : vector<4xf32>
  %v15 = arith.cmpf true, %v13, %v14 fastmath<nsz> : vector<4xf32>
  %v16 = arith.remf %v13, %v9 fastmath<reassoc,contract> : vector<4xf32>
  %v17 = arith.floordivsi %v1, %v0 : i64
  %v18 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v19 = arith.divf %v18, %v7 fastmath<none> : f64
  %v20 = arith.cmpi ule, %arg0, %arg0 : i32
  %v21 = arith.constant true
  %v22 = arith.shrsi %v21, %v20 : i1
  %v23 = arith.constant 9223372036854775807 : i64
  %v24 = arith.shrsi %v23, %arg1 : i64
  %v25 = arith.constant 31 : i32
  %v26 = arith.index_castui %v25 : i32 to index
  return %v22, %v15 : i1, vector<4xi1>
}
