// Random func/arith module, seed 166.
func.func @f0(%arg0: index, %arg1: vector<2xf64>, %arg2: tensor<2x2xi64>) -> (vector<2xi1>, i128, vector<2xi1>) {
  %v0 = arith.constant dense<0> : tensor<2x2xi64>
  %v1 = arith.shrsi %arg2, %v0 : tensor<2x2xi64>
  %v2 = arith.negf %arg1 : vector<2xf64>
  %v3 = arith.constant -7 : index
  %v4 = arith.shrui %v3, %arg0 : index
  %v5 = arith.ori %v1, %v0 : tensor<2x2xi64>
  %v6 = arith.constant -2 : i128
  %v7 = arith.cmpi ule, %v6, %v6 : i128
  %v8 = arith.constant -1 : i7
  %v9 = arith.constant 12 : i7
  %v10:2 = arith.mulsi_extended %v8, %v9 : i7
  %v11 = arith.maximumf %v2, %v2 : vector<2xf64>
  %v12 = arith.cmpf oeq, %v2, %v11 : vector<2xf64>
  %v13 = arith.constant dense<[-1.0, -3.0e-05]> : vector<2xf64>
  %v14 = arith.fptosi %v13 : vector<2xf64> to vector<2xi8>
  %v15 = arith.remf %v13, %arg1 : vector<2xf64>
  %v16 = arith.subi %v4, %arg0 : index
  %v17 = arith.index_cast %arg0 : index to i128
  %v18 = arith.constant -6 : index
  %v19 = arith.maxsi %v4, %v18 : index
  %v20 = arith.constant false
  %v21 = arith.constant true
  %v22:2 = arith.mului_extended %v20, %v21 : i1
  return %v12, %v17, %v12 : vector<2xi1>, i128, vector<2xi1>
}
func.func @f1(%arg0: bf16, %arg1: f16, %arg2: i8, %arg3: i64) -> (i64, f8E5M2FNUZ, i64) {
  %v0 = arith.constant 8 : i8
  %v1 = arith.ceildivui %arg2, %v0 : i8
  %v2 = arith.negf %arg0 fastmath<nnan,ninf> : bf16
  %v3 = arith.constant 0 : index
  %v4 = arith.constant dense<[0x7FF8000000000000, 1.0e+10]> : vector<2xf64>
  %v5 = arith.constant dense<[[10, -2], [15, 35184372088832]]> : tensor<2x2xi64>
  %v6:3 = func.call @f0(%v3, %v4, %v5) : (index, vector<2xf64>, tensor<2x2xi64>) -> (vector<2xi1>, i128, vector<2xi1>)
  %v7 = arith.ceildivui %v6#1, %v6#1 : i128
  %v8 = arith.xori %v6#0, %v6#2 : vector<2xi1>
  %v9 = arith.constant false
  %v10 = arith.constant 170141183460469231731687303715884105727 : i128
  %v11 = arith.select %v9, %v6#1, %v10 : i128
  %v12 = arith.constant dense<false> : vector<2xi1>
  %v13 = arith.constant dense<[true, false]> : vector<2xi1>
  %v14 = arith.divsi %v12, %v13 : vector<2xi1>
  %v15 = arith.constant false
  %v16 = arith.constant -3 : i128
  %v17 = arith.select %v15, %v16, %v6#1 : i128
  %v18 = arith.constant 16 : i128
  %v19 = arith.sitofp %v18 : i128 to f8E5M2FNUZ
  %v20 = arith.divui %arg3, %arg3 exact : i64
  %v21 = arith.ceildivui %v17, %v11 : i128
  %v22 = arith.divsi %v12, %v13 : vector<2xi1>
  return %v20, %v19, %v20 : i64, f8E5M2FNUZ, i64
}
func.func @f2(%arg0: tensor<2x2xf32>, %arg1: i16) -> i1 {
  %v0 = arith.constant true
  %v1 = arith.constant 3 : i16
  %v2 = arith.select %v0, %arg1, %v1 : i16
  %v3 = arith.constant dense<[[0x00800000, 1.0e+10], [-1.0, 0x7F7FFFFF]]> : tensor<2x2xf32>
  %v4 = arith.mulf %v3, %v3 : tensor<2x2xf32>
  %v5 = arith.constant 8 : i16
  %v6 = arith.cmpi eq, %arg1, %v5 : i16
  %v7 = arith.constant dense<[[true, true], [false, true]]> : tensor<2x2xi1>
  %v8 = arith.select %v7, %arg0, %v3 : tensor<2x2xi1>, tensor<2x2xf32>
  %v9 = arith.constant false
  %v10 = arith.constant false
  %v11 = arith.minui %v9, %v10 : i1
  %v12 = arith.constant false
  %v13 = arith.index_castui %v12 : i1 to index
  %v14 = arith.bitcast %arg0 : tensor<2x2xf32> to tensor<2x2xi32>
  %v15 = arith.bitcast %arg0 : tensor<2x2xf32> to tensor<2x2xi32>
  %v16 = arith.constant false
  %v17:2 = arith.addui_extended %v6, %v16 : i1, i1
  %v18 = arith.cmpf ueq, %v8, %v3 : tensor<2x2xf32>
  return %v17#1 : i1
}
func.func @f3(%arg0: i33, %arg1: f32, %arg2: i7, %arg3: f32) {
  %v0 = arith.constant 128 : i33
  %v1 = arith.addi %v0, %arg0 : i33
  %v2 = arith.constant 0x007FFFFF : f32
  %v3 = arith.cmpf one, %arg3, %v2 : f32
  %v4 = arith.uitofp %v0 : i33 to f64
  %v5 = arith.constant false
  %v6 = arith.subi %v5, %v5 : i1
  %v7 = arith.subi %v3, %v6 : i1
  %v8:2 = arith.addui_extended %v7, %v5 : i1, i1
  %v9 = arith.constant -64 : i7
  %v10 = arith.constant -2 : i7
  %v11 = arith.divsi %v9, %v10 exact : i7
  %v12 = arith.addi %v0, %arg0 : i33
  %v13 = arith.shrsi %arg0, %v0 exact : i33
  %v14 = arith.constant dense<1.0> : tensor<3xbf16>
  %v15 = arith.negf %v14 : tensor<3xbf16>
  %v16 = arith.cmpi eq, %v8#0, %v8#1 : i1
  %v17 = arith.constant 63 : index
  %v18 = arith.constant dense<[0xBFF0000000000000, 3.0]> : vector<2xf64>
  %v19 = arith.constant dense<[[9223372036854775807, -9223372036854775808], [65, 63]]> : tensor<2x2xi64>
  %v20:3 = func.call @f0(%v17, %v18, %v19) : (index, vector<2xf64>, tensor<2x2xi64>) -> (vector<2xi1>, i128, vector<2xi1>)
  %v21 = arith.cmpi sle, %v17, %v17 : index
  %v22 = arith.constant 5 : i16
  %v23 = arith.constant 8 : i16
  %v24 = arith.cmpi slt, %v22, %v23 : i16
  %v25 = arith.constant 8 : i7
  %v26 = arith.ceildivsi %arg2, %v25 : i7
  %v27 = arith.andi %v6, %v5 : i1
  %v28 = arith.constant -1 : i33
  %v29 = arith.constant -2 : i33
  %v30 = arith.cmpi uge, %v28, %v29 : i33
  %v31 = arith.negf %v2 : f32
  %v32 = arith.constant 0xBF80 : bf16
  %v33 = arith.constant 0xFE00 : f16
  %v34 = arith.constant -1 : i8
  %v35 = arith.constant 0 : i64
  %v36:3 = func.call @f1(%v32, %v33, %v34, %v35) : (bf16, f16, i8, i64) -> (i64, f8E5M2FNUZ, i64)
  %v37 = arith.constant 4.0 : f8E5M2FNUZ
  %v38 = arith.maxnumf %v36#1, %v37 fastmath<fast> : f8E5M2FNUZ
  %v39 = arith.constant -170141183460469231731687303715884105728 : i128
  %v40 = arith.shrsi %v20#1, %v39 : i128
  return
}
