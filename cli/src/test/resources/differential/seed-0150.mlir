// Random func/arith module, seed 150.
func.func @f0(%arg0: i64, %arg1: i64, %arg2: i128) {
  %v0 = arith.ori %arg1, %arg1 : i64
  %v1 = arith.constant 3 : i128
  %v2 = arith.trunci %v1 overflow<nsw, nuw> : i128 to i7
  %v3 = arith.constant true
  %v4 = arith.constant 0x0000FFFFFFFFFFFFFFFF : f80
  %v5 = arith.constant -0.75 : f80
  %v6 = arith.select %v3, %v4, %v5 : f80
  %v7 = arith.constant 127 : i128
  %v8 = arith.cmpi slt, %arg2, %v7 : i128
  %v9 = arith.extsi %v8 : i1 to i16
  %v10 = arith.trunci %v9 : i16 to i1
  %v11 = arith.constant 0x00010000000000000000 : f80
  %v12 = arith.negf %v11 : f80
  %v13 = arith.negf %v12 : f80
  %v14 = arith.subi %v9, %v9 : i16
  %v15 = arith.constant 0 : i64
  %v16 = arith.select %v3, %v0, %v15 : i64
  %v17 = arith.minsi %v3, %v8 : i1
  %v18 = arith.constant 0 : i8
  %v19 = arith.extsi %v18 : i8 to i64
  %v20 = arith.constant 9 : i8
  %v21 = arith.extsi %v20 : i8 to i64
  %v22 = arith.cmpi sle, %v19, %v21 : i64
  %v23 = arith.cmpi eq, %v15, %v16 : i64
  %v24 = arith.constant 1 : i16
  %v25 = arith.maxui %v24, %v14 : i16
  %v26 = arith.select %v22, %arg1, %v0 : i64
  %v27 = arith.trunci %v9 : i16 to i1
  return
}
func.func @f1(%arg0: f8E5M2FNUZ) -> i64 {
  %v0 = arith.constant 0 : i64
  %v1 = arith.constant -1 : i64
  %v2 = arith.constant -1 : i128
  func.call @f0(%v0, %v1, %v2) : (i64, i64, i128) -> ()
  func.call @f0(%v0, %v1, %v2) : (i64, i64, i128) -> ()
  %v5 = arith.constant -1 : i128
  %v6 = arith.remui %v2, %v5 : i128
  %v7 = arith.shli %v2, %v6 : i128
  %v8 = arith.constant 14 : i16
  %v9 = arith.constant 15 : i16
  %v10 = arith.ceildivui %v8, %v9 : i16
  %v11 = arith.muli %v0, %v1 overflow<none> : i64
  return %v11 : i64
}
func.func @f2(%arg0: vector<2xi16>) -> (i1, f32) {
  %v0 = arith.constant 32767 : i16
  %v1 = arith.constant 17 : i16
  %v2 = arith.remsi %v0, %v1 : i16
  %v3 = arith.constant -9223372036854775808 : i64
  %v4 = arith.constant 2361183241434822606848 : i128
  func.call @f0(%v3, %v3, %v4) : (i64, i64, i128) -> ()
  %v6 = arith.constant -2.5 : bf16
  %v7 = arith.extf %v6 fastmath<reassoc,contract> : bf16 to tf32
  %v8 = arith.constant dense<1> : vector<2xi16>
  %v9 = arith.constant dense<[13929, 1]> : vector<2xi16>
  %v10 = arith.ceildivsi %v8, %v9 : vector<2xi16>
  %v11 = arith.constant 0x32 : f6E3M2FN
  %v12 = arith.constant 0x04 : f6E3M2FN
  %v13 = arith.maxnumf %v11, %v12 fastmath<reassoc,contract> : f6E3M2FN
  %v14 = arith.constant 0x003FF : tf32
  %v15 = arith.constant 0x7FC00 : tf32
  %v16 = arith.addf %v14, %v15 : tf32
  %v17 = arith.constant 0x78 : f8E4M3
  %v18 = arith.constant 0.1 : f8E4M3
  %v19 = arith.minimumf %v17, %v18 : f8E4M3
  %v20 = arith.remsi %v0, %v1 : i16
  %v21 = arith.cmpi uge, %arg0, %arg0 : vector<2xi16>
  %v22 = arith.constant 0x7FC0 : bf16
  %v23 = arith.extf %v22 : bf16 to f32
  %v24 = arith.constant dense<true> : vector<2xi1>
  %v25 = arith.constant dense<false> : vector<2xi1>
  %v26 = arith.minui %v24, %v25 : vector<2xi1>
  %v27 = arith.constant dense<[15, 16]> : vector<2xi16>
  %v28:2 = arith.mului_extended %v27, %arg0 : vector<2xi16>
  %v29 = arith.constant 0xEC236C81 : f32
  %v30 = arith.negf %v29 : f32
  %v31 = arith.negf %v30 fastmath<reassoc,contract> : f32
  %v32 = arith.maximumf %v19, %v17 : f8E4M3
  %v33 = arith.constant dense<15> : vector<[4]xi16>
  %v34 = arith.maxsi %v33, %v33 : vector<[4]xi16>
  %v35 = arith.remsi %v0, %v1 : i16
  %v36 = arith.constant 0x7FFF0000000000000000000000000000 : f128
  %v37 = arith.constant 0.0 : f128
  %v38 = arith.maximumf %v36, %v37 fastmath<arcp,afn> : f128
  %v39 = arith.constant -1 : i32
  %v40 = arith.constant 4 : i32
  %v41 = arith.ceildivsi %v39, %v40 : i32
  %v42 = arith.truncf %v6 fastmath<arcp,afn> : bf16 to f8E5M2
  %v43 = arith.ceildivsi %v8, %v9 : vector<2xi16>
  %v44 = arith.fptosi %v15 : tf32 to i7
  %v45 = arith.constant 4.0 : f8E4M3
  %v46 = arith.cmpf ogt, %v45, %v17 fastmath<fast> : f8E4M3
  %v47 = arith.maxsi %v33, %v33 : vector<[4]xi16>
  return %v46, %v31 : i1, f32
}
func.func @f3(%arg0: vector<4xf64>) -> vector<4xi1> {
  %v0 = arith.cmpf uno, %arg0, %arg0 : vector<4xf64>
  %v1 = arith.select %v0, %v0, %v0 : vector<4xi1>, vector<4xi1>
  %v2 = arith.constant 1 : i64
  %v3 = arith.cmpi uge, %v2, %v2 : i64
  %v4 = arith.cmpf uno, %arg0, %arg0 : vector<4xf64>
  %v5 = arith.constant dense<1.0> : vector<4xf64>
  %v6 = arith.cmpf une, %arg0, %v5 : vector<4xf64>
  %v7 = arith.constant dense<-2147483648> : tensor<3xi32>
  %v8 = arith.constant dense<33> : tensor<3xi32>
  %v9 = arith.divsi %v7, %v8 : tensor<3xi32>
  %v10 = arith.divsi %v1, %v6 exact : vector<4xi1>
  %v11 = arith.constant true
  %v12 = arith.constant dense<false> : vector<4xi1>
  %v13 = arith.select %v11, %v6, %v12 : vector<4xi1>
  %v14 = arith.constant dense<0.5> : vector<4xf64>
  %v15 = arith.cmpf ole, %v5, %v14 fastmath<fast> : vector<4xf64>
  %v16 = arith.cmpf one, %arg0, %arg0 : vector<4xf64>
  %v17 = arith.remsi %v4, %v16 : vector<4xi1>
  %v18 = arith.floordivsi %v13, %v6 : vector<4xi1>
  %v19 = arith.constant dense<false> : vector<4xi1>
  %v20 = arith.cmpi ne, %v18, %v19 : vector<4xi1>
  %v21 = arith.select %v20, %v18, %v19 : vector<4xi1>, vector<4xi1>
  %v22 = arith.constant 0 : i64
  %v23 = arith.constant -1 : i64
  %v24 = arith.subi %v22, %v23 overflow<nuw> : i64
  %v25 = arith.maxui %v7, %v7 : tensor<3xi32>
  %v26 = arith.constant dense<false> : vector<4xi1>
  %v27 = arith.constant dense<false> : vector<4xi1>
  %v28 = arith.addi %v26, %v27 overflow<none> : vector<4xi1>
  %v29 = arith.divsi %v1, %v6 exact : vector<4xi1>
  return %v29 : vector<4xi1>
}
