// Random func/arith module, seed 109.
func.func @f0(%arg0: bf16) -> (i16, i16) {
  %v0 = arith.constant dense<[]> : tensor<0xi1>
  %v1 = arith.remui %v0, %v0 : tensor<0xi1>
  %v2 = arith.constant dense<[]> : tensor<0xi1>
  %v3 = arith.extui %v2 : tensor<0xi1> to tensor<0xi32>
  %v4 = arith.constant dense<[]> : tensor<0xi1>
  %v5:2 = arith.addui_extended %v4, %v2 : tensor<0xi1>, tensor<0xi1>
  %v6 = arith.constant dense<false> : tensor<0xi1>
  %v7 = arith.andi %v6, %v1 : tensor<0xi1>
  %v8 = arith.constant 100.0 : bf16
  %v9 = arith.constant -0.0 : bf16
  %v10 = arith.remf %v8, %v9 : bf16
  %v11 = arith.constant 0xE7EC : bf16
  %v12 = arith.cmpf oeq, %arg0, %v11 fastmath<nnan,ninf> : bf16
  %v13 = arith.constant 2.0 : bf16
  %v14 = arith.extf %v13 : bf16 to tf32
  %v15 = arith.constant 0x00000001 : f32
  %v16 = arith.minimumf %v15, %v15 fastmath<fast> : f32
  %v17:2 = arith.mulsi_extended %v12, %v12 : i1
  %v18 = arith.constant dense<-7> : vector<i8>
  %v19 = arith.extsi %v18 : vector<i8> to vector<i64>
  %v20 = arith.constant dense<9> : vector<i64>
  %v21 = arith.cmpi uge, %v19, %v20 : vector<i64>
  %v22:2 = arith.addui_extended %v4, %v2 : tensor<0xi1>, tensor<0xi1>
  %v23 = arith.maximumf %v8, %arg0 : bf16
  %v24 = arith.extsi %v17#1 : i1 to i16
  %v25 = arith.trunci %v24 : i16 to i1
  %v26 = arith.constant -32768 : i16
  %v27 = arith.divui %v24, %v26 exact : i16
  %v28 = arith.constant -1 : i16
  %v29 = arith.extsi %v28 : i16 to i33
  %v30 = arith.maxsi %v27, %v24 : i16
  return %v27, %v27 : i16, i16
}
func.func @f1(%arg0: i8) -> (i16, i1) {
  %v0 = arith.constant 7.0 : f32
  %v1 = arith.extf %v0 : f32 to f64
  %v2 = arith.extf %v0 : f32 to f64
  %v3 = arith.constant 0 : i8
  %v4 = arith.muli %arg0, %v3 : i8
  %v5 = arith.negf %v1 : f64
  %v6 = arith.fptoui %v0 : f32 to i1
  %v7 = arith.constant 100.0 : bf16
  %v8:2 = func.call @f0(%v7) : (bf16) -> (i16, i16)
  %v9 = arith.constant 128 : i8
  %v10 = arith.constant 87 : i8
  %v11:2 = arith.addui_extended %v9, %v10 : i8, i1
  %v12 = arith.extui %v4 : i8 to i64
  %v13 = arith.constant 75 : i8
  %v14 = arith.extui %v13 : i8 to i64
  %v15 = arith.cmpi eq, %v12, %v14 : i64
  %v16 = arith.fptosi %v7 : bf16 to i32
  %v17:2 = arith.addui_extended %v9, %v10 : i8, i1
  %v18 = arith.xori %v12, %v14 : i64
  %v19 = arith.constant 0xFFF8000000000000 : f64
  %v20 = arith.fptosi %v19 : f64 to i16
  return %v20, %v15 : i16, i1
}
func.func @f2(%arg0: i8, %arg1: vector<4xi1>, %arg2: tensor<3xbf16>, %arg3: i16) -> i16 {
  %v0 = arith.constant 0 : i32
  %v1 = arith.extsi %v0 : i32 to i64
  %v2 = arith.extsi %v0 : i32 to i64
  %v3 = arith.cmpi ule, %v1, %v2 : i64
  %v4 = arith.constant false
  %v5 = arith.constant dense<[-3, 32767, 32767, 13]> : vector<4xi16>
  %v6 = arith.select %v4, %v5, %v5 : vector<4xi16>
  %v7 = arith.shli %v0, %v0 : i32
  %v8 = arith.constant -21666 : i16
  %v9 = arith.constant 17 : i16
  %v10 = arith.subi %v8, %v9 : i16
  %v11 = arith.constant dense<[0x8000, -0.0, 0xBF80]> : tensor<3xbf16>
  %v12 = arith.constant dense<0x0001> : tensor<3xbf16>
  %v13 = arith.cmpf one, %v11, %v12 fastmath<ninf> : tensor<3xbf16>
  %v14 = arith.minnumf %arg2, %arg2 : tensor<3xbf16>
  %v15 = arith.minnumf %arg2, %arg2 : tensor<3xbf16>
  %v16 = arith.constant dense<0x0000> : vector<f16>
  %v17 = arith.maxnumf %v16, %v16 : vector<f16>
  %v18 = arith.mulf %arg2, %v14 : tensor<3xbf16>
  %v19 = arith.extsi %v0 : i32 to i64
  %v20 = arith.trunci %v19 : i64 to i32
  %v21 = arith.constant 0x8A : f8E5M2
  %v22 = arith.constant 1.0e+10 : f8E5M2
  %v23 = arith.maximumf %v21, %v22 fastmath<ninf> : f8E5M2
  %v24 = arith.constant dense<[-32768, 1, -1374, -1]> : vector<4xi16>
  %v25 = arith.cmpi sge, %v24, %v6 : vector<4xi16>
  %v26 = arith.select %v25, %v6, %v24 : vector<4xi1>, vector<4xi16>
  %v27 = arith.cmpf true, %arg2, %v11 : tensor<3xbf16>
  %v28 = arith.constant dense<[true, true, false]> : tensor<3xi1>
  %v29 = arith.divsi %v28, %v27 : tensor<3xi1>
  %v30 = arith.constant -1 : i16
  %v31 = arith.constant 32767 : i16
  %v32 = arith.remsi %v30, %v31 : i16
  %v33 = arith.negf %v18 fastmath<nsz> : tensor<3xbf16>
  %v34 = arith.select %v3, %arg0, %arg0 : i8
  %v35 = arith.constant dense<7.0> : tensor<3xbf16>
  %v36 = arith.divf %v11, %v35 fastmath<ninf> : tensor<3xbf16>
  %v37 = arith.xori %v1, %v2 : i64
  %v38 = arith.constant dense<0x007F> : tensor<3xbf16>
  %v39 = arith.remf %v14, %v38 fastmath<nnan,ninf> : tensor<3xbf16>
  %v40 = arith.constant 0x0080 : bf16
  %v41:2 = func.call @f0(%v40) : (bf16) -> (i16, i16)
  return %v41#1 : i16
}
func.func @f3(%arg0: i1, %arg1: vector<[4]xi16>, %arg2: f16, %arg3: f8E5M2) {
  %v0 = arith.constant true
  %v1 = arith.cmpi ult, %arg0, %v0 : i1
  %v2 = arith.cmpi ult, %arg0, %v0 : i1
  %v3 = arith.addf %arg2, %arg2 fastmath<reassoc,contract> : f16
  %v4 = arith.constant 252 : i8
  %v5:2 = func.call @f1(%v4) : (i8) -> (i16, i1)
  %v6 = arith.cmpi ult, %arg0, %v0 : i1
  %v7:2 = func.call @f1(%v4) : (i8) -> (i16, i1)
  %v8 = arith.constant 0xB8 : f8E4M3FN
  %v9 = arith.select %arg0, %v8, %v8 : f8E4M3FN
  %v10:2 = func.call @f1(%v4) : (i8) -> (i16, i1)
  %v11 = arith.minsi %v10#1, %v0 : i1
  %v12 = arith.minimumf %arg3, %arg3 fastmath<none> : f8E5M2
  %v13 = arith.constant 0 : i16
  %v14 = arith.constant -4 : i16
  %v15:2 = arith.addui_extended %v13, %v14 : i16, i1
  %v16 = arith.constant 0x3C00 : f16
  %v17 = arith.cmpf true, %v3, %v16 : f16
  %v18 = arith.remsi %v10#1, %arg0 : i1
  %v19 = arith.constant 183 : i16
  %v20 = arith.divui %v19, %v10#0 exact : i16
  %v21 = arith.extsi %arg0 : i1 to i64
  %v22 = arith.constant 482774265316164955 : i64
  %v23 = arith.cmpi sge, %v21, %v22 : i64
  %v24 = arith.constant dense<1> : vector<[4]xi16>
  %v25 = arith.maxui %v24, %v24 : vector<[4]xi16>
  return
}
