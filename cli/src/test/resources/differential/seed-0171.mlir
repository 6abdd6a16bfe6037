// Random func/arith module, seed 171.
func.func @f0(%arg0: i128, %arg1: f64, %arg2: tensor<3xf16>, %arg3: f8E4M3) -> i128 {
  %v0 = arith.subf %arg2, %arg2 fastmath<reassoc,contract> : tensor<3xf16>
  %v1 = arith.constant true
  %v2 = arith.constant -1 : i64
  %v3 = arith.select %v1, %v2, %v2 : i64
  %v4 = arith.constant 127 : i128
  %v5 = arith.cmpi ne, %arg0, %v4 : i128
  %v6 = arith.select %v5, %v4, %arg0 : i128
  %v7 = arith.constant 8 : i64
  %v8 = arith.shrui %v2, %v7 : i64
  %v9 = arith.constant -1 : i128
  %v10 = arith.index_cast %v9 : i128 to index
  %v11 = arith.shrui %v2, %v7 {tag = 1 : i64} : i64
  %v12 = arith.constant 0x3C : f8E5M2FNUZ
  %v13 = arith.cmpf ord, %v12, %v12 fastmath<nsz> : f8E5M2FNUZ
  %v14 = arith.constant 33 : i32
  %v15 = arith.floordivsi %v14, %v14 : i32
  %v16 = arith.ceildivsi %arg0, %v4 : i128
  %v17 = arith.shrui %v9, %arg0 : i128
  %v18 = arith.floordivsi %v6, %v17 : i128
  %v19 = arith.constant -1 : i128
  %v20 = arith.xori %v18, %v19 : i128
  %v21 = arith.xori %v20, %v19 : i128
  %v22 = arith.cmpi uge, %v5, %v1 {tag = 0 : i64} : i1
  %v23 = arith.shrui %v9, %arg0 : i128
  %v24 = arith.bitcast %v19 : i128 to f128
  %v25 = arith.cmpf ord, %v12, %v12 fastmath<nsz> : f8E5M2FNUZ
  return %v18 : i128
}
func.func @f1(%arg0: i1, %arg1: f80, %arg2: i33, %arg3: tensor<3xf16>) -> (i128, i1) {
  %v0 = arith.cmpi slt, %arg2, %arg2 : i33
  %v1 = arith.constant 0 : i128
  %v2 = arith.constant 0xBFF0000000000000 : f64
  %v3 = arith.constant 0x08 : f8E4M3
  %v4 = func.call @f0(%v1, %v2, %arg3, %v3) : (i128, f64, tensor<3xf16>, f8E4M3) -> i128
  %v5 = arith.constant true
  %v6 = arith.select %v5, %arg1, %arg1 : f80
  %v7 = arith.constant dense<7.0> : tensor<3xf16>
  %v8 = func.call @f0(%v4, %v2, %v7, %v3) : (i128, f64, tensor<3xf16>, f8E4M3) -> i128
  %v9 = arith.constant -1.0 : f32
  %v10 = arith.extf %v9 fastmath<none> : f32 to f64
  %v11 = arith.constant -0.75 : f8E4M3
  %v12 = arith.constant 0.0 : f8E4M3
  %v13 = arith.remf %v11, %v12 fastmath<nnan,ninf> : f8E4M3
  %v14 = arith.constant dense<0x7E00> : tensor<3xf16>
  %v15 = arith.divf %v14, %arg3 fastmath<reassoc,contract> : tensor<3xf16>
  %v16 = func.call @f0(%v1, %v2, %arg3, %v3) : (i128, f64, tensor<3xf16>, f8E4M3) -> i128
  %v17 = arith.constant 4.0 : f80
  %v18 = arith.subf %v17, %arg1 {tag = 0 : i64} : f80
  %v19 = arith.negf %v15 : tensor<3xf16>
  %v20 = arith.negf %v19 : tensor<3xf16>
  %v21 = arith.constant 36028797018963968 : i128
  %v22 = arith.xori %v16, %v21 : i128
  %v23 = arith.constant 1 : i33
  %v24 = arith.maxui %v23, %v23 : i33
  %v25 = arith.constant false
  %v26 = arith.xori %v25, %arg0 : i1
  %v27 = arith.maxnumf %v14, %v19 fastmath<arcp,afn> : tensor<3xf16>
  %v28:2 = arith.addui_extended %v16, %v21 : i128, i1
  %v29 = arith.constant dense<8> : vector<4xi32>
  %v30 = arith.subi %v29, %v29 : vector<4xi32>
  %v31 = arith.extsi %v28#1 : i1 to i32
  %v32 = arith.constant 136450430598413146773450691247175133041 : i128
  %v33 = arith.select %v28#1, %v1, %v32 : i128
  %v34 = arith.constant dense<0x0000000000000001> : tensor<3xf64>
  %v35 = arith.constant dense<0xBFF0000000000000> : tensor<3xf64>
  %v36 = arith.remf %v34, %v35 {tag = 1 : i64} : tensor<3xf64>
  return %v33, %v26 : i128, i1
}
func.func @f2(%arg0: vector<f16>, %arg1: i1, %arg2: i1, %arg3: index) -> (i1, i128) {
  %v0 = arith.constant 6 : index
  %v1 = arith.index_castui %v0 : index to i128
  %v2 = arith.constant false
  %v3 = arith.divui %arg2, %v2 {tag = 1 : i64} : i1
  %v4 = arith.constant 1 : i64
  %v5 = arith.constant -1 : i64
  %v6 = arith.cmpi eq, %v4, %v5 : i64
  %v7 = arith.select %v6, %v4, %v5 : i64
  %v8 = arith.constant 0x7FFEFFFFFFFFFFFFFFFF : f80
  %v9 = arith.constant -4294967296 : i33
  %v10 = arith.constant dense<0x8000> : tensor<3xf16>
  %v11:2 = func.call @f1(%arg1, %v8, %v9, %v10) : (i1, f80, i33, tensor<3xf16>) -> (i128, i1)
  %v12 = arith.constant -9223372036854775808 : index
  %v13 = arith.cmpi eq, %v0, %v12 : index
  %v14 = arith.select %v13, %v0, %v12 : index
  %v15 = arith.cmpi eq, %v4, %v5 : i64
  %v16 = arith.constant -9223372036854775808 : index
  %v17 = arith.constant 0 : index
  %v18 = arith.minui %v16, %v17 : index
  %v19 = arith.constant dense<0x7E00> : vector<f16>
  %v20 = arith.fptosi %v19 : vector<f16> to vector<i1>
  %v21 = arith.minui %v16, %v17 : index
  %v22 = arith.constant 0xBFFF0000000000000000 : f80
  %v23 = arith.constant -1 : i33
  %v24:2 = func.call @f1(%v3, %v22, %v23, %v10) : (i1, f80, i33, tensor<3xf16>) -> (i128, i1)
  %v25 = arith.constant false
  %v26 = arith.ceildivui %v25, %v11#1 : i1
  %v27 = arith.divsi %v5, %v5 : i64
  %v28 = arith.constant -9223372036854775808 : index
  %v29 = arith.cmpi sgt, %arg3, %v28 : index
  %v30 = arith.select %v29, %arg3, %v28 : index
  %v31 = arith.constant 0x7FFEFFFFFFFFFFFFFFFF : f80
  %v32:2 = func.call @f1(%arg1, %v31, %v9, %v10) : (i1, f80, i33, tensor<3xf16>) -> (i128, i1)
  %v33 = arith.minui %v16, %v17 : index
  %v34 = arith.constant false
  %v35 = arith.subi %v32#1, %v34 : i1
  %v36 = arith.fptoui %arg0 : vector<f16> to vector<i64>
  %v37 = arith.constant false
  %v38 = arith.constant 0.5 : f80
  %v39:2 = func.call @f1(%v37, %v38, %v23, %v10) : (i1, f80, i33, tensor<3xf16>) -> (i128, i1)
  %v40 = arith.minui %v5, %v5 : i64
  %v41 = arith.constant dense<0xFFC0> : tensor<2x2xbf16>
  %v42 = arith.constant dense<[[100.0, 0x8000], [1.0e+10, 0x7FC0]]> : tensor<2x2xbf16>
  %v43 = arith.remf %v41, %v42 : tensor<2x2xbf16>
  %v44 = arith.constant -1.0 : f64
  %v45 = arith.constant 0x80 : f8E4M3
  %v46 = func.call @f0(%v39#0, %v44, %v10, %v45) : (i128, f64, tensor<3xf16>, f8E4M3) -> i128
  %v47 = arith.constant dense<0.5> : vector<f16>
  %v48 = arith.cmpf ugt, %v47, %arg0 : vector<f16>
  return %v35, %v39#0 : i1, i128
}
func.func @f3(%arg0: f8E4M3FNUZ, %arg1: i33) -> (f64, f64, i33) {
  %v0 = arith.uitofp %arg1 : i33 to f64
  %v1 = arith.fptoui %v0 : f64 to i33
  %v2 = arith.constant 0xB8 : f8E4M3FNUZ
  %v3 = arith.maximumf %arg0, %v2 : f8E4M3FNUZ
  %v4 = arith.maximumf %arg0, %v2 : f8E4M3FNUZ
  %v5 = arith.constant -2.5 : f64
  %v6 = arith.remf %v0, %v5 : f64
  %v7 = arith.minimumf %v6, %v0 fastmath<fast> : f64
  %v8:2 = arith.addui_extended %arg1, %v1 : i33, i1
  return %v7, %v6, %v8#0 : f64, f64, i33
}
