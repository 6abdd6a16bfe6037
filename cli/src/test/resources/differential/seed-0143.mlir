// Random func/arith module, seed 143.
func.func @f0(%arg0: i32, %arg1: vector<2xi64>) {
  %v0 = arith.constant 0x0000 : f16
  %v1 = arith.minnumf %v0, %v0 fastmath<ninf> : f16
  %v2 = arith.minnumf %v0, %v0 fastmath<ninf> : f16
  %v3 = arith.minnumf %v0, %v0 fastmath<ninf> : f16
  %v4 = arith.constant -3.0e-05 : f16
  %v5 = arith.extf %v4 : f16 to f32
  %v6 = arith.constant 1.0e+10 : f64
  %v7 = arith.negf %v6 : f64
  %v8 = arith.uitofp %arg0 : i32 to f64
  %v9 = arith.cmpf ule, %v6, %v8 : f64
  %v10 = arith.constant true
  %v11 = arith.select %v10, %v8, %v8 : f64
  %v12 = arith.fptosi %v11 : f64 to i128
  %v13 = arith.constant dense<-4> : vector<2xi64>
  %v14 = arith.constant dense<0> : vector<2xi64>
  %v15:2 = arith.mulsi_extended %v13, %v14 : vector<2xi64>
  return
}
func.func @f1(%arg0: i16, %arg1: f64, %arg2: i16, %arg3: i64) -> (f64, f64) {
  %v0 = arith.cmpf olt, %arg1, %arg1 : f64
  %v1 = arith.constant 100.0 : f32
  %v2 = arith.constant 0x3F800000 : f32
  %v3 = arith.maxnumf %v1, %v2 : f32
  %v4 = arith.constant 0x3F800000 : f32
  %v5 = arith.mulf %v2, %v4 : f32
  %v6 = arith.fptoui %v2 : f32 to i8
  %v7 = arith.constant dense<[0.0, 0x007F, 0xFF80]> : tensor<3xbf16>
  %v8 = arith.constant dense<0x007F> : tensor<3xbf16>
  %v9 = arith.maximumf %v7, %v8 : tensor<3xbf16>
  %v10 = arith.constant 13 : i8
  %v11 = arith.cmpi uge, %v10, %v10 : i8
  %v12 = arith.maximumf %v8, %v7 : tensor<3xbf16>
  %v13 = arith.maxsi %arg3, %arg3 : i64
  %v14 = arith.maxsi %arg3, %arg3 : i64
  %v15 = arith.fptoui %v2 : f32 to i8
  %v16 = arith.select %v0, %arg1, %arg1 : f64
  %v17 = arith.constant 0xFFF0000000000000 : f64
  %v18 = arith.cmpf olt, %v17, %v16 : f64
  %v19 = arith.constant 1024 : i64
  %v20 = arith.constant 7 : i64
  %v21 = arith.minsi %v19, %v20 : i64
  %v22 = arith.subf %v16, %v17 fastmath<nsz> : f64
  %v23 = arith.cmpf oge, %v17, %v22 : f64
  %v24 = arith.cmpf olt, %arg1, %arg1 : f64
  %v25 = arith.constant -2.5 : f64
  %v26 = arith.maxnumf %arg1, %v25 : f64
  %v27 = arith.cmpf ord, %v26, %arg1 fastmath<fast> : f64
  %v28 = arith.constant 2.0 : f64
  %v29 = arith.maxnumf %v28, %v17 fastmath<fast> : f64
  return %v26, %v22 : f64, f64
}
func.func @f2(%arg0: index, %arg1: index, %arg2: i64) -> (f64, f64) {
  %v0 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v1 = arith.constant 0xFC : f8E4M3FNUZ
  %v2 = arith.divf %v0, %v1 : f8E4M3FNUZ
  %v3 = arith.constant 0.1 : f8E4M3FNUZ
  %v4 = arith.remf %v0, %v3 : f8E4M3FNUZ
  %v5 = arith.constant 0 : index
  %v6 = arith.constant -9223372036854775808 : index
  %v7 = arith.cmpi uge, %v5, %v6 : index
  %v8 = arith.cmpi uge, %arg0, %v6 : index
  %v9 = arith.constant -1 : i64
  %v10:2 = arith.addui_extended %v9, %arg2 : i64, i1
  %v11 = arith.cmpf ule, %v3, %v2 fastmath<ninf> : f8E4M3FNUZ
  %v12 = arith.constant false
  %v13 = arith.ori %v12, %v10#1 : i1
  %v14 = arith.cmpf ole, %v1, %v2 : f8E4M3FNUZ
  %v15 = arith.constant 100.0 : f32
  %v16 = arith.constant 0x7FC00000 : f32
  %v17 = arith.select %v8, %v15, %v16 : f32
  %v18 = arith.constant 32767 : i16
  %v19 = arith.constant 0x7FF0000000000000 : f64
  %v20 = arith.constant 14 : i16
  %v21:2 = func.call @f1(%v18, %v19, %v20, %arg2) : (i16, f64, i16, i64) -> (f64, f64)
  %v22 = arith.extf %v17 fastmath<nnan,ninf> : f32 to f64
  %v23 = arith.constant 0x00800000 : f32
  %v24 = arith.subf %v23, %v17 : f32
  %v25 = arith.constant 0 : i64
  %v26 = arith.constant 1 : i64
  %v27 = arith.divui %v25, %v26 : i64
  %v28 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v29 = arith.constant 0x322759EFD8EBA846 : f64
  %v30 = arith.maxnumf %v28, %v29 : f64
  %v31 = arith.cmpf ult, %v24, %v17 : f32
  %v32 = arith.constant dense<9223372036854775807> : vector<2x3xi64>
  %v33 = arith.remui %v32, %v32 : vector<2x3xi64>
  %v34 = arith.cmpi eq, %v10#0, %v10#0 : i64
  %v35 = arith.fptosi %v22 : f64 to i7
  %v36 = arith.constant dense<-8> : vector<4xi64>
  %v37 = arith.xori %v36, %v36 : vector<4xi64>
  %v38 = arith.shrui %arg1, %v5 exact : index
  %v39 = arith.shli %arg2, %v26 overflow<nsw, nuw> : i64
  return %v22, %v21#1 : f64, f64
}
