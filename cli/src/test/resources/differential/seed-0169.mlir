// Random func/arith module, seed 169.
func.func @f0(%arg0: i64, %arg1: i128) -> (i64, i1) {
  %v0 = arith.constant 0xE3FE : f16
  %v1 = arith.cmpf false, %v0, %v0 fastmath<fast> : f16
  %v2 = arith.constant dense<1.0e+10> : vector<2xf64>
  %v3 = arith.truncf %v2 : vector<2xf64> to vector<2xf16>
  %v4 = arith.cmpf false, %v0, %v0 fastmath<fast> : f16
  %v5 = arith.constant true
  %v6 = arith.constant false
  %v7 = arith.minsi %v5, %v6 : i1
  %v8 = arith.minsi %v5, %v6 : i1
  %v9 = arith.cmpf false, %v0, %v0 fastmath<fast> : f16
  %v10 = arith.minsi %v5, %v6 : i1
  %v11 = arith.constant dense<[4.0, 0x0506]> : vector<2xf16>
  %v12 = arith.minnumf %v3, %v11 : vector<2xf16>
  %v13 = arith.index_castui %arg1 : i128 to index
  %v14 = arith.constant 64 : i64
  %v15 = arith.addi %v14, %arg0 : i64
  %v16 = arith.constant 0x0001 : f16
  %v17 = arith.mulf %v0, %v16 fastmath<reassoc,contract> : f16
  %v18 = arith.cmpf false, %v0, %v0 fastmath<fast> : f16
  %v19 = arith.constant 1 : i128
  %v20 = arith.minsi %v19, %arg1 : i128
  %v21 = arith.constant dense<100.0> : vector<2xf64>
  %v22 = arith.addf %v21, %v2 fastmath<reassoc,contract> : vector<2xf64>
  %v23 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<2xf64>
  %v24 = arith.divf %v23, %v2 : vector<2xf64>
  %v25 = arith.constant 7 : index
  %v26 = arith.floordivsi %v25, %v13 : index
  %v27 = arith.minimumf %v2, %v21 fastmath<reassoc,contract> : vector<2xf64>
  %v28 = arith.addi %arg0, %v15 overflow<nsw, nuw> : i64
  return %v15, %v5 : i64, i1
}
func.func @f1(%arg0: i16, %arg1: f32) -> (i1, f32, f32) {
  %v0 = arith.constant 0x3FF0000000000000 : f64
  %v1 = arith.fptosi %v0 : f64 to i7
  %v2 = arith.constant 11 : i7
  %v3 = arith.divsi %v2, %v1 : i7
  %v4 = arith.subf %arg1, %arg1 fastmath<nsz> : f32
  %v5 = arith.constant -128 : i8
  %v6 = arith.cmpi slt, %v5, %v5 : i8
  %v7 = arith.fptosi %v0 : f64 to i7
  %v8 = arith.constant 1 : i16
  %v9 = arith.ceildivsi %v8, %v8 : i16
  %v10 = arith.minimumf %v0, %v0 : f64
  %v11 = arith.fptosi %v0 : f64 to i7
  %v12 = arith.constant 11 : i7
  %v13 = arith.muli %v12, %v2 overflow<nsw, nuw> : i7
  %v14 = arith.constant 0x00800000 : f32
  %v15 = arith.maximumf %v14, %arg1 : f32
  %v16 = arith.constant -32768 : i16
  %v17 = arith.cmpi eq, %v16, %arg0 : i16
  %v18 = arith.negf %arg1 : f32
  %v19 = arith.divui %arg0, %arg0 : i16
  %v20 = arith.constant 0x00000001 : f32
  %v21 = arith.cmpf ugt, %arg1, %v20 : f32
  %v22 = arith.negf %arg1 : f32
  return %v21, %v18, %v15 : i1, f32, f32
}
