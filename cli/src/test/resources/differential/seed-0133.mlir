// Random func/arith module, seed 133.
func.func @f0(%arg0: tensor<3xindex>, %arg1: i128, %arg2: index) -> (f8E5M2FNUZ, bf16) {
  %v0 = arith.constant 0x6DD4E93D06FDF962 : f64
  %v1 = arith.constant 0.1 : f64
  %v2 = arith.subf %v0, %v1 : f64
  %v3 = arith.constant false
  %v4 = arith.select %v3, %v0, %v2 : f64
  %v5 = arith.constant 0x0080 : bf16
  %v6 = arith.constant 0x9769 : bf16
  %v7 = arith.maximumf %v5, %v6 fastmath<arcp,afn> : bf16
  %v8 = arith.maximumf %v5, %v6 fastmath<arcp,afn> : bf16
  %v9 = arith.constant 0x0080 : bf16
  %v10 = arith.subf %v9, %v6 : bf16
  %v11 = arith.constant 0x007F : bf16
  %v12 = arith.truncf %v11 : bf16 to f8E5M2FNUZ
  %v13 = arith.mulf %v10, %v5 fastmath<reassoc,contract> : bf16
  %v14 = arith.select %v3, %v0, %v2 : f64
  return %v12, %v13 : f8E5M2FNUZ, bf16
}
func.func @f1(%arg0: tensor<3xf64>) -> tensor<3xi1> {
  %v0 = arith.constant dense<16> : vector<4xi64>
  %v1 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v2:2 = arith.mului_extended %v0, %v1 : vector<4xi64>
  %v3 = arith.constant dense<[0x6FA012985FC42710, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<3xf64>
  %v4 = arith.cmpf uno, %arg0, %v3 : tensor<3xf64>
  %v5 = arith.uitofp %v4 : tensor<3xi1> to tensor<3xf16>
  %v6 = arith.cmpf uno, %arg0, %v3 : tensor<3xf64>
  %v7 = arith.constant dense<9223372036854775807> : vector<4xi64>
  %v8 = arith.constant dense<-2> : vector<4xi64>
  %v9 = arith.floordivsi %v7, %v8 : vector<4xi64>
  %v10 = arith.fptoui %v5 : tensor<3xf16> to tensor<3xi64>
  %v11 = arith.constant true
  %v12 = arith.constant true
  %v13 = arith.select %v11, %v12, %v11 : i1
  %v14 = arith.negf %arg0 fastmath<none> : tensor<3xf64>
  %v15 = arith.constant 0x0010000000000000 : f64
  %v16 = arith.remf %v15, %v15 : f64
  %v17 = arith.select %v13, %v14, %arg0 : tensor<3xf64>
  %v18 = arith.constant dense<63> : tensor<3xi64>
  %v19 = arith.ori %v18, %v10 : tensor<3xi64>
  %v20 = arith.cmpf one, %v5, %v5 : tensor<3xf16>
  %v21 = arith.ori %v18, %v10 : tensor<3xi64>
  %v22 = arith.constant dense<[536870912, 9, -9223372036854775808]> : tensor<3xi64>
  %v23:2 = arith.mului_extended %v19, %v22 : tensor<3xi64>
  %v24 = arith.ceildivui %v9, %v8 : vector<4xi64>
  %v25 = arith.constant dense<0xEDB391CFAEDAC625> : tensor<3xf64>
  %v26 = arith.constant dense<[0xFFF0000000000000, 0x000FFFFFFFFFFFFF, 100.0]> : tensor<3xf64>
  %v27 = arith.addf %v25, %v26 : tensor<3xf64>
  %v28 = arith.constant dense<0> : vector<2x3xi64>
  %v29 = arith.xori %v28, %v28 : vector<2x3xi64>
  %v30 = arith.constant dense<33554432> : tensor<3xi64>
  %v31 = arith.shrsi %v21, %v30 : tensor<3xi64>
  %v32 = arith.cmpf uno, %arg0, %v3 : tensor<3xf64>
  %v33 = arith.bitcast %v14 : tensor<3xf64> to tensor<3xi64>
  %v34 = arith.constant false
  %v35 = arith.constant dense<0> : vector<4xi64>
  %v36 = arith.constant dense<9223372036854775807> : vector<4xi64>
  %v37 = arith.select %v34, %v35, %v36 : vector<4xi64>
  %v38 = arith.constant 1.0 : f32
  %v39 = arith.fptosi %v38 : f32 to i64
  %v40 = arith.shli %v21, %v10 : tensor<3xi64>
  return %v32 : tensor<3xi1>
}
func.func @f2(%arg0: i1, %arg1: i1) -> (f64, i8, i1, f64) {
  %v0 = arith.constant -2.5 : f64
  %v1 = arith.minimumf %v0, %v0 : f64
  %v2 = arith.negf %v1 : f64
  %v3 = arith.andi %arg1, %arg1 : i1
  %v4 = arith.constant 0x7FF8000000000000 : f64
  %v5 = arith.constant 0x0000000000000000 : f64
  %v6 = arith.maximumf %v4, %v5 : f64
  %v7 = arith.constant 1 : i8
  %v8 = arith.constant -57 : i8
  %v9 = arith.cmpi ugt, %v7, %v8 : i8
  %v10 = arith.maximumf %v5, %v4 : f64
  %v11 = arith.constant 127 : i8
  %v12 = arith.divui %v11, %v8 : i8
  return %v0, %v12, %v9, %v2 : f64, i8, i1, f64
}
