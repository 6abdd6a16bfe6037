// Random func/arith module, seed 70.
func.func @f0(%arg0: i64, %arg1: tensor<2x2xindex>, %arg2: i16) -> (i8, i8, i8) {
  %v0 = arith.constant dense<1> : tensor<2x2xindex>
  %v1 = arith.divsi %arg1, %v0 : tensor<2x2xindex>
  %v2 = arith.constant 0xBF80 : bf16
  %v3 = arith.addf %v2, %v2 : bf16
  %v4 = arith.constant 3 : i8
  %v5 = arith.divui %v4, %v4 : i8
  %v6 = arith.xori %arg0, %arg0 : i64
  %v7 = arith.index_castui %arg2 : i16 to index
  %v8 = arith.constant true
  %v9 = arith.constant 2 : i16
  %v10 = arith.select %v8, %arg2, %v9 : i16
  %v11 = arith.divui %v4, %v4 : i8
  %v12 = arith.addf %v2, %v2 : bf16
  %v13 = arith.constant 0x7F80 : bf16
  %v14 = arith.minnumf %v2, %v13 : bf16
  %v15 = arith.fptoui %v13 : bf16 to i16
  %v16 = arith.minimumf %v3, %v13 fastmath<ninf> : bf16
  %v17 = arith.constant 12 : i32
  %v18 = arith.constant 2147483647 : i32
  %v19 = arith.maxui %v17, %v18 : i32
  %v20 = arith.constant 0.0 : bf16
  %v21 = arith.minimumf %v20, %v20 : bf16
  %v22 = arith.constant dense<-5> : tensor<2x2xindex>
  %v23 = arith.cmpi ule, %v0, %v22 : tensor<2x2xindex>
  %v24 = arith.index_cast %v7 : index to i8
  return %v24, %v24, %v24 : i8, i8, i8
}
func.func @f1(%arg0: f8E3M4, %arg1: f32, %arg2: i32) -> (f64, f64, i32) {
  %v0 = arith.constant 0x6F : f8E3M4
  %v1 = arith.minimumf %arg0, %v0 : f8E3M4
  %v2:2 = arith.mulsi_extended %arg2, %arg2 : i32
  %v3 = arith.floordivsi %v2#1, %arg2 : i32
  %v4 = arith.extf %arg0 : f8E3M4 to f64
  %v5 = arith.uitofp %v2#0 : i32 to f64
  %v6 = arith.fptosi %arg1 : f32 to i33
  %v7 = arith.extf %v0 fastmath<none> : f8E3M4 to f16
  %v8 = arith.constant 0x7FF8000000000000 : f64
  %v9 = arith.minnumf %v4, %v8 fastmath<fast> : f64
  %v10 = arith.constant false
  %v11 = arith.select %v10, %arg2, %v2#0 : i32
  return %v5, %v9, %v11 : f64, f64, i32
}
