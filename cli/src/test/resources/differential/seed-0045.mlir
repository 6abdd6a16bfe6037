// Random func/arith module, seed 45.
func.func @f0(%arg0: bf16, %arg1: i16, %arg2: i32, %arg3: f32) -> (i1, i1) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.constant 9 : i32
  %v2 = arith.muli %v0, %v1 overflow<none> : i32
  %v3 = arith.constant 1 : i32
  %v4 = arith.ceildivsi %v1, %v3 : i32
  %v5 = arith.muli %v0, %v1 overflow<none> : i32
  %v6 = arith.muli %arg1, %arg1 : i16
  %v7 = arith.constant 0x7FC00000 : f32
  %v8 = arith.minnumf %arg3, %v7 : f32
  %v9 = arith.subf %arg0, %arg0 fastmath<nnan> : bf16
  %v10 = arith.divui %arg2, %v2 : i32
  %v11 = arith.maxui %arg1, %v6 : i16
  %v12 = arith.constant 0x007FFFFF : f32
  %v13 = arith.cmpf ule, %v12, %v8 : f32
  %v14 = arith.constant 0xFF80 : bf16
  %v15 = arith.constant -1.0 : bf16
  %v16 = arith.divf %v14, %v15 : bf16
  %v17 = arith.muli %arg1, %arg1 : i16
  %v18 = arith.minimumf %v8, %arg3 : f32
  %v19 = arith.minimumf %v8, %arg3 : f32
  %v20 = arith.negf %v9 fastmath<nsz> : bf16
  %v21 = arith.select %v13, %v13, %v13 : i1
  %v22 = arith.constant 7.0 : f32
  %v23 = arith.constant 0xB81DC078 : f32
  %v24 = arith.cmpf false, %v22, %v23 : f32
  %v25 = arith.extsi %v0 : i32 to i33
  %v26 = arith.truncf %arg3 upward fastmath<fast> : f32 to f8E5M2FNUZ
  %v27 = arith.constant -2147483648 : i32
  %v28 = arith.constant 2147483647 : i32
  %v29 = arith.minsi %v27, %v28 : i32
  %v30 = arith.negf %v23 : f32
  return %v24, %v21 : i1, i1
}
func.func @f1(%arg0: index, %arg1: i32, %arg2: i64, %arg3: vector<2x3xf64>) -> vector<2x3xf64> {
  %v0 = arith.index_cast %arg0 : index to i7
  %v1 = arith.constant dense<0xFFF0000000000000> : vector<2x3xf64>
  %v2 = arith.constant dense<[[0x0010000000000000, 0.1, -1.0], [0x7FEFFFFFFFFFFFFF, 0xBFF0000000000000, -0.0]]> : vector<2x3xf64>
  %v3 = arith.maxnumf %v1, %v2 : vector<2x3xf64>
  %v4 = arith.maximumf %v3, %v1 : vector<2x3xf64>
  %v5 = arith.maximumf %v1, %v3 : vector<2x3xf64>
  %v6 = arith.constant 65 : i64
  %v7:2 = arith.mulsi_extended %arg2, %v6 : i64
  %v8 = arith.remui %v7#0, %arg2 : i64
  %v9 = arith.constant 9 : i7
  %v10 = arith.maxui %v0, %v9 : i7
  %v11 = arith.cmpf uge, %arg3, %v1 : vector<2x3xf64>
  %v12 = arith.remui %v7#1, %v8 : i64
  %v13 = arith.constant 6 : i7
  %v14 = arith.constant -64 : i7
  %v15 = arith.cmpi ugt, %v13, %v14 : i7
  %v16 = arith.bitcast %arg3 : vector<2x3xf64> to vector<2x3xi64>
  %v17 = arith.mulf %arg3, %arg3 fastmath<arcp,afn> : vector<2x3xf64>
  %v18 = arith.constant dense<0x8000000000000000> : vector<2x3xf64>
  %v19 = arith.divf %v2, %v18 : vector<2x3xf64>
  %v20 = arith.constant dense<0x0010000000000000> : vector<2x3xf64>
  %v21 = arith.maxnumf %v17, %v20 : vector<2x3xf64>
  %v22 = arith.constant dense<4.0> : vector<2x3xf64>
  %v23 = arith.cmpf one, %v21, %v22 fastmath<fast> : vector<2x3xf64>
  %v24 = arith.minnumf %arg3, %arg3 : vector<2x3xf64>
  %v25 = arith.divsi %v0, %v10 exact : i7
  %v26 = arith.cmpf one, %v21, %v22 fastmath<fast> : vector<2x3xf64>
  %v27 = arith.mulf %v21, %v24 : vector<2x3xf64>
  %v28 = arith.constant 2 : i8
  %v29 = arith.ori %v28, %v28 : i8
  %v30 = arith.bitcast %v7#0 : i64 to f64
  %v31 = arith.constant -1 : i32
  %v32 = arith.andi %v31, %arg1 : i32
  return %v22 : vector<2x3xf64>
}
