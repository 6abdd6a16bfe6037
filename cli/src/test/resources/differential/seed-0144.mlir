// Random func/arith module, seed 144.
func.func @f0(%arg0: tensor<2x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
  %v0 = arith.constant 0 : i8
  %v1 = arith.constant 8 : i8
  %v2 = arith.ceildivsi %v0, %v1 : i8
  %v3 = arith.constant 1 : i8
  %v4 = arith.constant 8 : i8
  %v5 = arith.divui %v3, %v4 : i8
  %v6 = arith.constant -26 : i8
  %v7 = arith.minsi %v6, %v5 : i8
  %v8 = arith.constant 8 : i8
  %v9 = arith.constant 1 : i8
  %v10 = arith.ori %v8, %v9 : i8
  %v11 = arith.constant 0 : i8
  %v12 = arith.ori %v10, %v11 : i8
  %v13 = arith.constant -2 : i64
  %v14 = arith.constant 1 : i64
  %v15:2 = arith.mului_extended %v13, %v14 : i64
  %v16 = arith.constant -4 : i64
  %v17 = arith.cmpi sgt, %v16, %v14 : i64
  %v18 = arith.ori %v10, %v11 : i8
  %v19 = arith.constant dense<true> : tensor<2x2xi1>
  %v20 = arith.constant dense<[[0x007FFFFF, 1.0], [0x80000000, 0x6C53D8DB]]> : tensor<2x2xf32>
  %v21 = arith.select %v19, %v20, %v20 : tensor<2x2xi1>, tensor<2x2xf32>
  %v22 = arith.constant dense<33> : vector<[4]xi32>
  %v23 = arith.uitofp %v22 : vector<[4]xi32> to vector<[4]xf64>
  %v24 = arith.minsi %v6, %v5 : i8
  %v25 = arith.divui %v3, %v4 : i8
  %v26 = arith.constant 7 : i8
  %v27 = arith.constant 12 : i8
  %v28:2 = arith.addui_extended %v26, %v27 : i8, i1
  %v29 = arith.negf %arg0 : tensor<2x2xf32>
  %v30 = arith.negf %v29 fastmath<reassoc,contract> : tensor<2x2xf32>
  %v31 = arith.constant dense<0x3FF0000000000000> : vector<[4]xf64>
  %v32 = arith.constant dense<0.5> : vector<[4]xf64>
  %v33 = arith.addf %v31, %v32 fastmath<reassoc,contract> : vector<[4]xf64>
  return %v21, %v29 : tensor<2x2xf32>, tensor<2x2xf32>
}
func.func @f1(%arg0: f6E2M3FN, %arg1: f8E4M3FNUZ) {
  %v0 = arith.constant 63 : i7
  %v1:2 = arith.mulsi_extended %v0, %v0 : i7
  %v2:2 = arith.mulsi_extended %v0, %v0 : i7
  %v3 = arith.truncf %arg0 downward : f6E2M3FN to f4E2M1FN
  %v4:2 = arith.mulsi_extended %v0, %v0 : i7
  %v5 = arith.constant -20 : i7
  %v6 = arith.cmpi sle, %v5, %v2#1 : i7
  %v7 = arith.constant -60 : i7
  %v8 = arith.remsi %v5, %v7 : i7
  %v9 = arith.constant false
  %v10 = arith.muli %v9, %v9 : i1
  %v11 = arith.constant -1 : i7
  %v12 = arith.constant 0 : i7
  %v13 = arith.xori %v12, %v11 : i7
  %v14 = arith.xori %v13, %v11 : i7
  %v15 = arith.extf %v3 : f4E2M1FN to f32
  %v16 = arith.constant -64 : i7
  %v17 = arith.constant 0 : i7
  %v18 = arith.cmpi ult, %v16, %v17 : i7
  %v19 = arith.remsi %v5, %v7 : i7
  %v20 = arith.divf %v15, %v15 : f32
  %v21 = arith.negf %arg1 : f8E4M3FNUZ
  %v22 = arith.constant -64 : i7
  %v23 = arith.remui %v22, %v2#0 : i7
  %v24 = arith.constant false
  %v25 = arith.constant false
  %v26 = arith.cmpi ule, %v24, %v25 : i1
  %v27 = arith.constant 0xA : f4E2M1FN
  %v28 = arith.select %v24, %v27, %v3 : f4E2M1FN
  %v29 = arith.cmpf ole, %arg1, %v21 fastmath<ninf> : f8E4M3FNUZ
  return
}
func.func @f2(%arg0: i1, %arg1: i8, %arg2: tensor<2x2xi64>, %arg3: i128) -> (i64, i64) {
  %v0 = arith.extui %arg1 : i8 to i64
  %v1 = arith.constant -615503850489097441 : i64
  %v2 = arith.cmpi ugt, %v0, %v1 : i64
  %v3 = arith.cmpi ugt, %v0, %v1 : i64
  %v4 = arith.shrsi %arg2, %arg2 : tensor<2x2xi64>
  %v5 = arith.shrsi %arg2, %arg2 : tensor<2x2xi64>
  %v6 = arith.constant true
  %v7 = arith.sitofp %v6 : i1 to f8E4M3
  %v8 = arith.constant -3.0e-05 : f8E4M3
  %v9 = arith.mulf %v7, %v8 fastmath<arcp,afn> : f8E4M3
  %v10 = arith.constant 9223372036854775807 : i64
  %v11 = arith.subi %v0, %v10 : i64
  %v12 = arith.shrsi %arg2, %arg2 : tensor<2x2xi64>
  %v13 = arith.constant 100.0 : f64
  %v14 = arith.cmpf uge, %v13, %v13 : f64
  %v15 = arith.extsi %arg1 : i8 to i64
  %v16 = arith.constant 9223372036854775807 : i64
  %v17 = arith.cmpi uge, %v15, %v16 : i64
  %v18 = arith.maximumf %v9, %v8 fastmath<none> : f8E4M3
  return %v15, %v11 : i64, i64
}
