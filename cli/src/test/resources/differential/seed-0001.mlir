// Random func/arith module, seed 1.
func.func @f0(%arg0: i1) -> i64 {
  %v0 = arith.constant 0x7FF8000000000000 : f64
  %v1 = arith.subf %v0, %v0 : f64
  %v2 = arith.constant true
  %v3 = arith.xori %arg0, %v2 : i1
  %v4 = arith.xori %v3, %v2 : i1
  %v5 = arith.select %arg0, %v2, %v3 : i1
  %v6 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v7 = arith.truncf %v6 downward fastmath<fast> : f64 to f8E5M2
  %v8 = arith.cmpf false, %v7, %v7 : f8E5M2
  %v9 = arith.xori %v3, %v2 : i1
  %v10 = arith.maxsi %v3, %arg0 : i1
  %v11 = arith.xori %v3, %v2 : i1
  %v12 = arith.constant dense<1> : tensor<3xi32>
  %v13 = arith.ceildivsi %v12, %v12 : tensor<3xi32>
  %v14 = arith.constant true
  %v15 = arith.extsi %v14 : i1 to i64
  %v16 = arith.extsi %v3 : i1 to i64
  %v17 = arith.cmpi sle, %v15, %v16 : i64
  return %v15 : i64
}
func.func @f1(%arg0: f64, %arg1: i33, %arg2: tensor<3xindex>) -> (i33, f64) {
  %v0 = arith.extui %arg1 : i33 to i64
  %v1 = arith.trunci %v0 : i64 to i33
  %v2 = arith.constant true
  %v3 = arith.constant 0x7FF0000000000000 : f64
  %v4 = arith.select %v2, %arg0, %v3 : f64
  %v5 = arith.trunci %v0 : i64 to i33
  %v6 = arith.trunci %v0 : i64 to i33
  %v7 = arith.constant 0xBFF0000000000000 : f64
  %v8 = arith.mulf %v7, %v3 : f64
  %v9 = arith.mulf %v7, %v3 : f64
  %v10 = arith.constant dense<[0, 2, -1920536419, -5]> : vector<4xi32>
  %v11 = arith.xori %v10, %v10 : vector<4xi32>
  %v12 = arith.trunci %v0 : i64 to i33
  return %v6, %v8 : i33, f64
}
