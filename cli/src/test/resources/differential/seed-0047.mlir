// Random func/arith module, seed 47.
func.func @f0(%arg0: vector<2xf32>, %arg1: i32) -> (vector<2xf32>, vector<2xi1>) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.minsi %v0, %arg1 : i32
  %v2 = arith.shrui %v1, %v0 exact : i32
  %v3 = arith.constant 0x6220 : bf16
  %v4 = arith.constant -0.0 : bf16
  %v5 = arith.divf %v3, %v4 fastmath<ninf> : bf16
  %v6 = arith.constant dense<0x7F800000> : vector<2xf32>
  %v7 = arith.cmpf one, %arg0, %v6 : vector<2xf32>
  %v8 = arith.extsi %v2 : i32 to i64
  %v9 = arith.constant 140737488355328 : i64
  %v10 = arith.cmpi ugt, %v8, %v9 : i64
  %v11 = arith.constant 1 : i64
  %v12 = arith.floordivsi %v11, %v8 : i64
  %v13 = arith.constant 0xBFF0000000000000 : f64
  %v14 = arith.remf %v13, %v13 fastmath<arcp,afn> : f64
  %v15 = arith.extsi %v8 : i64 to i128
  %v16 = arith.constant -2147483648 : i32
  %v17 = arith.addi %arg1, %v16 overflow<nsw> : i32
  %v18 = arith.constant 15 : i64
  %v19 = arith.cmpi sle, %v8, %v18 : i64
  %v20 = arith.constant dense<4.0> : vector<2xf32>
  %v21 = arith.minnumf %v20, %arg0 : vector<2xf32>
  %v22 = arith.minnumf %arg0, %v20 : vector<2xf32>
  %v23 = arith.divf %v3, %v4 fastmath<ninf> : bf16
  %v24 = arith.floordivsi %v15, %v15 : i128
  %v25 = arith.andi %v2, %v17 : i32
  %v26 = arith.minsi %v10, %v19 : i1
  %v27 = arith.constant dense<true> : vector<2xi1>
  %v28 = arith.constant dense<true> : vector<2xi1>
  %v29 = arith.cmpi slt, %v27, %v28 : vector<2xi1>
  %v30 = arith.select %v19, %v6, %arg0 : vector<2xf32>
  %v31 = arith.extsi %v9 : i64 to i128
  return %v30, %v29 : vector<2xf32>, vector<2xi1>
}
func.func @f1(%arg0: i32) -> i1 {
  %v0 = arith.constant 0x78 : f8E4M3FNUZ
  %v1 = arith.extf %v0 fastmath<nsz> : f8E4M3FNUZ to f16
  %v2 = arith.constant -2 : i32
  %v3 = arith.constant 2147483647 : i32
  %v4 = arith.cmpi ult, %v2, %v3 : i32
  %v5 = arith.bitcast %v1 : f16 to i16
  %v6 = arith.constant true
  %v7 = arith.constant 0.5 : f16
  %v8 = arith.constant 0x03FF : f16
  %v9 = arith.select %v6, %v7, %v8 : f16
  %v10 = arith.shrsi %arg0, %arg0 : i32
  %v11 = arith.constant false
  %v12 = arith.constant 1.0 : f8E4M3FNUZ
  %v13 = arith.constant 3.0 : f8E4M3FNUZ
  %v14 = arith.select %v11, %v12, %v13 : f8E4M3FNUZ
  %v15 = arith.constant 0x03FF : f16
  %v16 = arith.bitcast %v15 : f16 to bf16
  %v17 = arith.constant 4294967290 : i32
  %v18 = arith.cmpi eq, %v10, %v17 : i32
  %v19 = arith.select %v18, %v10, %v17 : i32
  %v20 = arith.constant 6 : i16
  %v21 = arith.subi %v5, %v20 overflow<none> : i16
  return %v11 : i1
}
func.func @f2(%arg0: f32, %arg1: vector<[4]xbf16>) -> i32 {
  %v0 = arith.maximumf %arg0, %arg0 fastmath<fast> : f32
  %v1 = arith.constant -1 : index
  %v2 = arith.cmpi ule, %v1, %v1 : index
  %v3 = arith.divui %v2, %v2 : i1
  %v4 = arith.constant false
  %v5 = arith.constant false
  %v6 = arith.floordivsi %v4, %v5 : i1
  %v7 = arith.minnumf %v0, %arg0 : f32
  %v8 = arith.constant dense<100.0> : vector<bf16>
  %v9 = arith.negf %v8 fastmath<none> : vector<bf16>
  %v10 = arith.bitcast %v7 : f32 to i32
  return %v10 : i32
}
func.func @f3(%arg0: tensor<0xf32>) -> (tensor<0xi16>, tensor<0xi16>, tensor<0xi1>) {
  %v0 = arith.constant dense<[]> : tensor<0xf32>
  %v1 = arith.extf %v0 : tensor<0xf32> to tensor<0xf64>
  %v2 = arith.constant dense<-1> : tensor<3xi8>
  %v3 = arith.constant dense<[-44, -7, 64]> : tensor<3xi8>
  %v4 = arith.addi %v2, %v3 : tensor<3xi8>
  %v5 = arith.index_castui %v2 : tensor<3xi8> to tensor<3xindex>
  %v6 = arith.extf %arg0 : tensor<0xf32> to tensor<0xf64>
  %v7 = arith.uitofp %v2 : tensor<3xi8> to tensor<3xbf16>
  %v8 = arith.constant dense<1> : tensor<3xi64>
  %v9 = arith.constant dense<1> : tensor<3xi64>
  %v10:2 = arith.mului_extended %v8, %v9 : tensor<3xi64>
  %v11 = arith.constant dense<false> : tensor<0xi1>
  %v12 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : tensor<0xf64>
  %v13 = arith.constant dense<0x7FF0000000000000> : tensor<0xf64>
  %v14 = arith.select %v11, %v12, %v13 : tensor<0xi1>, tensor<0xf64>
  %v15 = arith.uitofp %v2 : tensor<3xi8> to tensor<3xbf16>
  %v16 = arith.constant dense<0x2C6050BF> : tensor<0xf32>
  %v17 = arith.divf %arg0, %v16 fastmath<none> : tensor<0xf32>
  %v18 = arith.constant true
  %v19 = arith.constant false
  %v20 = arith.xori %v18, %v19 : i1
  %v21 = arith.muli %v11, %v11 : tensor<0xi1>
  %v22 = arith.constant dense<-3037104361781732103> : vector<i64>
  %v23 = arith.cmpi sge, %v22, %v22 : vector<i64>
  %v24 = arith.divf %v6, %v12 fastmath<nnan,ninf> : tensor<0xf64>
  %v25 = arith.cmpf true, %v6, %v13 fastmath<arcp,afn> : tensor<0xf64>
  %v26 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : tensor<0xf64>
  %v27 = arith.minnumf %v26, %v14 fastmath<fast> : tensor<0xf64>
  %v28 = arith.constant dense<false> : tensor<0xi1>
  %v29 = arith.remsi %v25, %v28 : tensor<0xi1>
  %v30 = arith.constant true
  %v31 = arith.andi %v30, %v18 : i1
  %v32 = arith.extsi %v29 : tensor<0xi1> to tensor<0xi16>
  %v33 = arith.trunci %v32 : tensor<0xi16> to tensor<0xi1>
  %v34 = arith.constant 1 : index
  %v35 = arith.floordivsi %v34, %v34 : index
  %v36 = arith.divui %v29, %v28 exact : tensor<0xi1>
  %v37 = arith.select %v11, %v12, %v13 : tensor<0xi1>, tensor<0xf64>
  %v38 = arith.constant 1.0 : f32
  %v39 = arith.negf %v38 fastmath<nsz> : f32
  return %v32, %v32, %v36 : tensor<0xi16>, tensor<0xi16>, tensor<0xi1>
}
