// Random func/arith module, seed 153.
func.func @f0(%arg0: i32, %arg1: i64, %arg2: bf16) -> i32 {
  %v0 = arith.constant 9223372036854775807 : i64
  %v1 = arith.ceildivsi %arg1, %v0 : i64
  %v2 = arith.constant -1 : i32
  %v3 = arith.muli %arg0, %v2 : i32
  %v4 = arith.bitcast %arg2 : bf16 to i16
  %v5 = arith.constant -0.0 : bf16
  %v6 = arith.constant 3.0 : bf16
  %v7 = arith.cmpf oeq, %v5, %v6 : bf16
  %v8 = arith.constant true
  %v9 = arith.constant -3.0e-05 : bf16
  %v10 = arith.constant 100.0 : bf16
  %v11 = arith.select %v8, %v9, %v10 : bf16
  %v12 = arith.constant 0x03 : f8E5M2FNUZ
  %v13 = arith.negf %v12 fastmath<fast> : f8E5M2FNUZ
  %v14 = arith.constant 31 : i32
  %v15 = arith.extsi %v14 : i32 to i64
  %v16 = arith.constant 0 : i64
  %v17 = arith.shrsi %v0, %v16 : i64
  %v18 = arith.constant 4.0 : bf16
  %v19 = arith.truncf %v18 toward_zero fastmath<none> : bf16 to f8E4M3
  %v20 = arith.constant 1 : index
  %v21 = arith.constant 2184093744374371992 : index
  %v22 = arith.minui %v20, %v21 : index
  %v23 = arith.constant 31 : i32
  %v24 = arith.subi %v3, %v23 : i32
  %v25 = arith.subi %v3, %v23 : i32
  %v26 = arith.constant 64 : index
  %v27 = arith.shrui %v26, %v20 exact : index
  %v28 = arith.constant 0 : i64
  %v29 = arith.maxui %v16, %v28 : i64
  %v30 = arith.minui %v25, %arg0 : i32
  %v31 = arith.constant -9223372036854775808 : index
  %v32 = arith.cmpi uge, %v20, %v31 : index
  return %v30 : i32
}
func.func @f1(%arg0: f64) -> (i7, i1) {
  %v0 = arith.constant 1 : i7
  %v1 = arith.constant -64 : i7
  %v2 = arith.minui %v0, %v1 : i7
  %v3 = arith.constant 0x7FF8000000000000 : f64
  %v4 = arith.minnumf %v3, %arg0 : f64
  %v5 = arith.constant 2 : i7
  %v6 = arith.xori %v5, %v2 : i7
  %v7:2 = arith.mului_extended %v5, %v1 : i7
  %v8 = arith.constant 0x0000000000000000 : f64
  %v9 = arith.negf %v8 fastmath<nnan> : f64
  %v10 = arith.xori %v5, %v1 : i7
  %v11 = arith.cmpi ne, %v5, %v10 : i7
  %v12 = arith.constant false
  %v13 = arith.constant true
  %v14 = arith.cmpi ne, %v12, %v13 : i1
  %v15 = arith.constant 0x0010000000000000 : f64
  %v16 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v17 = arith.minnumf %v15, %v16 fastmath<arcp,afn> : f64
  %v18 = arith.cmpi ugt, %v12, %v14 : i1
  %v19 = arith.constant 1 : i32
  %v20 = arith.minui %v19, %v19 : i32
  return %v10, %v13 : i7, i1
}
