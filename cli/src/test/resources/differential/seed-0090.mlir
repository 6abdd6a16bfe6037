// Random func/arith module, seed 90.
func.func @f0(%arg0: i1, %arg1: f8E3M4) -> (i1, f8E3M4, f8E3M4, f8E3M4) {
  %v0 = arith.negf %arg1 : f8E3M4
  %v1 = arith.negf %v0 fastmath<arcp,afn> : f8E3M4
  %v2 = arith.constant dense<0x80000000> : tensor<2x2xf32>
  %v3 = arith.constant dense<0xCD4D18B7> : tensor<2x2xf32>
  %v4 = arith.minnumf %v2, %v3 : tensor<2x2xf32>
  %v5 = arith.constant true
  %v6 = arith.select %v5, %v0, %arg1 : f8E3M4
  %v7 = arith.constant 0x6F : f8E3M4
  %v8 = arith.negf %v7 : f8E3M4
  %v9 = arith.constant false
  %v10 = arith.xori %arg0, %v9 : i1
  %v11 = arith.constant 0xC6 : f8E5M2
  %v12 = arith.fptosi %v11 : f8E5M2 to i16
  return %v10, %v8, %v6, %v6 : i1, f8E3M4, f8E3M4, f8E3M4
}
func.func @f1(%arg0: f16) -> i1 {
  %v0 = arith.constant 127 : i8
  %v1 = arith.constant -1 : i8
  %v2 = arith.subi %v0, %v1 overflow<nsw> : i8
  %v3 = arith.constant 1.0e+10 : f64
  %v4 = arith.fptoui %v3 : f64 to i8
  %v5 = arith.constant 0x7C00 : f16
  %v6 = arith.cmpf false, %v5, %arg0 : f16
  %v7 = arith.negf %arg0 : f16
  %v8 = arith.negf %v7 fastmath<fast> : f16
  %v9 = arith.constant true
  %v10 = arith.muli %v6, %v9 : i1
  %v11 = arith.constant true
  %v12 = arith.muli %v10, %v11 : i1
  %v13 = arith.extsi %v6 : i1 to i16
  %v14 = arith.subi %v0, %v1 overflow<nsw> : i8
  %v15 = arith.constant 5 : i16
  %v16 = arith.constant -8 : i16
  %v17 = arith.xori %v15, %v16 : i16
  %v18 = arith.cmpf uge, %v5, %arg0 : f16
  %v19 = arith.muli %v6, %v9 : i1
  %v20 = arith.bitcast %v7 : f16 to bf16
  %v21 = arith.constant false
  %v22 = arith.maxsi %v21, %v9 : i1
  %v23 = arith.minui %v19, %v10 : i1
  %v24 = arith.minsi %v21, %v10 : i1
  %v25 = arith.constant dense<false> : vector<2x3xi1>
  %v26 = arith.maxsi %v25, %v25 : vector<2x3xi1>
  %v27 = arith.extui %v24 : i1 to i16
  %v28 = arith.trunci %v27 : i16 to i1
  %v29 = arith.extui %v24 : i1 to i16
  %v30 = arith.constant true
  %v31 = arith.divui %v30, %v6 : i1
  %v32 = arith.divf %arg0, %v7 fastmath<ninf> : f16
  %v33 = arith.constant 0x0000 : f16
  %v34 = arith.constant 0x3C00 : f16
  %v35 = arith.divf %v33, %v34 : f16
  return %v24 : i1
}
func.func @f2(%arg0: i64) -> f8E3M4 {
  %v0 = arith.constant 100.0 : f8E4M3FNUZ
  %v1 = arith.negf %v0 : f8E4M3FNUZ
  %v2 = arith.constant 1.0 : f8E4M3FNUZ
  %v3 = arith.extf %v2 fastmath<fast> : f8E4M3FNUZ to f32
  %v4 = arith.bitcast %v3 : f32 to i32
  %v5 = arith.remf %v0, %v2 : f8E4M3FNUZ
  %v6 = arith.constant -1 : i64
  %v7 = arith.xori %arg0, %v6 : i64
  %v8 = arith.xori %v7, %v6 : i64
  %v9 = arith.constant 63 : i64
  %v10 = arith.andi %v9, %v7 : i64
  %v11 = arith.negf %v0 : f8E4M3FNUZ
  %v12 = arith.constant 0 : i64
  %v13 = arith.subi %v12, %v6 : i64
  %v14 = arith.constant true
  %v15 = arith.constant 0x80 : f8E3M4
  %v16:4 = func.call @f0(%v14, %v15) : (i1, f8E3M4) -> (i1, f8E3M4, f8E3M4, f8E3M4)
  %v17 = arith.constant 1.0e+10 : f32
  %v18 = arith.maxnumf %v17, %v17 fastmath<none> : f32
  %v19 = arith.maxui %v9, %v12 : i64
  %v20 = arith.extui %v16#0 : i1 to i16
  %v21 = arith.trunci %v20 : i16 to i1
  %v22 = arith.constant dense<0x03FF> : tensor<2x2xf16>
  %v23 = arith.constant dense<[[0x7E00, 0x9623], [0x0400, 0x8000]]> : tensor<2x2xf16>
  %v24 = arith.cmpf uno, %v22, %v23 fastmath<nsz> : tensor<2x2xf16>
  %v25 = arith.constant true
  %v26 = arith.select %v16#0, %v25, %v16#0 : i1
  return %v16#2 : f8E3M4
}
func.func @f3(%arg0: f16, %arg1: vector<2x3xi16>, %arg2: tensor<3xindex>) -> f16 {
  %v0 = arith.constant dense<-1> : tensor<3xindex>
  %v1 = arith.constant dense<2> : tensor<3xindex>
  %v2 = arith.xori %v1, %v0 : tensor<3xindex>
  %v3 = arith.xori %v2, %v0 : tensor<3xindex>
  %v4 = arith.xori %arg2, %arg2 : tensor<3xindex>
  %v5 = arith.xori %v1, %v0 : tensor<3xindex>
  %v6 = arith.shrui %v4, %arg2 : tensor<3xindex>
  %v7 = arith.constant 0.0 : f16
  %v8 = arith.subf %arg0, %v7 : f16
  %v9 = arith.negf %v7 : f16
  %v10 = arith.negf %v9 fastmath<nsz> : f16
  %v11 = arith.shrui %v4, %arg2 : tensor<3xindex>
  %v12 = arith.bitcast %arg0 : f16 to i16
  %v13 = arith.shrui %v4, %arg2 : tensor<3xindex>
  return %v8 : f16
}
