// Random func/arith module, seed 109.
func.func @f0(%arg0: f32) -> (i1, i16) {
  %v0 = arith.constant dense<[[true, false, true], [true, true, false]]> : vector<2x3xi1>
  %v1 = arith.constant dense<[[true, true, true], [true, false, true]]> : vector<2x3xi1>
  %v2 = arith.remui %v0, %v1 : vector<2x3xi1>
  %v3 = arith.constant 0.5 : f32
  %v4 = arith.maximumf %v3, %arg0 : f32
  %v5 = arith.remui %v0, %v1 : vector<2x3xi1>
  %v6 = arith.remui %v0, %v1 : vector<2x3xi1>
  %v7 = arith.constant 7 : i64
  %v8 = arith.extui %v7 : i64 to i128
  %v9 = arith.constant 0x0A6A686A : f32
  %v10 = arith.constant 0x7F7FFFFF : f32
  %v11 = arith.divf %v9, %v10 : f32
  %v12 = arith.divsi %v0, %v6 : vector<2x3xi1>
  %v13 = arith.maximumf %arg0, %v3 : f32
  %v14 = arith.constant -32768 : i16
  %v15 = arith.remsi %v14, %v14 : i16
  %v16 = arith.uitofp %v15 : i16 to f32
  %v17 = arith.remui %v0, %v1 : vector<2x3xi1>
  %v18 = arith.addf %v9, %v10 : f32
  %v19 = arith.cmpf ole, %v11, %v13 fastmath<reassoc,contract> : f32
  %v20 = arith.uitofp %v19 : i1 to f64
  %v21 = arith.divf %v20, %v20 : f64
  %v22 = arith.constant 0.5 : f64
  %v23 = arith.cmpf ord, %v21, %v22 : f64
  return %v19, %v15 : i1, i16
}
func.func @f1(%arg0: f8E4M3, %arg1: f8E4M3FNUZ, %arg2: i64, %arg3: index) {
  %v0 = arith.constant false
  %v1 = arith.select %v0, %arg0, %arg0 : f8E4M3
  %v2 = arith.index_cast %arg3 : index to i1
  %v3 = arith.constant 0xFF800000 : f32
  %v4:2 = func.call @f0(%v3) : (f32) -> (i1, i16)
  %v5 = arith.constant dense<[0x63A6, 0x0001, 0x0001]> : tensor<3xbf16>
  %v6 = arith.cmpf olt, %v5, %v5 : tensor<3xbf16>
  %v7 = arith.constant 0.5 : f32
  %v8 = arith.select %v2, %v7, %v3 : f32
  %v9 = arith.select %v2, %v4#1, %v4#1 : i16
  %v10 = arith.extf %v5 : tensor<3xbf16> to tensor<3xf64>
  %v11 = arith.constant 4 : i7
  %v12 = arith.index_castui %v11 : i7 to index
  %v13 = arith.constant -1 : i16
  %v14 = arith.constant 16 : i16
  %v15 = arith.maxsi %v13, %v14 : i16
  return
}
func.func @f2(%arg0: f64, %arg1: i64) -> (i1, i64) {
  %v0 = arith.constant 0.1 : f64
  %v1 = arith.cmpf ole, %v0, %v0 : f64
  %v2 = arith.cmpi uge, %v1, %v1 : i1
  %v3 = arith.divui %v1, %v2 : i1
  %v4 = arith.constant true
  %v5 = arith.select %v4, %arg0, %v0 : f64
  %v6:2 = arith.mulsi_extended %arg1, %arg1 : i64
  %v7 = arith.constant 2 : i64
  %v8 = arith.index_castui %v7 : i64 to index
  %v9 = arith.constant true
  %v10 = arith.cmpi eq, %v9, %v2 : i1
  %v11 = arith.cmpf ole, %v0, %v0 : f64
  %v12 = arith.divui %v7, %v6#1 : i64
  %v13 = arith.bitcast %v5 : f64 to i64
  %v14 = arith.constant 10 : i64
  %v15 = arith.select %v9, %v6#1, %v14 : i64
  %v16 = arith.bitcast %v5 : f64 to i64
  %v17 = arith.ceildivsi %v15, %v13 : i64
  %v18 = arith.constant 0x8AB069CF : f32
  %v19:2 = func.call @f0(%v18) : (f32) -> (i1, i16)
  %v20 = arith.constant false
  %v21 = arith.cmpi ule, %v9, %v20 : i1
  %v22 = arith.cmpi eq, %v12, %v16 : i64
  %v23 = arith.cmpi uge, %v1, %v1 : i1
  %v24 = arith.select %v19#0, %v19#1, %v19#1 : i16
  %v25 = arith.constant -3532065918593468014 : index
  %v26 = arith.constant 9223372036854775807 : index
  %v27 = arith.shrui %v25, %v26 : index
  %v28 = arith.index_castui %v7 : i64 to index
  %v29 = arith.constant 256 : i16
  %v30 = arith.shrui %v29, %v24 : i16
  %v31 = arith.cmpi eq, %v9, %v2 : i1
  %v32 = arith.constant -0.0 : f64
  %v33 = arith.maxnumf %v32, %arg0 : f64
  return %v22, %v17 : i1, i64
}
func.func @f3(%arg0: i1, %arg1: vector<2x3xi64>, %arg2: i32, %arg3: i32) -> i32 {
  %v0 = arith.constant 1 : index
  %v1 = arith.constant 63 : index
  %v2 = arith.select %arg0, %v0, %v1 : index
  %v3 = arith.constant 2147483647 : i32
  %v4 = arith.sitofp %v3 : i32 to f32
  %v5 = arith.negf %v4 : f32
  %v6 = arith.constant dense<5> : vector<2x3xi64>
  %v7 = arith.floordivsi %v6, %arg1 : vector<2x3xi64>
  %v8 = arith.constant 0x00000001 : f32
  %v9 = arith.truncf %v8 : f32 to bf16
  %v10 = arith.constant -0.0 : f64
  %v11 = arith.constant 0 : i64
  %v12:2 = func.call @f2(%v10, %v11) : (f64, i64) -> (i1, i64)
  %v13 = arith.maxui %v7, %arg1 : vector<2x3xi64>
  return %arg2 : i32
}
