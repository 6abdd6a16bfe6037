// Random func/arith module, seed 30.
func.func @f0(%arg0: i8) -> (bf16, tensor<2x2xbf16>) {
  %v0 = arith.remui %arg0, %arg0 : i8
  %v1 = arith.constant -1 : i8
  %v2 = arith.constant 101 : i8
  %v3 = arith.subi %v1, %v2 overflow<nuw> : i8
  %v4 = arith.remui %arg0, %arg0 : i8
  %v5 = arith.constant 0x01 : f8E5M2FNUZ
  %v6 = arith.constant 2.0 : f8E5M2FNUZ
  %v7 = arith.minimumf %v5, %v6 : f8E5M2FNUZ
  %v8 = arith.uitofp %v1 : i8 to f8E5M2FNUZ
  %v9 = arith.minimumf %v8, %v5 : f8E5M2FNUZ
  %v10 = arith.remui %arg0, %arg0 : i8
  %v11 = arith.constant 0x7E : f8E5M2FNUZ
  %v12 = arith.cmpf ult, %v11, %v5 : f8E5M2FNUZ
  %v13 = arith.cmpf ult, %v8, %v11 fastmath<ninf> : f8E5M2FNUZ
  %v14 = arith.constant -1.0 : f8E5M2FNUZ
  %v15 = arith.fptoui %v14 : f8E5M2FNUZ to i64
  %v16 = arith.constant dense<[[1, -128], [127, -1]]> : tensor<2x2xi8>
  %v17 = arith.uitofp %v16 : tensor<2x2xi8> to tensor<2x2xbf16>
  %v18 = arith.constant dense<127> : vector<2x3xi8>
  %v19 = arith.uitofp %v18 : vector<2x3xi8> to vector<2x3xf32>
  %v20 = arith.constant dense<0x9D871747> : vector<2x3xf32>
  %v21 = arith.addf %v20, %v19 fastmath<nsz> : vector<2x3xf32>
  %v22 = arith.cmpf ult, %v11, %v5 : f8E5M2FNUZ
  %v23 = arith.constant dense<0x3FF0000000000000> : vector<2x3xf64>
  %v24 = arith.negf %v23 : vector<2x3xf64>
  %v25 = arith.constant 9630689678652624356 : i64
  %v26 = arith.minsi %v15, %v25 : i64
  %v27 = arith.constant dense<1.0e+10> : vector<2x3xf64>
  %v28 = arith.remf %v23, %v27 : vector<2x3xf64>
  %v29 = arith.uitofp %v2 : i8 to bf16
  %v30 = arith.constant 0.0 : bf16
  %v31 = arith.maxnumf %v30, %v29 fastmath<ninf> : bf16
  %v32 = arith.constant true
  %v33 = arith.constant 0x7F800000 : f32
  %v34 = arith.constant 0x7F800000 : f32
  %v35 = arith.select %v32, %v33, %v34 : f32
  return %v31, %v17 : bf16, tensor<2x2xbf16>
}
func.func @f1(%arg0: bf16, %arg1: f8E4M3) -> (bf16, f8E3M4, i1) {
  %v0 = arith.constant 13 : i8
  %v1 = arith.constant 8 : i8
  %v2:2 = arith.mului_extended %v0, %v1 : i8
  %v3 = arith.cmpf true, %arg1, %arg1 fastmath<none> : f8E4M3
  %v4 = arith.constant dense<[3.0, 0xFFC00000, 0x007FFFFF, 0x00000000]> : vector<4xf32>
  %v5 = arith.bitcast %v4 : vector<4xf32> to vector<4xi32>
  %v6 = arith.ceildivsi %v3, %v3 : i1
  %v7 = arith.constant dense<[11, -6, 0, 2147483647]> : vector<4xi32>
  %v8 = arith.divui %v5, %v7 : vector<4xi32>
  %v9 = arith.constant dense<true> : vector<4xi1>
  %v10 = arith.constant dense<[-5, 128, 1, -1]> : vector<4xi32>
  %v11 = arith.select %v9, %v7, %v10 : vector<4xi1>, vector<4xi32>
  %v12 = arith.andi %v3, %v3 : i1
  %v13:2 = func.call @f0(%v0) : (i8) -> (bf16, tensor<2x2xbf16>)
  %v14:2 = func.call @f0(%v0) : (i8) -> (bf16, tensor<2x2xbf16>)
  %v15 = arith.constant dense<true> : vector<4xi1>
  %v16 = arith.maxsi %v15, %v9 : vector<4xi1>
  %v17 = arith.cmpi ne, %v12, %v12 : i1
  %v18 = arith.constant 1.0 : bf16
  %v19 = arith.fptosi %v18 : bf16 to i8
  %v20 = arith.cmpi sge, %v6, %v12 : i1
  %v21 = arith.maxsi %v7, %v7 : vector<4xi32>
  %v22 = arith.shrui %v6, %v20 : i1
  %v23 = arith.bitcast %arg1 : f8E4M3 to f8E3M4
  %v24 = arith.constant dense<0x97A7> : tensor<2x2xbf16>
  %v25 = arith.addf %v24, %v14#1 fastmath<fast> : tensor<2x2xbf16>
  %v26 = arith.constant 9 : i8
  %v27 = arith.cmpi sgt, %v26, %v26 : i8
  %v28 = arith.select %v9, %v7, %v10 : vector<4xi1>, vector<4xi32>
  return %arg0, %v23, %v17 : bf16, f8E3M4, i1
}
func.func @f2(%arg0: index, %arg1: i8, %arg2: tensor<3xi1>) -> index {
  %v0 = arith.constant 1 : index
  %v1 = arith.divui %arg0, %v0 : index
  %v2 = arith.shrsi %arg2, %arg2 : tensor<3xi1>
  %v3 = arith.remui %arg0, %arg0 : index
  %v4 = arith.shli %v2, %arg2 : tensor<3xi1>
  %v5 = arith.constant -9223372036854775808 : i64
  %v6:2 = arith.mului_extended %v5, %v5 : i64
  %v7 = arith.shli %v2, %arg2 : tensor<3xi1>
  %v8 = arith.constant dense<[[0x7F80, 0.0], [0x7F7F, 0x8000]]> : tensor<2x2xbf16>
  %v9 = arith.constant dense<0x444F> : tensor<2x2xbf16>
  %v10 = arith.maximumf %v8, %v9 : tensor<2x2xbf16>
  %v11 = arith.maximumf %v8, %v9 : tensor<2x2xbf16>
  %v12 = arith.constant dense<0x7F7F> : vector<4xbf16>
  %v13 = arith.constant dense<[100.0, 0xFF80, -1.0, 100.0]> : vector<4xbf16>
  %v14 = arith.mulf %v12, %v13 : vector<4xbf16>
  %v15 = arith.constant 0x7F7F : bf16
  %v16 = arith.negf %v15 : bf16
  %v17 = arith.maxsi %arg2, %v4 : tensor<3xi1>
  %v18 = arith.constant 1 : index
  %v19 = arith.shrui %v18, %v3 : index
  %v20 = arith.cmpf uge, %v16, %v15 : bf16
  %v21 = arith.minsi %v7, %v2 : tensor<3xi1>
  %v22 = arith.constant 0x01 : f8E4M3
  %v23:3 = func.call @f1(%v15, %v22) : (bf16, f8E4M3) -> (bf16, f8E3M4, i1)
  %v24 = arith.constant dense<[true, true, true, false]> : vector<4xi1>
  %v25 = arith.select %v24, %v14, %v12 : vector<4xi1>, vector<4xbf16>
  return %v19 : index
}
func.func @f3(%arg0: f64, %arg1: i128) -> (i1, i1) {
  %v0 = arith.constant 12 : i128
  %v1:2 = arith.mulsi_extended %arg1, %v0 : i128
  %v2 = arith.constant 129 : i128
  %v3 = arith.minui %v2, %arg1 : i128
  %v4 = arith.constant 1.0 : f64
  %v5 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v6 = arith.minimumf %v4, %v5 : f64
  %v7 = arith.divf %arg0, %v5 : f64
  %v8 = arith.maxnumf %v7, %v5 fastmath<reassoc,contract> : f64
  %v9 = arith.divf %arg0, %v5 : f64
  %v10 = arith.maximumf %v8, %v7 : f64
  %v11 = arith.constant 0 : i128
  %v12 = arith.constant 1 : i128
  %v13 = arith.subi %v11, %v12 overflow<none> : i128
  %v14 = arith.divf %arg0, %v5 : f64
  %v15 = arith.constant 64 : i16
  %v16 = arith.constant 17 : i16
  %v17:2 = arith.mului_extended %v15, %v16 : i16
  %v18 = arith.cmpf true, %v8, %v7 fastmath<nsz> : f64
  %v19 = arith.constant true
  %v20 = arith.select %v19, %v8, %v7 : f64
  %v21 = arith.minnumf %v4, %v5 : f64
  %v22 = arith.minsi %v18, %v19 : i1
  %v23 = arith.remui %v19, %v18 : i1
  %v24 = arith.constant false
  %v25 = arith.andi %v19, %v24 : i1
  %v26 = arith.cmpi sge, %v1#1, %v0 : i128
  %v27 = arith.constant 1.0 : f64
  %v28 = arith.select %v18, %arg0, %v27 : f64
  %v29 = arith.constant 0x7F7F : bf16
  %v30 = arith.constant 2.0 : f8E4M3
  %v31:3 = func.call @f1(%v29, %v30) : (bf16, f8E4M3) -> (bf16, f8E3M4, i1)
  return %v22, %v18 : i1, i1
}
