// Random func/arith module, seed 184.
func.func @f0(%arg0: bf16, %arg1: vector<2x3xf16>, %arg2: index, %arg3: i1) -> bf16 {
  %v0 = arith.constant 0x0000 : bf16
  %v1 = arith.fptosi %v0 : bf16 to i16
  %v2 = arith.constant true
  %v3 = arith.andi %arg3, %v2 : i1
  %v4 = arith.constant false
  %v5 = arith.andi %v3, %v4 : i1
  %v6 = arith.constant dense<2.0> : vector<2x3xf16>
  %v7 = arith.cmpf ole, %arg1, %v6 : vector<2x3xf16>
  %v8 = arith.constant dense<true> : vector<2x3xi1>
  %v9 = arith.minui %v7, %v8 : vector<2x3xi1>
  %v10 = arith.constant dense<false> : vector<2x3xi1>
  %v11 = arith.minui %v9, %v10 : vector<2x3xi1>
  %v12 = arith.constant 100.0 : bf16
  %v13 = arith.divf %arg0, %v12 fastmath<nnan> : bf16
  %v14 = arith.andi %v3, %v4 : i1
  %v15 = arith.constant dense<[false, true, true, false]> : vector<4xi1>
  %v16 = arith.constant dense<false> : vector<4xi1>
  %v17 = arith.shli %v15, %v16 : vector<4xi1>
  %v18 = arith.constant 17 : i16
  %v19 = arith.constant 5243 : i16
  %v20 = arith.remsi %v18, %v19 : i16
  %v21 = arith.select %v3, %arg0, %v0 : bf16
  %v22 = arith.constant -2.5 : f8E3M4
  %v23 = arith.bitcast %v22 : f8E3M4 to f8E4M3FNUZ
  return %v21 : bf16
}
func.func @f1(%arg0: f32, %arg1: f8E5M2) -> (f8E5M2, f8E5M2) {
  %v0 = arith.cmpf uno, %arg1, %arg1 : f8E5M2
  %v1 = arith.constant true
  %v2 = arith.cmpi eq, %v0, %v1 : i1
  %v3 = arith.constant true
  %v4 = arith.constant false
  %v5 = arith.select %v2, %v3, %v4 : i1
  %v6 = arith.cmpf uno, %arg1, %arg1 : f8E5M2
  %v7 = arith.constant -1 : i8
  %v8 = arith.xori %v7, %v7 : i8
  %v9 = arith.xori %v8, %v7 : i8
  %v10 = arith.addf %arg1, %arg1 : f8E5M2
  %v11 = arith.xori %v7, %v7 : i8
  %v12 = arith.constant 6 : i8
  %v13 = arith.select %v1, %v12, %v11 : i8
  %v14 = arith.constant 32767 : i16
  %v15 = arith.constant 321 : i16
  %v16 = arith.addi %v14, %v15 : i16
  %v17 = arith.constant false
  %v18 = arith.select %v17, %v14, %v14 : i16
  %v19 = arith.constant true
  %v20 = arith.cmpi uge, %v6, %v19 : i1
  %v21:2 = arith.mului_extended %v2, %v20 : i1
  %v22 = arith.xori %v7, %v7 : i8
  %v23 = arith.constant 131072 : i33
  %v24 = arith.constant 7 : i33
  %v25 = arith.xori %v23, %v24 : i33
  %v26 = arith.minimumf %v10, %arg1 : f8E5M2
  %v27 = arith.constant 0x7C : f8E5M2
  %v28 = arith.subf %v26, %v27 : f8E5M2
  %v29 = arith.divsi %v7, %v13 : i8
  return %v28, %v28 : f8E5M2, f8E5M2
}
func.func @f2(%arg0: i128, %arg1: f64) -> (f64, i128) {
  %v0 = arith.constant 0x0010000000000000 : f64
  %v1 = arith.cmpf ole, %v0, %arg1 fastmath<ninf> : f64
  %v2 = arith.minimumf %arg1, %v0 : f64
  %v3 = arith.remui %arg0, %arg0 : i128
  %v4 = arith.cmpf ole, %v0, %arg1 fastmath<ninf> : f64
  %v5 = arith.cmpf ole, %v0, %arg1 fastmath<ninf> : f64
  %v6 = arith.bitcast %v2 : f64 to i64
  %v7 = arith.addf %v0, %arg1 fastmath<fast> : f64
  %v8 = arith.truncf %v7 toward_zero : f64 to f8E4M3FN
  %v9 = arith.remui %arg0, %arg0 : i128
  return %v0, %v9 : f64, i128
}
func.func @f3(%arg0: f32, %arg1: vector<2xf32>, %arg2: i16, %arg3: f8E3M4) -> (i1, i16) {
  %v0 = arith.constant 8 : i16
  %v1:2 = arith.addui_extended %arg2, %v0 : i16, i1
  %v2 = arith.constant -2147483648 : i32
  %v3 = arith.constant -1 : i32
  %v4 = arith.floordivsi %v2, %v3 : i32
  %v5 = arith.extui %v1#0 : i16 to i64
  %v6 = arith.constant 16 : i64
  %v7 = arith.cmpi uge, %v5, %v6 : i64
  %v8 = arith.cmpf ole, %arg3, %arg3 : f8E3M4
  %v9 = arith.constant 0x01 : f8E3M4
  %v10 = arith.mulf %arg3, %v9 : f8E3M4
  %v11 = arith.constant 63 : i7
  %v12 = arith.shrui %v11, %v11 : i7
  %v13 = arith.xori %v5, %v6 : i64
  %v14 = arith.negf %v9 : f8E3M4
  %v15 = arith.shrui %v11, %v11 : i7
  %v16 = arith.constant -2 : index
  %v17 = arith.index_castui %v16 : index to i32
  %v18 = arith.constant true
  %v19 = arith.minsi %v8, %v18 : i1
  %v20 = arith.floordivsi %v2, %v3 : i32
  %v21:2 = arith.mului_extended %v2, %v4 : i32
  %v22 = arith.constant -32768 : i16
  %v23 = arith.floordivsi %arg2, %v22 : i16
  %v24 = arith.constant dense<[true, true]> : vector<2xi1>
  %v25 = arith.constant dense<[true, true]> : vector<2xi1>
  %v26 = arith.constant dense<true> : vector<2xi1>
  %v27 = arith.select %v24, %v25, %v26 : vector<2xi1>, vector<2xi1>
  %v28 = arith.remui %v7, %v18 : i1
  %v29 = arith.floordivsi %arg2, %v22 : i16
  return %v19, %v23 : i1, i16
}
