// Random func/arith module, seed 184.
func.func @f0(%arg0: bf16, %arg1: vector<2x3xf16>, %arg2: index, %arg3: i1) -> (vector<2x3xf16>, bf16, i8) {
  %v0 = arith.constant dense<0x8000> : vector<2x3xf16>
  %v1 = arith.cmpf ole, %arg1, %v0 : vector<2x3xf16>
  %v2 = arith.cmpf ole, %arg1, %v0 : vector<2x3xf16>
  %v3 = arith.constant true
  %v4 = arith.cmpi uge, %arg3, %v3 : i1
  %v5 = arith.fptosi %arg0 : bf16 to i8
  %v6 = arith.constant dense<0x7C00> : vector<2x3xf16>
  %v7 = arith.remf %v6, %arg1 fastmath<arcp,afn> : vector<2x3xf16>
  %v8 = arith.constant 8 : i8
  %v9 = arith.shrsi %v8, %v5 : i8
  %v10 = arith.constant dense<4.0> : vector<2x3xf16>
  %v11 = arith.addf %v10, %arg1 : vector<2x3xf16>
  %v12 = arith.constant -2.5 : bf16
  %v13 = arith.remf %arg0, %v12 fastmath<none> : bf16
  %v14 = arith.constant 0.0 : f32
  %v15 = arith.minnumf %v14, %v14 fastmath<arcp,afn> : f32
  %v16 = arith.constant -0.0 : bf16
  %v17 = arith.mulf %v13, %v16 fastmath<nnan,ninf> : bf16
  return %v6, %v17, %v9 : vector<2x3xf16>, bf16, i8
}
func.func @f1(%arg0: vector<2xf64>, %arg1: i7, %arg2: i32, %arg3: f8E5M2) -> vector<2xf64> {
  %v0 = arith.negf %arg0 : vector<2xf64>
  %v1 = arith.constant 0 : i32
  %v2:2 = arith.addui_extended %arg2, %v1 : i32, i1
  %v3 = arith.divui %arg1, %arg1 : i7
  %v4 = arith.divui %arg1, %arg1 : i7
  %v5 = arith.constant -2 : i64
  %v6 = arith.constant 8 : i64
  %v7 = arith.cmpi uge, %v5, %v6 : i64
  %v8 = arith.constant dense<0.0> : vector<2xf64>
  %v9 = arith.addf %arg0, %v8 fastmath<nnan> : vector<2xf64>
  %v10 = arith.constant dense<0x8206FC132BE6A711> : vector<2xf64>
  %v11 = arith.maximumf %v10, %v8 fastmath<fast> : vector<2xf64>
  return %v9 : vector<2xf64>
}
func.func @f2(%arg0: f64) -> (vector<2xf64>, vector<4xi1>, i7, vector<2xf64>) {
  %v0 = arith.cmpf ord, %arg0, %arg0 fastmath<nsz> : f64
  %v1 = arith.constant 131072 : i33
  %v2 = arith.constant 7 : i33
  %v3 = arith.xori %v1, %v2 : i33
  %v4 = arith.constant 0xFFF8000000000000 : f64
  %v5 = arith.minimumf %arg0, %v4 : f64
  %v6 = arith.constant true
  %v7 = arith.divui %v6, %v0 : i1
  %v8 = arith.divsi %v7, %v0 : i1
  %v9 = arith.constant true
  %v10 = arith.ceildivsi %v9, %v7 : i1
  %v11 = arith.ceildivsi %v9, %v7 : i1
  %v12 = arith.shrui %v6, %v11 : i1
  %v13 = arith.minimumf %arg0, %v5 : f64
  %v14 = arith.constant dense<true> : vector<4xi1>
  %v15 = arith.cmpi slt, %v14, %v14 : vector<4xi1>
  %v16 = arith.maximumf %v5, %v4 : f64
  %v17 = arith.minui %v9, %v7 : i1
  %v18 = arith.constant dense<4.0> : vector<2xf64>
  %v19 = arith.constant -64 : i7
  %v20 = arith.constant 10 : i32
  %v21 = arith.constant 7.0 : f8E5M2
  %v22 = func.call @f1(%v18, %v19, %v20, %v21) : (vector<2xf64>, i7, i32, f8E5M2) -> vector<2xf64>
  %v23 = arith.maxnumf %v5, %v13 : f64
  %v24 = arith.constant dense<[0, 0, -5]> : tensor<3xindex>
  %v25 = arith.ori %v24, %v24 : tensor<3xindex>
  return %v22, %v15, %v19, %v22 : vector<2xf64>, vector<4xi1>, i7, vector<2xf64>
}
func.func @f3(%arg0: i128, %arg1: f32, %arg2: vector<2x3xf16>, %arg3: f32) -> (i128, f32, vector<2x3xindex>) {
  %v0 = arith.constant dense<[[1.0e+10, 1.0, 0xFC00], [0.1, 1.0, 0xBC00]]> : vector<2x3xf16>
  %v1 = arith.cmpf uno, %arg2, %v0 : vector<2x3xf16>
  %v2 = arith.index_castui %arg0 : i128 to index
  %v3 = arith.index_cast %v1 : vector<2x3xi1> to vector<2x3xindex>
  %v4 = arith.constant 83076749736557242056487941267521536 : i128
  %v5 = arith.shrsi %v4, %arg0 : i128
  %v6 = arith.constant false
  %v7 = arith.constant 1 : i8
  %v8 = arith.select %v6, %v7, %v7 : i8
  %v9 = arith.constant 1.0e+10 : f64
  %v10 = arith.constant 0xCA82A849C0FE6EDF : f64
  %v11 = arith.cmpf ule, %v9, %v10 : f64
  %v12 = arith.constant 0x00800000 : f32
  %v13 = arith.extf %v12 fastmath<nnan> : f32 to f64
  %v14 = arith.minnumf %arg3, %v12 : f32
  %v15 = arith.index_cast %v1 : vector<2x3xi1> to vector<2x3xindex>
  return %arg0, %v14, %v15 : i128, f32, vector<2x3xindex>
}
