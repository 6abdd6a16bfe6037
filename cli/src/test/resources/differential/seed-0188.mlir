// Random func/arith module, seed 188.
func.func @f0(%arg0: i64, %arg1: f6E2M3FN, %arg2: f6E2M3FN, %arg3: i16) -> (vector<2x3xi1>, f6E2M3FN) {
  %v0 = arith.constant dense<false> : vector<2x3xi1>
  %v1 = arith.extui %v0 : vector<2x3xi1> to vector<2x3xi64>
  %v2 = arith.extui %v0 : vector<2x3xi1> to vector<2x3xi64>
  %v3 = arith.cmpi uge, %v1, %v2 : vector<2x3xi64>
  %v4 = arith.constant dense<true> : vector<2x3xi1>
  %v5 = arith.sitofp %v4 : vector<2x3xi1> to vector<2x3xf16>
  %v6 = arith.constant 0x36 : f6E2M3FN
  %v7 = arith.minnumf %arg2, %v6 : f6E2M3FN
  %v8 = arith.constant 0x3C : f6E2M3FN
  %v9 = arith.cmpf ule, %arg1, %v8 : f6E2M3FN
  %v10 = arith.constant dense<false> : vector<2x3xi1>
  %v11 = arith.maxui %v10, %v3 : vector<2x3xi1>
  %v12 = arith.extsi %arg3 : i16 to i64
  %v13 = arith.trunci %v12 : i64 to i16
  %v14 = arith.constant 0x0010000000000000 : f64
  %v15 = arith.cmpf one, %v14, %v14 fastmath<nnan,ninf> : f64
  %v16 = arith.maxui %v10, %v3 : vector<2x3xi1>
  %v17 = arith.constant dense<4096> : vector<[4]xi32>
  %v18 = arith.constant dense<2147483647> : vector<[4]xi32>
  %v19:2 = arith.mulsi_extended %v17, %v18 : vector<[4]xi32>
  %v20 = arith.constant 0x38 : f6E2M3FN
  %v21 = arith.cmpf ule, %v7, %v20 : f6E2M3FN
  %v22 = arith.constant dense<false> : vector<2x3xi1>
  %v23 = arith.constant dense<false> : vector<2x3xi1>
  %v24 = arith.ori %v22, %v23 : vector<2x3xi1>
  %v25 = arith.minimumf %v20, %arg2 fastmath<nnan,ninf> : f6E2M3FN
  %v26 = arith.uitofp %v21 : i1 to f32
  %v27 = arith.ori %v12, %arg0 : i64
  %v28 = arith.fptosi %v20 : f6E2M3FN to i33
  %v29 = arith.maxui %v12, %arg0 : i64
  %v30 = arith.ori %v23, %v22 : vector<2x3xi1>
  %v31 = arith.cmpf one, %v14, %v14 fastmath<nnan,ninf> : f64
  %v32 = arith.constant 0x08 : f6E2M3FN
  %v33 = arith.cmpf true, %arg1, %v32 fastmath<none> : f6E2M3FN
  %v34 = arith.constant 1 : index
  %v35 = arith.constant -1 : index
  %v36 = arith.cmpi uge, %v34, %v35 : index
  %v37 = arith.constant 0x7F7FFFFF : f32
  %v38 = arith.cmpf uno, %v26, %v37 fastmath<fast> : f32
  return %v30, %v25 : vector<2x3xi1>, f6E2M3FN
}
func.func @f1(%arg0: f32) -> (i1, i1, f32) {
  %v0 = arith.constant dense<0> : tensor<0xindex>
  %v1 = arith.cmpi eq, %v0, %v0 : tensor<0xindex>
  %v2 = arith.constant true
  %v3 = arith.constant dense<true> : tensor<0xi1>
  %v4 = arith.select %v2, %v1, %v3 : tensor<0xi1>
  %v5 = arith.constant -1.0 : bf16
  %v6 = arith.constant -1.0 : bf16
  %v7 = arith.cmpf uno, %v5, %v6 : bf16
  %v8 = arith.constant false
  %v9 = arith.remsi %v7, %v8 : i1
  %v10 = arith.constant 0.0 : f32
  %v11 = arith.subf %arg0, %v10 : f32
  %v12 = arith.constant dense<63> : tensor<0xindex>
  %v13 = arith.constant dense<[]> : tensor<0xindex>
  %v14 = arith.floordivsi %v12, %v13 : tensor<0xindex>
  %v15 = arith.constant true
  %v16 = arith.constant true
  %v17 = arith.divsi %v15, %v16 : i1
  %v18 = arith.constant dense<[0, 1]> : vector<2xi64>
  %v19 = arith.cmpi ult, %v18, %v18 : vector<2xi64>
  %v20 = arith.select %v19, %v18, %v18 : vector<2xi1>, vector<2xi64>
  %v21 = arith.mulf %v11, %arg0 : f32
  %v22:2 = arith.mulsi_extended %v3, %v3 : tensor<0xi1>
  %v23 = arith.remf %v10, %v21 : f32
  %v24 = arith.constant dense<false> : vector<2xi1>
  %v25 = arith.constant dense<[true, false]> : vector<2xi1>
  %v26 = arith.cmpi ne, %v24, %v25 : vector<2xi1>
  %v27 = arith.minui %v22#1, %v3 : tensor<0xi1>
  %v28 = arith.constant true
  %v29 = arith.constant false
  %v30 = arith.select %v28, %v8, %v29 : i1
  %v31 = arith.constant dense<0xF354> : tensor<2x2xf16>
  %v32 = arith.extf %v31 : tensor<2x2xf16> to tensor<2x2xf32>
  %v33 = arith.cmpf false, %v21, %v11 : f32
  %v34 = arith.constant true
  %v35 = arith.andi %v34, %v33 : i1
  %v36 = arith.constant false
  %v37 = arith.constant true
  %v38 = arith.maxsi %v36, %v37 : i1
  return %v38, %v35, %v23 : i1, i1, f32
}
func.func @f2(%arg0: f4E2M1FN, %arg1: f16, %arg2: f16, %arg3: tensor<0xbf16>) -> i1 {
  %v0 = arith.constant true
  %v1 = arith.extsi %v0 : i1 to i8
  %v2 = arith.constant 3.0 : f16
  %v3 = arith.cmpf ugt, %arg1, %v2 fastmath<none> : f16
  %v4 = arith.remui %v0, %v3 : i1
  %v5 = arith.negf %arg0 fastmath<nnan> : f4E2M1FN
  %v6 = arith.extsi %v0 : i1 to i8
  %v7 = arith.floordivsi %v0, %v4 : i1
  %v8 = arith.constant dense<true> : vector<[4]xi1>
  %v9 = arith.sitofp %v8 : vector<[4]xi1> to vector<[4]xbf16>
  %v10 = arith.sitofp %v7 {tag = 1 : i64} : i1 to f4E2M1FN
  %v11 = arith.constant false
  %v12 = arith.addi %v7, %v11 : i1
  %v13 = arith.constant false
  %v14 = arith.addi %v12, %v13 : i1
  %v15 = arith.constant -1 : i8
  %v16 = arith.cmpi uge, %v15, %v15 : i8
  %v17 = arith.constant true
  %v18 = arith.andi %v16, %v17 : i1
  %v19 = arith.constant false
  %v20 = arith.cmpi ne, %v19, %v4 : i1
  %v21 = arith.select %v20, %v19, %v4 : i1
  %v22 = arith.sitofp %v7 {tag = 1 : i64} : i1 to f4E2M1FN
  %v23 = arith.constant 0x7BFF : f16
  %v24 = arith.divf %arg2, %v23 : f16
  %v25 = arith.constant true
  %v26 = arith.cmpi ule, %v25, %v25 : i1
  %v27 = arith.constant 12 : i64
  %v28 = arith.constant 0x07 : f6E2M3FN
  %v29 = arith.constant 1.0e+10 : f6E2M3FN
  %v30 = arith.constant 64 : i16
  %v31:2 = func.call @f0(%v27, %v28, %v29, %v30) : (i64, f6E2M3FN, f6E2M3FN, i16) -> (vector<2x3xi1>, f6E2M3FN)
  %v32 = arith.constant dense<[]> : tensor<0xbf16>
  %v33 = arith.select %v4, %v32, %arg3 : tensor<0xbf16>
  %v34 = arith.constant -2147483648 : i32
  %v35:2 = arith.mulsi_extended %v34, %v34 : i32
  %v36 = arith.constant 1.0 : f4E2M1FN
  %v37 = arith.mulf %v22, %v36 fastmath<reassoc,contract> : f4E2M1FN
  %v38 = arith.fptoui %arg0 : f4E2M1FN to i8
  %v39 = arith.negf %arg3 fastmath<none> : tensor<0xbf16>
  %v40 = arith.addi %v20, %v7 : i1
  return %v40 : i1
}
func.func @f3(%arg0: f8E4M3, %arg1: i8) -> i1 {
  %v0 = arith.constant 0 : i8
  %v1 = arith.minui %v0, %arg1 : i8
  %v2 = arith.constant 0x00000001 : f32
  %v3:3 = func.call @f1(%v2) : (f32) -> (i1, i1, f32)
  %v4 = arith.constant 1 : i16
  %v5 = arith.constant 29896 : i16
  %v6 = arith.cmpi ne, %v4, %v5 : i16
  %v7:3 = func.call @f1(%v2) : (f32) -> (i1, i1, f32)
  %v8 = arith.xori %v7#0, %v3#0 : i1
  %v9 = arith.constant 127 : i8
  %v10 = arith.maxsi %v0, %v9 : i8
  %v11 = arith.constant 0x8000000000000000 : f64
  %v12 = arith.select %v6, %v11, %v11 : f64
  %v13 = arith.constant 1.0 : f8E4M3
  %v14 = arith.mulf %arg0, %v13 : f8E4M3
  %v15 = arith.minsi %v3#0, %v8 : i1
  %v16 = arith.constant 0xBA : f8E4M3
  %v17 = arith.mulf %v16, %arg0 fastmath<nsz> : f8E4M3
  %v18 = arith.constant dense<[]> : tensor<0xi64>
  %v19 = arith.constant false
  %v20 = arith.shrui %v7#1, %v19 : i1
  %v21:3 = func.call @f1(%v2) : (f32) -> (i1, i1, f32)
  %v22:3 = func.call @f1(%v2) : (f32) -> (i1, i1, f32)
  %v23 = arith.constant dense<0> : tensor<0xi64>
  %v24 = arith.bitcast %v23 : tensor<0xi64> to tensor<0xf64>
  %v25 = arith.bitcast %v24 {tag = 0 : i64} : tensor<0xf64> to tensor<0xi64>
  %v26 = arith.andi %v9, %v1 : i8
  %v27 = arith.andi %v9, %v1 : i8
  %v28 = arith.constant dense<[]> : tensor<0xi64>
  %v29 = arith.constant dense<-9223372036854775808> : tensor<0xi64>
  %v30 = arith.cmpi slt, %v28, %v29 : tensor<0xi64>
  return %v20 : i1
}
