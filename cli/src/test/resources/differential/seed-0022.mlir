// Random func/arith module, seed 22.
func.func @f0(%arg0: tf32) -> (i1, i8) {
  %v0 = arith.constant 0x1FC00 : tf32
  %v1 = arith.cmpf uno, %arg0, %v0 : tf32
  %v2 = arith.cmpf uno, %arg0, %v0 : tf32
  %v3 = arith.uitofp %v1 {tag = 0 : i64} : i1 to f8E5M2
  %v4 = arith.cmpf uno, %arg0, %v0 : tf32
  %v5 = arith.cmpf uno, %arg0, %v0 : tf32
  %v6 = arith.cmpf uno, %arg0, %v0 : tf32
  %v7 = arith.constant true
  %v8 = arith.constant 0xFFFF8000000000000000 : f80
  %v9 = arith.constant 2.0 : f80
  %v10 = arith.select %v7, %v8, %v9 : f80
  %v11 = arith.constant false
  %v12 = arith.andi %v11, %v4 : i1
  %v13 = arith.fptoui %v3 : f8E5M2 to i7
  %v14 = arith.index_castui %v6 : i1 to index
  %v15 = arith.constant 0x7FC00 : tf32
  %v16 = arith.fptoui %v15 : tf32 to i1
  %v17 = arith.extsi %v13 : i7 to i8
  %v18 = arith.constant 0x80 : f8E5M2
  %v19 = arith.select %v6, %v18, %v3 : f8E5M2
  %v20 = arith.constant 65 : i64
  %v21 = arith.constant 727825388276799696 : i64
  %v22:2 = arith.addui_extended %v20, %v21 : i64, i1
  return %v12, %v17 : i1, i8
}
func.func @f1(%arg0: f32, %arg1: f32, %arg2: index, %arg3: i7) -> (f32, i7) {
  %v0 = arith.constant 15 : i7
  %v1 = arith.cmpi slt, %arg3, %v0 : i7
  %v2 = arith.constant 0x00400 : tf32
  %v3:2 = func.call @f0(%v2) : (tf32) -> (i1, i8)
  %v4 = arith.constant 1 : i64
  %v5 = arith.constant -2 : i64
  %v6:2 = arith.mulsi_extended %v4, %v5 : i64
  %v7 = arith.constant 0x7F7FFFFF : f32
  %v8 = arith.addf %arg0, %v7 : f32
  %v9 = arith.bitcast %v8 : f32 to i32
  %v10 = arith.constant false
  %v11 = arith.divui %v10, %v3#0 : i1
  %v12 = arith.constant 0x7F800000 : f32
  %v13 = arith.addf %v12, %v12 : f32
  %v14 = arith.constant 0xBF800000 : f32
  %v15 = arith.remf %arg1, %v14 : f32
  %v16 = arith.maximumf %v2, %v2 : tf32
  %v17 = arith.extf %v12 : f32 to f64
  %v18 = arith.index_castui %v9 : i32 to index
  %v19 = arith.divui %v10, %v3#0 : i1
  %v20 = arith.fptoui %arg1 : f32 to i8
  %v21 = arith.constant 8 : i7
  %v22 = arith.constant -1 : i7
  %v23 = arith.select %v1, %v21, %v22 : i7
  return %arg0, %v23 : f32, i7
}
func.func @f2(%arg0: vector<2x3xi64>) -> (vector<2x3xf16>, vector<2x3xindex>) {
  %v0 = arith.constant dense<1> : vector<4xindex>
  %v1 = arith.divsi %v0, %v0 : vector<4xindex>
  %v2 = arith.shrui %arg0, %arg0 : vector<2x3xi64>
  %v3 = arith.constant dense<8> : vector<2x3xi64>
  %v4 = arith.muli %v3, %arg0 : vector<2x3xi64>
  %v5 = arith.constant dense<false> : vector<2x3xi1>
  %v6 = arith.constant dense<[[2, 16, -7], [-9223372036854775808, -9223372036854775808, -1]]> : vector<2x3xi64>
  %v7 = arith.select %v5, %arg0, %v6 : vector<2x3xi1>, vector<2x3xi64>
  %v8 = arith.constant 72057594037927936 : index
  %v9 = arith.constant -8 : index
  %v10 = arith.remsi %v8, %v9 : index
  %v11 = arith.constant 0x77 : f8E4M3
  %v12 = arith.cmpf ule, %v11, %v11 : f8E4M3
  %v13 = arith.divsi %v0, %v0 : vector<4xindex>
  %v14 = arith.constant dense<65> : vector<i64>
  %v15 = arith.divsi %v14, %v14 {tag = 0 : i64} : vector<i64>
  %v16 = arith.divsi %v0, %v0 : vector<4xindex>
  %v17 = arith.constant dense<true> : vector<2x3xi1>
  %v18 = arith.maxsi %v17, %v5 : vector<2x3xi1>
  %v19 = arith.cmpf ult, %v11, %v11 : f8E4M3
  %v20 = arith.constant 0x7C : f8E4M3
  %v21 = arith.bitcast %v20 : f8E4M3 to f8E4M3B11FNUZ
  %v22 = arith.maxsi %v17, %v5 : vector<2x3xi1>
  %v23 = arith.uitofp %v2 : vector<2x3xi64> to vector<2x3xf16>
  %v24 = arith.constant dense<[2.0, 0x7BFF, 0x03FF]> : tensor<3xf16>
  %v25 = arith.constant dense<1.0e+10> : tensor<3xf16>
  %v26 = arith.maximumf %v24, %v25 fastmath<fast> {tag = 0 : i64} : tensor<3xf16>
  %v27 = arith.constant dense<false> : vector<2x3xi1>
  %v28 = arith.minui %v5, %v27 : vector<2x3xi1>
  %v29 = arith.constant dense<true> : vector<2x3xi1>
  %v30 = arith.minui %v28, %v29 : vector<2x3xi1>
  %v31 = arith.constant dense<-9223372036854775808> : vector<i64>
  %v32 = arith.minsi %v15, %v31 : vector<i64>
  %v33 = arith.index_castui %v7 : vector<2x3xi64> to vector<2x3xindex>
  %v34 = arith.index_castui %v33 : vector<2x3xindex> to vector<2x3xi64>
  return %v23, %v33 : vector<2x3xf16>, vector<2x3xindex>
}
