// Random func/arith module, seed 92.
func.func @f0(%arg0: i32, %arg1: f64, %arg2: bf16, %arg3: tensor<2x2xi1>) -> i64 {
  %v0 = arith.constant dense<[[true, false], [false, false]]> : tensor<2x2xi1>
  %v1 = arith.remsi %arg3, %v0 : tensor<2x2xi1>
  %v2 = arith.remsi %arg3, %v0 : tensor<2x2xi1>
  %v3 = arith.cmpi sle, %v0, %arg3 : tensor<2x2xi1>
  %v4 = arith.cmpi sle, %v0, %arg3 : tensor<2x2xi1>
  %v5 = arith.constant 0x082D : bf16
  %v6 = arith.mulf %v5, %arg2 : bf16
  %v7 = arith.constant 42153515 : i32
  %v8 = arith.extui %v7 : i32 to i64
  %v9 = arith.extui %arg0 : i32 to i64
  %v10 = arith.cmpi ule, %v8, %v9 : i64
  %v11 = arith.constant 35184372088832 : i64
  %v12 = arith.shli %v11, %v9 : i64
  %v13 = arith.constant true
  %v14:2 = arith.mulsi_extended %v10, %v13 : i1
  %v15 = arith.cmpi sle, %v0, %arg3 : tensor<2x2xi1>
  %v16 = arith.constant false
  %v17 = arith.select %v16, %v5, %v5 : bf16
  return %v12 : i64
}
func.func @f1(%arg0: i8, %arg1: i16, %arg2: f8E3M4) -> (i64, i64) {
  %v0 = arith.cmpi ugt, %arg0, %arg0 : i8
  %v1 = arith.cmpi ugt, %arg0, %arg0 : i8
  %v2 = arith.constant true
  %v3 = arith.sitofp %v2 : i1 to f32
  %v4 = arith.cmpi ugt, %arg0, %arg0 : i8
  %v5 = arith.extsi %arg0 : i8 to i64
  %v6 = arith.constant 14 : i64
  %v7 = arith.cmpi ult, %v5, %v6 : i64
  %v8 = arith.index_cast %arg1 : i16 to index
  %v9 = arith.constant -3 : index
  %v10 = arith.remui %v9, %v8 : index
  return %v5, %v5 : i64, i64
}
