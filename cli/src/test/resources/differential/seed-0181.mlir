// Random func/arith module, seed 181.
func.func @f0(%arg0: index) -> vector<4xi8> {
  %v0 = arith.constant true
  %v1 = arith.maxui %v0, %v0 : i1
  %v2 = arith.constant dense<0xFFC00000> : vector<4xf32>
  %v3 = arith.extf %v2 fastmath<nsz> : vector<4xf32> to vector<4xf64>
  %v4 = arith.constant 9223372036854775807 : index
  %v5 = arith.muli %v4, %arg0 overflow<none> : index
  %v6 = arith.constant 0 : index
  %v7 = arith.divui %v4, %v6 exact : index
  %v8 = arith.remf %v3, %v3 fastmath<none> : vector<4xf64>
  %v9 = arith.constant 3.0 : f16
  %v10 = arith.subf %v9, %v9 : f16
  %v11 = arith.xori %v6, %v5 : index
  %v12 = arith.select %v1, %v11, %v6 : index
  %v13 = arith.divui %v4, %v6 exact : index
  %v14 = arith.index_cast %v11 : index to i32
  %v15 = arith.constant 3 : i32
  %v16 = arith.xori %v14, %v15 : i32
  %v17 = arith.constant 15 : index
  %v18 = arith.ori %arg0, %v17 : index
  %v19 = arith.minimumf %v9, %v10 fastmath<arcp,afn> : f16
  %v20 = arith.fptosi %v3 : vector<4xf64> to vector<4xi8>
  %v21 = arith.constant -2 : i128
  %v22 = arith.divsi %v21, %v21 : i128
  %v23 = arith.constant 0x7E00 : f16
  %v24 = arith.subf %v23, %v10 : f16
  %v25 = arith.constant dense<4.0> : vector<4xf32>
  %v26 = arith.constant dense<0.5> : vector<4xf32>
  %v27 = arith.divf %v25, %v26 : vector<4xf32>
  %v28 = arith.constant dense<9> : vector<4xi8>
  %v29:2 = arith.mulsi_extended %v28, %v20 : vector<4xi8>
  %v30 = arith.ori %v15, %v16 : i32
  %v31 = arith.xori %v5, %v6 : index
  %v32 = arith.constant 170141183460469231731687303715884105728 : i128
  %v33 = arith.minsi %v32, %v21 : i128
  %v34 = arith.andi %arg0, %v6 : index
  %v35 = arith.index_cast %v11 : index to i32
  return %v20 : vector<4xi8>
}
func.func @f1(%arg0: i8, %arg1: tensor<3xf32>, %arg2: f64, %arg3: f64) -> f64 {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = func.call @f0(%v0) : (index) -> vector<4xi8>
  %v2 = arith.fptosi %arg2 : f64 to i7
  %v3 = arith.constant -64 : i7
  %v4 = arith.trunci %v3 : i7 to i1
  %v5 = arith.constant -2147483648 : i32
  %v6 = arith.constant 65536 : i32
  %v7 = arith.maxsi %v5, %v6 : i32
  %v8 = arith.subf %arg2, %arg3 : f64
  %v9 = arith.constant 0 : i32
  %v10:2 = arith.addui_extended %v9, %v9 : i32, i1
  %v11 = arith.constant 0x7FF8000000000000 : f64
  %v12 = arith.subf %v8, %v11 : f64
  %v13 = arith.constant dense<-1> : vector<4xi8>
  %v14 = arith.constant dense<[-3, -1, 1, 1]> : vector<4xi8>
  %v15:2 = arith.mulsi_extended %v13, %v14 : vector<4xi8>
  %v16 = arith.subf %v8, %v11 : f64
  %v17:2 = arith.addui_extended %v9, %v9 : i32, i1
  %v18 = arith.divsi %v2, %v3 exact : i7
  %v19 = arith.constant dense<[0x00000001, 0xBF800000, 0xFF800000]> : tensor<3xf32>
  %v20 = arith.cmpf ord, %arg1, %v19 fastmath<none> : tensor<3xf32>
  %v21 = arith.subf %v8, %v11 : f64
  %v22 = arith.subf %v8, %v11 : f64
  %v23 = arith.remf %v11, %arg3 fastmath<reassoc,contract> : f64
  return %v21 : f64
}
func.func @f2(%arg0: vector<2xindex>, %arg1: i64, %arg2: f32, %arg3: tensor<2x2xi1>) {
  %v0 = arith.constant dense<2> : vector<2xindex>
  %v1 = arith.cmpi ult, %arg0, %v0 : vector<2xindex>
  %v2 = arith.xori %v0, %arg0 : vector<2xindex>
  %v3 = arith.constant -1.0 : bf16
  %v4 = arith.maxnumf %v3, %v3 : bf16
  %v5 = arith.constant dense<1> : vector<2xi64>
  %v6:2 = arith.addui_extended %v5, %v5 : vector<2xi64>, vector<2xi1>
  %v7:2 = arith.addui_extended %v5, %v5 : vector<2xi64>, vector<2xi1>
  %v8 = arith.constant dense<false> : tensor<2x2xi1>
  %v9 = arith.cmpi uge, %v8, %arg3 : tensor<2x2xi1>
  %v10 = arith.cmpi ult, %arg0, %v0 : vector<2xindex>
  %v11 = arith.shrui %arg3, %v9 : tensor<2x2xi1>
  return
}
