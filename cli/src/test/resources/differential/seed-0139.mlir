// Random func/arith module, seed 139.
func.func @f0(%arg0: f64, %arg1: i8) {
  %v0 = arith.constant 3 : i8
  %v1 = arith.cmpi slt, %v0, %arg1 : i8
  %v2 = arith.cmpi slt, %v0, %arg1 : i8
  %v3 = arith.bitcast %arg0 : f64 to i64
  %v4 = arith.truncf %arg0 fastmath<nsz> : f64 to f32
  %v5 = arith.ori %v1, %v2 : i1
  %v6 = arith.floordivsi %arg1, %arg1 : i8
  %v7 = arith.fptosi %v4 : f32 to i128
  return
}
func.func @f1(%arg0: bf16, %arg1: i64, %arg2: vector<i1>) -> (i128, bf16, i64) {
  %v0 = arith.constant 5 : i64
  %v1 = arith.ori %arg1, %v0 : i64
  %v2 = arith.constant -4164041508156639381 : i64
  %v3 = arith.shrsi %v0, %v2 : i64
  %v4 = arith.constant 9223372036854775807 : i64
  %v5 = arith.subi %v1, %v4 : i64
  %v6 = arith.constant -9223372036854775808 : i64
  %v7 = arith.subi %v5, %v6 : i64
  %v8 = arith.constant -8 : i64
  %v9 = arith.xori %v5, %v8 : i64
  %v10 = arith.constant 8 : i64
  %v11 = arith.xori %v10, %v9 : i64
  %v12 = arith.constant true
  %v13 = arith.constant 65 : i64
  %v14 = arith.select %v12, %v9, %v13 : i64
  %v15 = arith.minsi %v5, %v14 : i64
  %v16 = arith.subi %v1, %v4 : i64
  %v17 = arith.constant 7.0 : bf16
  %v18 = arith.mulf %v17, %arg0 fastmath<nnan,ninf> : bf16
  %v19 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v20 = arith.constant 127 : i8
  func.call @f0(%v19, %v20) : (f64, i8) -> ()
  %v22 = arith.subi %v5, %v6 : i64
  %v23 = arith.mulf %v17, %arg0 fastmath<nnan,ninf> : bf16
  %v24 = arith.subi %v5, %v6 : i64
  %v25 = arith.divf %v17, %v17 : bf16
  %v26 = arith.minnumf %v25, %v23 : bf16
  %v27 = arith.select %v12, %arg0, %v23 : bf16
  %v28 = arith.extsi %v14 : i64 to i128
  %v29 = arith.truncf %v23 to_nearest_even fastmath<none> : bf16 to f8E4M3
  %v30 = arith.ori %arg1, %v0 : i64
  %v31 = arith.subi %v5, %v6 : i64
  return %v28, %v26, %v13 : i128, bf16, i64
}
func.func @f2(%arg0: f6E3M2FN, %arg1: i32) -> (f6E3M2FN, vector<[4]xf64>, i1) {
  %v0 = arith.constant dense<0.5> : vector<[4]xf64>
  %v1 = arith.constant dense<0.1> : vector<[4]xf64>
  %v2 = arith.divf %v0, %v1 : vector<[4]xf64>
  %v3 = arith.cmpf ord, %v1, %v0 : vector<[4]xf64>
  %v4 = arith.constant 0.5 : f64
  %v5 = arith.constant 0 : i8
  func.call @f0(%v4, %v5) : (f64, i8) -> ()
  %v7 = arith.mulf %arg0, %arg0 fastmath<nnan> : f6E3M2FN
  %v8 = arith.constant 0x007F : bf16
  %v9 = arith.constant 14 : i64
  %v10 = arith.constant dense<true> : vector<i1>
  %v11:3 = func.call @f1(%v8, %v9, %v10) : (bf16, i64, vector<i1>) -> (i128, bf16, i64)
  %v12 = arith.cmpf ord, %v1, %v0 : vector<[4]xf64>
  %v13 = arith.constant -170141183460469231731687303715884105728 : i128
  %v14 = arith.maxui %v13, %v13 : i128
  %v15 = arith.constant 0xFFE4 : bf16
  %v16 = arith.maxnumf %v15, %v8 fastmath<nnan> : bf16
  %v17 = arith.constant 100.0 : f32
  %v18 = arith.negf %v17 : f32
  %v19 = arith.cmpi sge, %v11#0, %v13 : i128
  %v20 = arith.constant 0x1E : f6E3M2FN
  %v21 = arith.negf %v20 : f6E3M2FN
  %v22 = arith.constant 128 : i8
  %v23 = arith.trunci %v22 : i8 to i1
  %v24 = arith.divsi %v19, %v19 exact : i1
  %v25 = arith.cmpi ne, %v11#2, %v9 : i64
  %v26 = arith.constant 0.1 : bf16
  %v27 = arith.mulf %v26, %v8 fastmath<arcp,afn> : bf16
  %v28 = arith.cmpi ne, %arg1, %arg1 : i32
  %v29 = arith.select %v28, %arg1, %arg1 : i32
  %v30 = arith.constant 7 : i64
  %v31 = arith.constant 1 : i64
  %v32 = arith.ceildivsi %v30, %v31 : i64
  %v33 = arith.mulf %v21, %v7 : f6E3M2FN
  return %v7, %v1, %v24 : f6E3M2FN, vector<[4]xf64>, i1
}
func.func @f3(%arg0: i128, %arg1: vector<[4]xi8>, %arg2: f64, %arg3: vector<4xi16>) -> (vector<4xi8>, vector<4xi8>, vector<4xi8>) {
  %v0 = arith.maxnumf %arg2, %arg2 : f64
  %v1 = arith.negf %arg2 : f64
  %v2 = arith.minsi %arg3, %arg3 : vector<4xi16>
  %v3 = arith.constant dense<[32767, -2, 22462, 28675]> : vector<4xi16>
  %v4 = arith.cmpi ugt, %v2, %v3 : vector<4xi16>
  %v5 = arith.fptoui %v0 : f64 to i32
  %v6 = arith.extui %v4 : vector<4xi1> to vector<4xi8>
  %v7 = arith.extui %v4 : vector<4xi1> to vector<4xi8>
  %v8 = arith.constant 0xC4723FA9BB090A22 : f64
  %v9 = arith.mulf %v1, %v8 fastmath<nnan,ninf> : f64
  return %v7, %v7, %v6 : vector<4xi8>, vector<4xi8>, vector<4xi8>
}
