// Random func/arith module, seed 40.
func.func @f0(%arg0: i32, %arg1: i16, %arg2: i1) -> (vector<i16>, vector<i16>, vector<i16>) {
  %v0 = arith.shrui %arg2, %arg2 : i1
  %v1 = arith.extui %arg1 : i16 to i32
  %v2 = arith.shrui %arg2, %arg2 : i1
  %v3 = arith.constant 2147483647 : i32
  %v4 = arith.constant 12 : i32
  %v5 = arith.shrsi %v3, %v4 : i32
  %v6 = arith.constant -1.0 : f128
  %v7 = arith.truncf %v6 upward : f128 to f8E4M3FN
  %v8 = arith.shrui %arg2, %arg2 : i1
  %v9 = arith.shrsi %v3, %v4 : i32
  %v10 = arith.constant dense<false> : vector<i1>
  %v11 = arith.constant dense<15> : vector<i16>
  %v12 = arith.constant dense<-32768> : vector<i16>
  %v13 = arith.select %v10, %v11, %v12 : vector<i1>, vector<i16>
  %v14 = arith.constant 0x78 : f8E4M3FN
  %v15 = arith.mulf %v14, %v7 fastmath<reassoc,contract> : f8E4M3FN
  %v16 = arith.negf %v7 : f8E4M3FN
  %v17 = arith.negf %v16 : f8E4M3FN
  %v18 = arith.constant dense<-1> : vector<i16>
  %v19 = arith.constant dense<1> : vector<i16>
  %v20 = arith.xori %v19, %v18 : vector<i16>
  %v21 = arith.xori %v20, %v18 : vector<i16>
  return %v13, %v13, %v21 : vector<i16>, vector<i16>, vector<i16>
}
func.func @f1(%arg0: bf16, %arg1: f8E8M0FNU, %arg2: f8E3M4, %arg3: i1) -> (f8E3M4, f8E4M3FN, i7, i64) {
  %v0 = arith.extui %arg3 : i1 to i64
  %v1 = arith.constant -9223372036854775808 : i64
  %v2 = arith.cmpi eq, %v0, %v1 : i64
  %v3 = arith.constant 0xFE : f8E8M0FNU
  %v4 = arith.addf %arg1, %v3 : f8E8M0FNU
  %v5 = arith.constant dense<[false, true, true, true]> : vector<4xi1>
  %v6 = arith.constant dense<[false, false, true, true]> : vector<4xi1>
  %v7:2 = arith.mulsi_extended %v5, %v6 : vector<4xi1>
  %v8 = arith.constant 0xF8 : f8E3M4
  %v9 = arith.constant 0x00 : f8E3M4
  %v10 = arith.select %arg3, %v8, %v9 : f8E3M4
  %v11 = arith.constant 1 : i64
  %v12 = arith.uitofp %v11 : i64 to f8E4M3FN
  %v13 = arith.bitcast %v10 : f8E3M4 to f8E4M3FN
  %v14 = arith.constant 0xBF800000 : f32
  %v15 = arith.constant -3.0e-05 : f32
  %v16 = arith.maxnumf %v14, %v15 fastmath<fast> : f32
  %v17 = arith.fptosi %v13 : f8E4M3FN to i7
  %v18 = arith.constant 0x6F : f8E3M4
  %v19 = arith.addf %arg2, %v18 : f8E3M4
  %v20 = arith.constant 1 : i64
  %v21 = arith.muli %v0, %v20 : i64
  %v22 = arith.constant 1152921504606846976 : i64
  %v23 = arith.muli %v21, %v22 : i64
  return %v10, %v13, %v17, %v21 : f8E3M4, f8E4M3FN, i7, i64
}
func.func @f2(%arg0: f8E4M3) -> i1 {
  %v0 = arith.constant 0.1 : f8E4M3
  %v1 = arith.constant -0.75 : f8E4M3
  %v2 = arith.divf %v0, %v1 : f8E4M3
  %v3 = arith.divf %v0, %v1 : f8E4M3
  %v4 = arith.constant 0 : i8
  %v5 = arith.muli %v4, %v4 : i8
  %v6 = arith.constant 4.0 : f8E4M3
  %v7 = arith.remf %v6, %arg0 fastmath<reassoc,contract> : f8E4M3
  %v8 = arith.muli %v4, %v4 : i8
  %v9 = arith.cmpi ugt, %v8, %v4 : i8
  %v10 = arith.constant false
  %v11 = arith.addi %v10, %v9 overflow<nuw> : i1
  %v12 = arith.uitofp %v11 : i1 to f64
  %v13 = arith.fptosi %v12 : f64 to i1
  %v14 = arith.constant false
  %v15 = arith.sitofp %v14 : i1 to f8E4M3B11FNUZ
  %v16 = arith.constant false
  %v17 = arith.cmpi ult, %v16, %v10 : i1
  %v18 = arith.muli %v4, %v4 : i8
  %v19 = arith.extui %v5 : i8 to i64
  %v20 = arith.constant 0 : i8
  %v21 = arith.select %v14, %v4, %v20 : i8
  %v22 = arith.constant 0x7FF0000000000000 : f64
  %v23 = arith.constant 0xCC4C03470A02A7C7 : f64
  %v24 = arith.minimumf %v22, %v23 : f64
  return %v13 : i1
}
