// Random func/arith module, seed 52.
func.func @f0(%arg0: bf16) -> (bf16, i1) {
  %v0 = arith.minimumf %arg0, %arg0 fastmath<arcp,afn> : bf16
  %v1 = arith.minimumf %arg0, %arg0 fastmath<arcp,afn> : bf16
  %v2 = arith.constant false
  %v3 = arith.constant true
  %v4 = arith.cmpi ule, %v2, %v3 : i1
  %v5 = arith.subi %v3, %v4 : i1
  %v6 = arith.cmpi ule, %v2, %v3 : i1
  %v7 = arith.constant true
  %v8 = arith.minui %v7, %v7 : i1
  %v9 = arith.cmpi ule, %v2, %v3 : i1
  %v10 = arith.constant -2.5 : bf16
  %v11 = arith.extf %v10 fastmath<fast> : bf16 to f64
  %v12 = arith.maxnumf %v10, %v1 : bf16
  %v13 = arith.constant true
  %v14 = arith.addi %v9, %v13 : i1
  %v15 = arith.constant dense<2.0> : vector<2xf16>
  %v16 = arith.constant dense<0x8000> : vector<2xf16>
  %v17 = arith.minimumf %v15, %v16 fastmath<fast> : vector<2xf16>
  %v18 = arith.cmpi ule, %v2, %v3 : i1
  %v19 = arith.constant false
  %v20 = arith.addi %v7, %v19 overflow<none> : i1
  %v21 = arith.constant false
  %v22 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v23 = arith.select %v21, %v11, %v22 : f64
  %v24 = arith.constant dense<[0x0001, -2.5]> : vector<2xf16>
  %v25 = arith.subf %v16, %v24 fastmath<arcp,afn> : vector<2xf16>
  %v26 = arith.constant false
  %v27 = arith.constant -0.0 : bf16
  %v28 = arith.select %v26, %v0, %v27 : bf16
  %v29 = arith.constant 0x7F7FFFFF : f32
  %v30 = arith.constant 0x7F7FFFFF : f32
  %v31 = arith.cmpf ugt, %v29, %v30 : f32
  %v32 = arith.minimumf %v16, %v15 fastmath<fast> : vector<2xf16>
  return %v28, %v31 : bf16, i1
}
func.func @f1(%arg0: vector<2x3xf16>, %arg1: f8E4M3FN, %arg2: i32, %arg3: i1) -> bf16 {
  %v0 = arith.constant -1 : i32
  %v1 = arith.minsi %v0, %arg2 : i32
  %v2 = arith.constant true
  %v3 = arith.cmpi ne, %arg3, %v2 : i1
  %v4 = arith.constant 7 : i8
  %v5 = arith.constant 127 : i8
  %v6 = arith.cmpi sge, %v4, %v5 : i8
  %v7 = arith.constant -1 : i8
  %v8 = arith.andi %v4, %v7 : i8
  %v9:2 = arith.mulsi_extended %v2, %arg3 : i1
  %v10 = arith.constant 1 : i32
  %v11:2 = arith.mulsi_extended %v0, %v10 : i32
  %v12 = arith.andi %v4, %v7 : i8
  %v13 = arith.constant true
  %v14 = arith.extui %v13 : i1 to i16
  %v15 = arith.fptoui %arg1 : f8E4M3FN to i8
  %v16 = arith.remf %arg1, %arg1 fastmath<reassoc,contract> : f8E4M3FN
  %v17 = arith.maximumf %arg0, %arg0 : vector<2x3xf16>
  %v18 = arith.constant 0x4805 : bf16
  %v19:2 = func.call @f0(%v18) : (bf16) -> (bf16, i1)
  %v20 = arith.fptosi %v17 : vector<2x3xf16> to vector<2x3xi1>
  return %v19#0 : bf16
}
func.func @f2(%arg0: vector<2x3xindex>, %arg1: i64, %arg2: i7, %arg3: i8) -> (bf16, bf16) {
  %v0 = arith.constant 0x0010000000000000 : f64
  %v1 = arith.fptosi %v0 : f64 to i1
  %v2 = arith.constant 3 : i64
  %v3 = arith.floordivsi %arg1, %v2 : i64
  %v4 = arith.constant 0x0000000000000000 : f64
  %v5 = arith.constant -3.0e-05 : f64
  %v6 = arith.divf %v4, %v5 : f64
  %v7 = arith.constant false
  %v8 = arith.index_cast %v7 : i1 to index
  %v9 = arith.constant 127 : i128
  %v10 = arith.constant 9223372036854775808 : i128
  %v11 = arith.shrui %v9, %v10 exact : i128
  %v12 = arith.constant dense<0x0001> : vector<2xbf16>
  %v13 = arith.extf %v12 : vector<2xbf16> to vector<2xf32>
  %v14 = arith.extsi %arg2 : i7 to i128
  %v15 = arith.constant 0xE78330DCA4F22A78 : f64
  %v16 = arith.cmpf ord, %v15, %v0 : f64
  %v17 = arith.constant dense<-0.0> : vector<2x3xf16>
  %v18 = arith.constant 0x78 : f8E4M3FN
  %v19 = arith.constant -7 : i32
  %v20 = arith.constant true
  %v21 = func.call @f1(%v17, %v18, %v19, %v20) : (vector<2x3xf16>, f8E4M3FN, i32, i1) -> bf16
  %v22 = arith.addi %arg1, %v2 overflow<nuw> : i64
  %v23 = arith.constant dense<0> : vector<2x3xi64>
  %v24:2 = arith.addui_extended %v23, %v23 : vector<2x3xi64>, vector<2x3xi1>
  %v25 = arith.constant 2.0 : bf16
  %v26 = arith.select %v16, %v25, %v21 : bf16
  %v27 = arith.cmpf ueq, %v13, %v13 : vector<2xf32>
  %v28 = arith.cmpf ueq, %v13, %v13 : vector<2xf32>
  return %v21, %v26 : bf16, bf16
}
func.func @f3(%arg0: i64, %arg1: i16) -> (f8E4M3, i32, i32) {
  %v0 = arith.cmpi sgt, %arg1, %arg1 : i16
  %v1 = arith.cmpi sgt, %arg1, %arg1 : i16
  %v2 = arith.cmpi sgt, %arg1, %arg1 : i16
  %v3 = arith.ori %arg0, %arg0 : i64
  %v4 = arith.cmpi sgt, %arg1, %arg1 : i16
  %v5 = arith.constant 4.0 : f64
  %v6 = arith.maxnumf %v5, %v5 fastmath<arcp,afn> : f64
  %v7 = arith.constant 0 : i16
  %v8 = arith.shrsi %v7, %arg1 : i16
  %v9 = arith.constant dense<[[1.0e+10, 0.5, 0x7E00], [0.1, -2.5, 0x0001]]> : vector<2x3xf16>
  %v10 = arith.constant 4.0 : f8E4M3FN
  %v11 = arith.constant -1 : i32
  %v12 = func.call @f1(%v9, %v10, %v11, %v4) : (vector<2x3xf16>, f8E4M3FN, i32, i1) -> bf16
  %v13 = arith.constant 2147483647 : i32
  %v14 = arith.select %v1, %v11, %v13 : i32
  %v15 = arith.uitofp %v2 : i1 to f8E4M3
  return %v15, %v14, %v14 : f8E4M3, i32, i32
}
