// Random func/arith module, seed 40.
func.func @f0(%arg0: i32, %arg1: i16, %arg2: i1) -> i16 {
  %v0 = arith.shrui %arg2, %arg2 : i1
  %v1 = arith.constant dense<0x0080> : vector<4xbf16>
  %v2 = arith.constant dense<0xBF80> : vector<4xbf16>
  %v3 = arith.cmpf ogt, %v1, %v2 : vector<4xbf16>
  %v4 = arith.constant -8 : i16
  %v5 = arith.constant 0 : i16
  %v6 = arith.cmpi slt, %v4, %v5 : i16
  %v7 = arith.constant false
  %v8:2 = arith.mului_extended %v7, %v0 : i1
  %v9 = arith.constant -2147483648 : i32
  %v10 = arith.remsi %v9, %arg0 : i32
  %v11:2 = arith.mului_extended %v7, %v0 : i1
  %v12 = arith.constant -32768 : i16
  %v13 = arith.constant 1 : i16
  %v14 = arith.minui %v12, %v13 : i16
  %v15 = arith.constant -0.75 : f8E5M2
  %v16 = arith.constant 0x03 : f8E5M2
  %v17 = arith.addf %v15, %v16 : f8E5M2
  %v18 = arith.constant 0x7E : f8E5M2
  %v19 = arith.minnumf %v18, %v15 : f8E5M2
  %v20 = arith.cmpi ule, %v10, %arg0 : i32
  %v21 = arith.fptoui %v1 : vector<4xbf16> to vector<4xi1>
  return %v14 : i16
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: f32, %arg2: f32) -> (i1, index, f8E5M2FNUZ, index) {
  %v0 = arith.constant -1 : index
  %v1 = arith.constant 0 : index
  %v2 = arith.maxsi %v0, %v1 : index
  %v3 = arith.constant 0xBC : f8E5M2FNUZ
  %v4 = arith.minimumf %arg0, %v3 fastmath<nnan> : f8E5M2FNUZ
  %v5 = arith.constant 0xB8 : f8E4M3FN
  %v6 = arith.cmpf uge, %v5, %v5 fastmath<arcp,afn> : f8E4M3FN
  %v7 = arith.constant false
  %v8 = arith.minsi %v6, %v7 : i1
  %v9 = arith.cmpf uge, %v5, %v5 fastmath<arcp,afn> : f8E4M3FN
  %v10 = arith.constant false
  %v11:2 = arith.mului_extended %v6, %v10 : i1
  %v12 = arith.maxsi %v1, %v0 : index
  return %v9, %v12, %arg0, %v12 : i1, index, f8E5M2FNUZ, index
}
func.func @f2(%arg0: i64, %arg1: f64) -> (f64, i16, f64) {
  %v0 = arith.constant 0 : i64
  %v1 = arith.remui %arg0, %v0 : i64
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg1, %arg1 : f64
  %v4 = arith.constant 0x16AD3FCEA216FCCD : f64
  %v5 = arith.select %v2, %v4, %v3 : f64
  %v6 = arith.select %v2, %v4, %v3 : f64
  %v7 = arith.divsi %arg0, %arg0 exact : i64
  %v8 = arith.constant 8 : i64
  %v9 = arith.index_cast %v8 : i64 to index
  %v10 = arith.constant false
  %v11 = arith.index_castui %v10 : i1 to index
  %v12 = arith.cmpi sgt, %v1, %arg0 : i64
  %v13 = arith.index_castui %v2 : i1 to index
  %v14 = arith.constant -7284084264237713335 : index
  %v15 = arith.addi %v9, %v14 : index
  %v16 = arith.divui %v8, %v7 : i64
  %v17 = arith.constant 9223372036854775807 : i64
  %v18 = arith.cmpi uge, %v17, %v1 : i64
  %v19 = arith.constant false
  %v20 = arith.maxui %v19, %v10 : i1
  %v21 = arith.constant -2147483648 : i32
  %v22 = arith.constant 12 : i16
  %v23 = func.call @f0(%v21, %v22, %v2) : (i32, i16, i1) -> i16
  %v24 = arith.maxnumf %v4, %v4 : f64
  %v25 = arith.addf %v3, %v6 fastmath<reassoc,contract> : f64
  %v26 = arith.constant -6 : i32
  %v27 = arith.extui %v26 : i32 to i64
  %v28 = arith.select %v2, %arg1, %arg1 : f64
  return %v25, %v23, %v28 : f64, i16, f64
}
