// Random func/arith module, seed 178.
func.func @f0(%arg0: bf16) -> i1 {
  %v0 = arith.constant 0 : i8
  %v1 = arith.constant -1 : i8
  %v2 = arith.shli %v0, %v1 : i8
  %v3 = arith.constant 3.0 : bf16
  %v4 = arith.negf %v3 fastmath<fast> : bf16
  %v5 = arith.fptosi %arg0 : bf16 to i1
  %v6 = arith.constant false
  %v7:2 = arith.mului_extended %v5, %v6 : i1
  %v8 = arith.cmpi ne, %v5, %v7#1 : i1
  %v9 = arith.index_castui %v8 : i1 to index
  %v10 = arith.shli %v0, %v1 : i8
  %v11 = arith.extui %v6 : i1 to i33
  %v12 = arith.constant true
  %v13 = arith.constant true
  %v14 = arith.select %v6, %v12, %v13 : i1
  %v15 = arith.extui %v2 : i8 to i64
  %v16 = arith.extui %v1 : i8 to i64
  %v17 = arith.cmpi ugt, %v15, %v16 : i64
  %v18:2 = arith.mului_extended %v5, %v6 : i1
  %v19 = arith.fptosi %arg0 : bf16 to i1
  %v20 = arith.cmpf uno, %v4, %v3 : bf16
  return %v18#0 : i1
}
func.func @f1(%arg0: f32, %arg1: vector<2xi64>) -> (i128, i128) {
  %v0 = arith.fptoui %arg0 : f32 to i128
  %v1 = arith.maxnumf %arg0, %arg0 : f32
  %v2 = arith.constant 340282366920938463463374607431768211452 : i128
  %v3 = arith.constant 10 : i128
  %v4 = arith.minui %v2, %v3 : i128
  %v5 = arith.constant 170141183460469231731687303715884105728 : i128
  %v6 = arith.minui %v4, %v5 : i128
  %v7 = arith.maxsi %v0, %v2 : i128
  %v8 = arith.maxnumf %arg0, %arg0 : f32
  %v9 = arith.constant 0x3C : f8E5M2
  %v10 = arith.addf %v9, %v9 fastmath<nnan> : f8E5M2
  %v11 = arith.cmpf oge, %v8, %v1 : f32
  %v12 = arith.maxui %v11, %v11 : i1
  return %v7, %v0 : i128, i128
}
