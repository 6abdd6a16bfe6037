// Random func/arith module, seed 61.
func.func @f0(%arg0: i16, %arg1: vector<[4]xi32>, %arg2: f8E4M3FN) -> (f8E4M3FN, f8E4M3FN, f8E4M3FN) {
  %v0 = arith.constant dense<15> : vector<[4]xi32>
  %v1 = arith.divsi %v0, %arg1 exact : vector<[4]xi32>
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg0, %arg0 : i16
  %v4 = arith.select %v2, %arg0, %arg0 : i16
  %v5 = arith.negf %arg2 fastmath<reassoc,contract> : f8E4M3FN
  %v6 = arith.divsi %v0, %arg1 exact : vector<[4]xi32>
  %v7 = arith.constant 0x08 : f8E4M3FN
  %v8 = arith.maxnumf %arg2, %v7 fastmath<reassoc,contract> : f8E4M3FN
  %v9 = arith.constant 1 : i16
  %v10 = arith.ori %v4, %v9 : i16
  return %v8, %v8, %v5 : f8E4M3FN, f8E4M3FN, f8E4M3FN
}
func.func @f1(%arg0: vector<2xf16>, %arg1: vector<2x3xf16>, %arg2: i32) {
  %v0 = arith.constant 90605855684120826727657120593008968647 : i128
  %v1 = arith.bitcast %v0 : i128 to f128
  %v2 = arith.divf %arg0, %arg0 : vector<2xf16>
  %v3 = arith.constant dense<0xFE00> : vector<2x3xf16>
  %v4 = arith.constant dense<[[0x7E00, 0x7E00, -0.75], [1.0, 0x8000, 0x03FF]]> : vector<2x3xf16>
  %v5 = arith.divf %v3, %v4 : vector<2x3xf16>
  %v6 = arith.divf %v3, %v4 : vector<2x3xf16>
  %v7 = arith.cmpi sgt, %arg2, %arg2 : i32
  %v8 = arith.select %v7, %arg2, %arg2 : i32
  %v9 = arith.constant true
  %v10 = arith.shrui %v7, %v9 : i1
  %v11 = arith.constant 0xFF800000 : f32
  %v12 = arith.subf %v11, %v11 : f32
  %v13 = arith.constant dense<[[-1.0, 4.0, 0x7E00], [0.0, 0.5, 0x8000]]> : vector<2x3xf16>
  %v14 = arith.subf %arg1, %v13 : vector<2x3xf16>
  %v15 = arith.constant 1.0 : f64
  %v16 = arith.negf %v15 : f64
  %v17 = arith.negf %v16 : f64
  %v18 = arith.divf %arg0, %arg0 : vector<2xf16>
  %v19 = arith.extsi %arg2 : i32 to i64
  %v20 = arith.trunci %v19 : i64 to i32
  %v21 = arith.extf %v15 : f64 to f128
  %v22 = arith.constant -5 : i7
  %v23 = arith.xori %v22, %v22 : i7
  %v24 = arith.constant false
  %v25 = arith.index_castui %v24 : i1 to index
  %v26 = arith.constant -0.0 : f64
  %v27 = arith.remf %v26, %v16 fastmath<nnan> : f64
  %v28 = arith.constant -6 : i64
  %v29 = arith.remsi %v19, %v28 : i64
  return
}
