// Random func/arith module, seed 83.
func.func @f0(%arg0: i16, %arg1: i1) -> i1 {
  %v0 = arith.constant true
  %v1:2 = arith.mului_extended %arg1, %v0 : i1
  %v2 = arith.constant 1 : i16
  %v3 = arith.ceildivui %arg0, %v2 : i16
  %v4 = arith.select %v0, %v0, %v1#1 : i1
  %v5 = arith.remsi %v1#0, %arg1 : i1
  %v6 = arith.shrsi %v4, %arg1 : i1
  %v7 = arith.floordivsi %arg1, %v5 : i1
  %v8 = arith.constant 0xD62D77EB : f32
  %v9 = arith.divf %v8, %v8 fastmath<fast> : f32
  %v10 = arith.constant 0x00800000 : f32
  %v11 = arith.cmpf une, %v9, %v10 : f32
  %v12 = arith.ceildivui %arg0, %v2 : i16
  %v13 = arith.floordivsi %v3, %v3 : i16
  %v14 = arith.cmpf ogt, %v9, %v10 fastmath<fast> : f32
  %v15 = arith.constant 9223372036854775807 : i64
  %v16 = arith.index_castui %v15 : i64 to index
  %v17 = arith.ori %v0, %v5 : i1
  %v18 = arith.muli %v0, %v1#0 : i1
  %v19 = arith.select %v18, %v8, %v8 : f32
  %v20 = arith.subi %v12, %v2 : i16
  %v21 = arith.ori %v0, %v5 : i1
  %v22 = arith.constant -1.0 : f32
  %v23 = arith.constant 0.0 : f32
  %v24 = arith.maxnumf %v22, %v23 : f32
  %v25 = arith.cmpf ule, %v24, %v10 : f32
  %v26 = arith.constant 33 : i32
  %v27 = arith.constant 1 : i32
  %v28 = arith.cmpi ugt, %v26, %v27 : i32
  %v29 = arith.ori %v0, %v18 : i1
  %v30 = arith.constant -0.0 : f32
  %v31 = arith.bitcast %v30 : f32 to i32
  %v32 = arith.extsi %v20 : i16 to i33
  return %v21 : i1
}
func.func @f1(%arg0: index, %arg1: f64) -> i1 {
  %v0 = arith.constant 64 : i64
  %v1:2 = arith.addui_extended %v0, %v0 : i64, i1
  %v2 = arith.fptosi %arg1 : f64 to i1
  %v3 = arith.constant 9223372036854775807 : index
  %v4 = arith.muli %v3, %arg0 overflow<none> : index
  %v5 = arith.addf %arg1, %arg1 fastmath<none> : f64
  %v6 = arith.constant -5 : index
  %v7 = arith.ori %arg0, %v6 : index
  %v8 = arith.sitofp %v2 : i1 to f8E4M3FNUZ
  %v9 = arith.constant false
  %v10 = arith.shrui %v9, %v1#1 : i1
  %v11 = arith.addi %v10, %v2 overflow<nuw> : i1
  %v12 = arith.andi %arg0, %v3 : index
  %v13 = arith.constant 0 : i16
  %v14 = func.call @f0(%v13, %v11) : (i16, i1) -> i1
  %v15 = arith.cmpf oeq, %v8, %v8 fastmath<nsz> : f8E4M3FNUZ
  %v16 = arith.ceildivui %v2, %v2 : i1
  %v17 = arith.minsi %v16, %v9 : i1
  %v18 = arith.minsi %v9, %v16 : i1
  return %v17 : i1
}
func.func @f2(%arg0: i7, %arg1: tensor<3xi16>) -> (f16, i7) {
  %v0 = arith.addi %arg0, %arg0 : i7
  %v1 = arith.addi %arg0, %arg0 : i7
  %v2 = arith.constant 9223372036854775807 : index
  %v3 = arith.constant 63 : index
  %v4 = arith.shrui %v2, %v3 : index
  %v5 = arith.constant 7.0 : f16
  %v6 = arith.subf %v5, %v5 fastmath<arcp,afn> : f16
  %v7 = arith.constant 0x24BC : f16
  %v8 = arith.cmpf ogt, %v5, %v7 fastmath<reassoc,contract> : f16
  %v9 = arith.addi %arg0, %arg0 : i7
  %v10 = arith.shrui %v2, %v3 : index
  %v11 = arith.constant 100.0 : f16
  %v12 = arith.cmpf une, %v11, %v7 : f16
  %v13 = arith.addi %arg0, %arg0 : i7
  %v14 = arith.constant 0x3C00 : f16
  %v15 = arith.select %v8, %v14, %v11 : f16
  %v16 = arith.constant true
  %v17 = arith.extui %v16 : i1 to i16
  %v18 = arith.constant -1 : i7
  %v19:2 = arith.mulsi_extended %v1, %v18 : i7
  %v20 = arith.select %v8, %v14, %v11 : f16
  return %v15, %v13 : f16, i7
}
