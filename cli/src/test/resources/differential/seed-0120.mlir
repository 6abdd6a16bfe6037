// Random func/arith module, seed 120.
func.func @f0(%arg0: vector<[4]xi64>, %arg1: i64, %arg2: f8E4M3FNUZ) -> f8E4M3FNUZ {
  %v0 = arith.constant dense<[[-1, 0], [0, 5]]> : tensor<2x2xi16>
  %v1 = arith.constant dense<11> : tensor<2x2xi16>
  %v2 = arith.shrsi %v0, %v1 exact : tensor<2x2xi16>
  %v3 = arith.constant dense<[[-1, 3], [1, 17]]> : tensor<2x2xi16>
  %v4 = arith.constant dense<17> : tensor<2x2xi16>
  %v5 = arith.divsi %v3, %v4 {tag = 0 : i64} : tensor<2x2xi16>
  %v6 = arith.constant 1 : i64
  %v7 = arith.xori %arg1, %v6 : i64
  %v8 = arith.constant 0x78 : f8E4M3FNUZ
  %v9 = arith.maximumf %arg2, %v8 fastmath<nnan,ninf> : f8E4M3FNUZ
  %v10 = arith.constant -5 : i64
  %v11 = arith.minsi %arg1, %v10 : i64
  %v12 = arith.minnumf %arg2, %v8 : f8E4M3FNUZ
  %v13 = arith.maximumf %arg2, %v8 fastmath<nnan,ninf> : f8E4M3FNUZ
  %v14 = arith.constant dense<32767> : tensor<2x2xi16>
  %v15 = arith.minui %v5, %v14 : tensor<2x2xi16>
  %v16 = arith.constant dense<16> : tensor<2x2xi16>
  %v17 = arith.minui %v16, %v15 : tensor<2x2xi16>
  %v18 = arith.maxsi %v4, %v2 : tensor<2x2xi16>
  %v19 = arith.constant 0xF8 : f8E4M3FNUZ
  %v20 = arith.remf %v13, %v19 : f8E4M3FNUZ
  %v21 = arith.constant dense<-1> : vector<[4]xi64>
  %v22 = arith.constant dense<9223372036854775807> : vector<[4]xi64>
  %v23 = arith.muli %v21, %v22 : vector<[4]xi64>
  %v24 = arith.constant -0.0 : f32
  %v25 = arith.addf %v24, %v24 : f32
  %v26 = arith.constant dense<9223372036854775807> : vector<[4]xi64>
  %v27 = arith.cmpi eq, %arg0, %v26 : vector<[4]xi64>
  %v28 = arith.select %v27, %arg0, %v26 : vector<[4]xi1>, vector<[4]xi64>
  %v29 = arith.shrui %v10, %arg1 : i64
  return %arg2 : f8E4M3FNUZ
}
func.func @f1(%arg0: f128, %arg1: f64, %arg2: index, %arg3: i1) -> f64 {
  %v0 = arith.constant -1 : index
  %v1 = arith.remui %arg2, %v0 {tag = 1 : i64} : index
  %v2 = arith.maxnumf %arg1, %arg1 : f64
  %v3 = arith.constant 0x78 : f8E4M3FNUZ
  %v4 = arith.constant 0x07 : f8E4M3FNUZ
  %v5 = arith.mulf %v3, %v4 : f8E4M3FNUZ
  %v6 = arith.constant false
  %v7 = arith.minsi %arg3, %v6 : i1
  %v8 = arith.constant dense<[[0x7FC00000, 0xBF800000, -0.75], [0x00000001, 0x3F800000, 2.0]]> : vector<2x3xf32>
  %v9 = arith.minimumf %v8, %v8 : vector<2x3xf32>
  %v10 = arith.constant 0 : i8
  %v11 = arith.extsi %v10 : i8 to i64
  %v12 = arith.constant -1 : i8
  %v13 = arith.extsi %v12 : i8 to i64
  %v14 = arith.cmpi sge, %v11, %v13 : i64
  %v15 = arith.constant 1.0 : f64
  %v16 = arith.mulf %v2, %v15 : f64
  %v17 = arith.mulf %v2, %v15 : f64
  %v18 = arith.constant true
  %v19:2 = arith.addui_extended %v18, %v14 : i1, i1
  %v20 = arith.shli %v12, %v10 : i8
  %v21 = arith.minsi %arg3, %v6 : i1
  %v22 = arith.shli %v12, %v10 : i8
  %v23 = arith.maxsi %v14, %v6 : i1
  %v24 = arith.constant false
  %v25 = arith.floordivsi %v24, %arg3 : i1
  %v26 = arith.xori %v21, %v7 : i1
  %v27 = arith.constant true
  %v28 = arith.constant 0x7FFF0000000000000000000000000000 : f128
  %v29 = arith.select %v27, %arg0, %v28 : f128
  %v30 = arith.constant 0 : i64
  %v31 = arith.constant 8730892046787923057 : i64
  %v32:2 = arith.mulsi_extended %v30, %v31 : i64
  %v33 = arith.ceildivui %arg2, %arg2 : index
  %v34 = arith.constant 0x0F : f6E2M3FN
  %v35 = arith.constant 1.0 : f6E2M3FN
  %v36 = arith.cmpf ugt, %v34, %v35 fastmath<nnan,ninf> : f6E2M3FN
  %v37 = arith.negf %arg1 : f64
  return %v37 : f64
}
