// Random func/arith module, seed 12.
func.func @f0(%arg0: tensor<2x2xi8>) -> tensor<2x2xf64> {
  %v0 = arith.remsi %arg0, %arg0 : tensor<2x2xi8>
  %v1 = arith.remsi %arg0, %arg0 : tensor<2x2xi8>
  %v2 = arith.constant dense<-1> : tensor<2x2xi8>
  %v3 = arith.constant dense<15> : tensor<2x2xi8>
  %v4 = arith.minsi %v2, %v3 : tensor<2x2xi8>
  %v5 = arith.cmpi ne, %v1, %arg0 : tensor<2x2xi8>
  %v6 = arith.select %v5, %arg0, %v1 : tensor<2x2xi1>, tensor<2x2xi8>
  %v7 = arith.constant dense<1> : tensor<2x2xi8>
  %v8 = arith.index_castui %v7 : tensor<2x2xi8> to tensor<2x2xindex>
  %v9 = arith.addi %arg0, %v2 : tensor<2x2xi8>
  %v10 = arith.constant dense<false> : tensor<2x2xi1>
  %v11 = arith.ori %v5, %v10 : tensor<2x2xi1>
  %v12 = arith.uitofp %v1 : tensor<2x2xi8> to tensor<2x2xf64>
  %v13 = arith.minsi %v3, %v2 : tensor<2x2xi8>
  %v14 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : tensor<2x2xf64>
  %v15 = arith.maxnumf %v14, %v12 : tensor<2x2xf64>
  return %v12 : tensor<2x2xf64>
}
func.func @f1(%arg0: f64) -> (i1, f64) {
  %v0 = arith.constant -8 : i32
  %v1 = arith.constant 33554432 : i32
  %v2 = arith.ori %v0, %v1 : i32
  %v3 = arith.constant 0 : i32
  %v4 = arith.ori %v3, %v2 : i32
  %v5 = arith.constant 100.0 : f64
  %v6 = arith.maximumf %v5, %arg0 : f64
  %v7 = arith.constant 0xFFC0 : bf16
  %v8 = arith.negf %v7 : bf16
  %v9 = arith.bitcast %v6 : f64 to i64
  %v10 = arith.constant true
  %v11 = arith.constant false
  %v12 = arith.cmpi sgt, %v10, %v11 : i1
  %v13 = arith.constant -1 : i64
  %v14 = arith.bitcast %v13 : i64 to f64
  %v15 = arith.constant 0x7FF8000000000000 : f64
  %v16 = arith.addf %arg0, %v15 : f64
  %v17 = arith.cmpf uge, %v6, %v15 : f64
  %v18 = arith.uitofp %v11 : i1 to f8E5M2
  %v19 = arith.bitcast %v13 : i64 to f64
  %v20 = arith.constant 0x04 : f8E5M2
  %v21 = arith.constant 2.0 : f8E5M2
  %v22 = arith.cmpf uge, %v20, %v21 fastmath<ninf> : f8E5M2
  %v23 = arith.bitcast %v13 : i64 to f64
  %v24 = arith.ori %v3, %v2 : i32
  %v25 = arith.floordivsi %v17, %v11 : i1
  return %v17, %v19 : i1, f64
}
