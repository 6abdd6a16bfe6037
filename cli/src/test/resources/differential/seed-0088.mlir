// Random func/arith module, seed 88.
func.func @f0(%arg0: f8E4M3FNUZ, %arg1: i64, %arg2: i8, %arg3: f32) -> (i1, i8) {
  %v0 = arith.constant 0xFFC00000 : f32
  %v1 = arith.divf %v0, %arg3 : f32
  %v2 = arith.extsi %arg2 : i8 to i16
  %v3 = arith.constant 18446744073709551615 : i64
  %v4 = arith.addi %arg1, %v3 : i64
  %v5 = arith.constant -32768 : i16
  %v6 = arith.xori %v5, %v2 : i16
  %v7 = arith.index_cast %v4 : i64 to index
  %v8:2 = arith.mului_extended %arg2, %arg2 : i8
  %v9 = arith.xori %v5, %v2 : i16
  %v10:2 = arith.addui_extended %arg1, %v4 : i64, i1
  %v11 = arith.index_castui %arg1 : i64 to index
  return %v10#1, %v8#1 : i1, i8
}
func.func @f1(%arg0: i32, %arg1: i1, %arg2: f32) -> (i8, i32) {
  %v0 = arith.constant 0x08 : f8E4M3FNUZ
  %v1 = arith.constant -9223372036854775808 : i64
  %v2 = arith.constant 127 : i8
  %v3:2 = func.call @f0(%v0, %v1, %v2, %arg2) : (f8E4M3FNUZ, i64, i8, f32) -> (i1, i8)
  %v4 = arith.constant 8589934592 : i64
  %v5 = arith.andi %v1, %v4 : i64
  %v6 = arith.remf %arg2, %arg2 fastmath<nnan,ninf> : f32
  %v7 = arith.constant 0x7FC00000 : f32
  %v8 = arith.negf %v7 : f32
  %v9 = arith.constant false
  %v10 = arith.constant true
  %v11 = arith.minui %v9, %v10 : i1
  %v12 = arith.constant false
  %v13 = arith.constant true
  %v14 = arith.maxui %v12, %v13 : i1
  %v15 = arith.constant 0 : i32
  %v16:2 = arith.mului_extended %arg0, %v15 : i32
  %v17 = arith.constant 0x651ED443 : f32
  %v18 = arith.minimumf %v17, %v6 : f32
  %v19 = arith.constant 1 : i64
  %v20 = arith.cmpi uge, %v19, %v19 : i64
  %v21 = arith.ceildivsi %v2, %v3#1 : i8
  %v22 = arith.shli %v3#0, %arg1 overflow<nsw, nuw> : i1
  %v23 = arith.cmpf uno, %v6, %v17 fastmath<none> : f32
  %v24 = arith.negf %v0 : f8E4M3FNUZ
  %v25 = arith.subi %v16#1, %v16#0 overflow<nsw> : i32
  %v26 = arith.constant -2147483648 : i32
  %v27 = arith.maxui %v26, %v25 : i32
  %v28 = arith.remsi %v25, %v16#0 : i32
  %v29 = arith.cmpi sgt, %v4, %v1 : i64
  %v30 = arith.constant 0x8CF8466D : f32
  %v31 = arith.truncf %v30 fastmath<nsz> : f32 to f8E4M3FN
  %v32 = arith.constant 2.0 : f8E4M3FN
  %v33 = arith.bitcast %v32 : f8E4M3FN to f8E4M3FNUZ
  %v34 = arith.minimumf %v17, %v6 : f32
  %v35 = arith.constant 10 : i64
  %v36 = arith.constant 1 : i8
  %v37:2 = func.call @f0(%v0, %v35, %v36, %v17) : (f8E4M3FNUZ, i64, i8, f32) -> (i1, i8)
  %v38 = arith.select %v3#0, %v37#0, %v23 : i1
  %v39 = arith.cmpf ule, %v7, %v34 : f32
  return %v37#1, %v27 : i8, i32
}
