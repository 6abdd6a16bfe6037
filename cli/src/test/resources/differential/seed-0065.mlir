// Random func/arith module, seed 65.
func.func @f0(%arg0: i8, %arg1: f8E4M3B11FNUZ) -> (tf32, i32, i1) {
  %v0 = arith.constant 2 : i8
  %v1 = arith.shli %arg0, %v0 overflow<nuw> : i8
  %v2 = arith.constant 127 : i8
  %v3 = arith.cmpi sle, %v2, %v0 : i8
  %v4 = arith.constant 255 : i8
  %v5 = arith.cmpi uge, %v4, %arg0 : i8
  %v6 = arith.constant 622407865 : i32
  %v7 = arith.constant -33902302 : i32
  %v8 = arith.addi %v6, %v7 : i32
  %v9 = arith.constant 31 : i32
  %v10 = arith.subi %v8, %v9 : i32
  %v11 = arith.constant 8 : i8
  %v12 = arith.sitofp %v11 : i8 to tf32
  %v13 = arith.constant 0.0 : tf32
  %v14 = arith.constant 0x00000 : tf32
  %v15 = arith.addf %v13, %v14 : tf32
  return %v13, %v8, %v3 : tf32, i32, i1
}
func.func @f1(%arg0: vector<f64>, %arg1: f8E4M3, %arg2: i33, %arg3: bf16) -> (i33, vector<f64>) {
  %v0 = arith.constant 6 : i33
  %v1 = arith.ceildivsi %arg2, %v0 : i33
  %v2 = arith.constant 1 : i33
  %v3 = arith.constant 5699749551 : i33
  %v4 = arith.ceildivui %v2, %v3 : i33
  %v5 = arith.constant 100.0 : bf16
  %v6 = arith.mulf %arg3, %v5 : bf16
  %v7 = arith.constant 1 : index
  %v8 = arith.constant -3 : index
  %v9 = arith.cmpi ule, %v7, %v8 : index
  %v10 = arith.constant false
  %v11 = arith.select %v10, %arg1, %arg1 : f8E4M3
  %v12 = arith.maxui %v4, %arg2 : i33
  %v13 = arith.select %v10, %arg0, %arg0 : vector<f64>
  return %v12, %v13 : i33, vector<f64>
}
func.func @f2(%arg0: f8E5M2, %arg1: i64, %arg2: vector<f64>) -> vector<4xi64> {
  %v0 = arith.constant dense<[0, -9223372036854775808, 16, 65]> : vector<4xi64>
  %v1 = arith.negf %arg0 : f8E5M2
  %v2 = arith.negf %v1 : f8E5M2
  %v3 = arith.cmpi sgt, %arg1, %arg1 : i64
  %v4 = arith.constant dense<100.0> : vector<f64>
  %v5 = arith.subf %arg2, %v4 : vector<f64>
  %v6 = arith.constant 0 : i32
  %v7 = arith.extsi %v6 : i32 to i33
  %v8 = arith.constant 4.0 : f8E5M2
  %v9 = arith.maxnumf %arg0, %v8 fastmath<reassoc,contract> : f8E5M2
  %v10 = arith.negf %arg0 : f8E5M2
  %v11 = arith.negf %v5 : vector<f64>
  %v12 = arith.negf %v11 : vector<f64>
  %v13 = arith.constant false
  %v14 = arith.andi %v3, %v13 : i1
  %v15 = arith.bitcast %v1 : f8E5M2 to f8E4M3FN
  %v16 = arith.constant -1.0 : f8E5M2
  %v17 = arith.cmpf one, %arg0, %v16 : f8E5M2
  %v18 = arith.cmpi sgt, %arg1, %arg1 : i64
  return %v0 : vector<4xi64>
}
func.func @f3(%arg0: i8, %arg1: vector<4xbf16>, %arg2: f64) -> (vector<4xi64>, i33, i33) {
  %v0 = arith.constant dense<0x7FF0000000000000> : vector<f64>
  %v1 = arith.constant 0x07 : f8E4M3
  %v2 = arith.constant 32 : i33
  %v3 = arith.constant 0xFF80 : bf16
  %v4:2 = func.call @f1(%v0, %v1, %v2, %v3) : (vector<f64>, f8E4M3, i33, bf16) -> (i33, vector<f64>)
  %v5:2 = func.call @f1(%v0, %v1, %v2, %v3) : (vector<f64>, f8E4M3, i33, bf16) -> (i33, vector<f64>)
  %v6 = arith.constant 128 : i8
  %v7 = arith.divsi %arg0, %v6 : i8
  %v8 = arith.fptosi %arg1 : vector<4xbf16> to vector<4xi16>
  %v9 = arith.negf %arg2 : f64
  %v10 = arith.constant 1.0e+10 : f64
  %v11 = arith.cmpf olt, %arg2, %v10 fastmath<arcp,afn> : f64
  %v12 = arith.constant 4294967295 : i33
  %v13 = arith.remui %v4#0, %v12 : i33
  %v14 = arith.xori %arg0, %arg0 : i8
  %v15:2 = func.call @f1(%v0, %v1, %v2, %v3) : (vector<f64>, f8E4M3, i33, bf16) -> (i33, vector<f64>)
  %v16 = arith.constant dense<0x0001> : vector<4xbf16>
  %v17 = arith.cmpf ult, %v16, %arg1 : vector<4xbf16>
  %v18 = arith.constant dense<-1> : vector<4xi16>
  %v19 = arith.xori %v8, %v18 : vector<4xi16>
  %v20 = arith.xori %v19, %v18 : vector<4xi16>
  %v21 = arith.cmpf uge, %v5#1, %v4#1 : vector<f64>
  %v22 = arith.constant dense<true> : vector<i1>
  %v23 = arith.minui %v21, %v22 : vector<i1>
  %v24 = arith.constant -1 : i128
  %v25 = arith.trunci %v24 : i128 to i16
  %v26 = arith.negf %arg1 fastmath<fast> : vector<4xbf16>
  %v27 = arith.constant 1.0 : f64
  %v28 = arith.mulf %v10, %v27 fastmath<reassoc,contract> : f64
  %v29 = arith.constant dense<true> : vector<4xi1>
  %v30 = arith.xori %v17, %v29 : vector<4xi1>
  %v31 = arith.xori %v30, %v29 : vector<4xi1>
  %v32 = arith.remui %v4#0, %v12 : i33
  %v33 = arith.constant 0.0 : f8E5M2
  %v34 = arith.constant 8796093022208 : i64
  %v35 = func.call @f2(%v33, %v34, %v15#1) : (f8E5M2, i64, vector<f64>) -> vector<4xi64>
  %v36 = arith.constant dense<100.0> : vector<4xbf16>
  %v37 = arith.cmpf ugt, %v36, %arg1 : vector<4xbf16>
  %v38 = arith.constant dense<0x8000> : vector<4xbf16>
  %v39 = arith.select %v17, %arg1, %v38 : vector<4xi1>, vector<4xbf16>
  %v40 = arith.xori %arg0, %arg0 : i8
  %v41 = arith.maxnumf %v39, %v16 : vector<4xbf16>
  return %v35, %v32, %v32 : vector<4xi64>, i33, i33
}
