// Random func/arith module, seed 109.
func.func @f0(%arg0: f32) -> (f32, f32) {
  %v0 = arith.constant dense<[[true, false, true], [true, true, false]]> : vector<2x3xi1>
  %v1 = arith.constant dense<[[true, true, true], [true, false, true]]> : vector<2x3xi1>
  %v2 = arith.remui %v0, %v1 : vector<2x3xi1>
  %v3 = arith.constant -1 : i7
  %v4 = arith.constant 7 : i7
  %v5 = arith.cmpi ult, %v3, %v4 : i7
  %v6 = arith.constant -2 : i33
  %v7 = arith.constant 157703552 : i33
  %v8 = arith.divui %v6, %v7 : i33
  %v9 = arith.constant false
  %v10 = arith.constant true
  %v11 = arith.divsi %v9, %v10 : i1
  %v12 = arith.divui %v6, %v7 : i33
  %v13 = arith.constant 2.0 : f16
  %v14 = arith.constant 1.0 : f16
  %v15 = arith.mulf %v13, %v14 : f16
  %v16 = arith.constant 1.0e+10 : f32
  %v17 = arith.minimumf %v16, %arg0 fastmath<fast> : f32
  %v18 = arith.constant -1 : i8
  %v19 = arith.constant -128 : i8
  %v20 = arith.ceildivsi %v18, %v19 : i8
  %v21 = arith.cmpi ult, %v3, %v4 : i7
  %v22 = arith.constant true
  %v23 = arith.shli %v9, %v22 : i1
  %v24 = arith.constant true
  %v25 = arith.constant true
  %v26 = arith.xori %v25, %v24 : i1
  %v27 = arith.xori %v26, %v24 : i1
  %v28 = arith.constant 1.0 : f32
  %v29 = arith.mulf %v17, %v28 : f32
  %v30 = arith.constant 127 : i8
  %v31 = arith.ceildivsi %v3, %v4 : i7
  %v32 = arith.constant dense<true> : vector<2x3xi1>
  %v33 = arith.cmpi uge, %v2, %v32 : vector<2x3xi1>
  %v34 = arith.select %v33, %v32, %v2 : vector<2x3xi1>, vector<2x3xi1>
  %v35 = arith.constant 4294967291 : i32
  %v36 = arith.maxsi %v35, %v35 : i32
  return %v29, %v29 : f32, f32
}
func.func @f1(%arg0: i64, %arg1: f16, %arg2: index) -> index {
  %v0 = arith.constant -7 : i64
  %v1 = arith.sitofp %v0 : i64 to f8E4M3FN
  %v2 = arith.constant 256 : i64
  %v3 = arith.divsi %arg0, %v2 : i64
  %v4 = arith.constant dense<true> : vector<4xi1>
  %v5 = arith.constant dense<[0, 1, 13, 14]> : vector<4xi16>
  %v6 = arith.constant dense<16> : vector<4xi16>
  %v7 = arith.select %v4, %v5, %v6 : vector<4xi1>, vector<4xi16>
  %v8 = arith.constant 0 : i16
  %v9 = arith.extsi %v8 : i16 to i33
  %v10 = arith.constant 0.5 : f16
  %v11 = arith.addf %v10, %v10 fastmath<nsz> : f16
  %v12 = arith.constant dense<-9223372036854775808> : vector<2xi64>
  %v13:2 = arith.addui_extended %v12, %v12 : vector<2xi64>, vector<2xi1>
  %v14 = arith.constant 11 : i16
  %v15 = arith.uitofp %v14 : i16 to f8E4M3
  %v16 = arith.constant 0.1 : f32
  %v17:2 = func.call @f0(%v16) : (f32) -> (f32, f32)
  %v18 = arith.shli %arg2, %arg2 : index
  %v19 = arith.constant 9223372036854775807 : i64
  %v20 = arith.cmpi ult, %arg0, %v19 : i64
  %v21 = arith.constant dense<[false, true]> : vector<2xi1>
  %v22 = arith.ceildivsi %v13#1, %v21 : vector<2xi1>
  return %v18 : index
}
func.func @f2(%arg0: f8E3M4, %arg1: i32, %arg2: f32, %arg3: i64) -> (f64, i32) {
  %v0 = arith.constant 0x00000001 : f32
  %v1 = arith.maxnumf %v0, %arg2 : f32
  %v2 = arith.maxnumf %v0, %arg2 : f32
  %v3 = arith.constant -1 : i64
  %v4 = arith.constant 1 : i64
  %v5 = arith.cmpi sge, %v3, %v4 : i64
  %v6 = arith.constant 100.0 : f8E3M4
  %v7 = arith.select %v5, %v6, %arg0 : f8E3M4
  %v8 = arith.constant 0 : i32
  %v9 = arith.divsi %arg1, %v8 : i32
  %v10 = arith.cmpi ne, %v9, %v8 : i32
  %v11 = arith.select %v10, %v8, %v9 : i32
  %v12 = arith.index_cast %arg3 : i64 to index
  %v13 = arith.bitcast %arg3 : i64 to f64
  %v14 = arith.bitcast %v13 : f64 to i64
  %v15 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v16 = arith.maximumf %v15, %v15 fastmath<ninf> : f64
  %v17 = arith.constant 0x7C00 : f16
  %v18 = arith.constant -1 : index
  %v19 = func.call @f1(%arg3, %v17, %v18) : (i64, f16, index) -> index
  %v20 = arith.constant 1769176028756973284 : i64
  %v21 = arith.minsi %v20, %arg3 : i64
  %v22 = arith.shli %v9, %v11 overflow<nuw> : i32
  %v23 = arith.constant 0xA97502B73F94C920 : f64
  %v24 = arith.minimumf %v23, %v13 fastmath<nsz> : f64
  %v25 = arith.constant -3.0e-05 : f16
  %v26 = func.call @f1(%v21, %v25, %v19) : (i64, f16, index) -> index
  %v27 = func.call @f1(%v21, %v25, %v19) : (i64, f16, index) -> index
  %v28 = arith.constant -0.0 : f64
  %v29 = arith.maxnumf %v28, %v13 : f64
  %v30 = func.call @f1(%arg3, %v17, %v18) : (i64, f16, index) -> index
  %v31 = arith.divsi %arg1, %v8 : i32
  %v32 = arith.constant 0xB4E4 : f16
  %v33 = func.call @f1(%v21, %v32, %v26) : (i64, f16, index) -> index
  %v34 = arith.subi %v21, %arg3 : i64
  %v35 = arith.constant -7229428993613309318 : i64
  %v36 = arith.constant -3.0e-05 : f16
  %v37 = func.call @f1(%v35, %v36, %v27) : (i64, f16, index) -> index
  return %v29, %v31 : f64, i32
}
func.func @f3(%arg0: tensor<2x2xf16>, %arg1: f64, %arg2: f8E4M3FNUZ) -> (i33, tensor<2x2xf16>) {
  %v0 = arith.constant 0x0010000000000000 : f64
  %v1 = arith.constant 0x09C03A3FA92F8037 : f64
  %v2 = arith.cmpf oge, %v0, %v1 : f64
  %v3 = arith.constant -4294967296 : i33
  %v4 = arith.constant 9 : i33
  %v5 = arith.subi %v3, %v4 overflow<nuw> : i33
  %v6 = arith.constant 8 : i33
  %v7 = arith.constant 32 : i33
  %v8 = arith.minui %v6, %v7 : i33
  %v9 = arith.minui %v6, %v7 : i33
  %v10 = arith.cmpi sle, %v2, %v2 : i1
  %v11 = arith.negf %arg0 : tensor<2x2xf16>
  %v12 = arith.negf %v11 : tensor<2x2xf16>
  %v13 = arith.constant 3 : i64
  %v14 = arith.constant -2.5 : f16
  %v15 = arith.constant 1455039947322684266 : index
  %v16 = func.call @f1(%v13, %v14, %v15) : (i64, f16, index) -> index
  %v17 = arith.cmpf oge, %v0, %v1 : f64
  return %v4, %v12 : i33, tensor<2x2xf16>
}
