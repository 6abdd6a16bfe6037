// Random func/arith module, seed 96.
func.func @f0(%arg0: f16, %arg1: i32, %arg2: i32) -> (i16, i16) {
  %v0 = arith.constant 0x03FF : f16
  %v1 = arith.addf %arg0, %v0 : f16
  %v2 = arith.addf %arg0, %v0 : f16
  %v3 = arith.constant -8 : index
  %v4 = arith.ceildivsi %v3, %v3 : index
  %v5 = arith.bitcast %arg0 : f16 to i16
  %v6 = arith.constant 0 : i16
  %v7 = arith.remui %v5, %v6 {tag = 1 : i64} : i16
  %v8 = arith.fptoui %arg0 : f16 to i16
  %v9 = arith.truncf %v2 to_nearest_away : f16 to f8E4M3B11FNUZ
  %v10 = arith.negf %v9 fastmath<arcp,afn> : f8E4M3B11FNUZ
  %v11 = arith.negf %v9 fastmath<arcp,afn> : f8E4M3B11FNUZ
  %v12 = arith.shrsi %v5, %v8 : i16
  %v13 = arith.fptosi %v9 : f8E4M3B11FNUZ to i7
  %v14 = arith.ceildivsi %v3, %v3 : index
  %v15 = arith.remf %v11, %v10 fastmath<ninf> : f8E4M3B11FNUZ
  %v16 = arith.divsi %v8, %v7 exact : i16
  %v17 = arith.constant 0 : i32
  %v18 = arith.cmpi sgt, %arg2, %v17 : i32
  %v19 = arith.constant true
  %v20 = arith.constant false
  %v21 = arith.select %v18, %v19, %v20 : i1
  %v22 = arith.bitcast %arg0 : f16 to i16
  return %v12, %v22 : i16, i16
}
func.func @f1(%arg0: bf16, %arg1: i1) -> i16 {
  %v0 = arith.constant 0.5 : f16
  %v1 = arith.constant -4 : i32
  %v2:2 = func.call @f0(%v0, %v1, %v1) : (f16, i32, i32) -> (i16, i16)
  %v3 = arith.mulf %arg0, %arg0 fastmath<none> : bf16
  %v4:2 = func.call @f0(%v0, %v1, %v1) : (f16, i32, i32) -> (i16, i16)
  %v5 = arith.bitcast %v0 {tag = 0 : i64} : f16 to i16
  %v6 = arith.constant -1 : i32
  %v7 = arith.constant -1 : i32
  %v8 = arith.shrui %v6, %v7 : i32
  %v9 = arith.constant -1 : i16
  %v10 = arith.andi %v9, %v2#1 : i16
  %v11 = arith.fptoui %arg0 : bf16 to i7
  return %v10 : i16
}
func.func @f2(%arg0: f8E3M4, %arg1: f32, %arg2: f32, %arg3: f8E8M0FNU) -> (f32, vector<i1>) {
  %v0 = arith.constant 0.0 : f8E8M0FNU
  %v1 = arith.divf %v0, %arg3 : f8E8M0FNU
  %v2 = arith.divf %v0, %arg3 : f8E8M0FNU
  %v3 = arith.constant true
  %v4 = arith.constant -9223372036854775808 : i64
  %v5 = arith.constant 6 : i64
  %v6 = arith.select %v3, %v4, %v5 : i64
  %v7 = arith.constant false
  %v8 = arith.remui %v7, %v3 {tag = 1 : i64} : i1
  %v9 = arith.constant dense<0x8000> : vector<f16>
  %v10 = arith.cmpf oge, %v9, %v9 : vector<f16>
  %v11 = arith.constant dense<false> : vector<i1>
  %v12 = arith.constant dense<false> : vector<i1>
  %v13 = arith.maxsi %v11, %v12 : vector<i1>
  %v14 = arith.constant 0.0 : f8E3M4
  %v15 = arith.fptosi %v14 : f8E3M4 to i7
  %v16 = arith.constant dense<true> : vector<i1>
  %v17 = arith.constant dense<false> : vector<i1>
  %v18 = arith.xori %v16, %v17 : vector<i1>
  %v19 = arith.maxsi %v11, %v12 : vector<i1>
  %v20 = arith.cmpf oge, %v9, %v9 {tag = 1 : i64} : vector<f16>
  %v21 = arith.maxnumf %v14, %v14 : f8E3M4
  %v22 = arith.constant false
  %v23 = arith.ori %v22, %v3 : i1
  %v24 = arith.constant 0x00800000 : f32
  %v25 = arith.addf %arg1, %v24 : f32
  %v26 = arith.negf %arg0 fastmath<fast> : f8E3M4
  return %v25, %v19 : f32, vector<i1>
}
