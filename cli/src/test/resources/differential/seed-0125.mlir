// Random func/arith module, seed 125.
func.func @f0(%arg0: vector<i64>, %arg1: i32, %arg2: i8, %arg3: i1) -> (tensor<3xi32>, i1) {
  %v0 = arith.constant 0x2 : f4E2M1FN
  %v1 = arith.remf %v0, %v0 fastmath<ninf> : f4E2M1FN
  %v2 = arith.addf %v1, %v0 : f4E2M1FN
  %v3 = arith.constant dense<4194304> : vector<i64>
  %v4 = arith.cmpi sge, %arg0, %v3 : vector<i64>
  %v5 = arith.select %v4, %v3, %arg0 : vector<i1>, vector<i64>
  %v6 = arith.select %v4, %v3, %arg0 : vector<i1>, vector<i64>
  %v7 = arith.constant 32 : i8
  %v8 = arith.bitcast %v7 : i8 to f8E5M2
  %v9 = arith.cmpi eq, %arg3, %arg3 : i1
  %v10 = arith.select %v9, %arg3, %arg3 : i1
  %v11 = arith.constant dense<[8, 1, -2147483648]> : tensor<3xi32>
  %v12 = arith.ori %v11, %v11 : tensor<3xi32>
  %v13 = arith.constant dense<-9223372036854775808> : vector<i64>
  %v14 = arith.cmpi ule, %v13, %v6 : vector<i64>
  %v15 = arith.constant 1 : i32
  %v16 = arith.cmpi slt, %v15, %v15 {tag = 1 : i64} : i32
  %v17 = arith.fptoui %v0 : f4E2M1FN to i64
  %v18 = arith.constant 1.0e+10 : f8E5M2
  %v19 = arith.constant 0.0 : f8E5M2
  %v20 = arith.divf %v18, %v19 fastmath<nnan> : f8E5M2
  %v21 = arith.cmpf olt, %v18, %v8 : f8E5M2
  %v22 = arith.extf %v0 : f4E2M1FN to f6E3M2FN
  return %v12, %v10 : tensor<3xi32>, i1
}
func.func @f1(%arg0: f8E4M3) -> (f8E4M3, f8E4M3, i128) {
  %v0 = arith.constant -170141183460469231731687303715884105728 : i128
  %v1 = arith.constant 128386662551688627456618618672065641367 : i128
  %v2 = arith.maxui %v0, %v1 : i128
  %v3 = arith.constant 16 : i128
  %v4 = arith.muli %v2, %v3 : i128
  %v5 = arith.constant -1 : i128
  %v6 = arith.xori %v3, %v5 : i128
  %v7 = arith.xori %v6, %v5 : i128
  %v8 = arith.addf %arg0, %arg0 : f8E4M3
  %v9 = arith.subf %arg0, %arg0 : f8E4M3
  %v10 = arith.trunci %v0 : i128 to i8
  %v11 = arith.constant -2 : i128
  %v12 = arith.constant 1 : i128
  %v13 = arith.ceildivui %v11, %v12 : i128
  %v14 = arith.constant -170141183460469231731687303715884105728 : i128
  %v15 = arith.subi %v14, %v6 : i128
  %v16 = arith.addf %arg0, %arg0 : f8E4M3
  %v17 = arith.constant 100.0 : f8E4M3
  %v18 = arith.subf %v17, %v17 fastmath<nnan> : f8E4M3
  return %v16, %v18, %v7 : f8E4M3, f8E4M3, i128
}
