// Random func/arith module, seed 183.
func.func @f0(%arg0: f16, %arg1: index, %arg2: i64) -> f16 {
  %v0 = arith.constant 1.0e+10 : f16
  %v1 = arith.remf %arg0, %v0 : f16
  %v2 = arith.constant dense<[-7790015221428343818, 15, 16384, 4503599627370496]> : vector<4xi64>
  %v3 = arith.constant dense<0> : vector<4xi64>
  %v4 = arith.cmpi sge, %v2, %v3 : vector<4xi64>
  %v5 = arith.ori %arg2, %arg2 : i64
  %v6 = arith.constant -9223372036854775808 : i64
  %v7 = arith.ceildivsi %v6, %arg2 : i64
  %v8 = arith.remf %arg0, %v0 : f16
  %v9 = arith.constant -1 : index
  %v10 = arith.maxsi %arg1, %v9 : index
  %v11 = arith.remui %v9, %v10 : index
  %v12 = arith.remf %arg0, %v0 : f16
  %v13 = arith.constant 0 : i32
  %v14 = arith.constant 15 : i32
  %v15 = arith.shrui %v13, %v14 : i32
  %v16 = arith.ori %arg2, %arg2 : i64
  %v17 = arith.remf %arg0, %v0 : f16
  %v18 = arith.constant dense<true> : vector<4xi1>
  %v19 = arith.cmpi ule, %v18, %v4 : vector<4xi1>
  %v20 = arith.constant -5 : i64
  %v21 = arith.maxui %v5, %v20 : i64
  %v22 = arith.remf %arg0, %v0 : f16
  %v23 = arith.constant 0x8000 : bf16
  %v24 = arith.maximumf %v23, %v23 : bf16
  %v25 = arith.cmpf oge, %v12, %v17 : f16
  %v26 = arith.constant true
  %v27 = arith.remsi %v25, %v26 : i1
  %v28 = arith.maxui %v5, %v20 : i64
  %v29 = arith.constant 0x00000000 : f32
  %v30 = arith.minnumf %v29, %v29 fastmath<fast> : f32
  %v31 = arith.constant 64 : index
  %v32 = arith.subi %v10, %v31 : index
  return %v17 : f16
}
func.func @f1(%arg0: i16, %arg1: bf16) -> (i1, i1) {
  %v0 = arith.truncf %arg1 fastmath<nnan,ninf> : bf16 to f8E5M2FNUZ
  %v1 = arith.negf %arg1 : bf16
  %v2 = arith.constant false
  %v3 = arith.select %v2, %v0, %v0 : f8E5M2FNUZ
  %v4 = arith.select %v2, %v0, %v0 : f8E5M2FNUZ
  %v5 = arith.cmpi ne, %arg0, %arg0 : i16
  %v6 = arith.constant 3.0 : f16
  %v7 = arith.constant 0 : index
  %v8 = arith.constant 3 : i64
  %v9 = func.call @f0(%v6, %v7, %v8) : (f16, index, i64) -> f16
  %v10 = func.call @f0(%v9, %v7, %v8) : (f16, index, i64) -> f16
  %v11 = arith.constant -1 : i16
  %v12 = arith.shrsi %arg0, %v11 : i16
  %v13 = arith.constant -2 : i16
  %v14 = arith.index_castui %v13 : i16 to index
  return %v5, %v5 : i1, i1
}
