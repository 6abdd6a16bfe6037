// Random func/arith module, seed 129.
func.func @f0(%arg0: f8E4M3, %arg1: tensor<2x2xf32>, %arg2: f64) -> i1 {
  %v0 = arith.constant 0x0010000000000000 : f64
  %v1 = arith.remf %arg2, %v0 : f64
  %v2 = arith.constant -2 : i64
  %v3:2 = arith.mulsi_extended %v2, %v2 : i64
  %v4:2 = arith.mulsi_extended %v2, %v2 : i64
  %v5 = arith.constant true
  %v6 = arith.select %v5, %arg2, %v1 : f64
  %v7 = arith.constant true
  %v8 = arith.cmpi ult, %v5, %v7 : i1
  %v9 = arith.extui %v5 : i1 to i16
  %v10 = arith.extui %v5 : i1 to i16
  %v11 = arith.constant 1 : i16
  %v12 = arith.constant -1 : i16
  %v13:2 = arith.addui_extended %v11, %v12 : i16, i1
  %v14 = arith.constant dense<-0.0> : tensor<2x2xf32>
  %v15 = arith.maximumf %v14, %arg1 fastmath<fast> : tensor<2x2xf32>
  %v16 = arith.constant 1 : i33
  %v17 = arith.constant 8589934584 : i33
  %v18 = arith.minsi %v16, %v17 : i33
  %v19 = arith.ceildivui %v17, %v18 : i33
  %v20 = arith.constant dense<0x007FFFFF> : tensor<2x2xf32>
  %v21 = arith.constant dense<0x00000000> : tensor<2x2xf32>
  %v22 = arith.select %v7, %v20, %v21 : tensor<2x2xf32>
  %v23 = arith.constant 10 : i33
  %v24:2 = arith.mului_extended %v16, %v23 : i33
  %v25 = arith.constant dense<0x3F800000> : tensor<2x2xf32>
  %v26 = arith.subf %v21, %v25 : tensor<2x2xf32>
  %v27 = arith.constant 32767 : i16
  %v28 = arith.addi %v27, %v27 : i16
  %v29 = arith.constant 0x007F : bf16
  %v30 = arith.select %v5, %v29, %v29 : bf16
  %v31 = arith.cmpi sge, %v18, %v16 : i33
  %v32 = arith.extf %arg0 : f8E4M3 to bf16
  %v33 = arith.constant -1 : i16
  %v34 = arith.muli %v9, %v33 : i16
  return %v31 : i1
}
func.func @f1(%arg0: f16, %arg1: vector<2xf16>, %arg2: i32, %arg3: f8E5M2FNUZ) {
  %v0 = arith.constant 10 : i32
  %v1 = arith.ceildivui %v0, %arg2 : i32
  %v2 = arith.ceildivui %v0, %arg2 : i32
  %v3 = arith.constant 0x08 : f8E4M3
  %v4 = arith.constant dense<0x3F800000> : tensor<2x2xf32>
  %v5 = arith.constant 4.0 : f64
  %v6 = func.call @f0(%v3, %v4, %v5) : (f8E4M3, tensor<2x2xf32>, f64) -> i1
  %v7 = arith.ceildivui %v0, %arg2 : i32
  %v8 = arith.constant 0.1 : f16
  %v9 = arith.select %v6, %v8, %arg0 : f16
  %v10 = arith.constant -2.5 : f64
  %v11 = arith.addf %v5, %v10 : f64
  %v12 = arith.constant -0.0 : f8E4M3
  %v13 = arith.constant dense<0x80000000> : tensor<2x2xf32>
  %v14 = func.call @f0(%v12, %v13, %v11) : (f8E4M3, tensor<2x2xf32>, f64) -> i1
  %v15 = arith.constant 3.0 : f8E5M2FNUZ
  %v16 = arith.addf %v15, %arg3 fastmath<nsz> : f8E5M2FNUZ
  %v17 = arith.ceildivui %v0, %arg2 : i32
  %v18 = arith.constant dense<1> : vector<2x3xi64>
  %v19 = arith.constant dense<-8991074852674770946> : vector<2x3xi64>
  %v20 = arith.maxsi %v18, %v19 : vector<2x3xi64>
  %v21 = arith.maxui %arg2, %v7 : i32
  %v22 = arith.cmpf ogt, %arg1, %arg1 fastmath<arcp,afn> : vector<2xf16>
  %v23 = arith.remui %v6, %v6 : i1
  %v24 = arith.constant dense<0x0400> : vector<2xf16>
  %v25 = arith.divf %v24, %arg1 fastmath<nnan> : vector<2xf16>
  %v26 = arith.shrui %v0, %arg2 exact : i32
  %v27 = arith.constant dense<0xFC00> : vector<2xf16>
  %v28 = arith.cmpf oge, %arg1, %v27 : vector<2xf16>
  %v29 = arith.index_cast %v1 : i32 to index
  %v30 = arith.fptoui %v16 : f8E5M2FNUZ to i33
  %v31 = arith.ceildivui %v0, %arg2 : i32
  return
}
func.func @f2(%arg0: tensor<3xf32>, %arg1: bf16, %arg2: f64) {
  %v0 = arith.constant 8269649496 : i33
  %v1 = arith.constant 536870912 : i33
  %v2 = arith.subi %v0, %v1 overflow<none> : i33
  %v3 = arith.constant -2 : i33
  %v4 = arith.ori %v3, %v3 : i33
  %v5 = arith.subi %v0, %v1 overflow<none> : i33
  %v6 = arith.constant 1 : i33
  %v7 = arith.index_castui %v6 : i33 to index
  %v8 = arith.shrui %v6, %v3 exact : i33
  %v9:2 = arith.mului_extended %v2, %v2 : i33
  %v10 = arith.constant 0.5 : f16
  %v11 = arith.constant dense<0x3C00> : vector<2xf16>
  %v12 = arith.constant 5 : i32
  %v13 = arith.constant 1.0e+10 : f8E5M2FNUZ
  func.call @f1(%v10, %v11, %v12, %v13) : (f16, vector<2xf16>, i32, f8E5M2FNUZ) -> ()
  %v15 = arith.constant 9223372036854775807 : index
  %v16 = arith.index_cast %v15 : index to i128
  %v17 = arith.constant 0xFC : f8E4M3
  %v18 = arith.constant dense<0.5> : tensor<2x2xf32>
  %v19 = func.call @f0(%v17, %v18, %arg2) : (f8E4M3, tensor<2x2xf32>, f64) -> i1
  %v20 = arith.constant true
  %v21 = arith.constant 0xFE : f8E5M2
  %v22 = arith.constant -3.0e-05 : f8E5M2
  %v23 = arith.select %v20, %v21, %v22 : f8E5M2
  %v24 = arith.divui %v12, %v12 : i32
  %v25 = arith.shli %v19, %v19 : i1
  %v26 = arith.constant 127 : i8
  %v27 = arith.cmpi sle, %v26, %v26 : i8
  %v28 = arith.constant 7 : i8
  %v29 = arith.divui %v26, %v28 : i8
  %v30:2 = arith.mulsi_extended %v19, %v20 : i1
  %v31 = arith.constant 0x3F80 : bf16
  %v32 = arith.addf %arg1, %v31 : bf16
  %v33 = arith.cmpf ord, %v32, %arg1 fastmath<nsz> : bf16
  %v34 = arith.constant 9 : i8
  %v35 = arith.cmpi ult, %v28, %v34 : i8
  %v36 = arith.constant 0x04 : f8E5M2FNUZ
  %v37 = arith.maximumf %v13, %v36 : f8E5M2FNUZ
  %v38 = arith.remf %v11, %v11 fastmath<reassoc,contract> : vector<2xf16>
  return
}
func.func @f3(%arg0: f8E3M4) -> (i1, i1) {
  %v0 = arith.constant dense<[-2, 1, -6, -112]> : vector<4xi8>
  %v1 = arith.addi %v0, %v0 overflow<nuw> : vector<4xi8>
  %v2 = arith.constant -1.0 : f16
  %v3 = arith.constant dense<0x0000> : vector<2xf16>
  %v4 = arith.constant -2147483648 : i32
  %v5 = arith.constant 0xBC : f8E5M2FNUZ
  func.call @f1(%v2, %v3, %v4, %v5) : (f16, vector<2xf16>, i32, f8E5M2FNUZ) -> ()
  %v7 = arith.constant 0x30 : f8E3M4
  %v8 = arith.fptosi %v7 : f8E3M4 to i128
  func.call @f1(%v2, %v3, %v4, %v5) : (f16, vector<2xf16>, i32, f8E5M2FNUZ) -> ()
  %v10 = arith.constant -5 : i128
  %v11 = arith.divsi %v10, %v10 : i128
  %v12 = arith.constant false
  %v13 = arith.constant 0.1 : f8E3M4
  %v14 = arith.select %v12, %arg0, %v13 : f8E3M4
  %v15 = arith.index_cast %v10 : i128 to index
  %v16 = arith.fptosi %v7 : f8E3M4 to i128
  %v17 = arith.constant false
  %v18 = arith.remui %v12, %v17 : i1
  %v19 = arith.index_castui %v15 : index to i7
  %v20 = arith.constant 32 : i16
  %v21 = arith.floordivsi %v20, %v20 : i16
  %v22 = arith.constant 0 : i32
  %v23 = arith.divui %v22, %v22 : i32
  %v24 = arith.divsi %v10, %v10 : i128
  %v25 = arith.constant 8872 : i16
  %v26 = arith.shrui %v25, %v20 exact : i16
  %v27 = arith.constant 0x6F : f8E3M4
  %v28 = arith.constant 0xB0 : f8E3M4
  %v29 = arith.cmpf ole, %v27, %v28 fastmath<nsz> : f8E3M4
  %v30 = arith.extsi %v12 : i1 to i7
  %v31 = arith.constant 0x0F : f8E3M4
  %v32 = arith.addf %v28, %v31 : f8E3M4
  %v33 = arith.maxsi %v1, %v0 : vector<4xi8>
  %v34 = arith.constant 0 : i128
  %v35 = arith.constant 0 : i128
  %v36 = arith.ori %v34, %v35 : i128
  %v37 = arith.constant 0x08 : f8E4M3
  %v38 = arith.constant dense<[[0.5, -1.0], [-1.0, 0x00000000]]> : tensor<2x2xf32>
  %v39 = arith.constant 0x8000000000000000 : f64
  %v40 = func.call @f0(%v37, %v38, %v39) : (f8E4M3, tensor<2x2xf32>, f64) -> i1
  %v41 = arith.constant 0x6F : f8E3M4
  %v42 = arith.bitcast %v41 : f8E3M4 to f8E4M3
  return %v40, %v40 : i1, i1
}
