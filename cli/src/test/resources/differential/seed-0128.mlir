// Random func/arith module, seed 128.
func.func @f0(%arg0: vector<2x3xf16>, %arg1: i7) -> (i64, vector<2x3xf16>) {
  %v0 = arith.constant dense<[[2.0, 0xBC00, 3.0], [0x8000, 0x7BFF, 0.1]]> : vector<2x3xf16>
  %v1 = arith.minnumf %arg0, %v0 : vector<2x3xf16>
  %v2 = arith.constant dense<4.0> : vector<2x3xf16>
  %v3 = arith.maxnumf %arg0, %v2 fastmath<nsz> : vector<2x3xf16>
  %v4 = arith.fptosi %v3 : vector<2x3xf16> to vector<2x3xi16>
  %v5 = arith.maxsi %v4, %v4 : vector<2x3xi16>
  %v6 = arith.maxsi %v4, %v4 : vector<2x3xi16>
  %v7 = arith.maxsi %v4, %v4 : vector<2x3xi16>
  %v8 = arith.cmpi ugt, %arg1, %arg1 : i7
  %v9 = arith.extui %arg1 : i7 to i64
  %v10 = arith.extui %arg1 : i7 to i64
  %v11 = arith.cmpi eq, %v9, %v10 : i64
  %v12 = arith.constant 7 : i7
  %v13 = arith.constant -64 : i7
  %v14:2 = arith.mulsi_extended %v12, %v13 : i7
  %v15 = arith.minnumf %arg0, %v0 : vector<2x3xf16>
  %v16 = arith.cmpi ugt, %arg1, %arg1 : i7
  %v17 = arith.constant false
  %v18:2 = arith.addui_extended %v17, %v16 : i1, i1
  %v19 = arith.extui %arg1 : i7 to i64
  %v20 = arith.constant 0 : i64
  %v21 = arith.divui %v20, %v19 exact : i64
  %v22 = arith.constant 0 : i64
  %v23 = arith.constant -6248265371581440135 : i64
  %v24 = arith.minui %v22, %v23 : i64
  %v25 = arith.constant dense<[[0x0400, -0.0, 4.0], [0xFC00, -0.75, 0x8000]]> : vector<2x3xf16>
  %v26 = arith.fptosi %v25 : vector<2x3xf16> to vector<2x3xi64>
  %v27 = arith.constant dense<0x648C> : vector<2xf16>
  %v28 = arith.mulf %v27, %v27 : vector<2xf16>
  %v29 = arith.constant 32 : i7
  %v30 = arith.cmpi sge, %arg1, %v29 : i7
  %v31 = arith.maxsi %v14#0, %v29 : i7
  %v32 = arith.maxsi %v4, %v4 : vector<2x3xi16>
  return %v21, %arg0 : i64, vector<2x3xf16>
}
func.func @f1(%arg0: i32, %arg1: vector<4xi8>, %arg2: f8E4M3) -> (vector<2x3xf16>, vector<2x3xf16>) {
  %v0 = arith.constant dense<0x6584> : vector<2x3xf16>
  %v1 = arith.constant -1 : i7
  %v2:2 = func.call @f0(%v0, %v1) : (vector<2x3xf16>, i7) -> (i64, vector<2x3xf16>)
  %v3 = arith.trunci %v2#0 overflow<nsw> : i64 to i8
  %v4 = arith.cmpf false, %arg2, %arg2 : f8E4M3
  %v5 = arith.constant 4 : i7
  %v6 = arith.constant 0 : i7
  %v7:2 = arith.addui_extended %v5, %v6 : i7, i1
  %v8 = arith.cmpf ule, %arg2, %arg2 : f8E4M3
  %v9 = arith.constant dense<-128> : vector<4xi8>
  %v10 = arith.cmpi sle, %arg1, %v9 : vector<4xi8>
  %v11 = arith.constant 1.0e+10 : f8E4M3
  %v12 = arith.select %v8, %arg2, %v11 : f8E4M3
  %v13 = arith.select %v8, %arg2, %v11 : f8E4M3
  %v14 = arith.constant dense<0xFC00> : vector<2x3xf16>
  %v15 = arith.bitcast %v14 : vector<2x3xf16> to vector<2x3xi16>
  %v16 = arith.subf %v2#1, %v0 : vector<2x3xf16>
  %v17 = arith.extsi %arg0 : i32 to i64
  %v18 = arith.constant 12 : i64
  %v19 = arith.cmpi uge, %v17, %v18 : i64
  %v20 = arith.maximumf %v2#1, %v0 : vector<2x3xf16>
  return %v20, %v16 : vector<2x3xf16>, vector<2x3xf16>
}
func.func @f2(%arg0: f8E3M4, %arg1: i128, %arg2: i8) -> vector<2x3xf16> {
  %v0 = arith.ori %arg1, %arg1 : i128
  %v1 = arith.uitofp %arg1 : i128 to f8E4M3
  %v2 = arith.constant 100.0 : f32
  %v3 = arith.constant 0x00800000 : f32
  %v4 = arith.remf %v2, %v3 : f32
  %v5 = arith.constant 8 : i128
  %v6 = arith.muli %v0, %v5 : i128
  %v7 = arith.constant 0 : i128
  %v8 = arith.muli %v7, %v6 : i128
  %v9 = arith.constant 170141183460469231731687303715884105727 : i128
  %v10 = arith.cmpi eq, %v9, %v7 : i128
  %v11 = arith.select %v10, %v7, %v9 : i128
  %v12 = arith.minnumf %arg0, %arg0 fastmath<reassoc,contract> : f8E3M4
  %v13 = arith.minnumf %v1, %v1 : f8E4M3
  %v14 = arith.constant true
  %v15 = arith.subi %v10, %v14 : i1
  %v16 = arith.select %v10, %v7, %v9 : i128
  %v17 = arith.constant -2 : i32
  %v18 = arith.constant dense<[-2, 7, 127, 1]> : vector<4xi8>
  %v19:2 = func.call @f1(%v17, %v18, %v1) : (i32, vector<4xi8>, f8E4M3) -> (vector<2x3xf16>, vector<2x3xf16>)
  %v20 = arith.constant -1 : i32
  %v21 = arith.ceildivsi %v20, %v17 : i32
  %v22 = arith.negf %v19#0 fastmath<nnan,ninf> : vector<2x3xf16>
  %v23 = arith.constant 16 : i8
  %v24 = arith.constant -128 : i8
  %v25:2 = arith.mului_extended %v23, %v24 : i8
  %v26 = arith.constant dense<[0xFF800000, 0x7FC00000]> : vector<2xf32>
  %v27 = arith.fptosi %v26 : vector<2xf32> to vector<2xi8>
  %v28 = arith.divui %v6, %v5 : i128
  %v29 = arith.constant dense<true> : vector<2x3xi1>
  %v30 = arith.constant dense<false> : vector<2x3xi1>
  %v31 = arith.andi %v29, %v30 : vector<2x3xi1>
  %v32 = arith.constant 2.0 : f8E4M3
  %v33 = arith.constant 100.0 : f8E4M3
  %v34 = arith.minnumf %v32, %v33 : f8E4M3
  %v35 = arith.constant -0.75 : f8E3M4
  %v36 = arith.mulf %v35, %v35 fastmath<nnan> : f8E3M4
  return %v19#1 : vector<2x3xf16>
}
