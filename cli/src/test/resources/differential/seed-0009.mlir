// Random func/arith module, seed 9.
func.func @f0(%arg0: f8E3M4, %arg1: f8E4M3FN) -> f8E3M4 {
  %v0 = arith.constant 15 : i33
  %v1 = arith.constant -2 : i33
  %v2 = arith.shrui %v0, %v1 : i33
  %v3 = arith.constant 2690373832989500698 : i64
  %v4 = arith.constant -1 : i64
  %v5 = arith.maxui %v3, %v4 : i64
  %v6 = arith.remsi %v0, %v2 : i33
  %v7 = arith.remsi %v0, %v2 : i33
  %v8 = arith.constant 3039862512 : i33
  %v9 = arith.constant -1 : i33
  %v10 = arith.ceildivui %v8, %v9 : i33
  %v11 = arith.constant 9223372036854775807 : i64
  %v12 = arith.constant -6279447460520245199 : i64
  %v13 = arith.minui %v11, %v12 : i64
  %v14 = arith.constant 0x30 : f8E3M4
  %v15 = arith.constant -0.0 : f8E3M4
  %v16 = arith.divf %v14, %v15 : f8E3M4
  %v17 = arith.constant 1 : i33
  %v18 = arith.minsi %v2, %v17 : i33
  %v19 = arith.constant 0x01 : f8E4M3FN
  %v20 = arith.fptoui %v19 : f8E4M3FN to i16
  %v21 = arith.constant 0xB0 : f8E3M4
  %v22 = arith.bitcast %v21 : f8E3M4 to f8E5M2
  %v23 = arith.constant true
  %v24 = arith.select %v23, %v14, %arg0 : f8E3M4
  %v25 = arith.constant 0 : i33
  %v26 = arith.extui %v25 : i33 to i64
  %v27 = arith.constant 4294967295 : i33
  %v28 = arith.ori %v25, %v27 : i33
  return %v24 : f8E3M4
}
func.func @f1(%arg0: i32, %arg1: f8E4M3FNUZ, %arg2: f64) -> (i32, i1) {
  %v0 = arith.constant false
  %v1 = arith.constant 0x0400 : f16
  %v2 = arith.select %v0, %v1, %v1 : f16
  %v3 = arith.constant -8 : i32
  %v4:2 = arith.mului_extended %v3, %v3 : i32
  %v5:2 = arith.mului_extended %v3, %v3 : i32
  %v6:2 = arith.mului_extended %v3, %v3 : i32
  %v7:2 = arith.mului_extended %v3, %v3 : i32
  %v8 = arith.fptoui %arg1 : f8E4M3FNUZ to i64
  %v9 = arith.constant 1.0 : f64
  %v10 = arith.cmpf ueq, %v9, %arg2 : f64
  %v11 = arith.constant 0x00 : f8E4M3FNUZ
  %v12 = arith.cmpf ugt, %arg1, %v11 fastmath<arcp,afn> : f8E4M3FNUZ
  %v13:2 = arith.mului_extended %v3, %v3 : i32
  %v14 = arith.constant 0x01 : f8E4M3FNUZ
  %v15 = arith.extf %v14 fastmath<ninf> : f8E4M3FNUZ to f16
  %v16 = arith.bitcast %v14 : f8E4M3FNUZ to f8E4M3
  %v17 = arith.constant 0x64 : f8E3M4
  %v18 = arith.constant 0x7C : f8E4M3FN
  %v19 = func.call @f0(%v17, %v18) : (f8E3M4, f8E4M3FN) -> f8E3M4
  %v20 = func.call @f0(%v19, %v18) : (f8E3M4, f8E4M3FN) -> f8E3M4
  %v21 = arith.bitcast %v14 : f8E4M3FNUZ to f8E3M4
  %v22 = arith.sitofp %v0 : i1 to f16
  %v23 = arith.bitcast %v14 : f8E4M3FNUZ to f8E4M3
  %v24 = arith.cmpi eq, %v10, %v12 : i1
  %v25 = arith.minnumf %v20, %v19 : f8E3M4
  %v26 = arith.constant dense<false> : vector<2xi1>
  %v27 = arith.constant dense<true> : vector<2xi1>
  %v28:2 = arith.addui_extended %v26, %v27 : vector<2xi1>, vector<2xi1>
  %v29 = arith.index_cast %v8 : i64 to index
  return %v7#0, %v24 : i32, i1
}
func.func @f2(%arg0: i1, %arg1: index, %arg2: f32) -> (i32, f32, index) {
  %v0 = arith.constant true
  %v1 = arith.constant 63 : index
  %v2 = arith.select %v0, %v1, %arg1 : index
  %v3 = arith.constant 0.0 : f32
  %v4 = arith.addf %arg2, %v3 : f32
  %v5 = arith.constant 134217728 : i32
  %v6 = arith.constant 9 : i32
  %v7 = arith.divsi %v5, %v6 : i32
  %v8 = arith.divf %arg2, %v4 : f32
  %v9 = arith.constant 0x7F800000 : f32
  %v10 = arith.fptoui %v9 : f32 to i7
  %v11 = arith.constant 576460752303423488 : index
  %v12 = arith.cmpi eq, %v1, %v11 : index
  %v13 = arith.addf %arg2, %arg2 : f32
  %v14 = arith.fptoui %v9 : f32 to i7
  %v15 = arith.constant -3.0e-05 : f32
  %v16 = arith.mulf %v15, %v8 : f32
  %v17 = arith.constant 1 : i32
  %v18 = arith.constant 0x07 : f8E4M3FNUZ
  %v19 = arith.constant 0xE4037E81035BF403 : f64
  %v20:2 = func.call @f1(%v17, %v18, %v19) : (i32, f8E4M3FNUZ, f64) -> (i32, i1)
  %v21 = arith.constant 0xB8 : f8E4M3FNUZ
  %v22 = arith.constant 0x01 : f8E4M3FNUZ
  %v23 = arith.mulf %v21, %v22 : f8E4M3FNUZ
  return %v20#0, %v13, %arg1 : i32, f32, index
}
