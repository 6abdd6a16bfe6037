// Random func/arith module, seed 48.
func.func @f0(%arg0: f64) -> (i32, i32) {
  %v0 = arith.constant 4294967291 : i32
  %v1 = arith.ori %v0, %v0 : i32
  %v2 = arith.constant -1 : i32
  %v3 = arith.extsi %v2 : i32 to i128
  %v4 = arith.constant 0 : i128
  %v5 = arith.constant -6 : i128
  %v6:2 = arith.mulsi_extended %v4, %v5 : i128
  %v7 = arith.constant 31 : i32
  %v8 = arith.minsi %v7, %v7 : i32
  %v9 = arith.constant 170141183460469231731687303715884105727 : i128
  %v10 = arith.index_castui %v9 : i128 to index
  %v11:2 = arith.mulsi_extended %v4, %v5 : i128
  %v12 = arith.minsi %v7, %v7 : i32
  return %v8, %v12 : i32, i32
}
func.func @f1(%arg0: tensor<3xf32>, %arg1: tensor<2x2xbf16>, %arg2: f32) -> i32 {
  %v0 = arith.constant 2 : i64
  %v1 = arith.remsi %v0, %v0 : i64
  %v2 = arith.constant 1 : i64
  %v3 = arith.constant -4 : i64
  %v4:2 = arith.addui_extended %v2, %v3 : i64, i1
  %v5 = arith.constant dense<1> : tensor<3xi32>
  %v6 = arith.floordivsi %v5, %v5 : tensor<3xi32>
  %v7 = arith.constant false
  %v8 = arith.maxsi %v7, %v7 : i1
  %v9 = arith.cmpi ule, %v8, %v7 : i1
  %v10 = arith.cmpi sle, %v3, %v4#0 : i64
  %v11 = arith.constant false
  %v12 = arith.subi %v11, %v9 : i1
  %v13 = arith.cmpi ule, %v8, %v7 : i1
  %v14 = arith.constant 0.0 : f64
  %v15:2 = func.call @f0(%v14) : (f64) -> (i32, i32)
  %v16:2 = func.call @f0(%v14) : (f64) -> (i32, i32)
  %v17 = arith.constant -1 : i32
  %v18 = arith.divsi %v15#0, %v17 : i32
  %v19 = arith.cmpi sgt, %v15#1, %v18 : i32
  %v20 = arith.extui %v19 : i1 to i32
  %v21 = arith.index_castui %v19 : i1 to index
  %v22 = arith.constant 0x007FFFFF : f32
  %v23 = arith.cmpf oeq, %v22, %v22 fastmath<reassoc,contract> : f32
  %v24 = arith.constant 4.0 : f64
  %v25 = arith.fptoui %v24 : f64 to i7
  return %v20 : i32
}
func.func @f2(%arg0: f64, %arg1: f16) -> (f16, f64) {
  %v0 = arith.constant -1.0 : f16
  %v1 = arith.constant 0x7C00 : f16
  %v2 = arith.minimumf %v0, %v1 fastmath<nnan> : f16
  %v3 = arith.minimumf %v0, %v1 fastmath<nnan> : f16
  %v4 = arith.constant dense<65536> : vector<4xi32>
  %v5 = arith.constant dense<8> : vector<4xi32>
  %v6 = arith.andi %v4, %v5 : vector<4xi32>
  %v7 = arith.addi %v4, %v4 : vector<4xi32>
  %v8 = arith.constant -0.75 : f64
  %v9 = arith.addf %arg0, %v8 : f64
  %v10 = arith.minimumf %v0, %v1 fastmath<nnan> : f16
  %v11 = arith.fptosi %v3 : f16 to i32
  %v12 = arith.constant false
  %v13 = arith.select %v12, %arg1, %arg1 : f16
  %v14 = arith.extf %v1 fastmath<nsz> : f16 to f64
  %v15 = arith.addf %v8, %arg0 : f64
  %v16 = arith.constant dense<0> : vector<4xi32>
  %v17 = arith.minui %v16, %v6 : vector<4xi32>
  %v18 = arith.constant dense<-1> : vector<4xi32>
  %v19:2 = arith.mului_extended %v5, %v18 : vector<4xi32>
  %v20 = arith.cmpf uno, %v15, %v9 : f64
  %v21 = arith.cmpf ueq, %arg0, %v15 : f64
  %v22 = arith.constant true
  %v23 = arith.divui %v22, %v21 : i1
  %v24 = arith.constant 0x3C00 : f16
  %v25 = arith.fptoui %v24 : f16 to i7
  %v26 = arith.constant true
  %v27 = arith.uitofp %v26 : i1 to f16
  return %v27, %v15 : f16, f64
}
func.func @f3(%arg0: i16, %arg1: bf16, %arg2: f16, %arg3: f32) -> (f32, i32) {
  %v0 = arith.ori %arg0, %arg0 : i16
  %v1 = arith.constant 16 : i16
  %v2 = arith.cmpi ne, %v0, %v1 : i16
  %v3 = arith.constant true
  %v4 = arith.subi %v2, %v3 : i1
  %v5 = arith.constant -0.75 : f32
  %v6 = arith.cmpf ult, %arg3, %v5 fastmath<fast> : f32
  %v7 = arith.cmpf ult, %arg3, %v5 fastmath<fast> : f32
  %v8 = arith.constant -3 : i8
  %v9 = arith.maxsi %v8, %v8 : i8
  %v10 = arith.constant true
  %v11 = arith.constant 0x00000001 : f32
  %v12 = arith.select %v10, %v5, %v11 : f32
  %v13 = arith.remsi %v0, %v1 : i16
  %v14 = arith.constant 0x7FF8000000000000 : f64
  %v15:2 = func.call @f0(%v14) : (f64) -> (i32, i32)
  %v16 = arith.constant -3 : i16
  %v17 = arith.shrsi %v16, %arg0 exact : i16
  %v18 = arith.cmpi ult, %v8, %v9 : i8
  %v19 = arith.floordivsi %v1, %v16 : i16
  %v20 = arith.minimumf %arg3, %arg3 : f32
  %v21 = arith.minimumf %arg2, %arg2 : f16
  %v22 = arith.cmpi ult, %v8, %v9 : i8
  %v23 = arith.constant -0.0 : f64
  %v24 = arith.subf %v23, %v14 : f64
  return %v20, %v15#0 : f32, i32
}
