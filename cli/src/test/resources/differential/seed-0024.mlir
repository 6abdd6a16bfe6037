// Random func/arith module, seed 24.
func.func @f0(%arg0: vector<4xbf16>, %arg1: i8, %arg2: index) -> (f8E4M3FN, f8E4M3FNUZ) {
  %v0 = arith.constant -4 : i8
  %v1:2 = arith.mului_extended %v0, %arg1 : i8
  %v2 = arith.cmpi slt, %v0, %arg1 : i8
  %v3 = arith.constant dense<0xE467> : vector<4xbf16>
  %v4 = arith.extf %v3 : vector<4xbf16> to vector<4xf64>
  %v5 = arith.cmpi slt, %v0, %arg1 : i8
  %v6 = arith.constant dense<-0.75> : vector<4xf64>
  %v7 = arith.minimumf %v4, %v6 fastmath<none> : vector<4xf64>
  %v8 = arith.cmpi slt, %v0, %arg1 : i8
  %v9 = arith.negf %v4 fastmath<reassoc,contract> : vector<4xf64>
  %v10 = arith.sitofp %v5 : i1 to f8E4M3FN
  %v11 = arith.sitofp %v5 : i1 to f8E4M3FN
  %v12 = arith.constant -1 : i8
  %v13 = arith.constant 14 : i8
  %v14 = arith.xori %v13, %v12 : i8
  %v15 = arith.xori %v14, %v12 : i8
  %v16 = arith.constant 0x0010000000000000 : f64
  %v17 = arith.negf %v16 : f64
  %v18 = arith.negf %v17 : f64
  %v19 = arith.constant 100.0 : f64
  %v20 = arith.subf %v17, %v19 : f64
  %v21 = arith.minnumf %v10, %v11 fastmath<nsz> : f8E4M3FN
  %v22:2 = arith.mului_extended %v0, %arg1 : i8
  %v23 = arith.constant dense<144115188075855872> : vector<2xindex>
  %v24 = arith.cmpi ult, %v23, %v23 : vector<2xindex>
  %v25 = arith.cmpf ueq, %arg0, %arg0 : vector<4xbf16>
  %v26 = arith.constant 0x00 : f8E4M3FN
  %v27 = arith.bitcast %v26 : f8E4M3FN to f8E4M3FNUZ
  %v28 = arith.constant -1 : i32
  %v29 = arith.constant 0 : i32
  %v30 = arith.ceildivsi %v28, %v29 : i32
  %v31 = arith.cmpi ult, %v25, %v25 : vector<4xi1>
  %v32 = arith.select %v31, %v25, %v25 : vector<4xi1>, vector<4xi1>
  %v33 = arith.constant 2 : i8
  %v34 = arith.extui %v33 : i8 to i16
  return %v21, %v27 : f8E4M3FN, f8E4M3FNUZ
}
func.func @f1(%arg0: i1) -> (i1, i1, f8E4M3FN, i1) {
  %v0 = arith.constant dense<[[0x7FF8000000000000, 0xFFF0000000000000, 0.5], [0x7FF8000000000000, 7.0, 0.0]]> : vector<2x3xf64>
  %v1 = arith.subf %v0, %v0 fastmath<reassoc,contract> : vector<2x3xf64>
  %v2 = arith.constant true
  %v3 = arith.remsi %v2, %arg0 : i1
  %v4 = arith.remsi %v2, %arg0 : i1
  %v5 = arith.constant true
  %v6 = arith.subi %v5, %v3 overflow<nsw, nuw> : i1
  %v7 = arith.constant dense<0xFFC0> : vector<4xbf16>
  %v8 = arith.constant 13 : i8
  %v9 = arith.constant -9223372036854775808 : index
  %v10:2 = func.call @f0(%v7, %v8, %v9) : (vector<4xbf16>, i8, index) -> (f8E4M3FN, f8E4M3FNUZ)
  %v11 = arith.constant 1 : index
  %v12 = arith.shrui %v9, %v11 : index
  %v13 = arith.constant true
  %v14 = arith.select %v13, %v4, %arg0 : i1
  return %v4, %v14, %v10#0, %v14 : i1, i1, f8E4M3FN, i1
}
func.func @f2(%arg0: f32) -> f32 {
  %v0 = arith.constant true
  %v1 = arith.constant 0xBF800000 : f32
  %v2 = arith.constant 0xFFC00000 : f32
  %v3 = arith.select %v0, %v1, %v2 : f32
  %v4 = arith.constant false
  %v5 = arith.ceildivsi %v0, %v4 : i1
  %v6 = arith.floordivsi %v4, %v4 : i1
  %v7 = arith.constant false
  %v8 = arith.extsi %v7 : i1 to i64
  %v9 = arith.constant -9223372036854775808 : i64
  %v10 = arith.cmpi sle, %v8, %v9 : i64
  %v11 = arith.cmpi ugt, %v9, %v9 : i64
  %v12 = arith.constant true
  %v13 = arith.maxui %v12, %v7 : i1
  %v14 = arith.xori %v11, %v0 : i1
  %v15 = arith.constant 1 : i8
  %v16 = arith.extui %v15 : i8 to i64
  %v17 = arith.extui %v15 : i8 to i64
  %v18 = arith.cmpi uge, %v16, %v17 : i64
  %v19 = arith.andi %v10, %v0 : i1
  %v20 = arith.subf %v2, %arg0 fastmath<reassoc,contract> : f32
  return %v20 : f32
}
