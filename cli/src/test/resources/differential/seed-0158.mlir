// Random func/arith module, seed 158.
func.func @f0(%arg0: f64, %arg1: f4E2M1FN, %arg2: f8E4M3FNUZ, %arg3: f32) -> (i1, i1, i1, i32) {
  %v0 = arith.constant 4096 : i16
  %v1 = arith.constant -2197 : i16
  %v2 = arith.addi %v0, %v1 : i16
  %v3 = arith.addi %v0, %v1 : i16
  %v4 = arith.constant 2 : i16
  %v5:2 = arith.mulsi_extended %v1, %v4 : i16
  %v6 = arith.constant true
  %v7 = arith.select %v6, %arg1, %arg1 : f4E2M1FN
  %v8 = arith.select %v6, %arg1, %arg1 : f4E2M1FN
  %v9 = arith.constant 0 : i16
  %v10 = arith.maxsi %v9, %v1 : i16
  %v11 = arith.constant false
  %v12 = arith.shli %v11, %v6 : i1
  %v13 = arith.cmpf false, %v8, %arg1 : f4E2M1FN
  %v14 = arith.index_castui %v13 : i1 to index
  %v15 = arith.constant 1 : index
  %v16 = arith.xori %v15, %v14 : index
  %v17 = arith.constant 0x6 : f4E2M1FN
  %v18 = arith.cmpf oge, %arg1, %v17 fastmath<fast> : f4E2M1FN
  %v19 = arith.constant 5 : i32
  %v20 = arith.constant 1 : i32
  %v21 = arith.muli %v19, %v20 : i32
  %v22 = arith.constant false
  %v23 = arith.muli %v18, %v22 : i1
  return %v18, %v18, %v23, %v20 : i1, i1, i1, i32
}
func.func @f1(%arg0: tensor<3xi16>, %arg1: tensor<3xf64>, %arg2: bf16, %arg3: vector<4xi32>) -> (f4E2M1FN, i1) {
  %v0 = arith.constant 1.0e+10 : f64
  %v1 = arith.constant 0x2 : f4E2M1FN
  %v2 = arith.constant 0xFD : f8E4M3FNUZ
  %v3 = arith.constant 7.0 : f32
  %v4:4 = func.call @f0(%v0, %v1, %v2, %v3) : (f64, f4E2M1FN, f8E4M3FNUZ, f32) -> (i1, i1, i1, i32)
  %v5 = arith.constant true
  %v6 = arith.xori %v4#2, %v5 : i1
  %v7 = arith.constant true
  %v8 = arith.xori %v6, %v7 : i1
  %v9 = arith.constant 0x1 : f4E2M1FN
  %v10 = arith.select %v4#0, %v1, %v9 : f4E2M1FN
  %v11 = arith.constant dense<[1, 64, 6]> : tensor<3xi16>
  %v12 = arith.extsi %v11 : tensor<3xi16> to tensor<3xi64>
  %v13 = arith.constant dense<[0, -9223372036854775808, -4]> : tensor<3xi64>
  %v14 = arith.cmpi ule, %v12, %v13 : tensor<3xi64>
  %v15 = arith.constant dense<[0, 32767, 32767]> : tensor<3xi16>
  %v16 = arith.cmpi sgt, %arg0, %v15 : tensor<3xi16>
  %v17 = arith.xori %v6, %v7 : i1
  %v18 = arith.constant dense<[7055, 0, 0]> : tensor<3xi16>
  %v19:2 = arith.addui_extended %v18, %arg0 : tensor<3xi16>, tensor<3xi1>
  %v20 = arith.constant 0x3F80 : bf16
  %v21 = arith.cmpf une, %arg2, %v20 : bf16
  %v22 = arith.constant -1 : i32
  %v23 = arith.ori %v22, %v4#3 : i32
  %v24 = arith.fptosi %v1 : f4E2M1FN to i16
  %v25 = arith.constant 0.0 : f4E2M1FN
  %v26 = arith.subf %v10, %v25 : f4E2M1FN
  %v27 = arith.negf %arg1 : tensor<3xf64>
  %v28 = arith.negf %v27 : tensor<3xf64>
  return %v26, %v4#1 : f4E2M1FN, i1
}
func.func @f2(%arg0: f64) -> i32 {
  %v0 = arith.negf %arg0 : f64
  %v1 = arith.minnumf %v0, %arg0 : f64
  %v2 = arith.constant 1666811545 : i32
  %v3 = arith.trunci %v2 : i32 to i8
  %v4 = arith.minui %v2, %v2 : i32
  %v5 = arith.constant 2 : i32
  %v6 = arith.constant 15 : i32
  %v7 = arith.cmpi sgt, %v5, %v6 : i32
  %v8 = arith.negf %arg0 : f64
  %v9 = arith.minui %v4, %v6 : i32
  %v10 = arith.negf %v1 : f64
  %v11 = arith.negf %v10 fastmath<none> : f64
  %v12 = arith.constant -5 : i32
  %v13 = arith.maxui %v12, %v6 : i32
  %v14 = arith.cmpf ule, %v8, %v1 fastmath<reassoc,contract> : f64
  %v15 = arith.negf %v1 : f64
  %v16 = arith.constant 0x7FF8000000000000 : f64
  %v17 = arith.bitcast %v16 : f64 to i64
  %v18 = arith.constant false
  %v19 = arith.cmpi eq, %v14, %v18 : i1
  %v20 = arith.select %v19, %v18, %v14 : i1
  %v21 = arith.constant 0x3FFF0000000000000000000000000000 : f128
  %v22 = arith.cmpf false, %v21, %v21 : f128
  %v23 = arith.constant false
  %v24 = arith.cmpi uge, %v23, %v14 : i1
  %v25 = arith.constant dense<-32768> : tensor<3xi16>
  %v26 = arith.constant dense<0x034207DB499C7708> : tensor<3xf64>
  %v27 = arith.constant 7.0 : bf16
  %v28 = arith.constant dense<5> : vector<4xi32>
  %v29:2 = func.call @f1(%v25, %v26, %v27, %v28) : (tensor<3xi16>, tensor<3xf64>, bf16, vector<4xi32>) -> (f4E2M1FN, i1)
  %v30 = arith.index_castui %v14 : i1 to index
  return %v9 : i32
}
