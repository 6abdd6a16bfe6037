// Random func/arith module, seed 187.
func.func @f0(%arg0: i1, %arg1: bf16, %arg2: vector<f64>) -> (i1, vector<f64>, i1) {
  %v0 = arith.minnumf %arg2, %arg2 : vector<f64>
  %v1 = arith.fptosi %arg1 : bf16 to i64
  %v2 = arith.minnumf %arg2, %arg2 : vector<f64>
  %v3 = arith.divui %arg0, %arg0 : i1
  %v4 = arith.minnumf %arg2, %arg2 {tag = 0 : i64} : vector<f64>
  %v5 = arith.sitofp %v1 : i64 to f4E2M1FN
  %v6 = arith.constant true
  %v7 = arith.minui %arg0, %v6 : i1
  %v8 = arith.bitcast %v1 : i64 to f64
  %v9 = arith.bitcast %v8 : f64 to i64
  %v10 = arith.sitofp %v1 : i64 to f4E2M1FN
  %v11 = arith.minnumf %arg2, %arg2 : vector<f64>
  %v12 = arith.constant true
  %v13 = arith.andi %v7, %v12 : i1
  %v14 = arith.constant true
  %v15 = arith.andi %v13, %v14 : i1
  %v16:2 = arith.addui_extended %v3, %v7 : i1, i1
  %v17 = arith.constant false
  %v18 = arith.extui %v17 : i1 to i8
  %v19 = arith.constant -2.5 : f64
  %v20 = arith.subf %v8, %v19 : f64
  %v21 = arith.constant false
  %v22 = arith.constant true
  %v23 = arith.xori %v21, %v22 : i1
  %v24 = arith.constant 0x4 : f4E2M1FN
  %v25 = arith.mulf %v10, %v24 fastmath<reassoc,contract> : f4E2M1FN
  %v26 = arith.constant -0.75 : f8E4M3FN
  %v27 = arith.constant 0xF8 : f8E4M3FN
  %v28 = arith.cmpf false, %v26, %v27 : f8E4M3FN
  %v29 = arith.fptosi %arg1 : bf16 to i64
  return %v16#0, %v0, %v16#1 : i1, vector<f64>, i1
}
func.func @f1(%arg0: i1, %arg1: f8E5M2) -> i1 {
  %v0 = arith.remsi %arg0, %arg0 : i1
  %v1 = arith.constant 0xFE : f8E5M2
  %v2 = arith.maxnumf %v1, %arg1 {tag = 0 : i64} : f8E5M2
  %v3 = arith.extf %v1 : f8E5M2 to f16
  %v4 = arith.maxnumf %v1, %v1 : f8E5M2
  %v5 = arith.constant 0.1 : bf16
  %v6 = arith.constant dense<0x98D2E17F447B48D9> : vector<f64>
  %v7:3 = func.call @f0(%v0, %v5, %v6) : (i1, bf16, vector<f64>) -> (i1, vector<f64>, i1)
  %v8 = arith.uitofp %arg0 : i1 to f4E2M1FN
  %v9 = arith.negf %v7#1 fastmath<nnan,ninf> : vector<f64>
  %v10 = arith.constant true
  %v11 = arith.andi %v7#2, %v10 : i1
  %v12 = arith.cmpi ugt, %v7#0, %v7#2 : i1
  %v13 = arith.select %v12, %v7#0, %v7#2 : i1
  %v14 = arith.andi %v10, %v7#2 : i1
  %v15 = arith.constant true
  %v16 = arith.constant 0x007F : bf16
  %v17:3 = func.call @f0(%v15, %v16, %v6) : (i1, bf16, vector<f64>) -> (i1, vector<f64>, i1)
  %v18 = arith.constant false
  %v19 = arith.constant true
  %v20 = arith.select %v10, %v18, %v19 : i1
  %v21 = arith.select %v7#2, %v1, %v2 : f8E5M2
  %v22 = arith.constant true
  %v23 = arith.extsi %v22 : i1 to i32
  %v24 = arith.xori %v0, %v12 : i1
  return %v17#0 : i1
}
func.func @f2(%arg0: vector<[4]xf64>, %arg1: i7, %arg2: f16, %arg3: vector<2xi64>) -> (i7, vector<2xindex>, i1, vector<2xindex>) {
  %v0 = arith.constant 1 : i7
  %v1 = arith.cmpi sge, %arg1, %v0 : i7
  %v2 = arith.cmpi sge, %arg1, %v0 : i7
  %v3 = arith.constant 0xFE00 : f16
  %v4 = arith.maxnumf %arg2, %v3 : f16
  %v5 = arith.index_cast %arg3 : vector<2xi64> to vector<2xindex>
  %v6 = arith.mulf %arg0, %arg0 fastmath<ninf> : vector<[4]xf64>
  %v7 = arith.constant -1.0 : f8E4M3FN
  %v8 = arith.constant 0xF8 : f8E4M3FN
  %v9 = arith.cmpf olt, %v7, %v8 fastmath<fast> : f8E4M3FN
  %v10 = arith.divf %arg0, %v6 fastmath<fast> : vector<[4]xf64>
  %v11 = arith.maxnumf %v3, %v4 : f16
  %v12 = arith.constant dense<1> : vector<2xindex>
  %v13 = arith.addi %v5, %v12 overflow<nuw> : vector<2xindex>
  %v14 = arith.constant dense<8388608> : vector<2xi64>
  %v15 = arith.constant dense<[10, -8248022049130094750]> : vector<2xi64>
  %v16 = arith.divsi %v14, %v15 : vector<2xi64>
  %v17 = arith.cmpf olt, %v7, %v8 fastmath<fast> : f8E4M3FN
  %v18 = arith.constant 7260970493702263768 : i64
  %v19 = arith.constant -6 : i64
  %v20 = arith.cmpi sle, %v18, %v19 : i64
  %v21 = arith.minui %v13, %v13 : vector<2xindex>
  %v22 = arith.divsi %v14, %v15 : vector<2xi64>
  %v23 = arith.truncf %v11 fastmath<nsz> : f16 to f8E4M3FNUZ
  %v24 = arith.constant false
  %v25 = arith.cmpi eq, %v24, %v2 : i1
  %v26 = arith.fptoui %v11 : f16 to i7
  %v27 = arith.divf %arg0, %v10 : vector<[4]xf64>
  %v28 = arith.constant 127 : i7
  %v29 = arith.maxsi %v26, %v28 : i7
  %v30 = arith.constant 11 : i7
  %v31 = arith.maxsi %v29, %v30 : i7
  return %v26, %v21, %v25, %v21 : i7, vector<2xindex>, i1, vector<2xindex>
}
func.func @f3(%arg0: index, %arg1: index, %arg2: f8E5M2, %arg3: tensor<0xi16>) -> (i1, tensor<0xi1>, bf16) {
  %v0 = arith.constant dense<15> : tensor<0xi16>
  %v1 = arith.minsi %v0, %arg3 : tensor<0xi16>
  %v2 = arith.cmpi sgt, %v1, %arg3 : tensor<0xi16>
  %v3 = arith.negf %arg2 : f8E5M2
  %v4 = arith.negf %v3 fastmath<nsz> : f8E5M2
  %v5 = arith.minsi %arg3, %v0 : tensor<0xi16>
  %v6 = arith.constant 0x3C : f8E5M2
  %v7 = arith.cmpf uno, %arg2, %v6 : f8E5M2
  %v8 = arith.constant 6 : i64
  %v9 = arith.shrsi %v8, %v8 exact : i64
  %v10 = arith.constant dense<false> : tensor<0xi1>
  %v11 = arith.shli %v2, %v10 overflow<nsw> : tensor<0xi1>
  %v12 = arith.cmpi sgt, %v1, %arg3 : tensor<0xi16>
  %v13 = arith.constant 0x9DB6 : bf16
  %v14 = arith.negf %v13 fastmath<fast> : bf16
  %v15 = arith.constant 0xBC : f8E5M2
  %v16 = arith.addf %v15, %v3 : f8E5M2
  return %v7, %v11, %v14 : i1, tensor<0xi1>, bf16
}
