// Random func/arith module, seed 19.
func.func @f0(%arg0: i16, %arg1: f32) -> (f32, f32, i16) {
  %v0 = arith.constant -1 : i16
  %v1 = arith.ori %arg0, %v0 : i16
  %v2 = arith.constant 10 : i16
  %v3 = arith.remui %arg0, %v2 : i16
  %v4 = arith.ori %arg0, %arg0 : i16
  %v5 = arith.constant -1 : i16
  %v6 = arith.remsi %v5, %arg0 : i16
  %v7 = arith.subi %arg0, %v0 overflow<nsw, nuw> : i16
  %v8 = arith.constant 0x9EBBA99E : f32
  %v9 = arith.subf %v8, %arg1 : f32
  %v10 = arith.negf %v9 : f32
  %v11 = arith.subf %v8, %arg1 : f32
  %v12 = arith.index_cast %v2 : i16 to index
  %v13 = arith.subi %arg0, %v0 overflow<nsw, nuw> : i16
  %v14 = arith.xori %arg0, %v1 : i16
  %v15 = arith.constant 3.0 : f32
  %v16 = arith.cmpf uge, %v15, %v9 fastmath<fast> : f32
  %v17 = arith.minimumf %arg1, %v10 : f32
  %v18 = arith.constant 2.0 : f32
  %v19 = arith.subf %v18, %arg1 fastmath<nsz> : f32
  return %v11, %v17, %v3 : f32, f32, i16
}
func.func @f1(%arg0: tensor<3xbf16>, %arg1: i8) -> (i16, i8) {
  %v0 = arith.extui %arg1 : i8 to i16
  %v1 = arith.extui %arg1 : i8 to i16
  %v2 = arith.constant 16 : i8
  %v3 = arith.divui %v2, %arg1 : i8
  %v4 = arith.fptoui %arg0 : tensor<3xbf16> to tensor<3xi1>
  %v5 = arith.constant 16 : i16
  %v6 = arith.shli %v1, %v5 overflow<nsw, nuw> : i16
  %v7 = arith.addi %arg1, %v3 overflow<nsw> : i8
  %v8 = arith.constant false
  %v9 = arith.constant -1 : i8
  %v10 = arith.select %v8, %v7, %v9 : i8
  %v11 = arith.extui %v5 : i16 to i33
  %v12 = arith.constant 0x0080 : bf16
  %v13 = arith.constant 0xFF80 : bf16
  %v14 = arith.cmpf ugt, %v12, %v13 : bf16
  %v15 = arith.constant 0x007FFFFF : f32
  %v16:3 = func.call @f0(%v6, %v15) : (i16, f32) -> (f32, f32, i16)
  %v17 = arith.ceildivui %v3, %arg1 : i8
  %v18 = arith.constant dense<true> : tensor<3xi1>
  %v19 = arith.constant dense<false> : tensor<3xi1>
  %v20:2 = arith.addui_extended %v18, %v19 : tensor<3xi1>, tensor<3xi1>
  %v21 = arith.constant 0.1 : f32
  %v22 = arith.cmpf ole, %v21, %v16#0 : f32
  %v23 = arith.constant dense<100.0> : tensor<3xbf16>
  %v24 = arith.subf %v23, %arg0 : tensor<3xbf16>
  %v25 = arith.mulf %v12, %v13 fastmath<ninf> : bf16
  %v26 = arith.mulf %v16#0, %v16#1 fastmath<nnan> : f32
  %v27 = arith.constant 16 : i16
  %v28 = arith.minui %v27, %v1 : i16
  %v29 = arith.constant -98 : i8
  %v30 = arith.cmpi ule, %v29, %v17 : i8
  %v31 = arith.shrsi %v30, %v22 : i1
  return %v28, %arg1 : i16, i8
}
func.func @f2(%arg0: f8E5M2, %arg1: vector<2x3xf64>, %arg2: i128) -> (i128, i128) {
  %v0:2 = arith.mulsi_extended %arg2, %arg2 : i128
  %v1 = arith.minimumf %arg1, %arg1 : vector<2x3xf64>
  %v2 = arith.constant 14 : i128
  %v3 = arith.divsi %v2, %v0#0 : i128
  %v4 = arith.constant 170141183460469231731687303715884105727 : i128
  %v5 = arith.subi %v4, %v3 : i128
  %v6 = arith.constant false
  %v7 = arith.constant 0x7E : f8E5M2
  %v8 = arith.select %v6, %arg0, %v7 : f8E5M2
  %v9 = arith.constant true
  %v10 = arith.extui %v9 : i1 to i128
  return %v10, %v10 : i128, i128
}
func.func @f3(%arg0: i16, %arg1: i128, %arg2: i32) -> i16 {
  %v0 = arith.constant 7.0 : f16
  %v1 = arith.extf %v0 fastmath<nsz> : f16 to f64
  %v2 = arith.cmpi uge, %arg1, %arg1 : i128
  %v3 = arith.cmpi ne, %arg1, %arg1 : i128
  %v4 = arith.constant 0x0000000000000001 : f64
  %v5 = arith.constant 7.0 : f64
  %v6 = arith.cmpf une, %v4, %v5 : f64
  %v7 = arith.constant dense<-8016922185703630827> : tensor<2x2xindex>
  %v8 = arith.constant dense<[[-9223372036854775808, 9223372036854775807], [2, 3]]> : tensor<2x2xindex>
  %v9 = arith.divsi %v7, %v8 exact : tensor<2x2xindex>
  %v10 = arith.constant false
  %v11 = arith.maxui %v10, %v2 : i1
  %v12 = arith.constant 100.0 : f32
  %v13:3 = func.call @f0(%arg0, %v12) : (i16, f32) -> (f32, f32, i16)
  %v14 = arith.constant -2.5 : f32
  %v15 = arith.cmpf uno, %v13#0, %v14 : f32
  %v16 = arith.extf %v13#0 : f32 to f64
  %v17 = arith.constant dense<[0.5, -3.0e-05, 7.0]> : tensor<3xbf16>
  %v18 = arith.constant 9 : i8
  %v19:2 = func.call @f1(%v17, %v18) : (tensor<3xbf16>, i8) -> (i16, i8)
  %v20 = arith.select %v10, %arg1, %arg1 : i128
  %v21 = arith.constant 2 : i8
  %v22 = arith.constant 9 : i8
  %v23 = arith.cmpi uge, %v21, %v22 : i8
  return %v13#2 : i16
}
