// Random func/arith module, seed 161.
func.func @f0(%arg0: i32, %arg1: tensor<2x2xi64>) -> (index, index, index) {
  %v0 = arith.constant dense<[[-2509351988145609929, 0], [-9223372036854775808, 64]]> : tensor<2x2xi64>
  %v1 = arith.divui %v0, %arg1 : tensor<2x2xi64>
  %v2 = arith.shli %v0, %arg1 : tensor<2x2xi64>
  %v3 = arith.constant 3 : i32
  %v4 = arith.cmpi ult, %arg0, %v3 : i32
  %v5 = arith.constant true
  %v6 = arith.constant false
  %v7 = arith.subi %v5, %v6 : i1
  %v8 = arith.constant false
  %v9 = arith.subi %v7, %v8 : i1
  %v10 = arith.constant false
  %v11 = arith.muli %v4, %v10 : i1
  %v12 = arith.constant true
  %v13 = arith.muli %v11, %v12 : i1
  %v14 = arith.constant 16 : i32
  %v15 = arith.minui %arg0, %v14 : i32
  %v16 = arith.constant dense<0x3C00> : vector<2x3xf16>
  %v17 = arith.constant dense<0x7BFF> : vector<2x3xf16>
  %v18 = arith.minnumf %v16, %v17 : vector<2x3xf16>
  %v19 = arith.minnumf %v17, %v16 : vector<2x3xf16>
  %v20 = arith.cmpf uge, %v17, %v17 : vector<2x3xf16>
  %v21 = arith.index_castui %v11 : i1 to index
  %v22 = arith.index_castui %v21 : index to i1
  return %v21, %v21, %v21 : index, index, index
}
func.func @f1(%arg0: tensor<3xi64>, %arg1: i32, %arg2: i64, %arg3: f32) -> (i32, i64) {
  %v0 = arith.constant 13 : i64
  %v1 = arith.minui %v0, %arg2 : i64
  %v2 = arith.constant true
  %v3 = arith.constant 0x80000000 : f32
  %v4 = arith.select %v2, %v3, %v3 : f32
  %v5 = arith.constant -0.0 : f32
  %v6 = arith.subf %arg3, %v5 fastmath<fast> : f32
  %v7 = arith.cmpi ne, %arg0, %arg0 : tensor<3xi64>
  %v8 = arith.select %v7, %arg0, %arg0 : tensor<3xi1>, tensor<3xi64>
  %v9 = arith.constant dense<[7, 16, -1]> : tensor<3xi64>
  %v10 = arith.addi %arg0, %v9 overflow<nsw> : tensor<3xi64>
  %v11 = arith.select %v7, %arg0, %arg0 : tensor<3xi1>, tensor<3xi64>
  %v12:2 = arith.addui_extended %v2, %v2 : i1, i1
  %v13 = arith.cmpi eq, %arg2, %v0 : i64
  %v14 = arith.constant true
  %v15 = arith.cmpi slt, %v13, %v14 : i1
  %v16 = arith.constant 2.0 : f32
  %v17 = arith.mulf %v16, %v6 : f32
  %v18 = arith.constant 0xBF800000 : f32
  %v19 = arith.minimumf %v17, %v18 : f32
  %v20 = arith.constant dense<1> : tensor<2x2xi64>
  %v21:3 = func.call @f0(%arg1, %v20) : (i32, tensor<2x2xi64>) -> (index, index, index)
  %v22 = arith.constant -1594937392 : i32
  %v23 = arith.constant 13 : i32
  %v24 = arith.ceildivsi %v22, %v23 : i32
  %v25 = arith.index_castui %arg1 : i32 to index
  %v26 = arith.index_castui %v25 : index to i32
  %v27 = arith.constant -1 : index
  %v28 = arith.constant 4096 : index
  %v29 = arith.ori %v27, %v28 : index
  %v30 = arith.negf %v19 : f32
  %v31 = arith.negf %v30 fastmath<nsz> : f32
  %v32 = arith.negf %v16 fastmath<reassoc,contract> : f32
  %v33 = arith.index_castui %arg1 : i32 to index
  %v34 = arith.fptosi %v18 : f32 to i1
  %v35 = arith.negf %v16 fastmath<reassoc,contract> : f32
  %v36 = arith.extsi %arg1 : i32 to i64
  %v37 = arith.extsi %v22 : i32 to i64
  %v38 = arith.cmpi uge, %v36, %v37 : i64
  %v39 = arith.ceildivsi %v21#2, %v25 : index
  %v40 = arith.constant dense<true> : tensor<3xi1>
  %v41 = arith.constant dense<true> : tensor<3xi1>
  %v42:2 = arith.mului_extended %v40, %v41 : tensor<3xi1>
  return %v26, %v36 : i32, i64
}
func.func @f2(%arg0: vector<2xf64>, %arg1: vector<2x3xf64>) -> (vector<2x3xf64>, vector<2x3xf64>) {
  %v0 = arith.constant 31 : i32
  %v1 = arith.ori %v0, %v0 : i32
  %v2 = arith.constant dense<9223372036854775807> : tensor<2x2xi64>
  %v3:3 = func.call @f0(%v0, %v2) : (i32, tensor<2x2xi64>) -> (index, index, index)
  %v4 = arith.constant -9223372036854775808 : index
  %v5 = arith.maxsi %v4, %v3#0 : index
  %v6 = arith.constant dense<-2.5> : vector<2xf64>
  %v7 = arith.mulf %v6, %v6 : vector<2xf64>
  %v8 = arith.minnumf %arg1, %arg1 : vector<2x3xf64>
  %v9 = arith.constant 0 : i32
  %v10:2 = arith.addui_extended %v9, %v1 : i32, i1
  %v11 = arith.mulf %v6, %v6 : vector<2xf64>
  %v12 = arith.constant dense<-9223372036854775808> : tensor<2x2xi64>
  %v13 = arith.constant dense<2> : tensor<2x2xi64>
  %v14 = arith.xori %v12, %v13 : tensor<2x2xi64>
  %v15 = arith.constant 63 : index
  %v16 = arith.remui %v15, %v4 : index
  %v17 = arith.constant 127 : i8
  %v18 = arith.xori %v17, %v17 : i8
  return %v8, %v8 : vector<2x3xf64>, vector<2x3xf64>
}
