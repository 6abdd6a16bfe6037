// Random func/arith module, seed 71.
func.func @f0(%arg0: f64, %arg1: i1, %arg2: vector<2xi1>, %arg3: tensor<2x2xi1>) -> (tensor<2x2xi1>, i1, i1) {
  %v0 = arith.constant false
  %v1 = arith.ceildivsi %arg1, %v0 : i1
  %v2 = arith.minnumf %arg0, %arg0 : f64
  %v3 = arith.ceildivsi %arg1, %v0 : i1
  %v4 = arith.ceildivsi %arg1, %v0 : i1
  %v5 = arith.constant 0x318D7D836B015C26 : f64
  %v6 = arith.negf %v5 : f64
  %v7 = arith.ceildivsi %arg1, %v0 : i1
  %v8 = arith.minnumf %arg0, %arg0 : f64
  %v9 = arith.constant false
  %v10 = arith.cmpi sge, %v1, %v9 : i1
  %v11 = arith.remsi %arg3, %arg3 : tensor<2x2xi1>
  %v12 = arith.constant dense<[true, true]> : vector<2xi1>
  %v13 = arith.divui %v12, %arg2 : vector<2xi1>
  %v14 = arith.constant 7.0 : f8E4M3FN
  %v15 = arith.constant 0x00 : f8E4M3FN
  %v16 = arith.minnumf %v14, %v15 fastmath<fast> : f8E4M3FN
  %v17 = arith.cmpi ugt, %v3, %v4 : i1
  %v18 = arith.constant 0x0000000000000000 : f64
  %v19 = arith.maximumf %v8, %v18 : f64
  return %v11, %v1, %v1 : tensor<2x2xi1>, i1, i1
}
func.func @f1(%arg0: index, %arg1: i32, %arg2: i128) -> i128 {
  %v0 = arith.constant 0x4CB6 : f16
  %v1 = arith.cmpf ult, %v0, %v0 fastmath<nnan> : f16
  %v2 = arith.constant 1.0e+10 : f16
  %v3 = arith.minimumf %v0, %v2 : f16
  %v4 = arith.constant false
  %v5 = arith.select %v4, %arg0, %arg0 : index
  %v6 = arith.constant -8 : i128
  %v7 = arith.addi %arg2, %v6 : i128
  %v8 = arith.negf %v0 : f16
  %v9 = arith.maximumf %v0, %v0 fastmath<arcp,afn> : f16
  %v10 = arith.constant 1 : i128
  %v11 = arith.cmpi slt, %v7, %v10 : i128
  %v12 = arith.minsi %v1, %v4 : i1
  %v13 = arith.constant -2147483648 : i32
  %v14 = arith.andi %arg1, %v13 : i32
  %v15 = arith.subi %v11, %v4 : i1
  %v16 = arith.constant 166153499473114484112975882535043072 : i128
  %v17 = arith.shrui %v7, %v16 : i128
  %v18 = arith.shrsi %arg1, %v13 : i32
  %v19 = arith.negf %v9 : f16
  %v20 = arith.constant -1.0 : f16
  %v21 = arith.mulf %v20, %v2 fastmath<reassoc,contract> : f16
  %v22 = arith.constant 0x59EE : f16
  %v23 = arith.cmpf olt, %v20, %v22 : f16
  %v24 = arith.andi %v14, %v14 : i32
  return %v17 : i128
}
