// Random func/arith module, seed 46.
func.func @f0(%arg0: i32) -> i1 {
  %v0 = arith.constant 0x80 : f8E5M2FNUZ
  %v1 = arith.constant 0x7C : f8E5M2FNUZ
  %v2 = arith.minimumf %v0, %v1 : f8E5M2FNUZ
  %v3 = arith.constant 11 : i32
  %v4 = arith.extui %v3 : i32 to i128
  %v5 = arith.constant 4 : i32
  %v6 = arith.divsi %arg0, %v5 exact : i32
  %v7 = arith.cmpi ult, %v6, %v6 : i32
  %v8 = arith.extui %v3 : i32 to i128
  %v9 = arith.constant 0xFF800000 : f32
  %v10 = arith.constant 0x4BC7CE05 : f32
  %v11 = arith.cmpf oge, %v9, %v10 : f32
  return %v7 : i1
}
func.func @f1(%arg0: i16, %arg1: i32) -> (i32, i32) {
  %v0 = arith.constant 21765 : i16
  %v1 = arith.trunci %v0 overflow<nuw> : i16 to i1
  %v2 = arith.constant 32 : i32
  %v3 = arith.constant 1 : i32
  %v4 = arith.ceildivui %v2, %v3 : i32
  %v5 = arith.trunci %v0 overflow<nuw> : i16 to i1
  %v6 = arith.constant dense<0xCF98> : vector<[4]xbf16>
  %v7 = arith.constant dense<0x007F> : vector<[4]xbf16>
  %v8 = arith.cmpf oeq, %v6, %v7 : vector<[4]xbf16>
  %v9 = arith.constant dense<0xFF80> : vector<[4]xbf16>
  %v10 = arith.constant dense<0x7FC0> : vector<[4]xbf16>
  %v11 = arith.cmpf ord, %v9, %v10 : vector<[4]xbf16>
  %v12 = arith.ceildivui %v2, %v3 : i32
  %v13 = arith.fptoui %v9 : vector<[4]xbf16> to vector<[4]xi32>
  %v14 = arith.constant false
  %v15 = arith.constant false
  %v16 = arith.cmpi eq, %v14, %v15 : i1
  %v17 = arith.trunci %v0 overflow<nuw> : i16 to i1
  %v18 = arith.constant 0x00 : f8E8M0FNU
  %v19 = arith.constant 0xFF : f8E8M0FNU
  %v20 = arith.cmpf ult, %v18, %v19 fastmath<none> : f8E8M0FNU
  %v21 = arith.select %v5, %v3, %arg1 : i32
  %v22 = arith.constant 4503599627370496 : index
  %v23 = arith.shli %v22, %v22 {tag = 0 : i64} : index
  %v24 = arith.fptosi %v6 : vector<[4]xbf16> to vector<[4]xi64>
  %v25 = arith.constant -0.0 : f8E8M0FNU
  %v26 = arith.cmpf oeq, %v25, %v25 fastmath<nnan> : f8E8M0FNU
  %v27 = arith.constant dense<0x0001> : vector<[4]xbf16>
  %v28 = arith.subf %v10, %v27 : vector<[4]xbf16>
  %v29 = arith.cmpf ogt, %v25, %v18 : f8E8M0FNU
  %v30 = arith.cmpi ule, %v23, %v22 : index
  %v31 = arith.constant 1.0e+10 : f64
  %v32 = arith.negf %v31 : f64
  %v33 = arith.negf %v32 fastmath<nnan,ninf> : f64
  %v34 = arith.divsi %arg0, %v0 : i16
  return %v2, %v21 : i32, i32
}
func.func @f2(%arg0: bf16, %arg1: f32, %arg2: i33, %arg3: i64) -> bf16 {
  %v0 = arith.cmpf false, %arg1, %arg1 fastmath<reassoc,contract> : f32
  %v1 = arith.constant 3 : i33
  %v2 = arith.xori %v1, %arg2 : i33
  %v3 = arith.constant 0x00000000 : f32
  %v4 = arith.cmpf oge, %v3, %v3 : f32
  %v5 = arith.constant 7 : i33
  %v6:2 = arith.mului_extended %arg2, %v5 : i33
  %v7 = arith.constant 1 : i64
  %v8 = arith.constant 15 : i64
  %v9 = arith.remui %v7, %v8 : i64
  %v10 = arith.constant 1.0e+10 : bf16
  %v11 = arith.mulf %arg0, %v10 fastmath<fast> : bf16
  %v12 = arith.constant true
  %v13 = arith.remui %v0, %v12 {tag = 1 : i64} : i1
  %v14 = arith.cmpi sgt, %v6#0, %v2 : i33
  %v15 = arith.constant dense<4> : tensor<2x2xi16>
  %v16 = arith.shrui %v15, %v15 : tensor<2x2xi16>
  %v17 = arith.negf %v10 fastmath<nnan,ninf> : bf16
  %v18 = arith.constant 2 : i16
  %v19 = arith.constant 32 : i32
  %v20:2 = func.call @f1(%v18, %v19) : (i16, i32) -> (i32, i32)
  %v21 = arith.constant 0xB8 : f8E4M3FN
  %v22 = arith.negf %v21 fastmath<fast> : f8E4M3FN
  %v23:2 = func.call @f1(%v18, %v19) : (i16, i32) -> (i32, i32)
  %v24 = arith.mulf %arg0, %v10 fastmath<fast> {tag = 1 : i64} : bf16
  %v25 = arith.constant 32 : i32
  %v26 = arith.minsi %v25, %v23#0 : i32
  %v27:2 = arith.mulsi_extended %arg3, %v9 : i64
  %v28 = arith.mulf %arg0, %v10 fastmath<fast> : bf16
  return %v17 : bf16
}
func.func @f3(%arg0: i16, %arg1: vector<2x3xi32>, %arg2: i8, %arg3: i64) -> (i1, vector<2x3xi32>, i1) {
  %v0 = arith.constant 8589934592 : i64
  %v1 = arith.constant 2147483648 : i64
  %v2 = arith.cmpi ugt, %v0, %v1 {tag = 0 : i64} : i64
  %v3 = arith.constant dense<-3.0e-05> : vector<4xbf16>
  %v4 = arith.negf %v3 : vector<4xbf16>
  %v5 = arith.cmpi ugt, %v0, %v1 {tag = 0 : i64} : i64
  %v6 = arith.constant dense<0x8465> : vector<4xbf16>
  %v7 = arith.cmpf false, %v6, %v3 : vector<4xbf16>
  %v8 = arith.constant 0 : i128
  %v9 = arith.shrsi %v8, %v8 : i128
  %v10 = arith.constant 63 : i64
  %v11 = arith.ori %v1, %v10 : i64
  %v12 = arith.ori %v1, %v10 : i64
  %v13 = arith.ori %v1, %v10 : i64
  %v14 = arith.cmpi eq, %arg0, %arg0 : i16
  %v15 = arith.select %v14, %arg0, %arg0 : i16
  %v16 = arith.maxnumf %v4, %v3 : vector<4xbf16>
  return %v14, %arg1, %v14 : i1, vector<2x3xi32>, i1
}
