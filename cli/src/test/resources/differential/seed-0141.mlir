// Random func/arith module, seed 141.
func.func @f0(%arg0: f6E3M2FN, %arg1: f8E5M2FNUZ, %arg2: i1, %arg3: bf16) -> bf16 {
  %v0 = arith.constant true
  %v1 = arith.maxui %arg2, %v0 : i1
  %v2 = arith.index_cast %arg2 : i1 to index
  %v3 = arith.subf %arg3, %arg3 : bf16
  %v4 = arith.constant 65 : i64
  %v5:2 = arith.mulsi_extended %v4, %v4 : i64
  %v6 = arith.minsi %v2, %v2 : index
  %v7 = arith.subf %arg3, %arg3 {tag = 0 : i64} : bf16
  %v8 = arith.andi %v0, %v1 : i1
  %v9:2 = arith.mulsi_extended %v4, %v4 : i64
  %v10 = arith.constant 7.0 : f16
  %v11 = arith.fptosi %v10 : f16 to i32
  return %v7 : bf16
}
func.func @f1(%arg0: i33, %arg1: bf16, %arg2: i16, %arg3: i32) -> bf16 {
  %v0 = arith.constant 0x098E : bf16
  %v1 = arith.constant 0x7F80 : bf16
  %v2 = arith.minimumf %v0, %v1 fastmath<arcp,afn> : bf16
  %v3 = arith.minimumf %v0, %v1 fastmath<arcp,afn> : bf16
  %v4 = arith.constant 0x7F80 : bf16
  %v5 = arith.divf %arg1, %v4 fastmath<nnan> : bf16
  %v6 = arith.extsi %arg3 : i32 to i64
  %v7 = arith.extsi %arg3 {tag = 1 : i64} : i32 to i64
  %v8 = arith.cmpi sle, %v6, %v7 : i64
  %v9 = arith.constant 64 : index
  %v10 = arith.cmpi sgt, %v9, %v9 : index
  %v11 = arith.constant 0x3E : f6E3M2FN
  %v12 = arith.constant 0.1 : f8E5M2FNUZ
  %v13 = arith.constant true
  %v14 = func.call @f0(%v11, %v12, %v13, %v0) : (f6E3M2FN, f8E5M2FNUZ, i1, bf16) -> bf16
  %v15 = arith.constant false
  %v16 = func.call @f0(%v11, %v12, %v15, %v0) : (f6E3M2FN, f8E5M2FNUZ, i1, bf16) -> bf16
  %v17 = arith.constant 5 : i32
  %v18 = arith.divui %v17, %arg3 : i32
  %v19 = arith.minimumf %v0, %v1 fastmath<arcp,afn> : bf16
  %v20 = arith.constant 0.5 : bf16
  %v21 = arith.fptoui %v20 : bf16 to i1
  %v22:2 = arith.mului_extended %arg3, %arg3 : i32
  %v23 = arith.remsi %arg2, %arg2 : i16
  %v24 = arith.constant 9 : i8
  %v25 = arith.minui %v24, %v24 : i8
  %v26 = arith.constant 4.0 : bf16
  %v27 = arith.addf %v0, %v26 : bf16
  %v28 = arith.extsi %v13 : i1 to i64
  %v29 = arith.extsi %v8 : i1 to i64
  %v30 = arith.cmpi sge, %v28, %v29 : i64
  %v31 = arith.constant -1 : i16
  %v32 = arith.ori %v31, %v23 : i16
  return %v20 : bf16
}
func.func @f2(%arg0: f6E2M3FN) {
  %v0 = arith.constant dense<[10, 7, 9223372036854775807]> : tensor<3xindex>
  %v1 = arith.constant dense<1> : tensor<3xindex>
  %v2 = arith.cmpi sgt, %v0, %v1 {tag = 0 : i64} : tensor<3xindex>
  %v3 = arith.select %v2, %v0, %v1 : tensor<3xi1>, tensor<3xindex>
  %v4 = arith.constant dense<true> : tensor<3xi1>
  %v5 = arith.ceildivsi %v4, %v4 : tensor<3xi1>
  %v6 = arith.minnumf %arg0, %arg0 : f6E2M3FN
  %v7 = arith.fptosi %arg0 : f6E2M3FN to i7
  %v8 = arith.constant 16 : i7
  %v9 = arith.minsi %v8, %v8 : i7
  %v10 = arith.constant 3.0 : f6E2M3FN
  %v11 = arith.subf %v6, %v10 fastmath<none> : f6E2M3FN
  %v12 = arith.constant 15 : i7
  %v13 = arith.uitofp %v12 : i7 to bf16
  %v14 = arith.negf %v11 fastmath<none> : f6E2M3FN
  %v15 = arith.constant -1 : i7
  %v16 = arith.shrsi %v15, %v7 : i7
  %v17 = arith.minnumf %v11, %v6 fastmath<fast> : f6E2M3FN
  %v18 = arith.constant 34 : i33
  %v19 = arith.constant 0x7FC0 : bf16
  %v20 = arith.constant 32768 : i16
  %v21 = arith.constant 131072 : i32
  %v22 = func.call @f1(%v18, %v19, %v20, %v21) : (i33, bf16, i16, i32) -> bf16
  %v23 = arith.constant false
  %v24 = arith.constant -106 : i8
  %v25 = arith.select %v23, %v24, %v24 : i8
  %v26 = arith.cmpf ult, %v22, %v22 {tag = 0 : i64} : bf16
  %v27 = arith.constant -2147483648 : i32
  %v28:2 = arith.addui_extended %v21, %v27 : i32, i1
  %v29 = arith.constant 1.0 : bf16
  %v30 = arith.mulf %v22, %v29 : bf16
  %v31 = arith.constant dense<0x2EFD6EE9CF70CDB6> : tensor<2x2xf64>
  %v32 = arith.minnumf %v31, %v31 : tensor<2x2xf64>
  %v33 = arith.bitcast %v30 : bf16 to i16
  return
}
func.func @f3(%arg0: f8E4M3FN, %arg1: f8E5M2FNUZ, %arg2: f4E2M1FN, %arg3: i32) -> i64 {
  %v0 = arith.constant 1.0 : f8E5M2FNUZ
  %v1 = arith.cmpf ueq, %arg1, %v0 : f8E5M2FNUZ
  %v2 = arith.constant 0x35 : f8E5M2FNUZ
  %v3 = arith.cmpf one, %v0, %v2 : f8E5M2FNUZ
  %v4 = arith.constant false
  %v5 = arith.constant true
  %v6 = arith.divui %v4, %v5 : i1
  %v7 = arith.select %v1, %v4, %v1 : i1
  %v8 = arith.constant -1210376963 : i32
  %v9 = arith.divui %arg3, %v8 : i32
  %v10 = arith.extui %v9 : i32 to i64
  %v11 = arith.constant 1024 : i64
  %v12 = arith.cmpi slt, %v10, %v11 : i64
  %v13 = arith.constant 0x7C : f8E4M3FN
  %v14 = arith.fptosi %v13 : f8E4M3FN to i33
  %v15 = arith.cmpi slt, %v10, %v11 : i64
  %v16 = arith.divui %arg3, %v8 : i32
  %v17 = arith.constant -2 : i32
  %v18 = arith.cmpi eq, %v16, %v17 {tag = 0 : i64} : i32
  %v19 = arith.select %v18, %v17, %v16 : i32
  %v20 = arith.mulf %v0, %v2 fastmath<nnan> : f8E5M2FNUZ
  %v21 = arith.constant -1.0 : f4E2M1FN
  %v22 = arith.minnumf %arg2, %v21 : f4E2M1FN
  %v23 = arith.constant 7 : i33
  %v24 = arith.index_cast %v23 : i33 to index
  %v25 = arith.constant 9 : i8
  %v26 = arith.extui %v25 : i8 to i128
  %v27 = arith.fptosi %v22 : f4E2M1FN to i33
  %v28:2 = arith.addui_extended %v1, %v7 : i1, i1
  %v29 = arith.cmpi eq, %v28#1, %v28#0 : i1
  %v30 = arith.constant true
  %v31 = arith.constant false
  %v32 = arith.select %v29, %v31, %v30 {tag = 0 : i64} : i1
  %v33 = arith.constant -1 : i33
  %v34 = arith.xori %v27, %v33 : i33
  %v35 = arith.xori %v34, %v33 : i33
  %v36 = arith.constant 1 : i64
  %v37 = arith.divsi %v10, %v36 {tag = 1 : i64} : i64
  %v38 = arith.extui %v25 : i8 to i128
  %v39 = arith.negf %v21 : f4E2M1FN
  %v40 = arith.subf %arg0, %v13 : f8E4M3FN
  %v41 = arith.constant dense<0x7E00> : vector<4xf16>
  %v42 = arith.constant dense<0.1> : vector<4xf16>
  %v43 = arith.divf %v41, %v42 fastmath<none> : vector<4xf16>
  return %v37 : i64
}
