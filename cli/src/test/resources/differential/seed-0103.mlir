// Random func/arith module, seed 103.
func.func @f0(%arg0: i64, %arg1: i128) -> (f64, i128) {
  %v0 = arith.constant 15 : i128
  %v1 = arith.divsi %v0, %arg1 : i128
  %v2 = arith.constant 1 : i16
  %v3 = arith.constant -32768 : i16
  %v4 = arith.xori %v2, %v3 : i16
  %v5 = arith.constant dense<-19064> : tensor<0xi16>
  %v6 = arith.divui %v5, %v5 exact : tensor<0xi16>
  %v7 = arith.constant -1.0 : f64
  %v8 = arith.constant 0.5 : f64
  %v9 = arith.minnumf %v7, %v8 : f64
  %v10 = arith.minnumf %v7, %v8 : f64
  %v11 = arith.constant -122965991124660999121759937827812832451 : i128
  %v12 = arith.ceildivui %v11, %arg1 : i128
  %v13 = arith.constant -1 : i128
  %v14 = arith.xori %v12, %v13 : i128
  %v15 = arith.xori %v14, %v13 : i128
  %v16 = arith.cmpf ueq, %v7, %v8 fastmath<nnan,ninf> : f64
  %v17 = arith.ceildivui %v11, %arg1 : i128
  %v18 = arith.constant -1 : i128
  %v19 = arith.trunci %v18 : i128 to i1
  %v20 = arith.constant 0x0010000000000000 : f64
  %v21 = arith.addf %v7, %v20 : f64
  %v22 = arith.constant 1 : i8
  %v23 = arith.cmpi ne, %v22, %v22 : i8
  %v24 = arith.select %v23, %v22, %v22 : i8
  %v25 = arith.sitofp %v0 : i128 to f6E2M3FN
  %v26 = arith.constant 1 : i64
  %v27 = arith.divui %arg0, %v26 : i64
  %v28 = arith.ori %v2, %v3 : i16
  %v29 = arith.constant -115777764325139049912899724094750118962 : i128
  %v30 = arith.remsi %v29, %v17 : i128
  %v31 = arith.constant false
  %v32 = arith.select %v31, %v1, %v17 : i128
  return %v8, %v32 : f64, i128
}
func.func @f1(%arg0: i33) -> (f64, i128, i1, i128) {
  %v0 = arith.constant dense<[0x7F5AA5CC, 0.1]> : vector<2xf32>
  %v1 = arith.constant dense<0x00000000> : vector<2xf32>
  %v2 = arith.remf %v0, %v1 : vector<2xf32>
  %v3 = arith.constant 2971724244 : i33
  %v4 = arith.constant -4294967296 : i33
  %v5 = arith.maxsi %v3, %v4 {tag = 1 : i64} : i33
  %v6 = arith.constant dense<[false, true]> : vector<2xi1>
  %v7 = arith.constant dense<[-0.0, 2.0]> : vector<2xf32>
  %v8 = arith.select %v6, %v7, %v0 : vector<2xi1>, vector<2xf32>
  %v9 = arith.extsi %arg0 : i33 to i128
  %v10 = arith.subi %v4, %v5 overflow<none> : i33
  %v11 = arith.fptoui %v1 : vector<2xf32> to vector<2xi64>
  %v12 = arith.constant dense<[0x7FC00000, 0x80000000]> : vector<2xf32>
  %v13 = arith.constant dense<3.0> : vector<2xf32>
  %v14 = arith.select %v6, %v12, %v13 : vector<2xi1>, vector<2xf32>
  %v15 = arith.constant dense<[0xFF800000, 0x80000000]> : vector<2xf32>
  %v16 = arith.constant dense<[4.0, 0x00000001]> : vector<2xf32>
  %v17 = arith.maxnumf %v15, %v16 fastmath<ninf> {tag = 0 : i64} : vector<2xf32>
  %v18 = arith.constant -1.0 : f8E5M2FNUZ
  %v19 = arith.extf %v18 : f8E5M2FNUZ to bf16
  %v20 = arith.constant 8474379017561259225 : i64
  %v21 = arith.constant -170141183460469231731687303715884105728 : i128
  %v22:2 = func.call @f0(%v20, %v21) : (i64, i128) -> (f64, i128)
  %v23 = arith.constant 7.0 : f64
  %v24 = arith.maxnumf %v23, %v22#0 : f64
  %v25 = arith.constant -5 : i64
  %v26 = arith.constant 64 : i64
  %v27 = arith.cmpi uge, %v25, %v26 : i64
  %v28 = arith.cmpi sle, %arg0, %v10 : i33
  %v29 = arith.maxsi %v4, %v3 : i33
  %v30 = arith.constant dense<false> : vector<2xi1>
  %v31 = arith.cmpi ule, %v30, %v30 : vector<2xi1>
  %v32 = arith.constant dense<[3.0, 1.0e+10]> : vector<2xf32>
  %v33 = arith.constant dense<0xFFC00000> : vector<2xf32>
  %v34 = arith.select %v28, %v32, %v33 : vector<2xf32>
  return %v22#0, %v22#1, %v28, %v22#1 : f64, i128, i1, i128
}
