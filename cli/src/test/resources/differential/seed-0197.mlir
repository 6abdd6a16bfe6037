// Random func/arith module, seed 197.
func.func @f0(%arg0: i8, %arg1: i128, %arg2: f32, %arg3: i32) -> (i1, f8E3M4) {
  %v0 = arith.constant 8 : i8
  %v1 = arith.subi %v0, %arg0 : i8
  %v2 = arith.constant 1 : i8
  %v3 = arith.shli %arg0, %v2 : i8
  %v4 = arith.constant 0xFF800000 : f32
  %v5 = arith.maximumf %arg2, %v4 : f32
  %v6 = arith.subi %v0, %arg0 : i8
  %v7 = arith.constant 7 : i128
  %v8 = arith.constant 127 : i128
  %v9 = arith.cmpi sge, %v7, %v8 : i128
  %v10 = arith.constant dense<true> : vector<4xi1>
  %v11 = arith.constant dense<[-2.5, -3.0e-05, 7.0, 0xFF80]> : vector<4xbf16>
  %v12 = arith.constant dense<[1.0e+10, -2.5, 0.0, 7.0]> : vector<4xbf16>
  %v13 = arith.select %v10, %v11, %v12 : vector<4xi1>, vector<4xbf16>
  %v14 = arith.constant -1 : i32
  %v15 = arith.shrui %arg3, %v14 : i32
  %v16 = arith.constant 0x00800000 : f32
  %v17 = arith.maxnumf %v4, %v16 fastmath<fast> : f32
  %v18 = arith.uitofp %arg1 : i128 to f8E3M4
  %v19 = arith.subi %v0, %arg0 : i8
  %v20 = arith.extf %v16 fastmath<fast> : f32 to f64
  %v21 = arith.uitofp %v15 : i32 to f32
  %v22 = arith.fptoui %v21 : f32 to i32
  %v23 = arith.truncf %v4 : f32 to f8E4M3
  %v24 = arith.extsi %v15 : i32 to i33
  %v25 = arith.cmpf ult, %v5, %v21 fastmath<nnan,ninf> : f32
  return %v25, %v18 : i1, f8E3M4
}
func.func @f1(%arg0: f64, %arg1: index) -> f8E3M4 {
  %v0 = arith.constant 64 : index
  %v1 = arith.minsi %arg1, %v0 : index
  %v2 = arith.constant -84 : i8
  %v3 = arith.constant -7 : i8
  %v4 = arith.cmpi sgt, %v2, %v3 : i8
  %v5 = arith.constant false
  %v6 = arith.minui %v5, %v4 : i1
  %v7 = arith.cmpi sle, %v0, %arg1 : index
  %v8 = arith.constant false
  %v9 = arith.floordivsi %v7, %v8 : i1
  %v10 = arith.constant true
  %v11 = arith.xori %v7, %v10 : i1
  %v12 = arith.xori %v11, %v10 : i1
  %v13 = arith.constant 0.0 : f64
  %v14 = arith.select %v7, %v13, %v13 : f64
  %v15 = arith.constant 2.0 : f64
  %v16 = arith.mulf %v13, %v15 fastmath<fast> : f64
  %v17 = arith.constant dense<-29126> : vector<2xi16>
  %v18 = arith.cmpi ule, %v17, %v17 : vector<2xi16>
  %v19 = arith.constant dense<-4> : vector<2x3xi64>
  %v20 = arith.constant dense<8589934592> : vector<2x3xi64>
  %v21 = arith.divui %v19, %v20 exact : vector<2x3xi64>
  %v22 = arith.index_cast %v1 : index to i64
  %v23 = arith.constant 63 : i64
  %v24 = arith.subi %v22, %v23 : i64
  %v25 = arith.constant -9223372036854775808 : i64
  %v26 = arith.subi %v25, %v24 : i64
  %v27 = arith.constant 0xFFF8000000000000 : f64
  %v28 = arith.cmpf uno, %arg0, %v27 : f64
  %v29 = arith.constant 4 : i128
  %v30 = arith.constant 0xBF800000 : f32
  %v31 = arith.constant 33 : i32
  %v32:2 = func.call @f0(%v3, %v29, %v30, %v31) : (i8, i128, f32, i32) -> (i1, f8E3M4)
  %v33 = arith.shrsi %v24, %v22 : i64
  %v34 = arith.constant 0xF8 : f8E3M4
  %v35 = arith.minimumf %v32#1, %v34 fastmath<nsz> : f8E3M4
  return %v35 : f8E3M4
}
