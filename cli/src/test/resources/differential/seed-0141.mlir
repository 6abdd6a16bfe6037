// Random func/arith module, seed 141.
func.func @f0(%arg0: f6E3M2FN, %arg1: f8E5M2FNUZ, %arg2: i1, %arg3: bf16) -> (i1, i1, i64, i1) {
  %v0 = arith.constant true
  %v1 = arith.maxui %arg2, %v0 : i1
  %v2 = arith.constant true
  %v3 = arith.muli %v1, %v2 : i1
  %v4 = arith.constant true
  %v5 = arith.muli %v3, %v4 : i1
  %v6 = arith.subf %arg3, %arg3 : bf16
  %v7 = arith.constant true
  %v8 = arith.shrsi %v1, %v7 exact : i1
  %v9 = arith.minsi %v1, %v4 : i1
  %v10 = arith.minsi %v1, %v4 : i1
  %v11 = arith.muli %v3, %v4 : i1
  %v12 = arith.extsi %v10 : i1 to i64
  %v13 = arith.extsi %v2 : i1 to i64
  %v14 = arith.cmpi uge, %v12, %v13 : i64
  %v15 = arith.maxui %arg2, %v0 : i1
  return %v15, %v10, %v12, %v15 : i1, i1, i64, i1
}
func.func @f1(%arg0: index, %arg1: f8E4M3FN, %arg2: i33, %arg3: bf16) -> f8E4M3FN {
  %v0 = arith.constant -1 : index
  %v1 = arith.xori %v0, %v0 : index
  %v2 = arith.xori %v1, %v0 : index
  %v3 = arith.constant 0xF : f4E2M1FN
  %v4 = arith.constant 0x2 : f4E2M1FN
  %v5 = arith.cmpf false, %v3, %v4 : f4E2M1FN
  %v6 = arith.xori %v0, %v0 : index
  %v7 = arith.negf %arg1 : f8E4M3FN
  %v8 = arith.constant 0x007F : bf16
  %v9 = arith.maxnumf %arg3, %v8 fastmath<nsz> : bf16
  %v10 = arith.extf %arg1 : f8E4M3FN to tf32
  %v11 = arith.constant 0x2 : f4E2M1FN
  %v12 = arith.remf %v3, %v11 : f4E2M1FN
  %v13 = arith.extf %arg1 : f8E4M3FN to tf32
  %v14 = arith.constant 0x3E : f6E3M2FN
  %v15 = arith.constant 0.1 : f8E5M2FNUZ
  %v16 = arith.constant true
  %v17:4 = func.call @f0(%v14, %v15, %v16, %v8) : (f6E3M2FN, f8E5M2FNUZ, i1, bf16) -> (i1, i1, i64, i1)
  %v18 = arith.constant false
  %v19 = arith.select %v18, %v10, %v10 : tf32
  %v20 = arith.constant 5 : i7
  %v21 = arith.constant -1 : i7
  %v22 = arith.shrsi %v20, %v21 : i7
  %v23 = arith.negf %arg1 : f8E4M3FN
  return %v23 : f8E4M3FN
}
func.func @f2(%arg0: f8E5M2, %arg1: vector<2x3xf16>, %arg2: f16, %arg3: f32) -> (i1, vector<2x3xf16>, i1) {
  %v0 = arith.subf %arg2, %arg2 fastmath<fast> : f16
  %v1 = arith.constant dense<-3.0e-05> : vector<2x3xf16>
  %v2 = arith.negf %v1 : vector<2x3xf16>
  %v3 = arith.constant 0xE7085BBF3889D739 : f64
  %v4 = arith.negf %v3 fastmath<nnan,ninf> : f64
  %v5 = arith.constant dense<17> : vector<4xi16>
  %v6 = arith.uitofp %v5 : vector<4xi16> to vector<4xf32>
  %v7 = arith.fptoui %v6 : vector<4xf32> to vector<4xi16>
  %v8 = arith.remf %arg3, %arg3 fastmath<none> : f32
  %v9 = arith.constant true
  %v10 = arith.constant -3.0e-05 : f32
  %v11 = arith.select %v9, %v10, %v8 : f32
  %v12 = arith.cmpf uno, %arg0, %arg0 : f8E5M2
  %v13 = arith.constant 7.0 : f32
  %v14 = arith.maxnumf %v13, %v11 : f32
  %v15 = arith.cmpi ule, %v12, %v9 : i1
  %v16 = arith.select %v15, %v9, %v12 : i1
  %v17 = arith.constant true
  %v18 = arith.ori %v15, %v17 : i1
  %v19 = arith.constant false
  %v20 = arith.ori %v19, %v18 : i1
  %v21 = arith.constant true
  %v22 = arith.muli %v21, %v18 : i1
  %v23 = arith.negf %v14 : f32
  %v24 = arith.fptoui %v10 : f32 to i1
  %v25 = arith.constant false
  %v26 = arith.muli %v25, %v21 : i1
  return %v15, %arg1, %v15 : i1, vector<2x3xf16>, i1
}
func.func @f3(%arg0: i1, %arg1: tensor<0xf64>, %arg2: i33, %arg3: f64) -> f64 {
  %v0 = arith.minimumf %arg1, %arg1 : tensor<0xf64>
  %v1 = arith.negf %v0 : tensor<0xf64>
  %v2 = arith.negf %v1 : tensor<0xf64>
  %v3 = arith.addf %arg3, %arg3 fastmath<arcp,afn> : f64
  %v4 = arith.constant 0x7B : f8E5M2
  %v5 = arith.constant 100.0 : f8E5M2
  %v6 = arith.divf %v4, %v5 : f8E5M2
  %v7 = arith.constant 1 : i33
  %v8 = arith.cmpi uge, %arg2, %v7 : i33
  %v9 = arith.constant true
  %v10 = arith.constant false
  %v11 = arith.select %v8, %v9, %v10 : i1
  %v12 = arith.constant -4 : i33
  %v13 = arith.constant 7 : i33
  %v14 = arith.cmpi eq, %v12, %v13 : i33
  %v15 = arith.constant 0x0010000000000000 : f64
  %v16 = arith.select %v9, %v15, %v3 : f64
  %v17 = arith.minimumf %v16, %arg3 fastmath<fast> : f64
  %v18 = arith.sitofp %arg0 : i1 to f32
  %v19 = arith.constant 63 : i64
  %v20 = arith.constant 5 : i64
  %v21:2 = arith.mulsi_extended %v19, %v20 : i64
  return %v16 : f64
}
