// Random func/arith module, seed 31.
func.func @f0(%arg0: i128, %arg1: f8E4M3FN) -> (i128, i1) {
  %v0 = arith.constant 170141183460469231731687303715884105727 : i128
  %v1 = arith.cmpi slt, %arg0, %v0 : i128
  %v2 = arith.constant -6 : i128
  %v3 = arith.constant 340282366920938463463374607431768211452 : i128
  %v4 = arith.ceildivsi %v2, %v3 : i128
  %v5 = arith.cmpi slt, %arg0, %v0 : i128
  %v6 = arith.constant true
  %v7 = arith.cmpi ne, %v1, %v6 : i1
  %v8 = arith.constant 1.0 : f8E4M3FN
  %v9 = arith.bitcast %v8 : f8E4M3FN to f8E8M0FNU
  %v10 = arith.cmpi slt, %arg0, %v0 : i128
  %v11 = arith.constant 0 : i128
  %v12 = arith.shli %arg0, %v11 : i128
  %v13 = arith.cmpi slt, %arg0, %v0 : i128
  %v14 = arith.constant -5 : i64
  %v15 = arith.constant 4503599627370496 : i64
  %v16 = arith.remsi %v14, %v15 : i64
  %v17 = arith.constant dense<-3.0e-05> : vector<[4]xbf16>
  %v18 = arith.maxnumf %v17, %v17 : vector<[4]xbf16>
  return %v12, %v13 : i128, i1
}
func.func @f1(%arg0: f64, %arg1: i33, %arg2: i1, %arg3: i32) -> i1 {
  %v0 = arith.constant -170141183460469231731687303715884105728 : i128
  %v1 = arith.constant 0.1 : f8E4M3FN
  %v2:2 = func.call @f0(%v0, %v1) : (i128, f8E4M3FN) -> (i128, i1)
  %v3 = arith.constant 0.5 : f64
  %v4 = arith.remf %v3, %arg0 : f64
  %v5 = arith.constant 0 : i128
  %v6:2 = func.call @f0(%v5, %v1) : (i128, f8E4M3FN) -> (i128, i1)
  %v7 = arith.constant 0x7FF8000000000000 : f64
  %v8 = arith.fptoui %v7 : f64 to i33
  %v9 = arith.constant true
  %v10 = arith.andi %v9, %v6#1 : i1
  %v11 = arith.constant 0x02 : f8E4M3FN
  %v12:2 = func.call @f0(%v5, %v11) : (i128, f8E4M3FN) -> (i128, i1)
  %v13 = arith.constant -4294967296 : i33
  %v14 = arith.divui %v13, %arg1 exact : i33
  %v15 = arith.constant -2 : i33
  %v16 = arith.cmpi eq, %arg1, %v15 : i33
  %v17 = arith.uitofp %v2#1 : i1 to bf16
  return %v12#1 : i1
}
