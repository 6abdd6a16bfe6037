// Random func/arith module, seed 85.
func.func @f0(%arg0: vector<[4]xi32>) -> f8E4M3B11FNUZ {
  %v0 = arith.remsi %arg0, %arg0 : vector<[4]xi32>
  %v1 = arith.remsi %arg0, %arg0 : vector<[4]xi32>
  %v2 = arith.cmpi sge, %arg0, %v1 : vector<[4]xi32>
  %v3 = arith.constant -0.0 : f8E4M3B11FNUZ
  %v4 = arith.mulf %v3, %v3 : f8E4M3B11FNUZ
  %v5 = arith.mulf %v3, %v3 : f8E4M3B11FNUZ
  %v6 = arith.constant 0x1E : f8E4M3B11FNUZ
  %v7 = arith.cmpf ogt, %v3, %v6 : f8E4M3B11FNUZ
  return %v5 : f8E4M3B11FNUZ
}
func.func @f1(%arg0: f8E3M4, %arg1: tensor<0xf32>) -> (f8E4M3B11FNUZ, tensor<0xi8>) {
  %v0 = arith.constant -5 : i8
  %v1 = arith.floordivsi %v0, %v0 : i8
  %v2 = arith.constant 7 : i8
  %v3 = arith.extui %v2 : i8 to i64
  %v4 = arith.constant 63 : i64
  %v5 = arith.cmpi sge, %v3, %v4 : i64
  %v6 = arith.cmpi sge, %v3, %v4 : i64
  %v7 = arith.shrui %v0, %v2 exact : i8
  %v8 = arith.constant 107 : i8
  %v9 = arith.ceildivsi %v2, %v8 : i8
  %v10 = arith.constant false
  %v11 = arith.extsi %v10 : i1 to i33
  %v12 = arith.extsi %v10 : i1 to i33
  %v13 = arith.constant 13 : i32
  %v14 = arith.constant 541435949 : i32
  %v15 = arith.remsi %v13, %v14 : i32
  %v16 = arith.fptosi %arg1 : tensor<0xf32> to tensor<0xi16>
  %v17 = arith.shrui %v0, %v2 exact : i8
  %v18 = arith.constant dense<-7> : vector<[4]xi64>
  %v19 = arith.shli %v18, %v18 overflow<nsw> : vector<[4]xi64>
  %v20 = arith.constant 1.0e+10 : f8E3M4
  %v21 = arith.subf %v20, %arg0 fastmath<reassoc,contract> : f8E3M4
  %v22 = arith.constant 9223372036854775807 : i64
  %v23 = arith.constant -5 : i64
  %v24 = arith.cmpi eq, %v22, %v23 : i64
  %v25 = arith.shrui %v0, %v2 exact : i8
  %v26 = arith.minimumf %arg0, %v20 : f8E3M4
  %v27 = arith.cmpf oeq, %v26, %arg0 fastmath<reassoc,contract> : f8E3M4
  %v28 = arith.constant dense<false> : tensor<0xi1>
  %v29 = arith.select %v28, %v16, %v16 : tensor<0xi1>, tensor<0xi16>
  %v30 = arith.ceildivsi %v16, %v29 : tensor<0xi16>
  %v31 = arith.constant dense<16> : vector<[4]xi32>
  %v32 = func.call @f0(%v31) : (vector<[4]xi32>) -> f8E4M3B11FNUZ
  %v33 = arith.fptoui %arg1 : tensor<0xf32> to tensor<0xi8>
  %v34 = arith.constant dense<1> : tensor<0xi16>
  %v35 = arith.ori %v30, %v34 : tensor<0xi16>
  %v36 = arith.constant dense<32767> : tensor<0xi16>
  %v37 = arith.ori %v35, %v36 : tensor<0xi16>
  %v38 = func.call @f0(%v31) : (vector<[4]xi32>) -> f8E4M3B11FNUZ
  %v39 = arith.constant false
  %v40 = arith.select %v39, %v4, %v3 : i64
  return %v38, %v33 : f8E4M3B11FNUZ, tensor<0xi8>
}
func.func @f2(%arg0: tensor<0xi32>, %arg1: vector<[4]xf16>) -> (f8E4M3B11FNUZ, vector<[4]xi16>) {
  %v0 = arith.fptosi %arg1 : vector<[4]xf16> to vector<[4]xi16>
  %v1 = arith.constant dense<[[0x1B851825274B67F5, 4.0, 0x7FF8000000000000], [-2.5, 0x7FEFFFFFFFFFFFFF, -0.75]]> : vector<2x3xf64>
  %v2 = arith.minimumf %v1, %v1 : vector<2x3xf64>
  %v3 = arith.constant dense<0> : tensor<0xi32>
  %v4 = arith.cmpi slt, %v3, %arg0 : tensor<0xi32>
  %v5 = arith.shli %arg0, %arg0 overflow<none> : tensor<0xi32>
  %v6 = arith.negf %arg1 fastmath<nsz> : vector<[4]xf16>
  %v7 = arith.constant dense<-32768> : vector<[4]xi16>
  %v8 = arith.bitcast %v7 : vector<[4]xi16> to vector<[4]xbf16>
  %v9 = arith.constant dense<16> : vector<[4]xi16>
  %v10 = arith.cmpi ult, %v7, %v9 : vector<[4]xi16>
  %v11 = arith.constant dense<1> : tensor<0xi32>
  %v12 = arith.subi %v11, %arg0 : tensor<0xi32>
  %v13 = arith.constant dense<[[11, 0, -1751051926], [6, 8, -1]]> : vector<2x3xi32>
  %v14 = arith.constant dense<[[-6, 0, 1], [-2147483648, 3, 2083214367]]> : vector<2x3xi32>
  %v15 = arith.subi %v13, %v14 : vector<2x3xi32>
  %v16 = arith.constant dense<-1> : vector<2x3xi32>
  %v17 = arith.subi %v16, %v15 : vector<2x3xi32>
  %v18 = arith.constant dense<false> : tensor<0xi1>
  %v19 = arith.divui %v18, %v4 : tensor<0xi1>
  %v20 = arith.constant dense<-1> : vector<[4]xi16>
  %v21 = arith.xori %v0, %v20 : vector<[4]xi16>
  %v22 = arith.xori %v21, %v20 : vector<[4]xi16>
  %v23 = arith.constant dense<-1> : vector<[4]xi32>
  %v24 = func.call @f0(%v23) : (vector<[4]xi32>) -> f8E4M3B11FNUZ
  %v25 = func.call @f0(%v23) : (vector<[4]xi32>) -> f8E4M3B11FNUZ
  %v26 = arith.subi %v19, %v4 overflow<nuw> : tensor<0xi1>
  %v27 = arith.constant 0x00 : f8E3M4
  %v28 = arith.constant dense<[]> : tensor<0xf32>
  %v29:2 = func.call @f1(%v27, %v28) : (f8E3M4, tensor<0xf32>) -> (f8E4M3B11FNUZ, tensor<0xi8>)
  return %v24, %v21 : f8E4M3B11FNUZ, vector<[4]xi16>
}
func.func @f3(%arg0: vector<[4]xi32>, %arg1: tensor<0xi32>) -> (i64, i1) {
  %v0 = arith.constant 0x85 : f8E3M4
  %v1 = arith.constant dense<100.0> : tensor<0xf32>
  %v2:2 = func.call @f1(%v0, %v1) : (f8E3M4, tensor<0xf32>) -> (f8E4M3B11FNUZ, tensor<0xi8>)
  %v3 = arith.constant 0xFC00 : f16
  %v4 = arith.constant 0x0400 : f16
  %v5 = arith.cmpf ord, %v3, %v4 fastmath<arcp,afn> : f16
  %v6 = arith.sitofp %v2#1 : tensor<0xi8> to tensor<0xf64>
  %v7 = arith.constant true
  %v8 = arith.cmpi ne, %v7, %v5 : i1
  %v9 = arith.constant dense<[]> : tensor<0xi8>
  %v10 = arith.ceildivsi %v2#1, %v9 : tensor<0xi8>
  %v11 = arith.minnumf %v6, %v6 : tensor<0xf64>
  %v12 = arith.constant 0x01 : f8E3M4
  %v13 = arith.cmpf ule, %v0, %v12 : f8E3M4
  %v14 = arith.constant dense<[9223372036854775807, 8635755086854759007, 1]> : tensor<3xi64>
  %v15 = arith.trunci %v14 : tensor<3xi64> to tensor<3xi8>
  %v16 = arith.minui %arg0, %arg0 : vector<[4]xi32>
  %v17 = arith.constant 100.0 : f8E4M3B11FNUZ
  %v18 = arith.maximumf %v17, %v17 fastmath<nnan> : f8E4M3B11FNUZ
  %v19 = arith.constant dense<[]> : tensor<0xf32>
  %v20:2 = func.call @f1(%v0, %v19) : (f8E3M4, tensor<0xf32>) -> (f8E4M3B11FNUZ, tensor<0xi8>)
  %v21 = arith.cmpf ule, %v2#0, %v2#0 fastmath<arcp,afn> : f8E4M3B11FNUZ
  %v22 = arith.extui %arg1 : tensor<0xi32> to tensor<0xi64>
  %v23 = arith.constant dense<[]> : tensor<0xi32>
  %v24 = arith.extui %v23 : tensor<0xi32> to tensor<0xi64>
  %v25 = arith.cmpi sgt, %v22, %v24 : tensor<0xi64>
  %v26 = arith.constant 0.1 : bf16
  %v27 = arith.constant 0x2E2B : bf16
  %v28 = arith.cmpf false, %v26, %v27 : bf16
  %v29 = arith.constant dense<17> : tensor<0xi16>
  %v30 = arith.constant dense<0> : tensor<0xi16>
  %v31 = arith.shli %v29, %v30 : tensor<0xi16>
  %v32 = arith.constant dense<0> : tensor<0xi8>
  %v33 = arith.select %v7, %v2#1, %v32 : tensor<0xi8>
  %v34 = arith.minimumf %v1, %v19 : tensor<0xf32>
  %v35 = arith.extui %v23 : tensor<0xi32> to tensor<0xi64>
  %v36 = arith.constant 1.0 : f8E3M4
  %v37 = arith.mulf %v0, %v36 fastmath<nsz> : f8E3M4
  %v38 = arith.constant 1 : i64
  %v39 = arith.divui %v38, %v38 : i64
  %v40 = arith.constant dense<true> : tensor<0xi1>
  %v41 = arith.constant dense<[]> : tensor<0xi1>
  %v42 = arith.xori %v41, %v40 : tensor<0xi1>
  %v43 = arith.xori %v42, %v40 : tensor<0xi1>
  return %v39, %v21 : i64, i1
}
