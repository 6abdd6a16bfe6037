// Random func/arith module, seed 88.
func.func @f0(%arg0: f8E4M3FNUZ, %arg1: i64, %arg2: i8, %arg3: f32) -> (f32, tensor<2x2xi1>, i1, i1) {
  %v0 = arith.constant 0x096F31AF : f32
  %v1 = arith.negf %v0 : f32
  %v2 = arith.minui %arg1, %arg1 : i64
  %v3 = arith.constant 255 : i8
  %v4 = arith.ori %arg2, %v3 : i8
  %v5 = arith.constant 0xFC : f8E4M3FNUZ
  %v6 = arith.remf %arg0, %v5 : f8E4M3FNUZ
  %v7 = arith.minui %arg1, %arg1 : i64
  %v8 = arith.constant dense<[[32, 0], [12, 33]]> : tensor<2x2xi32>
  %v9 = arith.constant dense<-2147483648> : tensor<2x2xi32>
  %v10 = arith.cmpi slt, %v8, %v9 : tensor<2x2xi32>
  %v11 = arith.cmpi slt, %v8, %v9 : tensor<2x2xi32>
  %v12 = arith.constant 4.0 : f32
  %v13 = arith.maximumf %arg3, %v12 : f32
  %v14 = arith.constant 6404615545975753127 : i64
  %v15:2 = arith.addui_extended %v14, %v7 : i64, i1
  return %v13, %v10, %v15#1, %v15#1 : f32, tensor<2x2xi1>, i1, i1
}
func.func @f1(%arg0: f64) -> (f8E5M2, f8E5M2, f8E5M2) {
  %v0 = arith.constant 604462909807314587353088 : i128
  %v1:2 = arith.mulsi_extended %v0, %v0 : i128
  %v2 = arith.constant 3 : i128
  %v3 = arith.shli %v2, %v0 : i128
  %v4 = arith.shli %v2, %v0 : i128
  %v5 = arith.constant -0.0 : f64
  %v6 = arith.fptosi %v5 : f64 to i16
  %v7 = arith.negf %arg0 : f64
  %v8 = arith.constant 0x00 : f8E4M3
  %v9 = arith.minnumf %v8, %v8 fastmath<none> : f8E4M3
  %v10 = arith.extf %v9 fastmath<nnan> : f8E4M3 to bf16
  %v11 = arith.extf %v9 fastmath<nnan> : f8E4M3 to bf16
  %v12 = arith.constant -8 : i16
  %v13 = arith.cmpi sgt, %v12, %v6 : i16
  %v14 = arith.negf %arg0 : f64
  %v15 = arith.truncf %v7 upward : f64 to f8E5M2
  %v16 = arith.constant 32767 : i16
  %v17 = arith.constant 2 : i16
  %v18 = arith.select %v13, %v16, %v17 : i16
  %v19 = arith.constant 0.0 : f8E5M2
  %v20 = arith.minnumf %v19, %v15 fastmath<none> : f8E5M2
  %v21 = arith.addf %arg0, %v5 : f64
  %v22 = arith.select %v13, %v16, %v17 : i16
  %v23 = arith.constant 8 : i32
  %v24 = arith.maxui %v23, %v23 : i32
  %v25 = arith.constant true
  %v26 = arith.constant false
  %v27 = arith.ori %v25, %v26 : i1
  return %v15, %v15, %v20 : f8E5M2, f8E5M2, f8E5M2
}
