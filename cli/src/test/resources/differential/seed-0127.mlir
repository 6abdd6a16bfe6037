// Random func/arith module, seed 127.
func.func @f0(%arg0: f16, %arg1: i32) -> (f16, i1) {
  %v0 = arith.constant 0x8000 : f16
  %v1 = arith.divf %v0, %arg0 fastmath<nnan> : f16
  %v2 = arith.constant -1624742491 : i32
  %v3 = arith.constant 134217728 : i32
  %v4 = arith.minui %v2, %v3 : i32
  %v5 = arith.divf %v0, %arg0 fastmath<nnan> : f16
  %v6 = arith.minui %v3, %v2 : i32
  %v7 = arith.constant 0 : i32
  %v8 = arith.shrsi %arg1, %v7 : i32
  %v9 = arith.divf %v0, %arg0 fastmath<nnan> : f16
  %v10 = arith.constant 0xE111 : f16
  %v11 = arith.cmpf uno, %v1, %v10 : f16
  %v12 = arith.extsi %v11 : i1 to i64
  %v13 = arith.extsi %v11 : i1 to i64
  %v14 = arith.cmpi sle, %v12, %v13 : i64
  %v15 = arith.constant 1.0 : f16
  %v16 = arith.mulf %v9, %v15 fastmath<reassoc,contract> : f16
  %v17 = arith.constant -1 : i64
  %v18 = arith.extsi %v17 : i64 to i128
  %v19 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v20 = arith.constant dense<[11, -2088495611615739824, -3, 2097152]> : vector<4xi64>
  %v21 = arith.addi %v19, %v20 : vector<4xi64>
  %v22 = arith.maximumf %v10, %v1 fastmath<none> : f16
  %v23 = arith.constant 0xBC00 : f16
  %v24 = arith.cmpf ord, %v23, %v5 fastmath<nsz> : f16
  %v25 = arith.constant dense<[[1.0, 0xFE00, -0.0], [0.1, 0x7C00, 0x03FF]]> : vector<2x3xf16>
  %v26 = arith.remf %v25, %v25 : vector<2x3xf16>
  %v27 = arith.maxnumf %v0, %v23 fastmath<ninf> : f16
  %v28 = arith.constant true
  %v29 = arith.cmpi ult, %v14, %v28 : i1
  %v30 = arith.cmpi sle, %v12, %v13 : i64
  %v31 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v32 = arith.trunci %v31 overflow<nsw, nuw> : vector<4xi64> to vector<4xi32>
  %v33 = arith.cmpi sle, %v12, %v13 : i64
  %v34 = arith.constant 3 : index
  %v35 = arith.constant 1 : index
  %v36 = arith.divsi %v34, %v35 : index
  return %v22, %v24 : f16, i1
}
func.func @f1(%arg0: vector<2x3xindex>, %arg1: f8E4M3FNUZ, %arg2: bf16, %arg3: bf16) -> f8E4M3FNUZ {
  %v0 = arith.constant dense<[[-8, 0, -9223372036854775808], [9223372036854775807, 8796093022208, 34359738368]]> : vector<2x3xindex>
  %v1 = arith.cmpi ule, %arg0, %v0 : vector<2x3xindex>
  %v2 = arith.fptoui %arg1 : f8E4M3FNUZ to i128
  %v3 = arith.constant dense<1125899906842624> : vector<2x3xindex>
  %v4 = arith.minui %v3, %v0 : vector<2x3xindex>
  %v5 = arith.constant 1.0e+10 : bf16
  %v6 = arith.cmpf ult, %arg3, %v5 fastmath<reassoc,contract> : bf16
  %v7 = arith.truncf %arg2 downward : bf16 to f8E4M3FN
  %v8 = arith.constant -3.0e-05 : f32
  %v9 = arith.constant 0x7F800000 : f32
  %v10 = arith.minnumf %v8, %v9 : f32
  %v11 = arith.constant dense<false> : vector<2x3xi1>
  %v12 = arith.shrui %v11, %v1 : vector<2x3xi1>
  return %arg1 : f8E4M3FNUZ
}
func.func @f2(%arg0: f8E3M4) -> f16 {
  %v0 = arith.constant 4294967295 : i33
  %v1 = arith.constant 0 : i33
  %v2 = arith.cmpi sge, %v0, %v1 : i33
  %v3 = arith.constant true
  %v4 = arith.constant 0.5 : f8E3M4
  %v5 = arith.select %v3, %arg0, %v4 : f8E3M4
  %v6 = arith.constant true
  %v7 = arith.subi %v6, %v2 overflow<nuw> : i1
  %v8 = arith.constant 0x6F : f8E3M4
  %v9 = arith.minimumf %v8, %v5 fastmath<reassoc,contract> : f8E3M4
  %v10 = arith.constant 0 : i33
  %v11 = arith.constant 4 : i33
  %v12 = arith.andi %v10, %v11 : i33
  %v13 = arith.cmpi sge, %v0, %v1 : i33
  %v14 = arith.constant 2147483648 : index
  %v15 = arith.minui %v14, %v14 : index
  %v16 = arith.constant 63 : index
  %v17 = arith.select %v7, %v16, %v14 : index
  %v18 = arith.negf %v8 : f8E3M4
  %v19 = arith.extsi %v0 : i33 to i64
  %v20 = arith.trunci %v19 : i64 to i33
  %v21 = arith.constant true
  %v22 = arith.constant true
  %v23 = arith.ori %v21, %v22 : i1
  %v24 = arith.select %v23, %v5, %v9 : f8E3M4
  %v25 = arith.cmpf false, %v5, %v24 fastmath<nnan> : f8E3M4
  %v26 = arith.constant 0xF8 : f8E4M3FN
  %v27 = arith.constant 0xB8 : f8E4M3FN
  %v28 = arith.minimumf %v26, %v27 fastmath<fast> : f8E4M3FN
  %v29 = arith.constant 0x7E00 : f16
  %v30 = arith.constant 0 : i32
  %v31:2 = func.call @f0(%v29, %v30) : (f16, i32) -> (f16, i1)
  %v32 = arith.ori %v31#1, %v25 : i1
  return %v31#0 : f16
}
func.func @f3(%arg0: i32, %arg1: bf16, %arg2: i32) -> i1 {
  %v0 = arith.constant -0.0 : f64
  %v1 = arith.constant 0x0010000000000000 : f64
  %v2 = arith.cmpf ole, %v0, %v1 : f64
  %v3 = arith.cmpf ole, %v0, %v1 : f64
  %v4 = arith.cmpf ule, %v0, %v1 : f64
  %v5 = arith.constant false
  %v6 = arith.index_cast %v5 : i1 to index
  %v7 = arith.constant 10 : index
  %v8 = arith.constant 0 : index
  %v9 = arith.maxui %v7, %v8 : index
  %v10 = arith.constant dense<0x0000> : tensor<2x2xbf16>
  %v11 = arith.fptosi %v10 : tensor<2x2xbf16> to tensor<2x2xi1>
  %v12 = arith.constant 0.5 : f16
  %v13:2 = func.call @f0(%v12, %arg2) : (f16, i32) -> (f16, i1)
  %v14 = arith.constant 2.0 : bf16
  %v15 = arith.maxnumf %v14, %arg1 fastmath<reassoc,contract> : bf16
  %v16 = arith.constant 16777216 : i32
  %v17 = arith.sitofp %v16 : i32 to f8E4M3
  %v18 = arith.constant 4 : i8
  %v19 = arith.uitofp %v18 : i8 to f32
  %v20 = arith.fptoui %v19 : f32 to i8
  %v21 = arith.cmpf ole, %v0, %v1 : f64
  return %v13#1 : i1
}
