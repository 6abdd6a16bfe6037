// Random func/arith module, seed 136.
func.func @f0(%arg0: f8E4M3FNUZ, %arg1: i32, %arg2: i64) -> (f6E3M2FN, i64, i64, f6E3M2FN) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.minui %v0, %arg1 : i32
  %v2 = arith.minui %v0, %arg1 : i32
  %v3 = arith.cmpi eq, %v1, %v2 : i32
  %v4 = arith.constant 0x0C : f6E3M2FN
  %v5 = arith.divf %v4, %v4 fastmath<fast> : f6E3M2FN
  %v6:2 = arith.mulsi_extended %arg2, %arg2 : i64
  %v7 = arith.cmpi eq, %v1, %v2 : i32
  return %v5, %v6#1, %v6#0, %v5 : f6E3M2FN, i64, i64, f6E3M2FN
}
func.func @f1(%arg0: index, %arg1: vector<2xi32>, %arg2: f64, %arg3: i128) -> (f64, i128) {
  %v0 = arith.ceildivui %arg0, %arg0 : index
  %v1 = arith.constant 15 : i128
  %v2 = arith.maxui %v1, %arg3 : i128
  %v3 = arith.maxui %v1, %arg3 : i128
  %v4 = arith.constant 100.0 : f64
  %v5 = arith.bitcast %v4 : f64 to i64
  %v6 = arith.mulf %arg2, %arg2 : f64
  %v7 = arith.constant 9223372036854775807 : index
  %v8 = arith.andi %v0, %v7 : index
  %v9 = arith.constant 0 : index
  %v10 = arith.andi %v8, %v9 : index
  %v11 = arith.andi %v8, %v9 : index
  %v12 = arith.constant 0xB8 : f8E4M3FNUZ
  %v13 = arith.constant -1 : i32
  %v14 = arith.constant 70368744177664 : i64
  %v15:4 = func.call @f0(%v12, %v13, %v14) : (f8E4M3FNUZ, i32, i64) -> (f6E3M2FN, i64, i64, f6E3M2FN)
  %v16 = arith.maxnumf %arg2, %v4 fastmath<nsz> : f64
  %v17 = arith.constant 8 : i8
  %v18 = arith.extsi %v17 : i8 to i64
  %v19 = arith.constant 4 : i8
  %v20 = arith.extsi %v19 : i8 to i64
  %v21 = arith.cmpi sle, %v18, %v20 : i64
  %v22 = arith.subf %v6, %v16 : f64
  %v23:2 = arith.mului_extended %v2, %v1 : i128
  %v24 = arith.constant 0x01 : f6E3M2FN
  %v25 = arith.cmpf ule, %v15#3, %v24 : f6E3M2FN
  %v26 = arith.shli %v25, %v21 overflow<nsw> : i1
  %v27 = arith.constant true
  %v28 = arith.cmpi slt, %v25, %v27 : i1
  %v29 = arith.constant 14 : index
  %v30 = arith.cmpi eq, %v29, %v29 : index
  %v31 = arith.constant dense<-8> : vector<2xi32>
  %v32 = arith.ceildivsi %arg1, %v31 : vector<2xi32>
  %v33 = arith.constant 10 : index
  %v34 = arith.divui %arg0, %v33 : index
  %v35 = arith.divui %v15#1, %v14 : i64
  return %v22, %v23#1 : f64, i128
}
