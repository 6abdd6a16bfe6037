// Random func/arith module, seed 30.
func.func @f0(%arg0: i8) -> (f16, i1) {
  %v0 = arith.remui %arg0, %arg0 : i8
  %v1 = arith.constant -1 : i8
  %v2 = arith.constant 101 : i8
  %v3 = arith.shrui %v1, %v2 : i8
  %v4 = arith.constant -0.75 : bf16
  %v5 = arith.constant 2.0 : bf16
  %v6 = arith.cmpf une, %v4, %v5 fastmath<none> : bf16
  %v7 = arith.cmpf une, %v4, %v5 fastmath<none> : bf16
  %v8 = arith.remui %arg0, %arg0 : i8
  %v9 = arith.cmpf une, %v4, %v5 fastmath<none> : bf16
  %v10 = arith.constant 2147483647 : i32
  %v11 = arith.constant 0 : i32
  %v12:2 = arith.mulsi_extended %v10, %v11 : i32
  %v13 = arith.ori %v2, %v2 : i8
  %v14 = arith.constant 0 : i8
  %v15 = arith.extsi %v14 : i8 to i128
  %v16 = arith.constant dense<0x6740> : vector<f16>
  %v17 = arith.extf %v16 fastmath<ninf> : vector<f16> to vector<f32>
  %v18 = arith.constant 0x679B : f16
  %v19 = arith.constant 0x0400 : f16
  %v20 = arith.subf %v18, %v19 : f16
  %v21 = arith.subf %v18, %v19 : f16
  %v22 = arith.constant -0.0 : f16
  %v23 = arith.constant 0x9884 : f16
  %v24 = arith.cmpf oeq, %v22, %v23 : f16
  %v25 = arith.constant -162627499165517419060361564933065151254 : i128
  %v26 = arith.minsi %v15, %v25 : i128
  %v27 = arith.constant 9 : i8
  %v28 = arith.ori %v8, %v27 : i8
  %v29 = arith.constant 0 : i8
  %v30 = arith.ori %v28, %v29 : i8
  %v31 = arith.minimumf %v23, %v19 {tag = 0 : i64} : f16
  %v32 = arith.cmpf une, %v4, %v5 fastmath<none> : bf16
  %v33 = arith.constant 1024 : i32
  %v34 = arith.cmpi sgt, %v33, %v11 : i32
  %v35 = arith.constant 0xFFC0 : bf16
  %v36 = arith.truncf %v35 : bf16 to f6E2M3FN
  %v37 = arith.constant 25392641562108323901253309675498805977 : i128
  %v38 = arith.ceildivsi %v37, %v37 : i128
  return %v31, %v24 : f16, i1
}
func.func @f1(%arg0: i16, %arg1: f32) -> (f32, f32, f32) {
  %v0 = arith.constant -32768 : i16
  %v1 = arith.cmpi ult, %arg0, %v0 : i16
  %v2 = arith.constant 127 : i8
  %v3:2 = func.call @f0(%v2) : (i8) -> (f16, i1)
  %v4 = arith.cmpi ult, %arg0, %v0 : i16
  %v5 = arith.constant false
  %v6 = arith.subi %v5, %v4 : i1
  %v7 = arith.constant 40 : i8
  %v8 = arith.cmpi eq, %v2, %v7 : i8
  %v9 = arith.select %v8, %v7, %v2 : i8
  %v10 = arith.constant 32768 : i16
  %v11 = arith.constant 8 : i16
  %v12 = arith.cmpi sle, %v10, %v11 : i16
  %v13 = arith.minimumf %arg1, %arg1 fastmath<nnan,ninf> : f32
  %v14 = arith.select %v8, %v7, %v2 : i8
  %v15 = arith.cmpi sle, %v10, %v11 : i16
  %v16 = arith.cmpf ult, %v3#0, %v3#0 : f16
  %v17:2 = func.call @f0(%v9) : (i8) -> (f16, i1)
  return %v13, %v13, %v13 : f32, f32, f32
}
func.func @f2(%arg0: vector<2x3xindex>, %arg1: vector<[4]xi1>, %arg2: i32, %arg3: tensor<2x2xi32>) -> (f8E4M3FNUZ, f8E4M3FN) {
  %v0 = arith.constant 0xF9 : f8E4M3FNUZ
  %v1 = arith.mulf %v0, %v0 fastmath<fast> : f8E4M3FNUZ
  %v2 = arith.constant dense<true> : vector<[4]xi1>
  %v3 = arith.addi %arg1, %v2 overflow<nsw> : vector<[4]xi1>
  %v4 = arith.constant 100.0 : f8E4M3FNUZ
  %v5 = arith.subf %v4, %v1 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v6 = arith.cmpi ugt, %arg3, %arg3 : tensor<2x2xi32>
  %v7 = arith.constant 0x77 : f8E4M3FNUZ
  %v8 = arith.constant 0x00 : f8E4M3FNUZ
  %v9 = arith.divf %v7, %v8 fastmath<ninf> : f8E4M3FNUZ
  %v10 = arith.constant 0.1 : f8E4M3FN
  %v11 = arith.minimumf %v10, %v10 : f8E4M3FN
  %v12 = arith.constant 0xFC : f8E4M3FNUZ
  %v13 = arith.constant -2.5 : f8E4M3FNUZ
  %v14 = arith.minimumf %v12, %v13 fastmath<none> : f8E4M3FNUZ
  %v15 = arith.constant dense<true> : vector<2x3xi1>
  %v16 = arith.maxsi %v15, %v15 : vector<2x3xi1>
  %v17 = arith.constant 0xFF : f8E8M0FNU
  %v18 = arith.bitcast %v17 : f8E8M0FNU to f8E4M3FN
  return %v14, %v11 : f8E4M3FNUZ, f8E4M3FN
}
func.func @f3(%arg0: i16, %arg1: vector<4xi8>) -> (i16, i16) {
  %v0 = arith.constant -32768 : i16
  %v1 = arith.subi %arg0, %v0 : i16
  %v2 = arith.constant 32767 : i16
  %v3 = arith.subi %v1, %v2 : i16
  %v4 = arith.constant dense<[0x7C00, 0.0, 0x7BFF, 0x8000]> : vector<4xf16>
  %v5 = arith.constant dense<0x444F> : vector<4xf16>
  %v6 = arith.maxnumf %v4, %v5 fastmath<arcp,afn> : vector<4xf16>
  %v7 = arith.constant dense<0xFC00> : tensor<3xf16>
  %v8 = arith.mulf %v7, %v7 : tensor<3xf16>
  %v9 = arith.constant dense<[0x0400, 0x7BFF, 0x0400, 0x8000]> : vector<4xf16>
  %v10 = arith.cmpf ugt, %v4, %v9 fastmath<ninf> : vector<4xf16>
  %v11 = arith.maxnumf %v4, %v5 fastmath<arcp,afn> : vector<4xf16>
  %v12 = arith.constant 15 : i16
  %v13 = arith.maxui %v12, %v1 : i16
  %v14 = arith.constant dense<[-1, 1, 2, 4]> : vector<4xi8>
  %v15 = arith.minsi %arg1, %v14 : vector<4xi8>
  %v16 = arith.minui %v1, %v12 : i16
  %v17 = arith.extsi %v10 : vector<4xi1> to vector<4xi8>
  %v18:2 = arith.mului_extended %arg0, %v1 : i16
  %v19 = arith.constant dense<0.1> : vector<[4]xf32>
  %v20 = arith.constant dense<0x8F8EC298> : vector<[4]xf32>
  %v21 = arith.mulf %v19, %v20 : vector<[4]xf32>
  %v22 = arith.constant 0.0 : f64
  %v23 = arith.negf %v22 : f64
  %v24 = arith.negf %v23 fastmath<nnan> : f64
  return %v18#1, %v16 : i16, i16
}
