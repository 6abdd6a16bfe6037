// Random func/arith module, seed 151.
func.func @f0(%arg0: i8, %arg1: vector<4xbf16>, %arg2: f64, %arg3: f64) {
  %v0 = arith.constant 7 : i8
  %v1 = arith.cmpi sgt, %arg0, %v0 : i8
  %v2 = arith.trunci %v0 overflow<nsw, nuw> : i8 to i1
  %v3:2 = arith.mulsi_extended %arg0, %v0 : i8
  %v4 = arith.negf %arg1 : vector<4xbf16>
  %v5 = arith.negf %v4 : vector<4xbf16>
  %v6 = arith.constant false
  %v7:2 = arith.mului_extended %v1, %v6 : i1
  %v8 = arith.constant -128 : i8
  %v9 = arith.ori %v0, %v8 : i8
  %v10 = arith.trunci %v0 overflow<nsw, nuw> : i8 to i1
  %v11 = arith.constant 0 : i8
  %v12 = arith.maxui %arg0, %v11 : i8
  %v13 = arith.ori %v0, %v8 : i8
  %v14 = arith.constant 0 : i16
  %v15 = arith.extsi %v14 : i16 to i64
  %v16 = arith.constant 5 : i16
  %v17 = arith.extsi %v16 : i16 to i64
  %v18 = arith.cmpi sgt, %v15, %v17 : i64
  %v19 = arith.cmpf false, %arg3, %arg2 fastmath<fast> : f64
  %v20 = arith.constant -9223372036854775808 : i64
  %v21:2 = arith.mului_extended %v20, %v15 : i64
  return
}
func.func @f1(%arg0: i64) -> (i64, i1) {
  %v0 = arith.constant dense<0xFF80> : vector<4xbf16>
  %v1 = arith.bitcast %v0 : vector<4xbf16> to vector<4xf16>
  %v2 = arith.constant dense<0xFC00> : vector<4xf16>
  %v3 = arith.maxnumf %v2, %v1 fastmath<ninf> : vector<4xf16>
  %v4 = arith.maxnumf %v2, %v1 fastmath<ninf> : vector<4xf16>
  %v5 = arith.constant 17848844135595253336 : i64
  %v6 = arith.cmpi sle, %v5, %arg0 : i64
  %v7 = arith.constant true
  %v8 = arith.constant true
  %v9:2 = arith.mului_extended %v7, %v8 : i1
  %v10 = arith.constant dense<0xBC00> : vector<4xf16>
  %v11 = arith.divf %v3, %v10 : vector<4xf16>
  %v12 = arith.constant dense<[3.0, 0xFC00, 0xDA3B, -1.0]> : vector<4xf16>
  %v13 = arith.minimumf %v12, %v2 fastmath<nnan> : vector<4xf16>
  %v14 = arith.constant 5 : i64
  %v15 = arith.floordivsi %v14, %arg0 : i64
  %v16 = arith.constant 0xFF800000 : f32
  %v17 = arith.maxnumf %v16, %v16 : f32
  %v18 = arith.maxnumf %v2, %v1 fastmath<ninf> : vector<4xf16>
  %v19 = arith.constant -344570588108168833 : i64
  %v20 = arith.shrsi %v5, %v19 : i64
  %v21 = arith.select %v7, %v15, %v5 : i64
  %v22 = arith.constant 0 : i64
  %v23:2 = arith.addui_extended %v22, %v21 : i64, i1
  %v24 = arith.constant true
  %v25 = arith.divui %v8, %v24 : i1
  %v26 = arith.constant dense<[0x3F80, -0.75, 3.0, 0.5]> : vector<4xbf16>
  %v27 = arith.constant dense<1.0> : vector<4xbf16>
  %v28 = arith.mulf %v26, %v27 : vector<4xbf16>
  return %v15, %v23#1 : i64, i1
}
