// Random func/arith module, seed 155.
func.func @f0(%arg0: i32, %arg1: bf16, %arg2: f16, %arg3: tensor<2x2xf16>) -> (i1, f16, i1) {
  %v0 = arith.cmpi ne, %arg0, %arg0 : i32
  %v1 = arith.select %v0, %arg0, %arg0 : i32
  %v2 = arith.cmpi ne, %arg0, %arg0 : i32
  %v3 = arith.constant -0.75 : f8E4M3
  %v4 = arith.constant 0x78 : f8E4M3
  %v5 = arith.minimumf %v3, %v4 : f8E4M3
  %v6 = arith.constant -2.5 : bf16
  %v7 = arith.bitcast %v6 : bf16 to f16
  %v8 = arith.constant 0x03FF : f16
  %v9 = arith.constant -1.0 : f16
  %v10 = arith.remf %v8, %v9 fastmath<ninf> : f16
  %v11 = arith.constant true
  %v12 = arith.ori %v2, %v11 : i1
  return %v12, %arg2, %v12 : i1, f16, i1
}
func.func @f1(%arg0: vector<2xi64>, %arg1: i64, %arg2: vector<2x3xindex>) -> (i64, vector<2x3xi1>) {
  %v0 = arith.index_cast %arg1 : i64 to index
  %v1 = arith.index_cast %v0 : index to i64
  %v2 = arith.constant dense<0x8000> : vector<4xbf16>
  %v3 = arith.cmpf ueq, %v2, %v2 : vector<4xbf16>
  %v4 = arith.constant dense<0xBF80> : vector<4xbf16>
  %v5 = arith.cmpf olt, %v4, %v2 fastmath<nsz> : vector<4xbf16>
  %v6 = arith.index_cast %v0 : index to i64
  %v7 = arith.constant dense<0xFF80> : vector<4xbf16>
  %v8 = arith.cmpf uno, %v2, %v7 : vector<4xbf16>
  %v9 = arith.constant 127 : i8
  %v10 = arith.extsi %v9 : i8 to i64
  %v11 = arith.extsi %v9 : i8 to i64
  %v12 = arith.cmpi ne, %v10, %v11 : i64
  %v13 = arith.constant dense<[[-4200582198085337018, 2147483648, 1], [0, 7, 256]]> : vector<2x3xindex>
  %v14 = arith.divui %arg2, %v13 : vector<2x3xindex>
  %v15 = arith.index_cast %v0 : index to i64
  %v16 = arith.maxnumf %v7, %v7 : vector<4xbf16>
  %v17 = arith.addf %v16, %v7 : vector<4xbf16>
  %v18 = arith.cmpf ueq, %v2, %v2 : vector<4xbf16>
  %v19 = arith.constant dense<1> : vector<2x3xindex>
  %v20 = arith.cmpi ne, %v19, %v19 : vector<2x3xindex>
  %v21 = arith.constant true
  %v22 = arith.constant -2 : i64
  %v23 = arith.select %v21, %v22, %arg1 : i64
  %v24 = arith.constant 3.0 : f16
  %v25 = arith.fptosi %v24 : f16 to i8
  %v26 = arith.constant 0x0001 : f16
  %v27 = arith.select %v21, %v24, %v26 : f16
  %v28 = arith.constant dense<0xBDBB> : vector<4xbf16>
  %v29 = arith.extf %v28 : vector<4xbf16> to vector<4xf32>
  %v30 = arith.cmpi ule, %v25, %v9 : i8
  %v31 = arith.index_cast %v0 : index to i64
  %v32 = arith.select %v21, %v22, %arg1 : i64
  return %v23, %v20 : i64, vector<2x3xi1>
}
func.func @f2(%arg0: bf16, %arg1: f16) -> (i1, i1) {
  %v0 = arith.constant 0 : i64
  %v1 = arith.uitofp %v0 : i64 to f64
  %v2 = arith.fptosi %v1 : f64 to i64
  %v3 = arith.constant 12 : i64
  %v4 = arith.shrui %v2, %v3 : i64
  %v5 = arith.constant -9223372036854775808 : i64
  %v6 = arith.subi %v5, %v3 overflow<none> : i64
  %v7 = arith.uitofp %v0 : i64 to f64
  %v8 = arith.constant dense<9> : vector<2xi64>
  %v9 = arith.constant 5 : i64
  %v10 = arith.constant dense<9223372036854775807> : vector<2x3xindex>
  %v11:2 = func.call @f1(%v8, %v9, %v10) : (vector<2xi64>, i64, vector<2x3xindex>) -> (i64, vector<2x3xi1>)
  %v12 = arith.constant dense<[[15, -5, -9223372036854775808], [63, -4, 1]]> : vector<2x3xindex>
  %v13 = arith.remsi %v10, %v12 : vector<2x3xindex>
  %v14 = arith.constant 0 : i32
  %v15 = arith.constant dense<0x1396> : tensor<2x2xf16>
  %v16:3 = func.call @f0(%v14, %arg0, %arg1, %v15) : (i32, bf16, f16, tensor<2x2xf16>) -> (i1, f16, i1)
  %v17 = arith.constant 3124065391526540369 : i64
  %v18 = arith.select %v16#2, %v17, %v11#0 : i64
  %v19 = arith.fptosi %v1 : f64 to i64
  %v20 = arith.constant 16 : i32
  %v21 = arith.constant 0x0DDA : bf16
  %v22 = arith.constant 0x7BFF : f16
  %v23:3 = func.call @f0(%v20, %v21, %v22, %v15) : (i32, bf16, f16, tensor<2x2xf16>) -> (i1, f16, i1)
  %v24 = arith.select %v16#0, %v16#0, %v23#0 : i1
  %v25 = arith.constant 18446744073709551615 : i64
  %v26 = arith.constant 512 : i64
  %v27 = arith.shli %v25, %v26 overflow<nsw> : i64
  %v28 = arith.fptosi %v1 : f64 to i64
  %v29 = arith.index_castui %v24 : i1 to index
  %v30 = arith.fptosi %v1 : f64 to i64
  return %v16#2, %v23#0 : i1, i1
}
func.func @f3(%arg0: i33, %arg1: f64, %arg2: f8E5M2FNUZ, %arg3: f16) -> i1 {
  %v0 = arith.constant 0x7FF8000000000000 : f64
  %v1 = arith.cmpf ule, %arg1, %v0 fastmath<ninf> : f64
  %v2 = arith.constant 0.5 : f64
  %v3 = arith.truncf %v2 : f64 to f8E4M3FN
  %v4 = arith.constant -3.0e-05 : f64
  %v5 = arith.constant 4.0 : f64
  %v6 = arith.minimumf %v4, %v5 : f64
  %v7 = arith.truncf %v2 : f64 to f8E4M3FN
  %v8 = arith.constant -1.0 : f8E4M3FN
  %v9 = arith.constant 0x78 : f8E4M3FN
  %v10 = arith.mulf %v8, %v9 fastmath<nnan,ninf> : f8E4M3FN
  %v11 = arith.negf %arg2 fastmath<arcp,afn> : f8E5M2FNUZ
  %v12 = arith.constant 32 : i7
  %v13 = arith.constant 0 : i7
  %v14 = arith.cmpi eq, %v12, %v13 : i7
  %v15 = arith.constant 100.0 : bf16
  %v16:2 = func.call @f2(%v15, %arg3) : (bf16, f16) -> (i1, i1)
  %v17 = arith.cmpi ult, %v16#1, %v16#0 : i1
  %v18 = arith.constant true
  %v19 = arith.constant false
  %v20 = arith.select %v17, %v19, %v18 : i1
  %v21 = arith.andi %v17, %v19 : i1
  %v22 = arith.constant -1 : i33
  %v23 = arith.divsi %arg0, %v22 exact : i33
  %v24 = arith.ceildivui %v16#1, %v18 : i1
  %v25 = arith.minui %v23, %v22 : i33
  %v26 = arith.constant -3 : i64
  %v27 = arith.constant 2 : i64
  %v28 = arith.cmpi ne, %v26, %v27 : i64
  %v29 = arith.remf %arg2, %v11 : f8E5M2FNUZ
  %v30 = arith.constant 0x00 : f8E5M2FNUZ
  %v31 = arith.maxnumf %v11, %v30 fastmath<nsz> : f8E5M2FNUZ
  return %v21 : i1
}
