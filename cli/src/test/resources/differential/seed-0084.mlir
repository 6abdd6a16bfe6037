// Random func/arith module, seed 84.
func.func @f0(%arg0: index, %arg1: vector<2x3xi64>, %arg2: i32, %arg3: vector<2x3xi1>) -> vector<2x3xi1> {
  %v0 = arith.constant false
  %v1 = arith.constant 0x80000000 : f32
  %v2 = arith.select %v0, %v1, %v1 : f32
  %v3 = arith.constant 11 : i32
  %v4 = arith.constant 1 : i32
  %v5 = arith.remui %v3, %v4 : i32
  %v6 = arith.minui %arg1, %arg1 : vector<2x3xi64>
  %v7:2 = arith.mulsi_extended %arg3, %arg3 : vector<2x3xi1>
  %v8 = arith.ceildivui %v7#1, %arg3 : vector<2x3xi1>
  %v9 = arith.constant dense<true> : vector<2x3xi1>
  %v10 = arith.shrui %v9, %v7#1 : vector<2x3xi1>
  %v11 = arith.select %v0, %v1, %v1 : f32
  %v12 = arith.constant dense<-9223372036854775808> : vector<2x3xi64>
  %v13:2 = arith.mulsi_extended %v12, %arg1 : vector<2x3xi64>
  %v14 = arith.constant dense<1> : vector<2x3xi64>
  %v15 = arith.divui %v6, %v14 : vector<2x3xi64>
  %v16 = arith.constant 33 : i32
  %v17 = arith.remui %v16, %arg2 : i32
  %v18 = arith.select %v0, %v1, %v1 : f32
  %v19 = arith.maxsi %arg0, %arg0 : index
  %v20 = arith.constant 3.0 : bf16
  %v21 = arith.constant 0x7F7F : bf16
  %v22 = arith.divf %v20, %v21 : bf16
  %v23 = arith.ceildivui %v7#1, %arg3 : vector<2x3xi1>
  %v24 = arith.constant 0xFF800000 : f32
  %v25 = arith.mulf %v1, %v24 fastmath<reassoc,contract> : f32
  %v26 = arith.divf %v21, %v22 fastmath<nnan,ninf> : bf16
  %v27 = arith.bitcast %v1 : f32 to i32
  %v28 = arith.select %v0, %v1, %v1 : f32
  %v29 = arith.constant 0xFF800000 : f32
  %v30 = arith.constant 0.1 : f32
  %v31 = arith.select %v0, %v29, %v30 : f32
  %v32 = arith.minui %v10, %v9 : vector<2x3xi1>
  %v33 = arith.cmpi ne, %v10, %v9 : vector<2x3xi1>
  %v34 = arith.constant dense<12> : vector<2x3xi64>
  %v35 = arith.andi %v13#1, %v34 : vector<2x3xi64>
  %v36 = arith.constant 0.5 : f16
  %v37 = arith.constant -3.0e-05 : f16
  %v38 = arith.cmpf ugt, %v36, %v37 fastmath<nnan,ninf> : f16
  return %v32 : vector<2x3xi1>
}
func.func @f1(%arg0: f64, %arg1: i32, %arg2: i128) -> (i128, i32) {
  %v0 = arith.constant -2.5 : f64
  %v1 = arith.minnumf %arg0, %v0 : f64
  %v2 = arith.constant false
  %v3 = arith.constant 170141183460469231731687303715884105727 : i128
  %v4 = arith.select %v2, %arg2, %v3 : i128
  %v5 = arith.constant true
  %v6 = arith.muli %v5, %v2 : i1
  %v7 = arith.constant 100.0 : f64
  %v8 = arith.truncf %v7 : f64 to f16
  %v9 = arith.constant 9 : i32
  %v10 = arith.constant -1 : i32
  %v11 = arith.minsi %v9, %v10 : i32
  %v12 = arith.minsi %v10, %v9 : i32
  %v13 = arith.constant true
  %v14 = arith.index_castui %v13 : i1 to index
  %v15 = arith.divsi %v9, %arg1 exact : i32
  %v16 = arith.index_castui %v13 : i1 to index
  %v17 = arith.constant 33 : i32
  %v18 = arith.uitofp %v17 : i32 to f64
  return %v3, %v15 : i128, i32
}
func.func @f2(%arg0: f8E4M3FN, %arg1: f16) -> (f8E4M3FN, i1, i1, index) {
  %v0 = arith.constant 16 : i64
  %v1 = arith.constant 11 : i64
  %v2 = arith.maxui %v0, %v1 : i64
  %v3 = arith.constant 64 : i64
  %v4 = arith.index_cast %v3 : i64 to index
  %v5 = arith.constant 0xFE00 : f16
  %v6 = arith.remf %arg1, %v5 : f16
  %v7 = arith.cmpi slt, %v4, %v4 : index
  %v8 = arith.maxui %v1, %v0 : i64
  %v9 = arith.maximumf %v5, %arg1 : f16
  %v10 = arith.uitofp %v7 : i1 to f64
  %v11 = arith.fptoui %v10 : f64 to i1
  %v12 = arith.remf %arg1, %v5 : f16
  %v13 = arith.constant 1 : index
  %v14 = arith.shrsi %v4, %v13 : index
  %v15 = arith.remf %arg1, %v5 : f16
  %v16 = arith.maxnumf %v5, %v6 : f16
  %v17 = arith.constant 67108864 : i128
  %v18 = arith.cmpi ugt, %v17, %v17 : i128
  %v19 = arith.constant -1 : i16
  %v20 = arith.constant 3012 : i16
  %v21 = arith.cmpi ule, %v19, %v20 : i16
  %v22 = arith.select %v21, %v20, %v19 : i16
  %v23 = arith.divf %arg0, %arg0 fastmath<fast> : f8E4M3FN
  %v24 = arith.constant 0 : index
  %v25 = arith.muli %v13, %v24 : index
  %v26 = arith.divf %arg0, %arg0 fastmath<fast> : f8E4M3FN
  %v27 = arith.cmpf ugt, %v16, %v5 fastmath<nsz> : f16
  %v28 = arith.cmpi sgt, %v3, %v0 : i64
  %v29 = arith.constant -0.0 : f8E4M3FN
  %v30 = arith.remf %v29, %v26 : f8E4M3FN
  %v31 = arith.constant false
  %v32 = arith.maxui %v31, %v27 : i1
  %v33 = arith.remf %v29, %v26 : f8E4M3FN
  %v34:2 = arith.mului_extended %v7, %v32 : i1
  %v35 = arith.cmpi ule, %v19, %v20 : i16
  return %v33, %v27, %v34#0, %v24 : f8E4M3FN, i1, i1, index
}
