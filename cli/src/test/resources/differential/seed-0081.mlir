// Random func/arith module, seed 81.
func.func @f0(%arg0: f4E2M1FN) -> (index, i64, i64) {
  %v0 = arith.constant 11 : i16
  %v1 = arith.shrui %v0, %v0 : i16
  %v2 = arith.constant -7 : i16
  %v3 = arith.muli %v0, %v2 : i16
  %v4 = arith.constant 2 : i16
  %v5 = arith.muli %v4, %v3 : i16
  %v6 = arith.addi %v0, %v2 : i16
  %v7 = arith.maxui %v0, %v6 : i16
  %v8 = arith.mulf %arg0, %arg0 fastmath<fast> : f4E2M1FN
  %v9 = arith.constant 32767 : i16
  %v10 = arith.remsi %v2, %v9 : i16
  %v11 = arith.muli %v4, %v3 : i16
  %v12 = arith.remsi %v2, %v9 : i16
  %v13 = arith.cmpi ult, %v11, %v0 : i16
  %v14 = arith.divsi %v13, %v13 : i1
  %v15 = arith.divsi %v13, %v13 : i1
  %v16 = arith.remsi %v2, %v9 : i16
  %v17 = arith.constant 0 : index
  %v18 = arith.cmpi ugt, %v17, %v17 : index
  %v19 = arith.select %v18, %v17, %v17 : index
  %v20 = arith.constant 32767 : i16
  %v21 = arith.shrsi %v3, %v20 : i16
  %v22 = arith.fptoui %arg0 : f4E2M1FN to i64
  %v23 = arith.constant 13 : i64
  %v24 = arith.xori %v23, %v22 : i64
  return %v19, %v22, %v22 : index, i64, i64
}
func.func @f1(%arg0: i64, %arg1: f8E8M0FNU, %arg2: i1) -> (f8E8M0FNU, i64) {
  %v0 = arith.constant 1.0 : f8E8M0FNU
  %v1 = arith.divf %arg1, %v0 : f8E8M0FNU
  %v2 = arith.constant -7 : i64
  %v3:2 = arith.addui_extended %v2, %arg0 : i64, i1
  %v4 = arith.ceildivsi %arg0, %arg0 : i64
  %v5 = arith.constant dense<1.0e+10> : vector<f32>
  %v6 = arith.constant dense<-0.75> : vector<f32>
  %v7 = arith.addf %v5, %v6 : vector<f32>
  %v8 = arith.constant -9223372036854775808 : index
  %v9 = arith.index_cast %v8 : index to i33
  %v10 = arith.bitcast %v1 : f8E8M0FNU to f8E4M3
  %v11 = arith.constant 0xBB : f8E8M0FNU
  %v12 = arith.fptoui %v11 : f8E8M0FNU to i7
  %v13 = arith.remsi %arg0, %v3#0 : i64
  %v14 = arith.constant 8192 : i16
  %v15 = arith.extsi %v14 : i16 to i32
  %v16 = arith.constant 1.0e+10 : f32
  %v17 = arith.constant 0x2BDC77D8 : f32
  %v18 = arith.minimumf %v16, %v17 fastmath<arcp,afn> : f32
  %v19 = arith.constant -2064422167 : i32
  %v20 = arith.sitofp %v19 : i32 to f64
  %v21 = arith.fptosi %v20 : f64 to i32
  %v22 = arith.constant 0x00 : f8E8M0FNU
  %v23 = arith.minimumf %arg1, %v22 fastmath<nnan> : f8E8M0FNU
  %v24 = arith.constant 127 : i8
  %v25 = arith.extsi %v24 : i8 to i64
  %v26 = arith.constant 9223372036854775807 : i64
  %v27 = arith.cmpi ule, %v25, %v26 : i64
  %v28 = arith.minsi %v21, %v19 : i32
  %v29 = arith.constant dense<[[0.0, 1.0e+10], [0x8000, -1.0]]> : tensor<2x2xbf16>
  %v30 = arith.constant dense<[[1.0, 2.0], [1.0, 1.0e+10]]> : tensor<2x2xbf16>
  %v31 = arith.remf %v29, %v30 : tensor<2x2xbf16>
  %v32 = arith.constant 13718805850534437848 : i64
  %v33 = arith.remsi %v32, %v3#0 : i64
  return %v23, %v33 : f8E8M0FNU, i64
}
func.func @f2(%arg0: vector<2xi32>) -> (f8E8M0FNU, i64, index, f8E8M0FNU) {
  %v0 = arith.constant 0x5 : f4E2M1FN
  %v1:3 = func.call @f0(%v0) : (f4E2M1FN) -> (index, i64, i64)
  %v2 = arith.constant 0 : index
  %v3 = arith.shrsi %v1#0, %v2 exact : index
  %v4 = arith.constant 100.0 : f4E2M1FN
  %v5 = arith.constant 0xE : f4E2M1FN
  %v6 = arith.remf %v4, %v5 : f4E2M1FN
  %v7:3 = func.call @f0(%v4) : (f4E2M1FN) -> (index, i64, i64)
  %v8 = arith.constant 0x00 : f8E3M4
  %v9 = arith.cmpf one, %v8, %v8 : f8E3M4
  %v10 = arith.constant 4 : i8
  %v11 = arith.extui %v10 : i8 to i64
  %v12 = arith.constant 2 : i64
  %v13 = arith.cmpi sle, %v11, %v12 : i64
  %v14 = arith.constant 0x7F7F : bf16
  %v15 = arith.constant 0x0080 : bf16
  %v16 = arith.subf %v14, %v15 : bf16
  %v17 = arith.constant 100.0 : f4E2M1FN
  %v18 = arith.select %v9, %v17, %v17 : f4E2M1FN
  %v19 = arith.constant -1 : i64
  %v20 = arith.divui %v12, %v19 exact : i64
  %v21 = arith.constant 0 : index
  %v22 = arith.minsi %v7#0, %v21 : index
  %v23 = arith.constant 0x00 : f8E8M0FNU
  %v24 = arith.constant true
  %v25:2 = func.call @f1(%v7#1, %v23, %v24) : (i64, f8E8M0FNU, i1) -> (f8E8M0FNU, i64)
  %v26 = arith.cmpi sle, %arg0, %arg0 : vector<2xi32>
  %v27:3 = func.call @f0(%v0) : (f4E2M1FN) -> (index, i64, i64)
  %v28:3 = func.call @f0(%v5) : (f4E2M1FN) -> (index, i64, i64)
  %v29 = arith.constant 0x0001 : bf16
  %v30 = arith.cmpf ogt, %v14, %v29 : bf16
  %v31 = arith.maxsi %v19, %v28#2 : i64
  return %v25#0, %v27#2, %v27#0, %v25#0 : f8E8M0FNU, i64, index, f8E8M0FNU
}
func.func @f3(%arg0: i32, %arg1: f8E8M0FNU) {
  %v0 = arith.maximumf %arg1, %arg1 : f8E8M0FNU
  %v1 = arith.maximumf %arg1, %arg1 : f8E8M0FNU
  %v2 = arith.constant 0x7F : f8E8M0FNU
  %v3 = arith.constant 0x00 : f8E8M0FNU
  %v4 = arith.minimumf %v2, %v3 : f8E8M0FNU
  %v5 = arith.constant 0x00 : f8E8M0FNU
  %v6 = arith.fptoui %v5 : f8E8M0FNU to i33
  %v7 = arith.maximumf %arg1, %arg1 : f8E8M0FNU
  %v8 = arith.constant 852124558 : i32
  %v9 = arith.extsi %v8 : i32 to i33
  %v10 = arith.truncf %arg1 fastmath<nsz> : f8E8M0FNU to f6E2M3FN
  %v11 = arith.constant -1 : i32
  %v12 = arith.maxui %arg0, %v11 : i32
  %v13 = arith.divsi %v8, %v12 : i32
  %v14 = arith.minimumf %v2, %v3 : f8E8M0FNU
  %v15 = arith.andi %v12, %arg0 : i32
  %v16 = arith.constant 0.1 : f6E2M3FN
  %v17 = arith.maxnumf %v16, %v10 fastmath<nnan> : f6E2M3FN
  %v18 = arith.cmpf ule, %v17, %v16 fastmath<none> : f6E2M3FN
  %v19 = arith.constant 0xBF800000 : f32
  %v20 = arith.constant 0x00800000 : f32
  %v21 = arith.minimumf %v19, %v20 : f32
  %v22 = arith.negf %v17 : f6E2M3FN
  return
}
