// Random func/arith module, seed 47.
func.func @f0(%arg0: vector<2xf32>, %arg1: i32) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.minsi %v0, %arg1 : i32
  %v2 = arith.shrui %v1, %v0 exact : i32
  %v3 = arith.constant 0x62 : f8E4M3FNUZ
  %v4 = arith.constant -0.0 : f8E4M3FNUZ
  %v5 = arith.divf %v3, %v4 fastmath<ninf> : f8E4M3FNUZ
  %v6 = arith.cmpi ult, %v2, %arg1 : i32
  %v7 = arith.divf %v3, %v4 fastmath<ninf> : f8E4M3FNUZ
  %v8 = arith.constant 0x7F800000 : f32
  %v9 = arith.constant 0x00800000 : f32
  %v10 = arith.remf %v8, %v9 fastmath<nnan,ninf> : f32
  %v11 = arith.constant true
  %v12 = arith.cmpi slt, %v6, %v11 : i1
  %v13 = arith.remf %v8, %v9 fastmath<nnan,ninf> : f32
  %v14 = arith.divf %v3, %v4 fastmath<ninf> : f8E4M3FNUZ
  %v15 = arith.extsi %arg1 : i32 to i33
  %v16 = arith.muli %v1, %v0 overflow<nuw> : i32
  %v17 = arith.constant -2147483648 : i32
  %v18 = arith.shrui %v17, %v0 : i32
  %v19 = arith.constant 0.1 : f8E4M3FN
  %v20 = arith.negf %v19 : f8E4M3FN
  %v21 = arith.constant dense<0x007FFFFF> : vector<2xf32>
  %v22 = arith.minnumf %v21, %arg0 : vector<2xf32>
  %v23 = arith.minimumf %v22, %v21 fastmath<fast> : vector<2xf32>
  %v24 = arith.sitofp %v12 : i1 to f64
  %v25 = arith.constant 0x20DBC5C1CB78ED90 : f64
  %v26 = arith.minimumf %v25, %v24 fastmath<ninf> : f64
  %v27 = arith.constant dense<[true, true]> : vector<2xi1>
  %v28 = arith.constant dense<[0x7F800000, 0.5]> : vector<2xf32>
  %v29 = arith.select %v27, %v21, %v28 : vector<2xi1>, vector<2xf32>
  %v30 = arith.constant 0.1 : f64
  %v31 = arith.truncf %v30 : f64 to f8E5M2
  return
}
func.func @f1(%arg0: tensor<2x2xi8>, %arg1: vector<2x3xf64>) {
  %v0 = arith.constant 0.0 : f16
  %v1 = arith.extf %v0 : f16 to f64
  %v2 = arith.constant -0.0 : f16
  %v3 = arith.constant 0x8000 : f16
  %v4 = arith.addf %v2, %v3 fastmath<arcp,afn> : f16
  %v5 = arith.constant dense<16> : tensor<2x2xi8>
  %v6 = arith.divui %arg0, %v5 : tensor<2x2xi8>
  %v7 = arith.constant -3 : i32
  %v8 = arith.shrsi %v7, %v7 : i32
  %v9 = arith.constant dense<1.0> : vector<2x3xf64>
  %v10 = arith.cmpf ole, %arg1, %v9 : vector<2x3xf64>
  %v11 = arith.constant dense<0.5> : vector<2xf32>
  %v12 = arith.constant -1 : i32
  func.call @f0(%v11, %v12) : (vector<2xf32>, i32) -> ()
  %v14 = arith.addf %v2, %v3 fastmath<arcp,afn> : f16
  %v15 = arith.index_castui %v10 : vector<2x3xi1> to vector<2x3xindex>
  %v16 = arith.constant dense<9223372036854775807> : vector<2x3xi64>
  %v17:2 = arith.addui_extended %v16, %v16 : vector<2x3xi64>, vector<2x3xi1>
  %v18 = arith.subi %v15, %v15 overflow<none> : vector<2x3xindex>
  %v19 = arith.maxnumf %arg1, %arg1 : vector<2x3xf64>
  %v20 = arith.cmpf olt, %arg1, %v9 fastmath<reassoc,contract> : vector<2x3xf64>
  %v21 = arith.minnumf %v19, %v9 fastmath<none> : vector<2x3xf64>
  %v22 = arith.ceildivui %v10, %v17#1 : vector<2x3xi1>
  func.call @f0(%v11, %v7) : (vector<2xf32>, i32) -> ()
  %v24 = arith.fptoui %v19 : vector<2x3xf64> to vector<2x3xi8>
  %v25 = arith.constant dense<12> : vector<2x3xindex>
  %v26 = arith.divui %v25, %v18 exact : vector<2x3xindex>
  %v27 = arith.cmpi sle, %arg0, %v6 : tensor<2x2xi8>
  %v28 = arith.constant dense<11> : vector<2x3xi8>
  %v29 = arith.cmpi uge, %v24, %v28 : vector<2x3xi8>
  %v30 = arith.constant dense<0x7F800000> : vector<2xf32>
  func.call @f0(%v30, %v7) : (vector<2xf32>, i32) -> ()
  %v32 = arith.constant dense<[[2.0, 0x0010000000000000, 0x0000000000000001], [0xBFF0000000000000, -1.0, 1.0e+10]]> : vector<2x3xf64>
  %v33 = arith.constant dense<[[0x8000000000000000, 3.0, 0x7FF8000000000000], [3.0, -2.5, 4.0]]> : vector<2x3xf64>
  %v34 = arith.minnumf %v32, %v33 : vector<2x3xf64>
  return
}
func.func @f2(%arg0: f8E4M3FNUZ, %arg1: vector<2x3xi32>) -> (i1, i1, vector<2x3xindex>) {
  %v0 = arith.minui %arg1, %arg1 : vector<2x3xi32>
  %v1 = arith.minui %arg1, %arg1 : vector<2x3xi32>
  %v2 = arith.constant 0x7C : f8E4M3FNUZ
  %v3 = arith.cmpf false, %arg0, %v2 : f8E4M3FNUZ
  %v4 = arith.fptosi %arg0 : f8E4M3FNUZ to i128
  %v5 = arith.maxui %v3, %v3 : i1
  %v6 = arith.constant dense<-1137648849> : vector<2x3xi32>
  %v7 = arith.xori %arg1, %v6 : vector<2x3xi32>
  %v8 = arith.constant 0xE3 : f8E4M3FNUZ
  %v9 = arith.minnumf %v8, %v2 : f8E4M3FNUZ
  %v10 = arith.constant dense<0xCF5267C4> : vector<2xf32>
  %v11 = arith.constant 1355726126 : i32
  func.call @f0(%v10, %v11) : (vector<2xf32>, i32) -> ()
  %v13 = arith.divsi %v4, %v4 : i128
  %v14 = arith.constant dense<true> : vector<2x3xi1>
  %v15 = arith.constant dense<32> : vector<2x3xi32>
  %v16 = arith.select %v14, %v6, %v15 : vector<2x3xi1>, vector<2x3xi32>
  %v17 = arith.index_castui %v1 : vector<2x3xi32> to vector<2x3xindex>
  %v18 = arith.constant dense<9> : vector<2x3xindex>
  %v19 = arith.minsi %v17, %v18 : vector<2x3xindex>
  %v20 = arith.constant false
  %v21 = arith.remsi %v5, %v20 : i1
  %v22 = arith.constant 4.0 : f8E4M3FNUZ
  %v23 = arith.fptosi %v22 : f8E4M3FNUZ to i1
  %v24 = arith.constant false
  %v25 = arith.muli %v24, %v5 : i1
  %v26 = arith.constant -5 : i64
  %v27:2 = arith.addui_extended %v26, %v26 : i64, i1
  %v28 = arith.constant dense<127> : tensor<2x2xi8>
  %v29 = arith.constant dense<0x3FF0000000000000> : vector<2x3xf64>
  func.call @f1(%v28, %v29) : (tensor<2x2xi8>, vector<2x3xf64>) -> ()
  return %v21, %v25, %v19 : i1, i1, vector<2x3xindex>
}
func.func @f3(%arg0: f64) -> i1 {
  %v0 = arith.fptosi %arg0 : f64 to i64
  %v1 = arith.fptosi %arg0 : f64 to i64
  %v2 = arith.fptosi %arg0 : f64 to i64
  %v3 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v4 = arith.constant 0xFFF8000000000000 : f64
  %v5 = arith.maximumf %v3, %v4 : f64
  %v6 = arith.constant 0x01 : f8E5M2FNUZ
  %v7 = arith.cmpf ugt, %v6, %v6 fastmath<ninf> : f8E5M2FNUZ
  %v8 = arith.constant false
  %v9 = arith.uitofp %v8 : i1 to f8E4M3FN
  %v10 = arith.constant 100.0 : f64
  %v11 = arith.truncf %v10 : f64 to f8E5M2FNUZ
  %v12 = arith.constant -9223372036854775808 : i64
  %v13 = arith.index_cast %v12 : i64 to index
  %v14 = arith.constant 0x0010000000000000 : f64
  %v15 = arith.maxnumf %v14, %arg0 fastmath<nsz> : f64
  %v16 = arith.minsi %v12, %v2 : i64
  %v17 = arith.ceildivsi %v12, %v16 : i64
  %v18 = arith.constant dense<true> : tensor<2x2xi1>
  %v19 = arith.sitofp %v18 : tensor<2x2xi1> to tensor<2x2xf16>
  %v20 = arith.fptosi %arg0 : f64 to i64
  %v21:2 = arith.addui_extended %v16, %v12 : i64, i1
  %v22 = arith.constant 8589934592 : i64
  %v23 = arith.select %v21#1, %v22, %v16 : i64
  %v24 = arith.constant true
  %v25:2 = arith.addui_extended %v8, %v24 : i1, i1
  %v26 = arith.constant dense<-0.0> : vector<2x3xf32>
  %v27 = arith.constant dense<0xFF800000> : vector<2x3xf32>
  %v28 = arith.divf %v26, %v27 fastmath<arcp,afn> : vector<2x3xf32>
  %v29 = arith.constant 10 : index
  %v30 = arith.muli %v29, %v29 : index
  %v31 = arith.constant 0xFFF0000000000000 : f64
  %v32 = arith.addf %v31, %v3 : f64
  return %v25#1 : i1
}
