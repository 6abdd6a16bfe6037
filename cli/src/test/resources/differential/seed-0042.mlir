// Random func/arith module, seed 42.
func.func @f0(%arg0: vector<2x3xf64>) -> vector<2x3xf64> {
  %v0 = arith.constant 0 : index
  %v1 = arith.constant -2 : index
  %v2 = arith.muli %v0, %v1 : index
  %v3 = arith.constant 10 : index
  %v4 = arith.constant 4 : index
  %v5 = arith.cmpi ult, %v3, %v4 : index
  %v6 = arith.constant 0 : index
  %v7 = arith.index_cast %v6 : index to i7
  %v8 = arith.constant 0x00 : f8E5M2
  %v9 = arith.bitcast %v8 : f8E5M2 to f8E4M3FN
  %v10 = arith.extui %v5 : i1 to i8
  %v11 = arith.constant false
  %v12 = arith.constant -7 : i8
  %v13 = arith.select %v11, %v12, %v10 : i8
  %v14 = arith.extui %v5 : i1 to i8
  %v15 = arith.index_cast %v6 : index to i7
  %v16 = arith.constant -9223372036854775808 : index
  %v17 = arith.andi %v0, %v16 : index
  %v18 = arith.divf %arg0, %arg0 fastmath<nnan,ninf> : vector<2x3xf64>
  %v19 = arith.constant true
  %v20 = arith.xori %v11, %v19 : i1
  %v21 = arith.xori %v20, %v19 : i1
  return %v18 : vector<2x3xf64>
}
func.func @f1(%arg0: f8E3M4) -> f8E3M4 {
  %v0 = arith.constant 1.0 : f8E3M4
  %v1 = arith.remf %arg0, %v0 : f8E3M4
  %v2 = arith.constant 2.0 : f8E3M4
  %v3 = arith.minnumf %arg0, %v2 : f8E3M4
  %v4 = arith.constant 1 : i8
  %v5 = arith.bitcast %v4 : i8 to f8E4M3B11FNUZ
  %v6 = arith.constant -4 : i8
  %v7 = arith.cmpi ne, %v6, %v4 : i8
  %v8 = arith.minnumf %arg0, %v2 : f8E3M4
  %v9 = arith.remf %arg0, %v0 : f8E3M4
  %v10 = arith.constant -1 : i32
  %v11 = arith.constant -1 : i32
  %v12 = arith.andi %v10, %v11 : i32
  %v13 = arith.constant 1 : i8
  %v14 = arith.constant 1 : i8
  %v15 = arith.floordivsi %v13, %v14 : i8
  %v16 = arith.remf %arg0, %v0 {tag = 1 : i64} : f8E3M4
  %v17 = arith.remf %arg0, %v0 : f8E3M4
  %v18 = arith.remf %arg0, %v0 : f8E3M4
  %v19 = arith.constant 0xA6 : f8E3M4
  %v20 = arith.minnumf %v19, %v16 fastmath<nsz> : f8E3M4
  %v21 = arith.constant -2.5 : f6E2M3FN
  %v22 = arith.cmpf uno, %v21, %v21 fastmath<ninf> : f6E2M3FN
  %v23 = arith.cmpf oeq, %v2, %arg0 : f8E3M4
  %v24 = arith.constant -0.0 : f8E4M3
  %v25 = arith.fptosi %v24 : f8E4M3 to i16
  %v26 = arith.constant 4294967288 : i32
  %v27 = arith.cmpi slt, %v26, %v11 : i32
  %v28 = arith.constant 0x6F : f8E3M4
  %v29 = arith.negf %v28 fastmath<arcp,afn> : f8E3M4
  %v30 = arith.constant -3.0e-05 : f8E3M4
  %v31 = arith.mulf %v30, %v16 : f8E3M4
  return %v31 : f8E3M4
}
func.func @f2(%arg0: vector<2xi1>, %arg1: tensor<3xbf16>) -> (tensor<3xi1>, tensor<3xf32>) {
  %v0 = arith.constant dense<[0x7F80, -0.0, 0x3F80]> : tensor<3xbf16>
  %v1 = arith.negf %v0 : tensor<3xbf16>
  %v2 = arith.maxsi %arg0, %arg0 {tag = 0 : i64} : vector<2xi1>
  %v3 = arith.extf %arg1 : tensor<3xbf16> to tensor<3xf32>
  %v4 = arith.constant dense<[0x3F800000, 2.0, 1.0]> : tensor<3xf32>
  %v5 = arith.constant dense<1.0e+10> : tensor<3xf32>
  %v6 = arith.divf %v4, %v5 : tensor<3xf32>
  %v7 = arith.extf %arg1 : tensor<3xbf16> to tensor<3xf32>
  %v8 = arith.constant dense<[false, true]> : vector<2xi1>
  %v9 = arith.subi %v2, %v8 : vector<2xi1>
  %v10 = arith.constant dense<false> : vector<2xi1>
  %v11 = arith.subi %v10, %v9 : vector<2xi1>
  %v12 = arith.constant 65 : i64
  %v13 = arith.constant 9223372036854775807 : i64
  %v14 = arith.ori %v12, %v13 : i64
  %v15 = arith.bitcast %v0 : tensor<3xbf16> to tensor<3xi16>
  %v16 = arith.constant 32 : i32
  %v17 = arith.constant 1 : i32
  %v18 = arith.maxui %v16, %v17 : i32
  %v19 = arith.constant -9223372036854775808 : i64
  %v20 = arith.constant 1 : i64
  %v21:2 = arith.addui_extended %v19, %v20 : i64, i1
  %v22 = arith.extf %arg1 : tensor<3xbf16> to tensor<3xf32>
  %v23 = arith.minimumf %v3, %v5 : tensor<3xf32>
  %v24 = arith.cmpf une, %v22, %v3 : tensor<3xf32>
  return %v24, %v22 : tensor<3xi1>, tensor<3xf32>
}
func.func @f3(%arg0: tensor<3xbf16>) -> tensor<3xi1> {
  %v0 = arith.constant dense<-2.5> : tensor<3xbf16>
  %v1 = arith.remf %v0, %arg0 : tensor<3xbf16>
  %v2 = arith.remf %v0, %arg0 : tensor<3xbf16>
  %v3 = arith.constant -798919494 : i33
  %v4 = arith.uitofp %v3 {tag = 1 : i64} : i33 to f8E8M0FNU
  %v5 = arith.shrui %v3, %v3 : i33
  %v6 = arith.remf %v0, %arg0 : tensor<3xbf16>
  %v7 = arith.uitofp %v3 {tag = 1 : i64} : i33 to f8E8M0FNU
  %v8:2 = arith.mului_extended %v3, %v3 : i33
  %v9 = arith.constant -1 : i33
  %v10 = arith.ori %v8#0, %v9 : i33
  %v11 = arith.constant 10 : i33
  %v12 = arith.constant -1 : i33
  %v13 = arith.cmpi slt, %v11, %v12 : i33
  %v14 = arith.cmpf oge, %v6, %v0 : tensor<3xbf16>
  return %v14 : tensor<3xi1>
}
