// Random func/arith module, seed 50.
func.func @f0(%arg0: f16, %arg1: index, %arg2: f32) -> f8E4M3 {
  %v0 = arith.constant false
  %v1 = arith.constant true
  %v2 = arith.xori %v0, %v1 : i1
  %v3 = arith.constant -2 : index
  %v4 = arith.shrui %v3, %arg1 : index
  %v5 = arith.truncf %arg2 to_nearest_even fastmath<none> : f32 to f8E4M3
  %v6 = arith.constant false
  %v7 = arith.remsi %v6, %v2 : i1
  %v8 = arith.constant 1.0 : f8E4M3
  %v9 = arith.remf %v5, %v8 fastmath<arcp,afn> : f8E4M3
  %v10 = arith.divf %arg0, %arg0 : f16
  %v11 = arith.constant 9223372036854775807 : i64
  %v12:2 = arith.mulsi_extended %v11, %v11 : i64
  %v13 = arith.select %v7, %v8, %v8 : f8E4M3
  return %v13 : f8E4M3
}
func.func @f1(%arg0: i1, %arg1: i32) {
  %v0 = arith.constant true
  %v1 = arith.shrui %arg0, %v0 : i1
  %v2 = arith.constant 0xE7CD5682AA661BCF : f64
  %v3 = arith.constant 4.0 : f64
  %v4 = arith.subf %v2, %v3 : f64
  %v5 = arith.constant 0xFC : f8E5M2
  %v6 = arith.constant 0x03 : f8E5M2
  %v7 = arith.mulf %v5, %v6 fastmath<none> : f8E5M2
  %v8 = arith.constant -8 : i32
  %v9 = arith.index_castui %v8 : i32 to index
  %v10 = arith.constant 0xBFF0000000000000 : f64
  %v11 = arith.constant -0.0 : f64
  %v12 = arith.divf %v10, %v11 fastmath<reassoc,contract> : f64
  %v13 = arith.shrui %arg0, %v0 : i1
  %v14 = arith.floordivsi %v0, %v13 : i1
  %v15 = arith.constant false
  %v16 = arith.xori %v14, %v15 : i1
  %v17 = arith.constant -1.0 : f8E5M2
  %v18 = arith.cmpf uno, %v17, %v5 fastmath<reassoc,contract> : f8E5M2
  %v19 = arith.index_cast %v14 : i1 to index
  %v20 = arith.constant true
  %v21 = arith.ceildivsi %v15, %v20 : i1
  %v22 = arith.fptosi %v7 : f8E5M2 to i64
  return
}
func.func @f2(%arg0: i32, %arg1: i33) -> (i33, i1) {
  %v0 = arith.constant true
  func.call @f1(%v0, %arg0) : (i1, i32) -> ()
  %v2 = arith.constant false
  %v3 = arith.constant 0.5 : f64
  %v4 = arith.select %v2, %v3, %v3 : f64
  %v5 = arith.select %v2, %v3, %v3 : f64
  %v6 = arith.constant 4294967295 : i33
  %v7 = arith.ori %arg1, %v6 : i33
  %v8 = arith.remui %arg0, %arg0 : i32
  %v9 = arith.constant false
  func.call @f1(%v9, %v8) : (i1, i32) -> ()
  %v11:2 = arith.mulsi_extended %v6, %arg1 : i33
  %v12 = arith.maxui %arg0, %v8 : i32
  %v13 = arith.constant true
  %v14 = arith.constant true
  %v15 = arith.divui %v13, %v14 : i1
  %v16 = arith.constant 0.5 : f64
  %v17 = arith.constant 0x3FF0000000000000 : f64
  %v18 = arith.maxnumf %v16, %v17 fastmath<reassoc,contract> : f64
  %v19 = arith.remui %arg0, %arg0 : i32
  %v20 = arith.constant 67108864 : i32
  %v21 = arith.constant -1 : i32
  %v22:2 = arith.mulsi_extended %v20, %v21 : i32
  %v23 = arith.constant false
  %v24 = arith.constant false
  %v25 = arith.select %v23, %v13, %v24 : i1
  %v26 = arith.maxui %v7, %v11#1 : i33
  %v27 = arith.shrui %v6, %v11#0 : i33
  %v28 = arith.constant true
  %v29 = arith.subi %v2, %v28 : i1
  %v30 = arith.cmpi ugt, %v19, %v19 : i32
  %v31 = arith.index_castui %v6 : i33 to index
  %v32 = arith.constant dense<true> : tensor<2x2xi1>
  %v33 = arith.cmpi uge, %v32, %v32 : tensor<2x2xi1>
  %v34 = arith.maxnumf %v16, %v17 fastmath<reassoc,contract> : f64
  %v35 = arith.subi %v2, %v28 : i1
  return %v26, %v30 : i33, i1
}
