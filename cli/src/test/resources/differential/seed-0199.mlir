// Random func/arith module, seed 199.
func.func @f0(%arg0: f8E3M4, %arg1: f64) -> (i64, i64) {
  %v0 = arith.constant 0x0F : f8E3M4
  %v1 = arith.subf %v0, %arg0 fastmath<ninf> : f8E3M4
  %v2 = arith.constant dense<11> : vector<2xindex>
  %v3 = arith.constant dense<-6892600683512753853> : vector<2xindex>
  %v4 = arith.minui %v2, %v3 : vector<2xindex>
  %v5 = arith.floordivsi %v2, %v3 : vector<2xindex>
  %v6 = arith.cmpi ule, %v3, %v2 : vector<2xindex>
  %v7 = arith.constant dense<[-1739199044726344886, -2]> : vector<2xindex>
  %v8 = arith.addi %v7, %v7 : vector<2xindex>
  %v9 = arith.constant dense<true> : vector<2xi1>
  %v10 = arith.cmpi ugt, %v6, %v9 : vector<2xi1>
  %v11 = arith.select %v10, %v9, %v6 : vector<2xi1>, vector<2xi1>
  %v12 = arith.mulf %v1, %arg0 : f8E3M4
  %v13 = arith.fptosi %v0 : f8E3M4 to i8
  %v14 = arith.mulf %arg0, %v1 : f8E3M4
  %v15 = arith.floordivsi %v2, %v3 : vector<2xindex>
  %v16 = arith.divf %v0, %v1 fastmath<nnan,ninf> : f8E3M4
  %v17 = arith.negf %v16 : f8E3M4
  %v18 = arith.constant 7 : i8
  %v19 = arith.constant -1 : i8
  %v20 = arith.andi %v18, %v19 : i8
  %v21 = arith.constant -113 : i8
  %v22 = arith.andi %v21, %v20 : i8
  %v23 = arith.constant dense<[1, 12]> : vector<2xindex>
  %v24 = arith.andi %v15, %v23 : vector<2xindex>
  %v25 = arith.bitcast %arg1 : f64 to i64
  return %v25, %v25 : i64, i64
}
func.func @f1(%arg0: bf16, %arg1: f32, %arg2: f8E4M3FN) -> (bf16, i64, bf16) {
  %v0 = arith.constant 0.5 : f8E3M4
  %v1 = arith.constant 3.0 : f64
  %v2:2 = func.call @f0(%v0, %v1) : (f8E3M4, f64) -> (i64, i64)
  %v3 = arith.constant 0 : i64
  %v4 = arith.minsi %v3, %v2#1 : i64
  %v5 = arith.constant -3.0e-05 : bf16
  %v6 = arith.subf %arg0, %v5 : bf16
  %v7 = arith.subf %arg0, %v5 : bf16
  %v8 = arith.constant 4212 : i16
  %v9 = arith.constant -7140 : i16
  %v10 = arith.ori %v8, %v9 : i16
  %v11 = arith.constant 9223372036854775807 : i64
  %v12 = arith.subi %v4, %v11 : i64
  %v13 = arith.constant 1 : i64
  %v14 = arith.subi %v13, %v12 : i64
  %v15 = arith.subi %v13, %v12 : i64
  %v16 = arith.constant -9223372036854775808 : i64
  %v17 = arith.remui %v4, %v16 : i64
  %v18 = arith.constant 0x0000 : bf16
  %v19 = arith.bitcast %v18 : bf16 to i16
  %v20 = arith.constant -32768 : i16
  %v21 = arith.subi %v8, %v20 : i16
  %v22 = arith.constant 9223372036854775807 : i64
  %v23:2 = arith.addui_extended %v22, %v4 : i64, i1
  %v24 = arith.floordivsi %v23#1, %v23#1 : i1
  %v25 = arith.constant false
  %v26:2 = arith.mului_extended %v24, %v25 : i1
  return %v6, %v17, %v6 : bf16, i64, bf16
}
func.func @f2(%arg0: i7, %arg1: f32, %arg2: bf16) -> (f32, f16) {
  %v0 = arith.remsi %arg0, %arg0 : i7
  %v1 = arith.constant -64 : i7
  %v2:2 = arith.addui_extended %arg0, %v1 : i7, i1
  %v3 = arith.constant 0x80000000 : f32
  %v4 = arith.negf %v3 : f32
  %v5 = arith.shli %v0, %v2#0 overflow<none> : i7
  %v6 = arith.constant false
  %v7 = arith.ori %v6, %v6 : i1
  %v8 = arith.constant 0x7F800000 : f32
  %v9 = arith.minnumf %v8, %v3 fastmath<nnan> : f32
  %v10 = arith.bitcast %arg2 : bf16 to f16
  %v11 = arith.constant 0x8000 : f16
  %v12 = arith.select %v2#1, %v11, %v10 : f16
  %v13 = arith.constant -64 : i7
  %v14 = arith.constant -1 : i7
  %v15 = arith.remui %v13, %v14 : i7
  %v16 = arith.subi %v2#1, %v7 : i1
  %v17 = arith.remsi %arg0, %arg0 : i7
  return %v9, %v12 : f32, f16
}
func.func @f3(%arg0: tensor<3xi16>, %arg1: tensor<3xf32>, %arg2: f16, %arg3: vector<2xi32>) {
  %v0 = arith.constant dense<-15832> : tensor<3xi16>
  %v1 = arith.sitofp %v0 : tensor<3xi16> to tensor<3xf64>
  %v2 = arith.fptoui %v1 : tensor<3xf64> to tensor<3xi16>
  %v3 = arith.constant -23204344678860623582560178313257399536 : i128
  %v4 = arith.bitcast %v3 : i128 to f128
  %v5 = arith.constant dense<9> : tensor<3xi16>
  %v6 = arith.sitofp %v5 : tensor<3xi16> to tensor<3xf32>
  %v7 = arith.fptoui %v6 : tensor<3xf32> to tensor<3xi16>
  %v8 = arith.constant dense<[9, 0]> : vector<2xi32>
  %v9 = arith.shrui %arg3, %v8 : vector<2xi32>
  %v10 = arith.constant dense<[0x007FFFFF, 0x3F800000, 0.1]> : tensor<3xf32>
  %v11 = arith.cmpf true, %arg1, %v10 : tensor<3xf32>
  %v12 = arith.constant 7 : i7
  %v13 = arith.constant 4.0 : f32
  %v14 = arith.constant 0x0001 : bf16
  %v15:2 = func.call @f2(%v12, %v13, %v14) : (i7, f32, bf16) -> (f32, f16)
  %v16 = arith.bitcast %v14 : bf16 to i16
  %v17 = arith.cmpf true, %arg1, %v10 : tensor<3xf32>
  %v18 = arith.ceildivsi %arg3, %arg3 : vector<2xi32>
  %v19 = arith.maximumf %v14, %v14 : bf16
  %v20 = arith.constant -1 : i33
  %v21 = arith.cmpi sge, %v20, %v20 : i33
  %v22 = arith.select %v21, %v20, %v20 : i33
  %v23 = arith.cmpf uno, %v15#0, %v13 : f32
  %v24 = arith.constant 1.0 : bf16
  %v25 = arith.constant 0x77 : f8E4M3FN
  %v26:3 = func.call @f1(%v24, %v15#0, %v25) : (bf16, f32, f8E4M3FN) -> (bf16, i64, bf16)
  %v27 = arith.constant 0x6F : f8E3M4
  %v28 = arith.constant 4.0 : f64
  %v29:2 = func.call @f0(%v27, %v28) : (f8E3M4, f64) -> (i64, i64)
  %v30 = arith.cmpi ule, %v29#1, %v29#0 : i64
  %v31 = arith.cmpf true, %arg1, %v10 : tensor<3xf32>
  %v32 = arith.constant 0x0080 : bf16
  %v33:3 = func.call @f1(%v32, %v15#0, %v25) : (bf16, f32, f8E4M3FN) -> (bf16, i64, bf16)
  %v34 = arith.floordivsi %v11, %v17 : tensor<3xi1>
  %v35 = arith.cmpi ule, %v29#1, %v29#0 : i64
  %v36 = arith.constant 0x08 : f8E4M3FN
  %v37:3 = func.call @f1(%v14, %v15#0, %v36) : (bf16, f32, f8E4M3FN) -> (bf16, i64, bf16)
  %v38 = arith.maximumf %v37#0, %v33#2 fastmath<none> : bf16
  %v39 = arith.constant true
  %v40 = arith.shrui %v39, %v35 : i1
  %v41 = arith.constant 0x74845963 : f32
  %v42 = arith.minimumf %v41, %v15#0 fastmath<arcp,afn> : f32
  return
}
