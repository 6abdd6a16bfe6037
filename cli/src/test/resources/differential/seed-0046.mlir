// Random func/arith module, seed 46.
func.func @f0(%arg0: i32) {
  %v0 = arith.constant 0x80 : f8E5M2FNUZ
  %v1 = arith.constant 0x7C : f8E5M2FNUZ
  %v2 = arith.minimumf %v0, %v1 : f8E5M2FNUZ
  %v3 = arith.constant 0xE1 : f8E5M2FNUZ
  %v4 = arith.divf %v0, %v3 : f8E5M2FNUZ
  %v5 = arith.extf %v4 fastmath<nnan> : f8E5M2FNUZ to f64
  %v6 = arith.constant 4 : i32
  %v7 = arith.minsi %arg0, %v6 : i32
  %v8 = arith.divf %v0, %v3 : f8E5M2FNUZ
  %v9 = arith.constant 100.0 : f64
  %v10 = arith.negf %v9 : f64
  %v11 = arith.negf %v10 : f64
  return
}
func.func @f1(%arg0: i7) -> i7 {
  %v0 = arith.constant 63 : i7
  %v1 = arith.ori %v0, %arg0 : i7
  %v2 = arith.constant 4.0 : f32
  %v3 = arith.cmpf uge, %v2, %v2 : f32
  %v4 = arith.constant 1 : i7
  %v5 = arith.ori %arg0, %v4 : i7
  %v6 = arith.negf %v2 : f32
  %v7 = arith.constant 7 : i7
  %v8 = arith.constant 63 : i7
  %v9 = arith.subi %v7, %v8 : i7
  %v10 = arith.constant 0x7FC00000 : f32
  %v11 = arith.constant 1.0 : f32
  %v12 = arith.mulf %v10, %v11 fastmath<none> : f32
  %v13 = arith.shrsi %v1, %v4 : i7
  %v14 = arith.constant 7 : i7
  %v15 = arith.maxsi %v13, %v14 : i7
  %v16 = arith.constant 63 : i7
  %v17 = arith.maxsi %v16, %v15 : i7
  %v18 = arith.constant true
  %v19 = arith.constant false
  %v20 = arith.remsi %v18, %v19 : i1
  %v21 = arith.constant 0x00 : f8E8M0FNU
  %v22 = arith.constant 0xFF : f8E8M0FNU
  %v23 = arith.cmpf ult, %v21, %v22 fastmath<none> : f8E8M0FNU
  %v24 = arith.constant false
  %v25 = arith.cmpi ult, %v20, %v24 : i1
  %v26 = arith.select %v25, %v20, %v24 : i1
  %v27 = arith.constant 0xFF : f8E8M0FNU
  %v28 = arith.subf %v27, %v21 : f8E8M0FNU
  %v29 = arith.andi %v13, %v8 : i7
  %v30 = arith.constant 4 : i7
  %v31 = arith.floordivsi %v30, %v30 : i7
  %v32 = arith.constant -6 : i32
  func.call @f0(%v32) : (i32) -> ()
  %v34 = arith.addi %v26, %v19 overflow<nsw, nuw> : i1
  %v35 = arith.shrsi %v1, %v4 : i7
  %v36 = arith.minui %v32, %v32 : i32
  %v37 = arith.index_cast %v1 : i7 to index
  %v38 = arith.index_cast %v37 : index to i7
  %v39 = arith.constant 0x7F800000 : f32
  %v40 = arith.minimumf %v39, %v11 : f32
  %v41 = arith.constant 3 : i7
  %v42 = arith.index_cast %v41 : i7 to index
  %v43 = arith.constant 127 : i8
  %v44 = arith.constant 7 : i8
  %v45 = arith.xori %v43, %v44 : i8
  %v46 = arith.constant -1 : i7
  %v47 = arith.cmpi ne, %v46, %v13 : i7
  return %v29 : i7
}
func.func @f2(%arg0: f64, %arg1: index, %arg2: index) -> (f64, i1) {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.shli %arg1, %v0 overflow<none> : index
  %v2 = arith.constant 0x3F800000 : f32
  %v3 = arith.maxnumf %v2, %v2 : f32
  %v4 = arith.constant 1 : index
  %v5 = arith.floordivsi %v4, %arg1 : index
  %v6 = arith.cmpi eq, %v5, %v5 : index
  %v7 = arith.select %v6, %v5, %v5 : index
  %v8 = arith.constant 2147483647 : i32
  func.call @f0(%v8) : (i32) -> ()
  %v10 = arith.constant 1.0e+10 : f64
  %v11 = arith.mulf %arg0, %v10 fastmath<fast> : f64
  return %v11, %v6 : f64, i1
}
func.func @f3(%arg0: f64) -> (i1, tensor<2x2xf64>) {
  %v0 = arith.constant 0x3FF0000000000000 : f64
  %v1 = arith.cmpf ult, %arg0, %v0 fastmath<nsz> : f64
  %v2 = arith.constant dense<0xFFF0000000000000> : tensor<2x2xf64>
  %v3 = arith.bitcast %v2 : tensor<2x2xf64> to tensor<2x2xi64>
  %v4 = arith.constant -1 : i32
  func.call @f0(%v4) : (i32) -> ()
  %v6 = arith.extui %v1 : i1 to i64
  %v7 = arith.extui %v1 : i1 to i64
  %v8 = arith.cmpi slt, %v6, %v7 : i64
  %v9 = arith.cmpi eq, %v7, %v6 : i64
  %v10 = arith.constant true
  %v11 = arith.constant false
  %v12 = arith.select %v9, %v11, %v10 : i1
  %v13 = arith.constant 13 : i32
  %v14 = arith.constant 8 : i32
  %v15 = arith.xori %v13, %v14 : i32
  %v16 = arith.constant 0 : i32
  %v17 = arith.xori %v15, %v16 : i32
  return %v9, %v2 : i1, tensor<2x2xf64>
}
