// Random func/arith module, seed 198.
func.func @f0(%arg0: f64) -> (i64, i64) {
  %v0 = arith.bitcast %arg0 {tag = 1 : i64} : f64 to i64
  %v1 = arith.constant 0x0010000000000000 : f64
  %v2 = arith.truncf %v1 fastmath<reassoc,contract> : f64 to f8E4M3FNUZ
  %v3 = arith.constant 12 : i64
  %v4 = arith.addi %v0, %v3 : i64
  %v5 = arith.constant 63 : i64
  %v6 = arith.addi %v4, %v5 : i64
  %v7 = arith.constant -1 : i64
  %v8 = arith.ori %v0, %v7 : i64
  %v9 = arith.constant 0x0010000000000000 : f64
  %v10 = arith.constant 0.1 : f64
  %v11 = arith.minnumf %v9, %v10 fastmath<ninf> : f64
  %v12 = arith.constant 462670069535395281 : i64
  %v13 = arith.maxsi %v8, %v12 : i64
  %v14 = arith.constant -3 : i64
  %v15 = arith.maxsi %v13, %v14 : i64
  %v16 = arith.constant 1.0 : f64
  %v17 = arith.mulf %arg0, %v16 : f64
  %v18 = arith.constant 9223372036854775808 : i64
  %v19 = arith.remui %v12, %v18 : i64
  %v20 = arith.constant dense<[0xFE00, 0x0000, 0xEA5E]> : tensor<3xf16>
  %v21 = arith.constant dense<1.0> : tensor<3xf16>
  %v22 = arith.minnumf %v20, %v21 : tensor<3xf16>
  %v23 = arith.constant 0.5 : f8E4M3
  %v24 = arith.fptosi %v23 : f8E4M3 to i64
  return %v13, %v13 : i64, i64
}
func.func @f1(%arg0: i32, %arg1: i32, %arg2: index, %arg3: f32) -> i1 {
  %v0 = arith.constant 0xD4C10C8C : f32
  %v1 = arith.negf %v0 : f32
  %v2 = arith.negf %v1 fastmath<nnan,ninf> : f32
  %v3 = arith.constant 1 : i32
  %v4 = arith.cmpi ult, %arg1, %v3 : i32
  %v5 = arith.constant true
  %v6 = arith.constant false
  %v7 = arith.select %v4, %v6, %v5 : i1
  %v8 = arith.constant -1 : index
  %v9 = arith.xori %arg2, %v8 : index
  %v10 = arith.xori %v9, %v8 : index
  %v11 = arith.floordivsi %v4, %v6 : i1
  %v12 = arith.constant -1 : index
  %v13 = arith.select %v7, %v12, %v9 : index
  %v14 = arith.constant false
  %v15 = arith.minui %v11, %v14 : i1
  %v16 = arith.constant true
  %v17 = arith.minui %v15, %v16 : i1
  %v18 = arith.constant 2.0 : f64
  %v19:2 = func.call @f0(%v18) : (f64) -> (i64, i64)
  %v20 = arith.negf %arg3 : f32
  %v21 = arith.select %v14, %v17, %v11 : i1
  %v22 = arith.constant -1 : i32
  %v23 = arith.xori %arg1, %v22 : i32
  %v24 = arith.xori %v23, %v22 : i32
  %v25 = arith.constant 144115188075855872 : index
  %v26 = arith.cmpi slt, %v9, %v25 : index
  %v27 = arith.ceildivsi %v21, %v6 : i1
  %v28 = arith.constant 0xBF800000 : f32
  %v29 = arith.constant 0x00800000 : f32
  %v30 = arith.subf %v28, %v29 : f32
  %v31 = arith.constant 0x7FC0 : bf16
  %v32 = arith.constant 0x7F80 : bf16
  %v33 = arith.cmpf oeq, %v31, %v32 fastmath<ninf> : bf16
  %v34 = arith.ceildivsi %v21, %v6 : i1
  %v35 = arith.constant -1 : i32
  %v36 = arith.xori %v23, %v35 : i32
  %v37 = arith.xori %v36, %v35 : i32
  %v38 = arith.negf %v1 fastmath<nnan,ninf> : f32
  %v39 = arith.cmpf uge, %v20, %v2 fastmath<nnan> : f32
  %v40 = arith.constant -3.0e-05 : f8E4M3FN
  %v41 = arith.constant 0x38 : f8E4M3FN
  %v42 = arith.maxnumf %v40, %v41 : f8E4M3FN
  %v43:2 = func.call @f0(%v18) : (f64) -> (i64, i64)
  %v44 = arith.select %v26, %arg3, %v20 : f32
  %v45 = arith.divsi %v43#1, %v43#1 exact : i64
  %v46 = arith.constant 2.0 : f32
  %v47 = arith.cmpf ugt, %v46, %arg3 : f32
  return %v26 : i1
}
func.func @f2(%arg0: index) -> (i1, i32, i1, i1) {
  %v0 = arith.constant 64 : index
  %v1 = arith.minui %arg0, %v0 : index
  %v2 = arith.constant 63 : index
  %v3 = arith.cmpi ugt, %v0, %v2 : index
  %v4 = arith.constant 10 : i8
  %v5 = arith.extsi %v4 : i8 to i64
  %v6 = arith.constant 0 : i64
  %v7 = arith.cmpi sgt, %v5, %v6 : i64
  %v8 = arith.constant 0x7BFF : f16
  %v9 = arith.extf %v8 : f16 to f64
  %v10 = arith.floordivsi %v0, %arg0 : index
  %v11 = arith.andi %v4, %v4 : i8
  %v12 = arith.extsi %v7 : i1 to i128
  %v13 = arith.constant -1 : i32
  %v14 = arith.constant 0x00000000 : f32
  %v15 = func.call @f1(%v13, %v13, %v0, %v14) : (i32, i32, index, f32) -> i1
  %v16 = arith.shrui %v10, %arg0 : index
  %v17 = func.call @f1(%v13, %v13, %v0, %v14) : (i32, i32, index, f32) -> i1
  %v18 = arith.negf %v9 fastmath<none> : f64
  %v19 = arith.constant -2 : index
  %v20 = arith.cmpi ult, %v16, %v19 : index
  %v21 = arith.constant 1.0 : f32
  %v22 = arith.constant 0.1 : f32
  %v23 = arith.cmpf ogt, %v21, %v22 : f32
  %v24 = arith.constant true
  %v25 = arith.select %v15, %v24, %v15 : i1
  %v26 = arith.extsi %v7 : i1 to i128
  %v27 = arith.constant -3.0e-05 : f16
  %v28 = arith.cmpf ult, %v27, %v27 : f16
  %v29 = arith.index_cast %v1 : index to i16
  %v30 = arith.constant dense<67108864> : tensor<3xi32>
  %v31 = arith.constant dense<[512, 11, 32]> : tensor<3xi32>
  %v32 = arith.floordivsi %v30, %v31 : tensor<3xi32>
  %v33 = arith.constant -0.0 : f32
  %v34 = arith.cmpf ord, %v22, %v33 fastmath<none> : f32
  return %v17, %v13, %v25, %v28 : i1, i32, i1, i1
}
