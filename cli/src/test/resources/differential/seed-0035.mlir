// Random func/arith module, seed 35.
func.func @f0(%arg0: i32) -> (vector<4xf32>, vector<4xi32>) {
  %v0 = arith.constant dense<0xFC00> : vector<4xf16>
  %v1 = arith.fptosi %v0 : vector<4xf16> to vector<4xi32>
  %v2 = arith.constant dense<[0xBC00, 0x717F, 0x3C00, 2.0]> : vector<4xf16>
  %v3 = arith.cmpf ult, %v0, %v2 fastmath<nnan> : vector<4xf16>
  %v4 = arith.constant dense<0.5> : vector<4xf16>
  %v5 = arith.extf %v4 fastmath<fast> : vector<4xf16> to vector<4xf32>
  %v6 = arith.constant 2 : i32
  %v7 = arith.constant 32 : i32
  %v8 = arith.minsi %v6, %v7 : i32
  %v9 = arith.constant dense<[0xBF800000, -2.5, 0x7F800000, 100.0]> : vector<4xf32>
  %v10 = arith.maxnumf %v5, %v9 fastmath<reassoc,contract> : vector<4xf32>
  %v11 = arith.constant 2147483647 : i32
  %v12 = arith.xori %arg0, %v11 : i32
  %v13 = arith.addf %v4, %v2 : vector<4xf16>
  %v14 = arith.maxsi %v7, %v6 : i32
  %v15 = arith.constant 0x3F800000 : f32
  %v16 = arith.maxnumf %v15, %v15 : f32
  %v17 = arith.maxnumf %v15, %v15 : f32
  %v18 = arith.xori %arg0, %v11 : i32
  %v19 = arith.extf %v4 fastmath<fast> : vector<4xf16> to vector<4xf32>
  %v20 = arith.maxnumf %v5, %v9 fastmath<reassoc,contract> : vector<4xf32>
  %v21 = arith.constant dense<[100.0, 0x00000000, 0x7FC00000, 0.5]> : vector<4xf32>
  %v22 = arith.addf %v21, %v9 fastmath<nnan> : vector<4xf32>
  %v23 = arith.divui %v11, %v8 : i32
  %v24 = arith.bitcast %v15 : f32 to i32
  %v25 = arith.bitcast %v16 : f32 to i32
  %v26 = arith.xori %arg0, %v11 : i32
  %v27 = arith.negf %v10 fastmath<reassoc,contract> : vector<4xf32>
  %v28 = arith.constant dense<[false, true, false, true]> : vector<4xi1>
  %v29 = arith.constant dense<true> : vector<4xi1>
  %v30 = arith.cmpi sle, %v28, %v29 : vector<4xi1>
  %v31 = arith.bitcast %v15 : f32 to i32
  return %v22, %v1 : vector<4xf32>, vector<4xi32>
}
func.func @f1(%arg0: f32, %arg1: bf16, %arg2: vector<4xf16>) {
  %v0 = arith.constant dense<-9223372036854775808> : vector<2x3xi64>
  %v1 = arith.constant dense<64> : vector<2x3xi64>
  %v2 = arith.andi %v0, %v1 : vector<2x3xi64>
  %v3 = arith.constant 32 : i32
  %v4:2 = func.call @f0(%v3) : (i32) -> (vector<4xf32>, vector<4xi32>)
  %v5 = arith.constant dense<-1861981050> : vector<4xi32>
  %v6 = arith.shrui %v4#1, %v5 exact : vector<4xi32>
  %v7 = arith.constant dense<1> : vector<4xi32>
  %v8 = arith.cmpi eq, %v6, %v7 : vector<4xi32>
  %v9 = arith.select %v8, %v7, %v6 : vector<4xi1>, vector<4xi32>
  %v10 = arith.index_cast %v6 : vector<4xi32> to vector<4xindex>
  %v11 = arith.index_cast %v10 : vector<4xindex> to vector<4xi32>
  %v12 = arith.constant dense<9223372036854775807> : vector<2x3xi64>
  %v13 = arith.minsi %v1, %v12 : vector<2x3xi64>
  %v14 = arith.shrui %v4#1, %v5 exact : vector<4xi32>
  %v15 = arith.constant dense<[false, true, true, true]> : vector<4xi1>
  %v16 = arith.subi %v8, %v15 overflow<nuw> : vector<4xi1>
  %v17 = arith.subi %v8, %v16 : vector<4xi1>
  %v18 = arith.shrui %v4#1, %v5 exact : vector<4xi32>
  %v19 = arith.trunci %v18 : vector<4xi32> to vector<4xi1>
  %v20 = arith.constant 0 : i32
  %v21:2 = func.call @f0(%v20) : (i32) -> (vector<4xf32>, vector<4xi32>)
  %v22 = arith.truncf %v4#0 to_nearest_away fastmath<arcp,afn> : vector<4xf32> to vector<4xf16>
  %v23 = arith.index_cast %v6 : vector<4xi32> to vector<4xindex>
  %v24 = arith.truncf %arg0 toward_zero : f32 to f8E4M3FN
  %v25 = arith.floordivsi %v16, %v17 : vector<4xi1>
  %v26 = arith.shrui %v4#1, %v5 exact : vector<4xi32>
  %v27 = arith.uitofp %v15 : vector<4xi1> to vector<4xf64>
  %v28 = arith.constant 0xFC : f8E4M3FN
  %v29 = arith.fptosi %v28 : f8E4M3FN to i128
  %v30 = arith.constant true
  %v31 = arith.select %v30, %v23, %v10 : vector<4xindex>
  %v32 = arith.constant true
  %v33 = arith.shli %v30, %v32 overflow<nsw, nuw> : i1
  return
}
func.func @f2(%arg0: i8, %arg1: index, %arg2: i7, %arg3: index) {
  %v0 = arith.constant 32 : i7
  %v1 = arith.shrui %v0, %arg2 : i7
  %v2 = arith.constant 1 : i8
  %v3 = arith.constant 127 : i8
  %v4 = arith.ceildivui %v2, %v3 : i8
  %v5 = arith.constant 0x7E00 : f16
  %v6 = arith.constant 0x03FF : f16
  %v7 = arith.cmpf ult, %v5, %v6 : f16
  %v8 = arith.shrui %v0, %arg2 : i7
  %v9 = arith.constant 8 : i8
  %v10 = arith.remui %v3, %v9 : i8
  %v11 = arith.constant 0 : i32
  %v12:2 = func.call @f0(%v11) : (i32) -> (vector<4xf32>, vector<4xi32>)
  %v13 = arith.constant dense<-2147483648> : vector<4xi32>
  %v14 = arith.cmpi sge, %v13, %v12#1 : vector<4xi32>
  %v15 = arith.remui %v3, %v9 : i8
  %v16 = arith.constant dense<true> : vector<4xi1>
  %v17 = arith.divui %v16, %v14 : vector<4xi1>
  %v18 = arith.constant dense<[10, -1, -2147483648, -8]> : vector<4xi32>
  %v19 = arith.select %v14, %v18, %v12#1 : vector<4xi1>, vector<4xi32>
  %v20 = arith.maximumf %v12#0, %v12#0 : vector<4xf32>
  %v21 = arith.constant 0xBC00 : f16
  %v22 = arith.remf %v21, %v5 : f16
  %v23 = arith.constant 0x7F800000 : f32
  %v24 = arith.constant 0xBF800000 : f32
  %v25 = arith.subf %v23, %v24 : f32
  %v26:2 = func.call @f0(%v11) : (i32) -> (vector<4xf32>, vector<4xi32>)
  return
}
func.func @f3(%arg0: f16, %arg1: tensor<3xi16>) -> (i1, i1, i1, i1) {
  %v0 = arith.constant -2.5 : f16
  %v1 = arith.cmpf uge, %v0, %v0 fastmath<ninf> : f16
  %v2 = arith.constant false
  %v3 = arith.extsi %v2 : i1 to i64
  %v4 = arith.constant false
  %v5 = arith.extsi %v4 : i1 to i64
  %v6 = arith.cmpi sle, %v3, %v5 : i64
  %v7 = arith.cmpf ogt, %arg0, %arg0 : f16
  %v8 = arith.constant 0x8000 : f16
  %v9 = arith.cmpf oeq, %v8, %arg0 : f16
  %v10 = arith.constant false
  %v11 = arith.remui %v10, %v7 : i1
  %v12 = arith.constant 65536 : i64
  %v13 = arith.addi %v5, %v12 : i64
  return %v9, %v7, %v7, %v9 : i1, i1, i1, i1
}
