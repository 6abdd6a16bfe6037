// Random func/arith module, seed 164.
func.func @f0(%arg0: f32) -> f32 {
  %v0 = arith.constant 32768 : i16
  %v1 = arith.muli %v0, %v0 : i16
  %v2 = arith.constant -0.75 : f8E4M3
  %v3 = arith.constant 1.0 : f8E4M3
  %v4 = arith.mulf %v2, %v3 : f8E4M3
  %v5 = arith.negf %arg0 : f32
  %v6 = arith.negf %v5 : f32
  %v7 = arith.constant 17 : i16
  %v8 = arith.constant 16 : i16
  %v9 = arith.remui %v7, %v8 : i16
  %v10 = arith.constant 16 : i16
  %v11 = arith.ceildivui %v10, %v7 : i16
  %v12 = arith.constant 7.0 : f8E4M3FNUZ
  %v13 = arith.constant 0xFC : f8E4M3FNUZ
  %v14 = arith.cmpf uno, %v12, %v13 fastmath<fast> : f8E4M3FNUZ
  %v15 = arith.constant dense<[]> : tensor<0xf32>
  %v16 = arith.constant dense<[]> : tensor<0xf32>
  %v17 = arith.minnumf %v15, %v16 : tensor<0xf32>
  %v18 = arith.constant -3.0e-05 : f32
  %v19 = arith.fptosi %v18 : f32 to i7
  %v20 = arith.constant 0x00800000 : f32
  %v21 = arith.truncf %v20 : f32 to f8E4M3B11FNUZ
  %v22 = arith.constant -3 : i16
  %v23 = arith.maxui %v22, %v9 : i16
  %v24 = arith.constant false
  %v25 = arith.constant true
  %v26 = arith.divui %v24, %v25 : i1
  %v27 = arith.constant 0x7FC0 : bf16
  %v28 = arith.bitcast %v27 : bf16 to i16
  %v29 = arith.sitofp %v7 : i16 to f32
  %v30 = arith.fptoui %v29 : f32 to i16
  %v31 = arith.maxnumf %v18, %v5 : f32
  %v32 = arith.constant 0xFFC00000 : f32
  %v33 = arith.extf %v32 fastmath<arcp,afn> : f32 to f80
  %v34 = arith.constant 1.0e+10 : f32
  %v35 = arith.maxnumf %v34, %v18 : f32
  %v36 = arith.negf %v5 : f32
  %v37 = arith.minimumf %v20, %v5 fastmath<fast> : f32
  %v38 = arith.remf %v33, %v33 fastmath<arcp,afn> {tag = 1 : i64} : f80
  return %v37 : f32
}
func.func @f1(%arg0: f8E4M3FN) -> i1 {
  %v0 = arith.cmpf ole, %arg0, %arg0 : f8E4M3FN
  %v1 = arith.constant true
  %v2 = arith.constant true
  %v3 = arith.divui %v1, %v2 : i1
  %v4 = arith.subi %v0, %v2 overflow<nsw> : i1
  %v5 = arith.negf %arg0 : f8E4M3FN
  %v6 = arith.negf %v5 fastmath<reassoc,contract> : f8E4M3FN
  %v7 = arith.cmpf oeq, %arg0, %v5 : f8E4M3FN
  %v8 = arith.minui %v4, %v7 : i1
  %v9 = arith.xori %v7, %v4 : i1
  %v10 = arith.constant false
  %v11 = arith.muli %v7, %v10 overflow<nsw, nuw> : i1
  %v12 = arith.constant false
  %v13 = arith.maxsi %v12, %v10 {tag = 1 : i64} : i1
  %v14 = arith.constant 0x00 : f8E4M3FN
  %v15 = arith.cmpf uge, %arg0, %v14 fastmath<nnan,ninf> : f8E4M3FN
  %v16 = arith.constant 100.0 : f8E4M3FN
  %v17 = arith.select %v4, %arg0, %v16 : f8E4M3FN
  %v18 = arith.xori %v8, %v3 : i1
  %v19 = arith.maxsi %v10, %v12 : i1
  %v20 = arith.constant 0x80 : f8E4M3FN
  %v21 = arith.cmpf oeq, %v20, %v14 : f8E4M3FN
  %v22 = arith.cmpi ugt, %v18, %v8 : i1
  %v23 = arith.select %v22, %v18, %v8 : i1
  %v24 = arith.negf %v5 fastmath<reassoc,contract> : f8E4M3FN
  %v25 = arith.constant 16 : i16
  %v26 = arith.constant 16 : i16
  %v27 = arith.shli %v25, %v26 overflow<nsw> : i16
  %v28 = arith.constant dense<4.0> : vector<[4]xbf16>
  %v29 = arith.maxnumf %v28, %v28 : vector<[4]xbf16>
  %v30 = arith.constant 0x7FC00000 : f32
  %v31 = func.call @f0(%v30) : (f32) -> f32
  return %v22 : i1
}
