// Random func/arith module, seed 150.
func.func @f0(%arg0: i64, %arg1: i64, %arg2: i128) {
  %v0 = arith.ori %arg1, %arg1 : i64
  %v1 = arith.constant 0.0 : bf16
  %v2 = arith.constant -2.5 : bf16
  %v3 = arith.cmpf false, %v1, %v2 : bf16
  %v4 = arith.cmpf ule, %v1, %v2 : bf16
  %v5 = arith.addf %v2, %v2 : bf16
  %v6 = arith.constant 0x16F5 : bf16
  %v7 = arith.truncf %v6 fastmath<nnan,ninf> : bf16 to f8E5M2
  %v8 = arith.constant 0xBC : f8E5M2
  %v9 = arith.bitcast %v8 : f8E5M2 to f8E5M2FNUZ
  %v10 = arith.subi %arg0, %v0 : i64
  %v11 = arith.constant 8 : i64
  %v12 = arith.shrsi %v11, %arg0 : i64
  %v13 = arith.constant -141944537064383093930822613145564866117 : i128
  %v14 = arith.minsi %arg2, %v13 : i128
  %v15 = arith.shrui %arg2, %v13 : i128
  %v16 = arith.constant true
  %v17 = arith.constant false
  %v18 = arith.minui %v16, %v17 : i1
  %v19 = arith.constant 1.0e+10 : f8E5M2
  %v20 = arith.addf %v8, %v19 : f8E5M2
  %v21 = arith.constant 0x7B : f8E5M2
  %v22 = arith.constant 0x04 : f8E5M2
  %v23 = arith.maximumf %v21, %v22 : f8E5M2
  %v24 = arith.minsi %arg2, %v13 : i128
  %v25 = arith.constant 0xFF80 : bf16
  %v26 = arith.remf %v25, %v2 fastmath<reassoc,contract> : bf16
  return
}
func.func @f1(%arg0: vector<2xi8>) -> (bf16, vector<2x3xi64>) {
  %v0 = arith.constant 9 : i16
  %v1 = arith.ceildivui %v0, %v0 : i16
  %v2 = arith.ceildivui %v0, %v0 : i16
  %v3 = arith.constant dense<[14, 9]> : vector<2xi8>
  %v4 = arith.shli %arg0, %v3 : vector<2xi8>
  %v5 = arith.constant dense<-9223372036854775808> : vector<2x3xi64>
  %v6 = arith.constant dense<9223372036854775807> : vector<2x3xi64>
  %v7:2 = arith.addui_extended %v5, %v6 : vector<2x3xi64>, vector<2x3xi1>
  %v8 = arith.constant dense<[[-9223372036854775808, 5], [63, 15]]> : tensor<2x2xindex>
  %v9 = arith.constant dense<-1> : tensor<2x2xindex>
  %v10 = arith.remui %v8, %v9 : tensor<2x2xindex>
  %v11 = arith.constant 9223372036854775807 : i64
  %v12 = arith.constant 2361183241434822606848 : i128
  func.call @f0(%v11, %v11, %v12) : (i64, i64, i128) -> ()
  %v14 = arith.constant -2.5 : f8E3M4
  %v15 = arith.bitcast %v14 : f8E3M4 to f8E5M2
  %v16 = arith.constant 0x8000 : bf16
  %v17 = arith.constant 0xFF80 : bf16
  %v18 = arith.maxnumf %v16, %v17 : bf16
  func.call @f0(%v11, %v11, %v12) : (i64, i64, i128) -> ()
  %v20 = arith.constant false
  %v21 = arith.constant 0xF8 : f8E3M4
  %v22 = arith.select %v20, %v14, %v21 : f8E3M4
  %v23 = arith.extf %v14 : f8E3M4 to f32
  %v24 = arith.addf %v15, %v15 : f8E5M2
  %v25 = arith.constant -0.0 : f64
  %v26 = arith.cmpf oge, %v25, %v25 : f64
  %v27 = arith.trunci %v4 : vector<2xi8> to vector<2xi1>
  return %v18, %v7#0 : bf16, vector<2x3xi64>
}
func.func @f2(%arg0: f8E3M4, %arg1: i16) -> f8E4M3FN {
  %v0 = arith.extsi %arg1 : i16 to i128
  %v1 = arith.constant 32767 : i16
  %v2 = arith.shrui %v1, %arg1 : i16
  %v3 = arith.constant 0x00 : f8E3M4
  %v4 = arith.cmpf one, %arg0, %v3 : f8E3M4
  %v5 = arith.fptoui %arg0 : f8E3M4 to i16
  %v6 = arith.cmpf ord, %v3, %arg0 fastmath<none> : f8E3M4
  %v7 = arith.constant 7 : i64
  func.call @f0(%v7, %v7, %v0) : (i64, i64, i128) -> ()
  %v9 = arith.negf %v3 : f8E3M4
  %v10 = arith.maxsi %v1, %v2 : i16
  %v11 = arith.cmpi uge, %v6, %v4 : i1
  func.call @f0(%v7, %v7, %v0) : (i64, i64, i128) -> ()
  %v13 = arith.constant 1.0e+10 : f8E3M4
  %v14 = arith.cmpf ueq, %v13, %v3 : f8E3M4
  %v15 = arith.fptosi %arg0 : f8E3M4 to i64
  %v16 = arith.maxsi %v1, %v2 : i16
  %v17 = arith.fptoui %arg0 : f8E3M4 to i7
  %v18 = arith.bitcast %arg0 : f8E3M4 to f8E4M3FN
  %v19:2 = arith.mului_extended %v6, %v14 : i1
  %v20 = arith.fptosi %arg0 : f8E3M4 to i64
  return %v18 : f8E4M3FN
}
func.func @f3(%arg0: tensor<2x2xi16>, %arg1: f32) -> (tensor<2x2xi16>, f32, i7) {
  %v0 = arith.constant 0x7FC00000 : f32
  %v1 = arith.cmpf uge, %v0, %arg1 fastmath<nnan,ninf> : f32
  %v2 = arith.constant dense<-1> : tensor<2x2xi16>
  %v3 = arith.maxsi %arg0, %v2 : tensor<2x2xi16>
  %v4 = arith.andi %v1, %v1 : i1
  %v5 = arith.constant 4 : i7
  %v6 = arith.constant 1 : i7
  %v7:2 = arith.mului_extended %v5, %v6 : i7
  %v8 = arith.constant -128 : i8
  %v9 = arith.shrsi %v8, %v8 exact : i8
  %v10 = arith.constant 0 : index
  %v11 = arith.constant 6 : index
  %v12 = arith.shrsi %v10, %v11 : index
  %v13 = arith.subi %arg0, %arg0 : tensor<2x2xi16>
  %v14 = arith.constant 0xFFC00000 : f32
  %v15 = arith.subf %v14, %v14 fastmath<nnan> : f32
  return %v13, %v15, %v7#1 : tensor<2x2xi16>, f32, i7
}
