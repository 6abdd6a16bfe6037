// Random func/arith module, seed 123.
func.func @f0(%arg0: tf32) -> (tf32, i64) {
  %v0 = arith.maximumf %arg0, %arg0 fastmath<reassoc,contract> : tf32
  %v1 = arith.negf %arg0 fastmath<nnan> : tf32
  %v2 = arith.constant -2147483648 : i32
  %v3 = arith.extui %v2 : i32 to i64
  %v4 = arith.trunci %v3 : i64 to i32
  %v5 = arith.cmpi eq, %v4, %v2 : i32
  %v6 = arith.constant -9223372036854775808 : i64
  %v7 = arith.andi %v3, %v6 : i64
  %v8 = arith.cmpi ugt, %v6, %v7 : i64
  %v9 = arith.constant -3 : i64
  %v10 = arith.maxsi %v9, %v9 : i64
  %v11 = arith.constant 0x00000 : tf32
  %v12 = arith.fptoui %v11 : tf32 to i8
  %v13 = arith.constant false
  %v14 = arith.index_cast %v13 {tag = 0 : i64} : i1 to index
  %v15 = arith.constant 3.0 : tf32
  %v16 = arith.remf %v15, %arg0 : tf32
  %v17 = arith.extui %v2 : i32 to i64
  return %v16, %v10 : tf32, i64
}
func.func @f1(%arg0: vector<index>) -> (vector<i1>, vector<i1>) {
  %v0 = arith.constant dense<-63> : vector<i8>
  %v1 = arith.extsi %v0 : vector<i8> to vector<i64>
  %v2 = arith.constant dense<1> : vector<i64>
  %v3 = arith.cmpi eq, %v1, %v2 : vector<i64>
  %v4 = arith.constant 0x80 : f8E4M3
  %v5 = arith.constant -2.5 : f8E4M3
  %v6 = arith.cmpf ult, %v4, %v5 : f8E4M3
  %v7 = arith.constant dense<-76> : vector<i8>
  %v8 = arith.cmpi eq, %v0, %v7 : vector<i8>
  %v9 = arith.select %v8, %v0, %v7 : vector<i1>, vector<i8>
  %v10 = arith.constant 0x5D : f8E4M3FNUZ
  %v11 = arith.truncf %v10 : f8E4M3FNUZ to f6E2M3FN
  %v12 = arith.select %v8, %v0, %v7 : vector<i1>, vector<i8>
  %v13 = arith.constant 32 : i32
  %v14 = arith.xori %v13, %v13 : i32
  %v15 = arith.constant dense<-107> : vector<i8>
  %v16 = arith.andi %v0, %v15 : vector<i8>
  %v17 = arith.constant dense<127> : vector<i8>
  %v18 = arith.andi %v16, %v17 : vector<i8>
  %v19 = arith.constant dense<false> : vector<i1>
  %v20 = arith.andi %v8, %v19 : vector<i1>
  %v21 = arith.constant dense<false> : vector<i1>
  %v22 = arith.andi %v20, %v21 {tag = 0 : i64} : vector<i1>
  %v23 = arith.fptoui %v10 : f8E4M3FNUZ to i7
  %v24 = arith.truncf %v11 fastmath<none> : f6E2M3FN to f4E2M1FN
  %v25 = arith.andi %v8, %v19 : vector<i1>
  %v26 = arith.constant false
  %v27 = arith.constant 2.0 : f6E2M3FN
  %v28 = arith.select %v26, %v11, %v27 : f6E2M3FN
  %v29 = arith.constant dense<0xBF800000> : tensor<3xf32>
  %v30 = arith.constant dense<[0xBF800000, 100.0, 0x3F800000]> : tensor<3xf32>
  %v31 = arith.mulf %v29, %v30 fastmath<ninf> : tensor<3xf32>
  %v32 = arith.cmpf ueq, %v4, %v4 fastmath<reassoc,contract> : f8E4M3
  %v33 = arith.index_cast %arg0 : vector<index> to vector<i16>
  %v34 = arith.cmpi eq, %v1, %v2 : vector<i64>
  %v35 = arith.constant 0x08 : f6E2M3FN
  %v36 = arith.remf %v27, %v35 : f6E2M3FN
  %v37 = arith.cmpi eq, %v33, %v33 {tag = 1 : i64} : vector<i16>
  %v38 = arith.select %v37, %v33, %v33 : vector<i1>, vector<i16>
  %v39 = arith.constant true
  %v40 = arith.constant dense<0x00000000> : tensor<3xf32>
  %v41 = arith.constant dense<-1.0> : tensor<3xf32>
  %v42 = arith.select %v39, %v40, %v41 : tensor<3xf32>
  %v43 = arith.constant dense<false> : vector<i1>
  %v44 = arith.muli %v37, %v43 : vector<i1>
  %v45 = arith.constant dense<false> : vector<i1>
  %v46 = arith.muli %v44, %v45 : vector<i1>
  %v47 = arith.cmpf ult, %v35, %v27 fastmath<ninf> : f6E2M3FN
  %v48 = arith.mulf %v29, %v30 fastmath<ninf> : tensor<3xf32>
  %v49 = arith.constant 0x2 : f4E2M1FN
  %v50 = arith.mulf %v24, %v49 fastmath<nnan,ninf> : f4E2M1FN
  return %v44, %v44 : vector<i1>, vector<i1>
}
func.func @f2(%arg0: f32) -> (f8E5M2, i1) {
  %v0 = arith.constant dense<4503599627370496> : tensor<3xindex>
  %v1 = arith.constant dense<-6> : tensor<3xindex>
  %v2 = arith.remsi %v0, %v1 : tensor<3xindex>
  %v3 = arith.truncf %arg0 : f32 to f6E3M2FN
  %v4 = arith.negf %v3 : f6E3M2FN
  %v5 = arith.constant 100.0 : f32
  %v6 = arith.divf %arg0, %v5 : f32
  %v7 = arith.constant dense<[1, 15, -1323677464116174682]> : tensor<3xindex>
  %v8 = arith.cmpi ule, %v0, %v7 : tensor<3xindex>
  %v9 = arith.constant dense<false> : tensor<3xi1>
  %v10 = arith.shrsi %v8, %v9 : tensor<3xi1>
  %v11 = arith.fptosi %v4 : f6E3M2FN to i1
  %v12 = arith.constant false
  %v13 = arith.minui %v12, %v11 : i1
  %v14 = arith.extf %v4 fastmath<nnan,ninf> : f6E3M2FN to f8E5M2
  %v15 = arith.maxnumf %v14, %v14 fastmath<arcp,afn> : f8E5M2
  %v16 = arith.xori %v7, %v2 : tensor<3xindex>
  return %v14, %v11 : f8E5M2, i1
}
func.func @f3(%arg0: vector<2xi16>, %arg1: vector<2xf32>, %arg2: i64) -> i64 {
  %v0 = arith.constant 32767 : i16
  %v1 = arith.cmpi ult, %v0, %v0 : i16
  %v2 = arith.shrui %arg2, %arg2 exact : i64
  %v3 = arith.bitcast %v0 {tag = 1 : i64} : i16 to f16
  %v4 = arith.constant 1 : i16
  %v5 = arith.extui %v4 : i16 to i128
  %v6 = arith.constant dense<32767> : vector<2xi16>
  %v7 = arith.constant dense<16> : vector<2xi16>
  %v8 = arith.cmpi uge, %v6, %v7 : vector<2xi16>
  %v9 = arith.constant 100.0 : tf32
  %v10:2 = func.call @f0(%v9) : (tf32) -> (tf32, i64)
  %v11 = arith.constant -3 : i8
  %v12 = arith.extui %v11 : i8 to i64
  %v13 = arith.extui %v11 : i8 to i64
  %v14 = arith.cmpi ne, %v12, %v13 : i64
  %v15 = arith.maxsi %v5, %v5 {tag = 1 : i64} : i128
  %v16 = arith.sitofp %v6 : vector<2xi16> to vector<2xbf16>
  %v17 = arith.constant -1 : i64
  %v18 = arith.cmpi sge, %v17, %v10#1 : i64
  %v19 = arith.select %v18, %v10#1, %v17 : i64
  %v20 = arith.constant dense<4.0> : vector<[4]xf16>
  %v21 = arith.constant dense<0.0> : vector<[4]xf16>
  %v22 = arith.addf %v20, %v21 fastmath<fast> : vector<[4]xf16>
  %v23 = arith.shrui %arg2, %arg2 exact {tag = 0 : i64} : i64
  %v24 = arith.constant 118 : i8
  %v25 = arith.remui %v11, %v24 : i8
  return %v23 : i64
}
