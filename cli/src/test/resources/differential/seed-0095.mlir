// Random func/arith module, seed 95.
func.func @f0(%arg0: i128, %arg1: i64, %arg2: i33) -> (i1, i32) {
  %v0 = arith.shli %arg0, %arg0 : i128
  %v1 = arith.constant true
  %v2 = arith.constant -0.75 : f8E4M3FNUZ
  %v3 = arith.constant 0xFC : f8E4M3FNUZ
  %v4 = arith.select %v1, %v2, %v3 : f8E4M3FNUZ
  %v5 = arith.shli %arg0, %arg0 : i128
  %v6 = arith.constant 8 : i128
  %v7 = arith.constant 0 : i128
  %v8 = arith.divsi %v6, %v7 exact : i128
  %v9 = arith.subi %arg2, %arg2 : i33
  %v10 = arith.subf %v3, %v4 fastmath<nsz> : f8E4M3FNUZ
  %v11 = arith.divui %v1, %v1 : i1
  %v12 = arith.select %v11, %arg1, %arg1 : i64
  %v13 = arith.shli %arg0, %arg0 : i128
  %v14 = arith.trunci %v5 : i128 to i32
  %v15 = arith.constant -8729251965995935134 : index
  %v16 = arith.ori %v15, %v15 : index
  %v17 = arith.select %v11, %arg1, %arg1 : i64
  %v18 = arith.shli %arg0, %arg0 : i128
  %v19 = arith.shli %arg0, %arg0 : i128
  %v20 = arith.extf %v4 : f8E4M3FNUZ to f16
  return %v1, %v14 : i1, i32
}
func.func @f1(%arg0: f8E3M4, %arg1: vector<2x3xf16>, %arg2: f64) -> vector<2x3xi1> {
  %v0 = arith.constant -32768 : i16
  %v1 = arith.divui %v0, %v0 : i16
  %v2 = arith.constant 0x10 : f8E3M4
  %v3 = arith.mulf %v2, %arg0 fastmath<nnan> : f8E3M4
  %v4 = arith.constant 2 : i16
  %v5 = arith.ceildivsi %v0, %v4 : i16
  %v6 = arith.ceildivsi %v0, %v4 : i16
  %v7 = arith.constant dense<0xAE1D> : vector<2x3xf16>
  %v8 = arith.constant dense<[[0x0BCB, 0x8000, 0x7E00], [0x0000, 0x0000, 2.0]]> : vector<2x3xf16>
  %v9 = arith.cmpf true, %v7, %v8 : vector<2x3xf16>
  %v10 = arith.constant dense<64> : vector<2xi64>
  %v11 = arith.minui %v10, %v10 : vector<2xi64>
  %v12 = arith.shli %v11, %v10 overflow<nuw> : vector<2xi64>
  return %v9 : vector<2x3xi1>
}
func.func @f2(%arg0: f8E3M4, %arg1: i7, %arg2: i32) -> (i7, i7) {
  %v0 = arith.constant 0x0F : f8E3M4
  %v1 = arith.cmpf oeq, %arg0, %v0 : f8E3M4
  %v2 = arith.cmpf oeq, %arg0, %v0 : f8E3M4
  %v3 = arith.constant 63 : i7
  %v4 = arith.maxsi %arg1, %v3 : i7
  %v5 = arith.constant 4294967295 : i32
  %v6 = arith.ceildivui %arg2, %v5 : i32
  %v7 = arith.maxsi %v3, %arg1 : i7
  %v8 = arith.maxsi %v3, %arg1 : i7
  %v9 = arith.constant 0x01 : f8E5M2
  %v10 = arith.negf %v9 : f8E5M2
  return %v7, %v8 : i7, i7
}
func.func @f3(%arg0: i1, %arg1: i32) -> (i1, i1) {
  %v0 = arith.constant 0x0F : f8E3M4
  %v1 = arith.constant -1 : i7
  %v2 = arith.constant 0 : i32
  %v3:2 = func.call @f2(%v0, %v1, %v2) : (f8E3M4, i7, i32) -> (i7, i7)
  %v4 = arith.cmpi uge, %v3#1, %v3#1 : i7
  %v5 = arith.constant -3 : i7
  %v6 = arith.divui %v3#0, %v5 exact : i7
  %v7 = arith.constant -4 : i7
  %v8:2 = func.call @f2(%v0, %v7, %v2) : (f8E3M4, i7, i32) -> (i7, i7)
  %v9 = arith.constant 1.0e+10 : f8E3M4
  %v10 = arith.cmpf uno, %v9, %v0 fastmath<nsz> : f8E3M4
  %v11 = arith.constant 3.0 : f8E3M4
  %v12 = arith.constant 0 : i32
  %v13:2 = func.call @f2(%v11, %v3#1, %v12) : (f8E3M4, i7, i32) -> (i7, i7)
  %v14 = arith.constant -170141183460469231731687303715884105728 : i128
  %v15 = arith.constant 9223372036854775807 : i64
  %v16 = arith.constant 1 : i33
  %v17:2 = func.call @f0(%v14, %v15, %v16) : (i128, i64, i33) -> (i1, i32)
  %v18 = arith.minnumf %v11, %v9 : f8E3M4
  %v19 = arith.minnumf %v9, %v11 : f8E3M4
  %v20 = arith.constant false
  %v21 = arith.xori %v20, %v17#0 : i1
  %v22 = arith.constant dense<[[4, 65, 34359738368], [15, 68719476736, 1]]> : vector<2x3xindex>
  %v23 = arith.minsi %v22, %v22 : vector<2x3xindex>
  %v24 = arith.constant 0xBFF0000000000000 : f64
  %v25 = arith.constant -1.0 : f64
  %v26 = arith.minnumf %v24, %v25 fastmath<none> : f64
  %v27 = arith.constant 6 : index
  %v28 = arith.maxsi %v27, %v27 : index
  %v29 = arith.xori %v17#0, %v20 : i1
  return %v17#0, %v10 : i1, i1
}
