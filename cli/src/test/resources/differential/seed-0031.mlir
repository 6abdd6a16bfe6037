// Random func/arith module, seed 31.
func.func @f0(%arg0: i128, %arg1: f8E5M2FNUZ) -> index {
  %v0 = arith.constant 0xA6 : f8E5M2FNUZ
  %v1 = arith.divf %v0, %arg1 fastmath<fast> : f8E5M2FNUZ
  %v2 = arith.divf %v0, %arg1 fastmath<fast> : f8E5M2FNUZ
  %v3 = arith.fptoui %v0 : f8E5M2FNUZ to i8
  %v4 = arith.constant 1 : i128
  %v5 = arith.addi %arg0, %v4 : i128
  %v6 = arith.constant 0xFFF8000000000000 : f64
  %v7 = arith.constant 1.0 : f64
  %v8 = arith.cmpf false, %v6, %v7 : f64
  %v9 = arith.index_cast %arg0 : i128 to index
  %v10 = arith.constant 64 : i64
  %v11 = arith.extui %v10 : i64 to i128
  %v12 = arith.index_cast %arg0 : i128 to index
  %v13 = arith.addi %v4, %arg0 : i128
  %v14 = arith.constant 0x00 : f8E5M2FNUZ
  %v15 = arith.mulf %v0, %v14 : f8E5M2FNUZ
  return %v9 : index
}
func.func @f1(%arg0: tensor<3xf16>, %arg1: f64, %arg2: i16, %arg3: f8E5M2) -> (i64, i1, i1) {
  %v0 = arith.constant -32768 : i16
  %v1 = arith.subi %v0, %arg2 overflow<nuw> : i16
  %v2 = arith.bitcast %arg1 : f64 to i64
  %v3 = arith.constant 0 : i16
  %v4 = arith.cmpi slt, %v1, %v3 : i16
  %v5 = arith.constant 2 : i64
  %v6 = arith.shli %v2, %v5 : i64
  %v7 = arith.constant true
  %v8 = arith.constant -3.0e-05 : f8E5M2
  %v9 = arith.constant 0x7E : f8E5M2
  %v10 = arith.select %v7, %v8, %v9 : f8E5M2
  %v11 = arith.bitcast %arg3 : f8E5M2 to f8E4M3
  %v12 = arith.constant true
  %v13 = arith.select %v7, %v4, %v12 : i1
  %v14 = arith.subi %v0, %arg2 overflow<nuw> : i16
  %v15 = arith.bitcast %arg1 : f64 to i64
  %v16 = arith.extui %v14 : i16 to i64
  %v17 = arith.constant true
  %v18 = arith.shli %v4, %v17 : i1
  %v19 = arith.constant 15 : i16
  %v20 = arith.ori %v19, %v14 : i16
  %v21 = arith.bitcast %arg1 : f64 to i64
  %v22 = arith.ori %v13, %v13 : i1
  %v23 = arith.select %v7, %v4, %v12 : i1
  %v24:2 = arith.mului_extended %v6, %v2 : i64
  return %v21, %v18, %v18 : i64, i1, i1
}
