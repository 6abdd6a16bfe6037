// Random func/arith module, seed 92.
func.func @f0(%arg0: i32, %arg1: bf16, %arg2: f8E4M3B11FNUZ, %arg3: tensor<3xi1>) -> i32 {
  %v0 = arith.constant dense<[true, false, false]> : tensor<3xi1>
  %v1 = arith.remsi %arg3, %v0 : tensor<3xi1>
  %v2 = arith.constant true
  %v3 = arith.cmpi sle, %v2, %v2 : i1
  %v4 = arith.cmpi sle, %v2, %v2 : i1
  %v5 = arith.constant 0x08 : f8E4M3B11FNUZ
  %v6 = arith.mulf %v5, %arg2 : f8E4M3B11FNUZ
  %v7 = arith.constant 42153515 : i32
  %v8 = arith.extui %v7 : i32 to i64
  %v9 = arith.extui %arg0 : i32 to i64
  %v10 = arith.cmpi ule, %v8, %v9 : i64
  %v11 = arith.constant 35184372088832 : i64
  %v12 = arith.shli %v11, %v9 : i64
  %v13 = arith.constant true
  %v14:2 = arith.mului_extended %v3, %v13 : i1
  %v15 = arith.constant false
  %v16 = arith.select %v15, %v5, %v5 : f8E4M3B11FNUZ
  %v17 = arith.index_castui %v7 : i32 to index
  %v18 = arith.ori %arg0, %v7 : i32
  return %v18 : i32
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: tensor<2x2xf16>) -> i32 {
  %v0 = arith.constant 0x0000000000000001 : f64
  %v1 = arith.constant 0xC95F5A02037D8BB5 : f64
  %v2 = arith.mulf %v0, %v1 : f64
  %v3 = arith.constant 0 : i8
  %v4 = arith.constant 0 : i8
  %v5 = arith.cmpi slt, %v3, %v4 : i8
  %v6 = arith.constant -5 : i32
  %v7 = arith.constant 0x7FC0 : bf16
  %v8 = arith.constant 0xF8 : f8E4M3B11FNUZ
  %v9 = arith.constant dense<true> : tensor<3xi1>
  %v10 = func.call @f0(%v6, %v7, %v8, %v9) : (i32, bf16, f8E4M3B11FNUZ, tensor<3xi1>) -> i32
  %v11 = arith.cmpi slt, %v3, %v4 : i8
  %v12 = arith.ori %v6, %v10 : i32
  %v13 = arith.maxnumf %arg1, %arg1 : tensor<2x2xf16>
  %v14 = arith.constant dense<0x7F800000> : tensor<0xf32>
  %v15 = arith.constant dense<0x00000000> : tensor<0xf32>
  %v16 = arith.divf %v14, %v15 : tensor<0xf32>
  %v17 = arith.constant dense<false> : tensor<3xi1>
  %v18 = arith.constant dense<true> : tensor<3xi1>
  %v19 = arith.cmpi eq, %v17, %v18 : tensor<3xi1>
  %v20 = arith.constant 0x76 : f8E5M2FNUZ
  %v21 = arith.maxnumf %v20, %arg0 fastmath<ninf> : f8E5M2FNUZ
  %v22 = arith.constant 1024 : i32
  %v23 = arith.subi %v22, %v12 : i32
  %v24 = arith.constant 1 : i8
  %v25 = arith.divsi %v24, %v24 : i8
  %v26 = arith.cmpf one, %arg1, %v13 : tensor<2x2xf16>
  %v27 = arith.cmpf one, %arg1, %v13 : tensor<2x2xf16>
  %v28 = arith.constant dense<[false, false, false]> : tensor<3xi1>
  %v29 = func.call @f0(%v23, %v7, %v8, %v28) : (i32, bf16, f8E4M3B11FNUZ, tensor<3xi1>) -> i32
  return %v23 : i32
}
