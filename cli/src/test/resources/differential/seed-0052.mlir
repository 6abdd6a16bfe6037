// Random func/arith module, seed 52.
func.func @f0(%arg0: f128) -> i1 {
  %v0 = arith.constant false
  %v1 = arith.constant true
  %v2 = arith.cmpi ugt, %v0, %v1 : i1
  %v3 = arith.constant true
  %v4 = arith.constant 0x80000000000000000000000000000000 : f128
  %v5 = arith.select %v3, %v4, %arg0 : f128
  %v6 = arith.constant dense<9223372036854775807> : vector<4xindex>
  %v7 = arith.constant dense<[-1, 3, -9223372036854775808, 0]> : vector<4xindex>
  %v8 = arith.minui %v6, %v7 : vector<4xindex>
  %v9 = arith.constant dense<4> : vector<4xindex>
  %v10 = arith.minui %v8, %v9 : vector<4xindex>
  %v11 = arith.constant dense<144115188075855872> : vector<4xindex>
  %v12 = arith.maxsi %v7, %v11 : vector<4xindex>
  %v13 = arith.divsi %v7, %v8 : vector<4xindex>
  %v14 = arith.select %v1, %v4, %arg0 : f128
  %v15 = arith.constant dense<[2097152, 0, -9223372036854775808, 13]> : vector<4xindex>
  %v16 = arith.ceildivsi %v15, %v9 : vector<4xindex>
  %v17 = arith.divf %v14, %v5 : f128
  %v18 = arith.bitcast %arg0 : f128 to i128
  %v19 = arith.select %v3, %v4, %arg0 : f128
  %v20 = arith.cmpf ole, %arg0, %v14 : f128
  %v21 = arith.cmpf ole, %arg0, %v14 : f128
  %v22 = arith.constant 0x7F7FFFFF : f32
  %v23 = arith.constant 0.0 : f32
  %v24 = arith.addf %v22, %v23 : f32
  %v25 = arith.constant dense<-9223372036854775808> : vector<4xindex>
  %v26 = arith.floordivsi %v25, %v15 : vector<4xindex>
  %v27 = arith.constant -1 : i128
  %v28 = arith.minsi %v27, %v18 : i128
  %v29 = arith.constant 3.0 : f6E3M2FN
  %v30 = arith.negf %v29 : f6E3M2FN
  %v31 = arith.negf %v30 : f6E3M2FN
  %v32 = arith.muli %v27, %v18 : i128
  %v33 = arith.constant 129 : i128
  %v34 = arith.shrui %v32, %v33 exact : i128
  return %v21 : i1
}
func.func @f1(%arg0: tensor<2x2xi8>, %arg1: f32) -> (index, i1) {
  %v0 = arith.constant 0xFFC00000 : f32
  %v1 = arith.truncf %v0 {tag = 1 : i64} : f32 to f8E5M2FNUZ
  %v2 = arith.constant 127 : i8
  %v3 = arith.constant 13 : i8
  %v4 = arith.andi %v2, %v3 : i8
  %v5 = arith.constant 7.0 : f128
  %v6 = func.call @f0(%v5) : (f128) -> i1
  %v7 = arith.truncf %v5 to_nearest_even : f128 to f16
  %v8 = arith.constant true
  %v9 = arith.andi %v6, %v8 : i1
  %v10 = arith.constant true
  %v11:2 = arith.mulsi_extended %v6, %v10 : i1
  %v12 = arith.constant 7.0 : f8E4M3FN
  %v13 = arith.cmpf ugt, %v12, %v12 : f8E4M3FN
  %v14 = arith.constant false
  %v15 = arith.maxsi %v14, %v13 : i1
  %v16 = arith.constant dense<-128> : tensor<2x2xi8>
  %v17 = arith.cmpi sge, %v16, %arg0 : tensor<2x2xi8>
  %v18 = arith.constant true
  %v19 = arith.xori %v6, %v18 : i1
  %v20 = arith.constant true
  %v21 = arith.addi %v10, %v20 : i1
  %v22 = arith.extsi %v19 : i1 to i33
  %v23 = arith.maxsi %v14, %v13 : i1
  %v24 = arith.constant -2024042532 : i32
  %v25 = arith.index_cast %v24 : i32 to index
  %v26 = arith.constant 0xF7A35C36 : f32
  %v27 = arith.divf %arg1, %v26 fastmath<nnan,ninf> : f32
  return %v25, %v15 : index, i1
}
func.func @f2(%arg0: f16) {
  %v0 = arith.divf %arg0, %arg0 : f16
  %v1 = arith.constant false
  %v2 = arith.select %v1, %arg0, %v0 : f16
  %v3 = arith.constant dense<8> : tensor<2x2xi8>
  %v4 = arith.constant 3.0 : f32
  %v5:2 = func.call @f1(%v3, %v4) : (tensor<2x2xi8>, f32) -> (index, i1)
  %v6 = arith.constant 65 : i64
  %v7 = arith.constant 1 : i64
  %v8:2 = arith.mului_extended %v6, %v7 : i64
  %v9 = arith.divf %arg0, %arg0 : f16
  %v10 = arith.cmpf false, %v9, %v2 fastmath<nsz> : f16
  %v11 = arith.constant 0.1 : f16
  %v12 = arith.cmpf ogt, %v11, %v9 : f16
  %v13 = arith.constant -0.0 : f16
  %v14 = arith.extf %v13 fastmath<ninf> : f16 to f80
  %v15:2 = arith.addui_extended %v3, %v3 : tensor<2x2xi8>, tensor<2x2xi1>
  %v16 = arith.constant dense<127> : tensor<2x2xi8>
  %v17:2 = arith.addui_extended %v16, %v16 : tensor<2x2xi8>, tensor<2x2xi1>
  %v18 = arith.cmpf false, %v9, %v2 fastmath<nsz> : f16
  return
}
func.func @f3(%arg0: tensor<2x2xi32>, %arg1: f32, %arg2: f8E8M0FNU) -> (tensor<2x2xi64>, f32) {
  %v0 = arith.cmpf ult, %arg2, %arg2 fastmath<reassoc,contract> : f8E8M0FNU
  %v1 = arith.constant -3.0e-05 : f8E8M0FNU
  %v2 = arith.fptosi %v1 : f8E8M0FNU to i16
  %v3 = arith.sitofp %arg0 : tensor<2x2xi32> to tensor<2x2xf32>
  %v4 = arith.fptoui %v3 : tensor<2x2xf32> to tensor<2x2xi32>
  %v5 = arith.constant 0 : i32
  %v6 = arith.shrui %v5, %v5 exact {tag = 0 : i64} : i32
  %v7 = arith.constant dense<-1.0> : tensor<2x2xf32>
  %v8 = arith.remf %v7, %v3 : tensor<2x2xf32>
  %v9 = arith.constant 1.0e+10 : f8E8M0FNU
  %v10 = arith.cmpf une, %arg2, %v9 : f8E8M0FNU
  %v11 = arith.remui %v10, %v0 : i1
  %v12 = arith.sitofp %v11 : i1 to f32
  %v13 = arith.fptoui %v12 : f32 to i1
  %v14 = arith.extsi %arg0 : tensor<2x2xi32> to tensor<2x2xi64>
  %v15 = arith.extsi %arg0 : tensor<2x2xi32> to tensor<2x2xi64>
  %v16 = arith.cmpi ugt, %v14, %v15 : tensor<2x2xi64>
  %v17 = arith.constant dense<1> : tensor<2x2xi32>
  %v18 = arith.constant dense<-2147483648> : tensor<2x2xi32>
  %v19 = arith.shrui %v17, %v18 : tensor<2x2xi32>
  %v20 = arith.cmpf ult, %arg2, %arg2 fastmath<reassoc,contract> : f8E8M0FNU
  %v21 = arith.select %v10, %v5, %v6 : i32
  %v22 = arith.fptoui %v8 : tensor<2x2xf32> to tensor<2x2xi16>
  %v23 = arith.constant 2.0 : f32
  %v24 = arith.minnumf %v23, %v12 fastmath<reassoc,contract> : f32
  %v25 = arith.constant 0.5 : f32
  %v26 = arith.negf %v25 fastmath<fast> : f32
  %v27 = arith.constant 32767 : i16
  %v28 = arith.constant 0 : i16
  %v29 = arith.minsi %v27, %v28 : i16
  %v30 = arith.minnumf %v23, %v12 fastmath<reassoc,contract> : f32
  return %v15, %v30 : tensor<2x2xi64>, f32
}
