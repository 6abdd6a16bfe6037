// Random func/arith module, seed 150.
func.func @f0(%arg0: i64, %arg1: i64, %arg2: i128) {
  %v0 = arith.ori %arg1, %arg1 : i64
  %v1 = arith.constant 3 : i128
  %v2 = arith.trunci %v1 overflow<nsw, nuw> : i128 to i7
  %v3 = arith.constant true
  %v4 = arith.constant 0x07 : f8E4M3FNUZ
  %v5 = arith.constant -0.75 : f8E4M3FNUZ
  %v6 = arith.select %v3, %v4, %v5 : f8E4M3FNUZ
  %v7 = arith.constant 127 : i128
  %v8 = arith.cmpi slt, %arg2, %v7 : i128
  %v9 = arith.extsi %v8 : i1 to i16
  %v10 = arith.trunci %v9 : i16 to i1
  %v11 = arith.constant 0x08 : f8E4M3FNUZ
  %v12 = arith.negf %v11 : f8E4M3FNUZ
  %v13 = arith.negf %v12 : f8E4M3FNUZ
  %v14 = arith.subi %v9, %v9 : i16
  %v15 = arith.constant 0 : i64
  %v16 = arith.select %v3, %v0, %v15 : i64
  %v17 = arith.minsi %v3, %v8 : i1
  %v18 = arith.constant 0 : i8
  %v19 = arith.extsi %v18 : i8 to i64
  %v20 = arith.constant 9 : i8
  %v21 = arith.extsi %v20 : i8 to i64
  %v22 = arith.cmpi sle, %v19, %v21 : i64
  %v23 = arith.cmpi eq, %v15, %v16 : i64
  %v24 = arith.constant 1 : i16
  %v25 = arith.maxui %v24, %v14 : i16
  %v26 = arith.select %v22, %arg1, %v0 : i64
  %v27 = arith.trunci %v9 : i16 to i1
  return
}
func.func @f1(%arg0: f32) -> i64 {
  %v0 = arith.constant 0 : i64
  %v1 = arith.constant -1 : i64
  %v2 = arith.constant -1 : i128
  func.call @f0(%v0, %v1, %v2) : (i64, i64, i128) -> ()
  func.call @f0(%v0, %v1, %v2) : (i64, i64, i128) -> ()
  %v5 = arith.constant -1 : i128
  %v6 = arith.remui %v2, %v5 : i128
  %v7 = arith.shli %v2, %v6 : i128
  %v8 = arith.constant 14 : i16
  %v9 = arith.constant 15 : i16
  %v10 = arith.ceildivui %v8, %v9 : i16
  %v11 = arith.muli %v0, %v1 overflow<none> : i64
  return %v11 : i64
}
func.func @f2(%arg0: vector<4xi16>) -> i64 {
  %v0 = arith.constant 32767 : i16
  %v1 = arith.constant 17 : i16
  %v2 = arith.remsi %v0, %v1 : i16
  %v3 = arith.constant -9223372036854775808 : i64
  %v4 = arith.constant 2361183241434822606848 : i128
  func.call @f0(%v3, %v3, %v4) : (i64, i64, i128) -> ()
  %v6 = arith.constant -2.5 : f8E3M4
  %v7 = arith.bitcast %v6 : f8E3M4 to f8E5M2
  %v8 = arith.constant 0x8000 : bf16
  %v9 = arith.constant 0xFF80 : bf16
  %v10 = arith.maxnumf %v8, %v9 : bf16
  %v11 = arith.constant 7.0 : f32
  %v12 = func.call @f1(%v11) : (f32) -> i64
  %v13 = arith.xori %v3, %v12 : i64
  %v14 = func.call @f1(%v11) : (f32) -> i64
  %v15 = arith.constant 0xFF800000 : f32
  %v16 = arith.addf %v11, %v15 fastmath<nnan> : f32
  %v17 = arith.constant 0x7C00 : f16
  %v18 = arith.constant 0.1 : f16
  %v19 = arith.minimumf %v17, %v18 : f16
  %v20 = func.call @f1(%v11) : (f32) -> i64
  %v21 = arith.cmpi uge, %arg0, %arg0 : vector<4xi16>
  %v22 = arith.constant 0x78 : f8E3M4
  %v23 = arith.extf %v22 : f8E3M4 to f64
  %v24 = arith.constant dense<1> : vector<4xi16>
  %v25 = arith.constant dense<0> : vector<4xi16>
  %v26 = arith.minui %v24, %v25 : vector<4xi16>
  %v27 = arith.constant dense<[15, 16, 0, 16]> : vector<4xi16>
  %v28:2 = arith.mulsi_extended %v27, %arg0 : vector<4xi16>
  %v29 = arith.constant dense<[-3, -32768, 17, 0]> : vector<4xi16>
  %v30 = arith.maxui %v29, %v28#1 : vector<4xi16>
  %v31:2 = arith.addui_extended %v30, %v27 : vector<4xi16>, vector<4xi1>
  %v32 = arith.xori %v2, %v1 : i16
  %v33 = arith.negf %v7 : f8E5M2
  %v34 = arith.uitofp %v28#0 : vector<4xi16> to vector<4xf64>
  %v35 = arith.constant 1 : i16
  %v36 = arith.cmpi uge, %v35, %v1 : i16
  %v37 = arith.constant -1 : i64
  %v38 = arith.remsi %v12, %v37 : i64
  %v39 = arith.constant true
  %v40 = arith.constant 9223372036854775807 : i64
  %v41 = arith.select %v39, %v40, %v12 : i64
  %v42 = arith.uitofp %v41 : i64 to f64
  %v43 = arith.fptosi %v42 : f64 to i64
  return %v38 : i64
}
func.func @f3(%arg0: i32) -> (i32, f32, i32) {
  %v0 = arith.constant 2.0 : bf16
  %v1 = arith.divf %v0, %v0 : bf16
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg0, %arg0 : i32
  %v4 = arith.constant 256 : i32
  %v5 = arith.ori %v4, %arg0 : i32
  %v6 = arith.select %v2, %v3, %v4 : i32
  %v7 = arith.constant 2147483647 : i32
  %v8 = arith.muli %v5, %v7 : i32
  %v9 = arith.divsi %v5, %v3 : i32
  %v10 = arith.bitcast %v3 : i32 to f32
  %v11 = arith.bitcast %v10 : f32 to i32
  %v12 = arith.constant -128 : i8
  %v13 = arith.shrsi %v12, %v12 exact : i8
  %v14 = arith.constant 0 : index
  %v15 = arith.constant 6 : index
  %v16 = arith.shrsi %v14, %v15 : index
  return %v9, %v10, %v6 : i32, f32, i32
}
