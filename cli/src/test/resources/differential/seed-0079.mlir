// Random func/arith module, seed 79.
func.func @f0(%arg0: f32) -> (i64, f64, f64) {
  %v0 = arith.fptoui %arg0 : f32 to i64
  %v1 = arith.constant 0x3F800000 : f32
  %v2 = arith.addf %arg0, %v1 fastmath<nnan,ninf> : f32
  %v3 = arith.constant 0x0D : f8E5M2FNUZ
  %v4 = arith.constant 0x03 : f8E5M2FNUZ
  %v5 = arith.maxnumf %v3, %v4 : f8E5M2FNUZ
  %v6 = arith.maxsi %v0, %v0 : i64
  %v7 = arith.constant 0x01 : f8E4M3
  %v8 = arith.bitcast %v7 : f8E4M3 to i8
  %v9 = arith.constant 1 : i64
  %v10 = arith.index_castui %v9 : i64 to index
  %v11 = arith.negf %arg0 fastmath<reassoc,contract> : f32
  %v12 = arith.constant 5 : index
  %v13 = arith.cmpi ult, %v12, %v10 : index
  %v14 = arith.bitcast %v7 : f8E4M3 to f8E5M2FNUZ
  %v15 = arith.bitcast %v1 : f32 to i32
  %v16 = arith.divf %arg0, %v1 : f32
  %v17 = arith.constant -9223372036854775808 : i64
  %v18 = arith.select %v13, %v17, %v17 : i64
  %v19 = arith.bitcast %v7 : f8E4M3 to i8
  %v20 = arith.extf %v2 fastmath<arcp,afn> : f32 to f64
  %v21 = arith.constant 0 : i32
  %v22 = arith.ori %v15, %v21 : i32
  return %v18, %v20, %v20 : i64, f64, f64
}
func.func @f1(%arg0: f8E3M4) {
  %v0 = arith.fptosi %arg0 : f8E3M4 to i128
  %v1 = arith.fptosi %arg0 : f8E3M4 to i128
  %v2 = arith.constant 0x0E : f8E3M4
  %v3 = arith.minnumf %v2, %arg0 : f8E3M4
  %v4 = arith.fptosi %arg0 : f8E3M4 to i128
  %v5 = arith.fptosi %arg0 : f8E3M4 to i128
  %v6 = arith.constant 12 : i64
  %v7 = arith.constant 9223372036854775807 : i64
  %v8 = arith.ceildivsi %v6, %v7 : i64
  %v9 = arith.constant dense<[false, false, false, true]> : vector<4xi1>
  %v10 = arith.constant dense<9223372036854775807> : vector<4xi64>
  %v11 = arith.select %v9, %v10, %v10 : vector<4xi1>, vector<4xi64>
  %v12 = arith.constant 7.0 : f32
  %v13:3 = func.call @f0(%v12) : (f32) -> (i64, f64, f64)
  %v14 = arith.constant 0.0 : f32
  %v15 = arith.cmpf ogt, %v14, %v12 fastmath<none> : f32
  %v16 = arith.ceildivui %v5, %v0 : i128
  %v17 = arith.constant dense<[-9223372036854775808, 4, 64, 12]> : vector<4xi64>
  %v18 = arith.constant dense<[7, 65, -1, 16]> : vector<4xi64>
  %v19 = arith.cmpi eq, %v17, %v18 : vector<4xi64>
  return
}
func.func @f2(%arg0: f8E5M2, %arg1: vector<2xi16>, %arg2: f8E5M2FNUZ, %arg3: i16) -> (i16, i16) {
  %v0 = arith.ceildivui %arg1, %arg1 : vector<2xi16>
  %v1 = arith.extsi %arg3 : i16 to i32
  %v2 = arith.sitofp %arg3 : i16 to f64
  %v3 = arith.andi %arg3, %arg3 : i16
  %v4 = arith.cmpi ugt, %arg1, %v0 : vector<2xi16>
  %v5 = arith.constant 0x7E : f8E5M2
  %v6 = arith.fptoui %v5 : f8E5M2 to i32
  %v7 = arith.muli %v3, %arg3 overflow<nsw> : i16
  %v8 = arith.constant dense<true> : vector<2xi1>
  %v9 = arith.constant dense<true> : vector<2xi1>
  %v10 = arith.maxsi %v8, %v9 : vector<2xi1>
  %v11 = arith.constant dense<[3645, 1]> : vector<2xi16>
  %v12 = arith.select %v4, %v0, %v11 : vector<2xi1>, vector<2xi16>
  %v13 = arith.constant 0x03FF : f16
  %v14 = arith.constant 3.0 : f16
  %v15 = arith.remf %v13, %v14 : f16
  %v16 = arith.extf %arg0 : f8E5M2 to f64
  %v17:2 = arith.addui_extended %v4, %v4 : vector<2xi1>, vector<2xi1>
  %v18 = arith.bitcast %arg2 : f8E5M2FNUZ to f8E3M4
  %v19 = arith.extui %arg1 : vector<2xi16> to vector<2xi32>
  %v20 = arith.constant true
  %v21 = arith.select %v20, %arg0, %arg0 : f8E5M2
  %v22 = arith.constant 16 : i16
  %v23 = arith.subi %v7, %v22 overflow<nsw, nuw> : i16
  %v24 = arith.constant -8 : i16
  %v25:2 = arith.mulsi_extended %v24, %arg3 : i16
  %v26 = arith.constant 0 : i32
  %v27 = arith.minsi %v26, %v1 : i32
  %v28 = arith.minui %v24, %v3 : i16
  %v29 = arith.minui %v19, %v19 : vector<2xi32>
  %v30 = arith.constant -1.0 : f8E5M2
  %v31 = arith.cmpf ule, %v5, %v30 fastmath<none> : f8E5M2
  return %v23, %v23 : i16, i16
}
func.func @f3(%arg0: vector<4xf64>, %arg1: f16) -> (i64, vector<4xf64>, f64, i64) {
  %v0 = arith.constant 0xFF800000 : f32
  %v1 = arith.negf %v0 fastmath<none> : f32
  %v2 = arith.constant 0xFE00 : f16
  %v3 = arith.maximumf %v2, %arg1 : f16
  %v4 = arith.constant -5 : i8
  %v5 = arith.cmpi sle, %v4, %v4 : i8
  %v6 = arith.remui %v4, %v4 : i8
  %v7 = arith.trunci %v6 : i8 to i1
  %v8 = arith.constant 9223372036854775807 : i64
  %v9 = arith.constant -9223372036854775808 : i64
  %v10 = arith.muli %v8, %v9 overflow<nsw> : i64
  %v11 = arith.cmpi sle, %v4, %v4 : i8
  %v12 = arith.negf %v0 fastmath<none> : f32
  %v13 = arith.constant 4.0 : f8E3M4
  func.call @f1(%v13) : (f8E3M4) -> ()
  %v15 = arith.cmpi sle, %v4, %v4 : i8
  %v16 = arith.constant dense<0xBFF0000000000000> : vector<4xf64>
  %v17 = arith.subf %arg0, %v16 fastmath<reassoc,contract> : vector<4xf64>
  %v18 = arith.constant 7.0 : f16
  %v19 = arith.minimumf %v18, %v2 : f16
  %v20 = arith.addf %v17, %v17 : vector<4xf64>
  %v21 = arith.fptoui %arg0 : vector<4xf64> to vector<4xi1>
  %v22 = arith.constant 0x7F800000 : f32
  %v23:3 = func.call @f0(%v22) : (f32) -> (i64, f64, f64)
  return %v23#0, %v17, %v23#2, %v23#0 : i64, vector<4xf64>, f64, i64
}
