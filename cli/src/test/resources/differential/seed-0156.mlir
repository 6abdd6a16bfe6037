// Random func/arith module, seed 156.
func.func @f0(%arg0: f64, %arg1: i128) {
  %v0 = arith.constant 1 : i128
  %v1:2 = arith.mulsi_extended %arg1, %v0 : i128
  %v2 = arith.constant 0x7FF8000000000000 : f64
  %v3 = arith.maxnumf %v2, %v2 : f64
  %v4 = arith.cmpi sge, %v0, %v1#0 : i128
  %v5 = arith.constant 0x0000000000000001 : f64
  %v6 = arith.subf %v2, %v5 : f64
  %v7 = arith.maxnumf %v2, %v2 : f64
  %v8 = arith.constant 100.0 : f32
  %v9 = arith.negf %v8 : f32
  %v10 = arith.negf %v9 : f32
  %v11 = arith.constant false
  %v12 = arith.shrsi %v11, %v4 exact : i1
  return
}
func.func @f1(%arg0: i64) -> (i1, i1) {
  %v0 = arith.constant 0x7E00 : f16
  %v1 = arith.constant 100.0 : f16
  %v2 = arith.cmpf oeq, %v0, %v1 : f16
  %v3 = arith.constant 15 : i64
  %v4 = arith.maxsi %v3, %arg0 : i64
  %v5 = arith.constant true
  %v6 = arith.minsi %v2, %v5 : i1
  %v7 = arith.constant 0x0000 : f16
  %v8 = arith.truncf %v7 fastmath<nnan,ninf> : f16 to f8E5M2FNUZ
  %v9 = arith.constant false
  %v10 = arith.constant true
  %v11 = arith.minui %v9, %v10 : i1
  %v12 = arith.maxnumf %v0, %v7 : f16
  %v13 = arith.extui %v4 : i64 to i128
  %v14 = arith.shli %v9, %v5 : i1
  %v15 = arith.constant -2 : i128
  %v16 = arith.trunci %v15 overflow<nuw> : i128 to i1
  %v17 = arith.constant 65 : i64
  %v18 = arith.ceildivui %v17, %v17 : i64
  %v19 = arith.constant 0xFE : f8E5M2FNUZ
  %v20 = arith.minimumf %v8, %v19 fastmath<ninf> : f8E5M2FNUZ
  %v21 = arith.constant 1.0 : f16
  %v22 = arith.constant -1.0 : f16
  %v23 = arith.remf %v21, %v22 fastmath<arcp,afn> : f16
  %v24 = arith.extf %v19 : f8E5M2FNUZ to bf16
  %v25 = arith.cmpi ule, %v13, %v13 : i128
  %v26 = arith.extf %v7 : f16 to f32
  %v27 = arith.constant 13 : i128
  %v28 = arith.constant 8 : i128
  %v29 = arith.cmpi sge, %v27, %v28 : i128
  %v30 = arith.constant true
  %v31 = arith.constant -9223372036854775808 : i64
  %v32 = arith.select %v30, %v18, %v31 : i64
  %v33 = arith.shrui %v3, %v4 exact : i64
  %v34 = arith.remf %v21, %v22 fastmath<arcp,afn> : f16
  %v35 = arith.constant false
  %v36 = arith.minui %v25, %v35 : i1
  %v37 = arith.cmpi slt, %v33, %v4 : i64
  %v38 = arith.constant true
  %v39 = arith.constant false
  %v40 = arith.select %v37, %v38, %v39 : i1
  return %v37, %v37 : i1, i1
}
func.func @f2(%arg0: i64, %arg1: vector<2xf16>, %arg2: f16) {
  %v0 = arith.constant 1.0 : f16
  %v1 = arith.maxnumf %arg2, %v0 : f16
  %v2 = arith.constant 9223372036854775807 : i64
  %v3 = arith.constant -1 : i64
  %v4 = arith.cmpi slt, %v2, %v3 : i64
  %v5 = arith.constant dense<[9, 3, 0, -1]> : vector<4xi8>
  %v6 = arith.extui %v5 : vector<4xi8> to vector<4xi64>
  %v7 = arith.constant dense<11> : vector<4xi64>
  %v8 = arith.cmpi eq, %v6, %v7 : vector<4xi64>
  %v9 = arith.constant 0x0001 : f16
  %v10 = arith.maximumf %v9, %arg2 fastmath<none> : f16
  %v11 = arith.fptoui %arg1 : vector<2xf16> to vector<2xi1>
  %v12 = arith.negf %arg1 : vector<2xf16>
  %v13 = arith.remf %v12, %v12 : vector<2xf16>
  %v14 = arith.constant true
  %v15 = arith.maxui %v14, %v4 : i1
  %v16 = arith.fptoui %v1 : f16 to i1
  %v17 = arith.minui %v2, %arg0 : i64
  %v18 = arith.constant false
  %v19 = arith.extui %v18 : i1 to i128
  %v20 = arith.constant 4 : i8
  %v21 = arith.constant -35 : i8
  %v22 = arith.ceildivui %v20, %v21 : i8
  %v23 = arith.constant dense<[0x03FF, 1.0e+10]> : vector<2xf16>
  %v24 = arith.select %v16, %v12, %v23 : vector<2xf16>
  %v25 = arith.constant dense<-128> : tensor<3xi8>
  %v26 = arith.cmpi slt, %v25, %v25 : tensor<3xi8>
  %v27 = arith.cmpi eq, %v6, %v7 : vector<4xi64>
  %v28 = arith.constant -1 : i64
  %v29:2 = arith.mului_extended %v28, %arg0 : i64
  %v30 = arith.minui %arg0, %v2 : i64
  %v31 = arith.constant dense<[true, false]> : vector<2xi1>
  %v32 = arith.ceildivui %v31, %v11 : vector<2xi1>
  %v33 = arith.cmpf ugt, %v9, %v9 : f16
  %v34 = arith.constant dense<[-2.5, 0xFC00]> : vector<2xf16>
  %v35 = arith.cmpf ogt, %v34, %arg1 : vector<2xf16>
  return
}
func.func @f3(%arg0: f32, %arg1: i8, %arg2: vector<2x3xindex>, %arg3: tensor<2x2xi64>) -> (f32, i1, i1) {
  %v0 = arith.constant dense<[[16, 313416748015884006, 65], [12, 2147483648, 0]]> : vector<2x3xindex>
  %v1 = arith.maxui %arg2, %v0 : vector<2x3xindex>
  %v2 = arith.constant 9223372036854775807 : i64
  %v3 = arith.constant dense<[0.0, 0x0001]> : vector<2xf16>
  %v4 = arith.constant 7.0 : f16
  func.call @f2(%v2, %v3, %v4) : (i64, vector<2xf16>, f16) -> ()
  %v6 = arith.constant dense<0x0400> : vector<2xf16>
  %v7 = arith.minnumf %v3, %v6 : vector<2xf16>
  %v8 = arith.addf %arg0, %arg0 fastmath<reassoc,contract> : f32
  %v9 = arith.cmpf one, %arg0, %v8 : f32
  %v10 = arith.constant 0.1 : f32
  %v11 = arith.cmpf ult, %v10, %v8 : f32
  %v12 = arith.constant dense<[[-1, -9223372036854775808], [2330343678663586314, -3]]> : tensor<2x2xi64>
  %v13 = arith.sitofp %v12 : tensor<2x2xi64> to tensor<2x2xf16>
  %v14 = arith.constant dense<-1> : vector<2x3xindex>
  %v15 = arith.xori %v1, %v14 : vector<2x3xindex>
  %v16 = arith.xori %v15, %v14 : vector<2x3xindex>
  %v17 = arith.constant dense<0x0001> : vector<2xf16>
  %v18 = arith.constant dense<-0.75> : vector<2xf16>
  %v19 = arith.mulf %v17, %v18 : vector<2xf16>
  %v20 = arith.minnumf %v8, %v8 : f32
  %v21 = arith.cmpi ne, %v9, %v11 : i1
  %v22 = arith.constant true
  %v23 = arith.constant false
  %v24 = arith.select %v21, %v23, %v22 : i1
  %v25 = arith.constant -2 : i7
  %v26 = arith.constant 8 : i7
  %v27 = arith.cmpi ule, %v25, %v26 : i7
  %v28 = arith.constant dense<0x0000> : tensor<2x2xf16>
  %v29 = arith.negf %v28 : tensor<2x2xf16>
  %v30 = arith.negf %v29 fastmath<reassoc,contract> : tensor<2x2xf16>
  %v31 = arith.select %v21, %v20, %v10 : f32
  %v32 = arith.cmpi ugt, %v9, %v11 : i1
  return %v31, %v21, %v32 : f32, i1, i1
}
