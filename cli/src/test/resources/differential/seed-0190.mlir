// Random func/arith module, seed 190.
func.func @f0(%arg0: f16, %arg1: i128) -> f64 {
  %v0 = arith.constant 1.0 : f16
  %v1 = arith.extf %v0 fastmath<nnan> : f16 to tf32
  %v2 = arith.constant 170141183460469231731687303715884105727 : i128
  %v3 = arith.constant -170141183460469231731687303715884105728 : i128
  %v4 = arith.divui %v2, %v3 {tag = 1 : i64} : i128
  %v5 = arith.bitcast %arg0 : f16 to i16
  %v6 = arith.constant 170141183460469231731687303715884105727 : i128
  %v7 = arith.remui %v6, %arg1 : i128
  %v8 = arith.constant 0x7C00 : f16
  %v9 = arith.truncf %v8 : f16 to f8E4M3B11FNUZ
  %v10 = arith.constant false
  %v11 = arith.select %v10, %arg0, %v0 : f16
  %v12 = arith.extsi %v5 : i16 to i64
  %v13 = arith.constant 1 : i64
  %v14 = arith.cmpi eq, %v12, %v13 : i64
  %v15 = arith.constant dense<0x7E00> : vector<2x3xf16>
  %v16 = arith.constant dense<[[1.0e+10, 0x0001, 0xFC00], [0.1, 100.0, 0x8000]]> : vector<2x3xf16>
  %v17 = arith.minimumf %v15, %v16 : vector<2x3xf16>
  %v18 = arith.extsi %v5 : i16 to i64
  %v19 = arith.constant 0x7BFF : f16
  %v20 = arith.mulf %v11, %v19 : f16
  %v21 = arith.ceildivsi %arg1, %v7 : i128
  %v22 = arith.extf %v0 fastmath<nnan> : f16 to tf32
  %v23 = arith.remf %v20, %v20 fastmath<nnan> : f16
  %v24 = arith.constant 1.0e+10 : f64
  %v25 = arith.constant 1.0e+10 : f64
  %v26 = arith.maxnumf %v24, %v25 : f64
  %v27 = arith.truncf %v8 : f16 to f8E4M3B11FNUZ
  %v28 = arith.remf %v20, %v20 fastmath<nnan> : f16
  %v29 = arith.constant -1 : i16
  %v30 = arith.ceildivsi %v29, %v5 {tag = 1 : i64} : i16
  %v31 = arith.constant 9223372036854775807 : i64
  %v32 = arith.shrsi %v31, %v13 : i64
  %v33 = arith.fptoui %v23 : f16 to i128
  %v34 = arith.constant 9 : i128
  %v35 = arith.divsi %v3, %v34 : i128
  %v36 = arith.sitofp %v18 : i64 to f64
  %v37 = arith.fptosi %v36 : f64 to i64
  return %v36 : f64
}
func.func @f1(%arg0: i8, %arg1: f8E5M2FNUZ) -> f64 {
  %v0 = arith.addf %arg1, %arg1 fastmath<fast> : f8E5M2FNUZ
  %v1 = arith.constant 0x7FFF8000000000000000 : f80
  %v2 = arith.truncf %v1 downward : f80 to f8E8M0FNU
  %v3 = arith.truncf %v1 downward : f80 to f8E8M0FNU
  %v4 = arith.constant 0x0400 : f16
  %v5 = arith.constant 0 : i128
  %v6 = func.call @f0(%v4, %v5) : (f16, i128) -> f64
  %v7 = arith.constant 1 : i8
  %v8 = arith.extui %v7 : i8 to i64
  %v9 = arith.extui %v7 : i8 to i64
  %v10 = arith.cmpi ult, %v8, %v9 : i64
  %v11 = arith.ceildivsi %arg0, %v7 : i8
  %v12 = arith.ceildivsi %arg0, %v7 : i8
  %v13 = arith.constant 1 : i128
  %v14 = func.call @f0(%v4, %v13) : (f16, i128) -> f64
  %v15 = arith.constant -1.0 : f64
  %v16 = arith.mulf %v14, %v15 : f64
  %v17 = arith.truncf %v1 downward : f80 to f8E8M0FNU
  %v18 = arith.constant 0x53 : f8E5M2FNUZ
  %v19 = arith.bitcast %v18 {tag = 0 : i64} : f8E5M2FNUZ to f8E8M0FNU
  %v20 = arith.truncf %v1 downward {tag = 0 : i64} : f80 to f8E8M0FNU
  %v21 = arith.cmpf ord, %v18, %arg1 : f8E5M2FNUZ
  return %v14 : f64
}
