// Random func/arith module, seed 125.
func.func @f0(%arg0: tensor<3xi64>, %arg1: i32, %arg2: i8, %arg3: i1) -> (i32, i32, i1) {
  %v0 = arith.constant 0x08 : f8E4M3FNUZ
  %v1 = arith.remf %v0, %v0 fastmath<ninf> : f8E4M3FNUZ
  %v2 = arith.minui %arg1, %arg1 : i32
  %v3 = arith.constant 0x80 : f8E4M3FNUZ
  %v4 = arith.cmpf uno, %v3, %v0 fastmath<nsz> : f8E4M3FNUZ
  %v5 = arith.constant -6 : i32
  %v6 = arith.select %v4, %v5, %arg1 : i32
  %v7 = arith.select %arg3, %v4, %arg3 : i1
  %v8 = arith.constant -37 : i8
  %v9:2 = arith.addui_extended %arg2, %v8 : i8, i1
  %v10 = arith.select %arg3, %arg0, %arg0 : tensor<3xi64>
  %v11 = arith.constant dense<5> : tensor<3xi64>
  %v12 = arith.index_castui %v11 : tensor<3xi64> to tensor<3xindex>
  %v13 = arith.constant -1 : i32
  %v14 = arith.cmpi sgt, %v6, %v13 : i32
  %v15 = arith.constant dense<-1> : tensor<3xi64>
  %v16 = arith.xori %v10, %v15 : tensor<3xi64>
  %v17 = arith.xori %v16, %v15 : tensor<3xi64>
  %v18 = arith.constant dense<9> : tensor<3xi64>
  %v19 = arith.addi %v15, %v18 : tensor<3xi64>
  %v20 = arith.constant 33 : i32
  %v21 = arith.ceildivui %v2, %v20 : i32
  %v22 = arith.andi %v9#1, %v7 : i1
  return %v21, %v21, %v14 : i32, i32, i1
}
func.func @f1(%arg0: f32, %arg1: vector<4xi64>, %arg2: index, %arg3: vector<2xi8>) -> (i1, i1, f64, f64) {
  %v0 = arith.constant dense<1> : vector<2xi8>
  %v1 = arith.muli %arg3, %v0 : vector<2xi8>
  %v2 = arith.constant dense<[-9223372036854775808, 63, -1]> : tensor<3xi64>
  %v3 = arith.constant -1 : i32
  %v4 = arith.constant 127 : i8
  %v5 = arith.constant true
  %v6:3 = func.call @f0(%v2, %v3, %v4, %v5) : (tensor<3xi64>, i32, i8, i1) -> (i32, i32, i1)
  %v7 = arith.extf %arg0 fastmath<reassoc,contract> : f32 to f64
  %v8 = arith.constant dense<[[0, -3, 1], [0, 2147483647, 1233002467]]> : vector<2x3xi32>
  %v9 = arith.trunci %v8 overflow<nsw> : vector<2x3xi32> to vector<2x3xi1>
  %v10 = arith.remf %arg0, %arg0 fastmath<fast> : f32
  %v11 = arith.constant true
  %v12 = arith.constant 0xBF800000 : f32
  %v13 = arith.select %v11, %v10, %v12 : f32
  %v14 = arith.cmpf oeq, %v7, %v7 fastmath<fast> : f64
  %v15 = arith.negf %v13 : f32
  %v16 = arith.negf %v15 : f32
  %v17 = arith.constant false
  %v18 = arith.constant true
  %v19 = arith.ceildivui %v17, %v18 : i1
  %v20 = arith.maximumf %v7, %v7 : f64
  %v21 = arith.extsi %v17 : i1 to i7
  %v22 = arith.constant 4 : i8
  %v23 = arith.constant -1 : i8
  %v24 = arith.muli %v22, %v23 overflow<none> : i8
  %v25 = arith.constant true
  %v26 = arith.xori %v14, %v25 : i1
  %v27 = arith.xori %v26, %v25 : i1
  return %v19, %v26, %v20, %v20 : i1, i1, f64, f64
}
