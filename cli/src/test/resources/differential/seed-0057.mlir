// Random func/arith module, seed 57.
func.func @f0(%arg0: i16, %arg1: vector<i1>, %arg2: vector<[4]xi8>) -> (vector<[4]xi8>, vector<[4]xi8>, vector<i1>) {
  %v0 = arith.constant dense<false> : vector<i1>
  %v1 = arith.shrui %v0, %arg1 : vector<i1>
  %v2 = arith.constant 0x0000 : f16
  %v3 = arith.extf %v2 : f16 to f80
  %v4 = arith.constant -1 : i16
  %v5 = arith.ori %arg0, %v4 : i16
  %v6 = arith.constant 0xFC00 : f16
  %v7 = arith.bitcast %v6 : f16 to i16
  %v8 = arith.constant 2.0 : f80
  %v9 = arith.constant 0xFFFF0000000000000000 : f80
  %v10 = arith.remf %v8, %v9 : f80
  %v11 = arith.constant 0xFFC0 : bf16
  %v12 = arith.fptoui %v11 : bf16 to i33
  %v13 = arith.addi %v5, %v7 : i16
  %v14 = arith.shrui %v0, %arg1 : vector<i1>
  %v15 = arith.fptoui %v11 : bf16 to i33
  %v16 = arith.shrui %v0, %arg1 : vector<i1>
  %v17 = arith.constant 4.0 : bf16
  %v18 = arith.cmpf ord, %v17, %v17 fastmath<arcp,afn> : bf16
  %v19 = arith.andi %arg2, %arg2 : vector<[4]xi8>
  %v20 = arith.subf %v17, %v11 fastmath<none> : bf16
  %v21 = arith.addf %v20, %v11 : bf16
  %v22 = arith.addf %v11, %v21 fastmath<nnan> : bf16
  return %v19, %v19, %v16 : vector<[4]xi8>, vector<[4]xi8>, vector<i1>
}
func.func @f1(%arg0: tensor<2x2xf16>, %arg1: i64, %arg2: f8E8M0FNU, %arg3: tensor<3xf32>) -> (tensor<2x2xf16>, i1) {
  %v0 = arith.constant -1 : i8
  %v1 = arith.constant 8 : i8
  %v2 = arith.xori %v1, %v0 : i8
  %v3 = arith.xori %v2, %v0 : i8
  %v4 = arith.extui %v1 : i8 to i64
  %v5 = arith.constant 64 : i64
  %v6 = arith.cmpi ule, %v4, %v5 : i64
  %v7 = arith.constant 0x01 : f8E8M0FNU
  %v8 = arith.mulf %arg2, %v7 : f8E8M0FNU
  %v9 = arith.constant dense<[0x7F800000, 0x7FC00000, 100.0]> : tensor<3xf32>
  %v10 = arith.cmpf ule, %v9, %arg3 fastmath<fast> : tensor<3xf32>
  %v11 = arith.negf %arg0 : tensor<2x2xf16>
  %v12 = arith.negf %v11 : tensor<2x2xf16>
  %v13 = arith.constant dense<[[0x55F0, 0.1], [0x8000, 0x0001]]> : tensor<2x2xf16>
  %v14 = arith.bitcast %v13 : tensor<2x2xf16> to tensor<2x2xi16>
  %v15 = arith.sitofp %v3 : i8 to f128
  %v16 = arith.xori %v1, %v0 : i8
  %v17 = arith.constant 3233126449840542963 : i64
  %v18 = arith.cmpi sge, %v17, %arg1 : i64
  %v19 = arith.subf %v11, %v13 fastmath<none> : tensor<2x2xf16>
  %v20 = arith.index_cast %arg1 : i64 to index
  return %arg0, %v18 : tensor<2x2xf16>, i1
}
func.func @f2(%arg0: i128, %arg1: f8E4M3B11FNUZ) -> (i7, i1) {
  %v0 = arith.constant 12 : i128
  %v1 = arith.constant 5 : i128
  %v2 = arith.cmpi ule, %v0, %v1 : i128
  %v3 = arith.constant false
  %v4 = arith.constant 0x1D : f8E4M3B11FNUZ
  %v5 = arith.select %v3, %arg1, %v4 : f8E4M3B11FNUZ
  %v6 = arith.cmpf false, %v4, %arg1 : f8E4M3B11FNUZ
  %v7 = arith.cmpi ugt, %v6, %v3 : i1
  %v8 = arith.fptoui %arg1 : f8E4M3B11FNUZ to i7
  %v9 = arith.addf %v4, %arg1 : f8E4M3B11FNUZ
  %v10 = arith.constant 13 : i7
  %v11 = arith.constant 7 : i7
  %v12 = arith.minsi %v10, %v11 : i7
  %v13 = arith.bitcast %v4 : f8E4M3B11FNUZ to f8E4M3FN
  %v14 = arith.constant 1 : i7
  %v15 = arith.shrui %v8, %v14 exact : i7
  %v16 = arith.ceildivsi %arg0, %arg0 : i128
  %v17 = arith.cmpf olt, %arg1, %v9 fastmath<nnan,ninf> : f8E4M3B11FNUZ
  %v18 = arith.constant 0.1 : f64
  %v19 = arith.fptoui %v18 : f64 to i128
  %v20 = arith.constant -4 : i7
  %v21:2 = arith.addui_extended %v8, %v20 : i7, i1
  %v22 = arith.andi %v1, %arg0 : i128
  %v23 = arith.constant 0xB8 : f8E4M3B11FNUZ
  %v24 = arith.constant 0xF8 : f8E4M3B11FNUZ
  %v25 = arith.remf %v23, %v24 fastmath<ninf> : f8E4M3B11FNUZ
  return %v21#0, %v17 : i7, i1
}
