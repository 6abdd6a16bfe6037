// Random func/arith module, seed 16.
func.func @f0(%arg0: f64, %arg1: tensor<3xf32>, %arg2: f32) -> (f64, f64, tensor<3xi1>) {
  %v0 = arith.constant -4294967296 : i33
  %v1 = arith.constant -1 : i33
  %v2 = arith.minui %v0, %v1 : i33
  %v3 = arith.constant dense<-1.0> : tensor<3xf32>
  %v4 = arith.cmpf olt, %arg1, %v3 : tensor<3xf32>
  %v5 = arith.constant 2.0 : f32
  %v6 = arith.constant 3.0 : f32
  %v7 = arith.cmpf oge, %v5, %v6 : f32
  %v8 = arith.constant dense<-1> : vector<[4]xindex>
  %v9 = arith.cmpi sge, %v8, %v8 : vector<[4]xindex>
  %v10 = arith.extsi %v7 : i1 to i64
  %v11 = arith.constant true
  %v12 = arith.extsi %v11 : i1 to i64
  %v13 = arith.cmpi eq, %v10, %v12 : i64
  %v14 = arith.cmpi sge, %v8, %v8 : vector<[4]xindex>
  %v15 = arith.constant dense<[0.0, 100.0, 0x3F800000]> : tensor<3xf32>
  %v16 = arith.cmpf ugt, %v15, %v3 fastmath<arcp,afn> : tensor<3xf32>
  %v17 = arith.cmpf ugt, %v15, %v3 fastmath<arcp,afn> : tensor<3xf32>
  %v18 = arith.uitofp %v1 : i33 to f8E4M3FNUZ
  %v19 = arith.cmpf uno, %v15, %arg1 : tensor<3xf32>
  %v20 = arith.constant 0 : i64
  %v21 = arith.constant -4 : i64
  %v22 = arith.maxsi %v20, %v21 : i64
  %v23 = arith.constant dense<false> : tensor<3xi1>
  %v24 = arith.andi %v23, %v19 : tensor<3xi1>
  %v25 = arith.select %v7, %arg2, %v6 : f32
  %v26 = arith.constant 7.0 : f64
  %v27 = arith.maximumf %arg0, %v26 : f64
  %v28 = arith.constant dense<false> : vector<[4]xi1>
  %v29 = arith.constant dense<true> : vector<[4]xi1>
  %v30:2 = arith.mului_extended %v28, %v29 : vector<[4]xi1>
  %v31:2 = arith.addui_extended %v16, %v24 : tensor<3xi1>, tensor<3xi1>
  %v32 = arith.constant 4294967295 : i33
  %v33 = arith.cmpi ule, %v0, %v32 : i33
  %v34 = arith.index_cast %v4 : tensor<3xi1> to tensor<3xindex>
  %v35 = arith.cmpi ule, %v0, %v32 : i33
  %v36 = arith.constant dense<-1> : tensor<3xindex>
  %v37 = arith.andi %v34, %v36 : tensor<3xindex>
  return %v27, %v27, %v4 : f64, f64, tensor<3xi1>
}
func.func @f1(%arg0: f16, %arg1: bf16, %arg2: vector<2x3xi16>) -> (f16, f16) {
  %v0 = arith.fptoui %arg1 : bf16 to i32
  %v1 = arith.cmpf ult, %arg0, %arg0 fastmath<ninf> : f16
  %v2 = arith.fptoui %arg1 : bf16 to i32
  %v3 = arith.constant -2147483648 : i32
  %v4 = arith.cmpi ult, %v3, %v2 : i32
  %v5 = arith.constant 0x03FF : f16
  %v6 = arith.cmpf ole, %arg0, %v5 : f16
  %v7 = arith.constant 0x3C00 : f16
  %v8 = arith.divf %v7, %arg0 : f16
  %v9 = arith.divf %v7, %arg0 : f16
  %v10 = arith.constant true
  %v11 = arith.shli %v10, %v6 overflow<none> : i1
  %v12 = arith.constant dense<0> : vector<[4]xi32>
  %v13 = arith.remui %v12, %v12 : vector<[4]xi32>
  %v14 = arith.select %v4, %v0, %v3 : i32
  %v15 = arith.constant dense<4.0> : vector<2xf32>
  %v16 = arith.constant dense<0x7F7FFFFF> : vector<2xf32>
  %v17 = arith.remf %v15, %v16 : vector<2xf32>
  %v18 = arith.sitofp %v10 : i1 to f8E4M3FN
  return %v9, %v9 : f16, f16
}
