// Random func/arith module, seed 89.
func.func @f0(%arg0: f8E4M3FNUZ) -> i1 {
  %v0 = arith.constant dense<[[-3, -7], [-1, 11]]> : tensor<2x2xi16>
  %v1 = arith.constant dense<16> : tensor<2x2xi16>
  %v2 = arith.remui %v0, %v1 : tensor<2x2xi16>
  %v3 = arith.remui %v0, %v1 : tensor<2x2xi16>
  %v4 = arith.constant 0xFB : f8E4M3FNUZ
  %v5 = arith.cmpf ogt, %arg0, %v4 fastmath<fast> : f8E4M3FNUZ
  %v6 = arith.cmpf ogt, %arg0, %v4 fastmath<fast> : f8E4M3FNUZ
  %v7 = arith.andi %v6, %v5 : i1
  %v8 = arith.constant 2 : i64
  %v9 = arith.extui %v8 : i64 to i128
  %v10 = arith.remui %v0, %v1 : tensor<2x2xi16>
  %v11 = arith.fptosi %arg0 : f8E4M3FNUZ to i8
  %v12 = arith.constant -1 : i8
  %v13 = arith.minsi %v11, %v12 : i8
  %v14 = arith.constant false
  %v15 = arith.cmpi ult, %v14, %v7 : i1
  %v16 = arith.minimumf %arg0, %arg0 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v17 = arith.sitofp %v6 : i1 to f8E5M2
  %v18 = arith.andi %v6, %v5 : i1
  %v19 = arith.constant -1.0 : f8E5M2
  %v20 = arith.cmpf ueq, %v17, %v19 fastmath<reassoc,contract> : f8E5M2
  %v21 = arith.constant 1 : i64
  %v22 = arith.constant 18446744073709551608 : i64
  %v23 = arith.remui %v21, %v22 : i64
  %v24 = arith.remui %v0, %v1 : tensor<2x2xi16>
  %v25 = arith.minui %v21, %v22 : i64
  %v26 = arith.extui %v8 : i64 to i128
  %v27 = arith.constant -32 : i8
  %v28 = arith.maxsi %v27, %v13 : i8
  return %v20 : i1
}
func.func @f1(%arg0: tensor<3xf64>, %arg1: i7) -> (tensor<3xf64>, tensor<3xf64>) {
  %v0 = arith.constant dense<0x7FF0000000000000> : tensor<3xf64>
  %v1 = arith.maximumf %arg0, %v0 : tensor<3xf64>
  %v2 = arith.constant 11 : i7
  %v3 = arith.andi %v2, %arg1 : i7
  %v4 = arith.constant false
  %v5 = arith.constant -170141183460469231731687303715884105728 : i128
  %v6 = arith.constant 340282366920938463463374607431768211455 : i128
  %v7 = arith.select %v4, %v5, %v6 : i128
  %v8 = arith.extsi %v3 : i7 to i8
  %v9 = arith.extsi %v3 : i7 to i8
  %v10 = arith.andi %v2, %arg1 : i7
  %v11 = arith.minnumf %arg0, %v0 : tensor<3xf64>
  %v12 = arith.cmpf ueq, %v1, %v11 : tensor<3xf64>
  %v13 = arith.remui %v2, %v10 : i7
  %v14 = arith.constant dense<1.0e+10> : tensor<3xf64>
  %v15 = arith.divf %arg0, %v14 : tensor<3xf64>
  %v16 = arith.maxnumf %v1, %v15 : tensor<3xf64>
  %v17 = arith.remf %arg0, %v11 fastmath<nnan,ninf> : tensor<3xf64>
  %v18 = arith.minnumf %arg0, %v0 : tensor<3xf64>
  %v19 = arith.constant dense<0x7FF8000000000000> : tensor<3xf64>
  %v20 = arith.addf %v18, %v19 : tensor<3xf64>
  %v21 = arith.constant 14 : i32
  %v22 = arith.constant 8 : i32
  %v23 = arith.cmpi ule, %v21, %v22 : i32
  %v24 = arith.constant 0x80 : f8E5M2
  %v25 = arith.select %v4, %v24, %v24 : f8E5M2
  %v26 = arith.constant 8 : i128
  %v27 = arith.constant -1 : i128
  %v28 = arith.select %v23, %v26, %v27 : i128
  %v29 = arith.minnumf %arg0, %v0 : tensor<3xf64>
  return %v29, %v29 : tensor<3xf64>, tensor<3xf64>
}
func.func @f2(%arg0: tensor<2x2xf64>) -> (vector<2xi1>, vector<2xi32>) {
  %v0 = arith.constant -1 : i32
  %v1 = arith.maxui %v0, %v0 : i32
  %v2 = arith.constant 0 : i32
  %v3 = arith.constant 0 : i32
  %v4 = arith.remsi %v2, %v3 : i32
  %v5 = arith.constant -8 : i32
  %v6 = arith.addi %v5, %v0 : i32
  %v7 = arith.constant 6 : i32
  %v8 = arith.xori %v1, %v7 : i32
  %v9 = arith.sitofp %v7 : i32 to f8E3M4
  %v10 = arith.constant dense<[13, 512]> : vector<2xi32>
  %v11 = arith.ceildivsi %v10, %v10 : vector<2xi32>
  %v12 = arith.constant dense<[9, 956596541]> : vector<2xi32>
  %v13 = arith.cmpi slt, %v10, %v12 : vector<2xi32>
  %v14 = arith.ceildivui %v13, %v13 : vector<2xi1>
  %v15 = arith.select %v13, %v12, %v11 : vector<2xi1>, vector<2xi32>
  return %v14, %v15 : vector<2xi1>, vector<2xi32>
}
