// Random func/arith module, seed 195.
func.func @f0(%arg0: index, %arg1: i32) -> (i1, i1, i1, i1) {
  %v0 = arith.constant 4.0 : f32
  %v1 = arith.fptosi %v0 : f32 to i128
  %v2 = arith.constant true
  %v3 = arith.constant 11 : i32
  %v4 = arith.select %v2, %arg1, %v3 : i32
  %v5 = arith.remsi %arg0, %arg0 : index
  %v6 = arith.muli %arg1, %arg1 : i32
  %v7 = arith.constant 6 : i64
  %v8:2 = arith.mulsi_extended %v7, %v7 : i64
  %v9 = arith.constant -7 : i128
  %v10 = arith.addi %v1, %v9 : i128
  %v11 = arith.constant 170141183460469231731687303715884105727 : i128
  %v12 = arith.addi %v11, %v10 : i128
  %v13 = arith.select %v2, %arg1, %v6 : i32
  %v14:2 = arith.mulsi_extended %v7, %v7 : i64
  %v15:2 = arith.mulsi_extended %v7, %v7 : i64
  %v16 = arith.cmpi sle, %v7, %v14#0 : i64
  %v17 = arith.constant false
  %v18 = arith.uitofp %v17 : i1 to f16
  %v19 = arith.constant dense<true> : tensor<3xi1>
  %v20 = arith.constant dense<[false, false, false]> : tensor<3xi1>
  %v21:2 = arith.mulsi_extended %v19, %v20 : tensor<3xi1>
  %v22 = arith.remsi %v3, %v3 : i32
  %v23 = arith.fptosi %v0 : f32 to i128
  %v24 = arith.remsi %v3, %v3 : i32
  %v25 = arith.constant 0.1 : f32
  %v26 = arith.negf %v25 : f32
  %v27 = arith.cmpi eq, %arg0, %v5 : index
  %v28 = arith.divsi %v16, %v27 exact : i1
  return %v27, %v28, %v28, %v27 : i1, i1, i1, i1
}
func.func @f1(%arg0: f64, %arg1: bf16, %arg2: i32) -> (i1, i1) {
  %v0 = arith.constant 100.0 : f64
  %v1 = arith.negf %v0 fastmath<nnan> : f64
  %v2 = arith.constant 11 : index
  %v3 = arith.constant 3 : i32
  %v4:4 = func.call @f0(%v2, %v3) : (index, i32) -> (i1, i1, i1, i1)
  %v5 = arith.constant 0x03FF : f16
  %v6 = arith.extf %v5 : f16 to f32
  %v7 = arith.constant true
  %v8 = arith.constant false
  %v9 = arith.shrsi %v7, %v8 : i1
  %v10 = arith.cmpi ugt, %v4#3, %v9 : i1
  %v11 = arith.constant false
  %v12 = arith.minsi %v11, %v4#2 : i1
  %v13 = arith.constant 0.5 : bf16
  %v14 = arith.minimumf %v13, %v13 : bf16
  %v15 = arith.extui %v10 : i1 to i16
  %v16 = arith.constant 15 : i16
  %v17 = arith.ceildivsi %v16, %v15 : i16
  %v18 = arith.minui %v7, %v4#3 : i1
  return %v12, %v10 : i1, i1
}
