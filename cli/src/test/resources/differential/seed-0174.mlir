// Random func/arith module, seed 174.
func.func @f0(%arg0: f64, %arg1: f8E3M4, %arg2: f8E5M2FNUZ) -> (f8E5M2FNUZ, i1) {
  %v0 = arith.constant -6 : index
  %v1 = arith.ceildivui %v0, %v0 : index
  %v2 = arith.ceildivui %v0, %v0 : index
  %v3 = arith.ceildivui %v0, %v0 : index
  %v4 = arith.shrsi %v3, %v0 : index
  %v5 = arith.constant 1 : i64
  %v6:2 = arith.addui_extended %v5, %v5 : i64, i1
  %v7 = arith.constant 0 : index
  %v8 = arith.index_cast %v7 : index to i16
  %v9 = arith.shrsi %v3, %v0 : index
  %v10 = arith.constant true
  %v11 = arith.cmpi sgt, %v10, %v10 : i1
  %v12 = arith.constant 0x80 : f8E5M2FNUZ
  %v13 = arith.cmpf ugt, %arg2, %v12 : f8E5M2FNUZ
  %v14 = arith.constant true
  %v15 = arith.constant 0.0 : f8E5M2FNUZ
  %v16 = arith.select %v14, %v15, %arg2 : f8E5M2FNUZ
  %v17 = arith.extf %arg1 fastmath<nnan> : f8E3M4 to bf16
  %v18 = arith.constant 0x0000 : bf16
  %v19 = arith.minimumf %v18, %v17 fastmath<none> : bf16
  %v20 = arith.constant false
  %v21 = arith.ceildivsi %v20, %v10 : i1
  %v22 = arith.constant 2.0 : f8E3M4
  %v23 = arith.negf %v22 : f8E3M4
  %v24 = arith.constant false
  %v25 = arith.ori %v24, %v10 : i1
  %v26 = arith.shrsi %v13, %v13 : i1
  %v27 = arith.minui %v13, %v24 : i1
  %v28 = arith.constant 5906305405501873325 : i64
  %v29 = arith.floordivsi %v6#0, %v28 : i64
  %v30 = arith.cmpi sgt, %v10, %v10 : i1
  %v31 = arith.select %v26, %v27, %v26 : i1
  return %v16, %v26 : f8E5M2FNUZ, i1
}
func.func @f1(%arg0: f64, %arg1: f8E4M3FNUZ) -> (i1, i1) {
  %v0 = arith.constant 0.0 : f64
  %v1 = arith.negf %v0 fastmath<arcp,afn> : f64
  %v2 = arith.constant false
  %v3 = arith.constant 2147483647 : i32
  %v4 = arith.select %v2, %v3, %v3 : i32
  %v5 = arith.constant 0x0000000000000000 : f64
  %v6 = arith.bitcast %v5 : f64 to i64
  %v7 = arith.cmpf ueq, %arg0, %arg0 fastmath<fast> : f64
  %v8 = arith.cmpf one, %v1, %arg0 fastmath<arcp,afn> : f64
  %v9 = arith.bitcast %v5 : f64 to i64
  return %v8, %v8 : i1, i1
}
