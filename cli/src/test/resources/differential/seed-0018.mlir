// Random func/arith module, seed 18.
func.func @f0(%arg0: vector<2x3xi64>, %arg1: i128, %arg2: vector<4xi32>, %arg3: bf16) -> i1 {
  %v0 = arith.constant dense<[[9223372036854775807, 1, 9223372036854775807], [12, 9223372036854775807, 13]]> : vector<2x3xi64>
  %v1 = arith.addi %arg0, %v0 : vector<2x3xi64>
  %v2 = arith.cmpi sge, %arg0, %v1 {tag = 0 : i64} : vector<2x3xi64>
  %v3 = arith.constant 1.0e+10 : bf16
  %v4 = arith.cmpf ole, %arg3, %v3 : bf16
  %v5 = arith.cmpi ult, %v4, %v4 : i1
  %v6 = arith.constant dense<0> : vector<4xindex>
  %v7 = arith.constant dense<[0, 262144, 9223372036854775807, 1048576]> : vector<4xindex>
  %v8 = arith.xori %v6, %v7 : vector<4xindex>
  %v9 = arith.constant -2.5 : f4E2M1FN
  %v10 = arith.fptosi %v9 : f4E2M1FN to i33
  return %v5 : i1
}
func.func @f1(%arg0: i1, %arg1: f80, %arg2: tf32, %arg3: i32) -> (i1, i1) {
  %v0 = arith.constant -2.5 : f80
  %v1 = arith.negf %v0 : f80
  %v2 = arith.negf %v0 : f80
  %v3 = arith.minsi %arg0, %arg0 : i1
  %v4 = arith.index_cast %arg3 : i32 to index
  %v5 = arith.index_cast %v4 : index to i32
  %v6 = arith.constant 0x3FBFF : tf32
  %v7 = arith.fptosi %v6 : tf32 to i32
  %v8 = arith.constant false
  %v9 = arith.constant 0x5FC00 : tf32
  %v10 = arith.constant 0x40000 : tf32
  %v11 = arith.select %v8, %v9, %v10 : tf32
  %v12 = arith.cmpf olt, %arg1, %v2 : f80
  %v13 = arith.constant 9 : i8
  %v14 = arith.extsi %v13 : i8 to i64
  %v15 = arith.constant 32 : i8
  %v16 = arith.extsi %v15 : i8 to i64
  %v17 = arith.cmpi ugt, %v14, %v16 : i64
  %v18 = arith.divf %arg1, %arg1 {tag = 1 : i64} : f80
  %v19 = arith.constant dense<[[0, 6, 63], [2918930743124420561, 1, 0]]> : vector<2x3xi64>
  %v20 = arith.constant 129 : i128
  %v21 = arith.constant dense<[-2147483648, 11, 4, 32]> : vector<4xi32>
  %v22 = arith.constant 2.0 : bf16
  %v23 = func.call @f0(%v19, %v20, %v21, %v22) : (vector<2x3xi64>, i128, vector<4xi32>, bf16) -> i1
  %v24 = arith.cmpf oeq, %arg1, %v18 fastmath<arcp,afn> : f80
  %v25 = arith.subf %v6, %arg2 : tf32
  %v26 = arith.extf %v1 fastmath<reassoc,contract> : f80 to f128
  %v27 = arith.constant 15 : index
  %v28 = arith.cmpi slt, %v4, %v27 : index
  return %v28, %v23 : i1, i1
}
func.func @f2(%arg0: tensor<2x2xi1>, %arg1: vector<2xf32>) -> (i1, tensor<2x2xi1>, i1) {
  %v0 = arith.constant dense<[[false, false], [true, false]]> : tensor<2x2xi1>
  %v1 = arith.shrsi %arg0, %v0 : tensor<2x2xi1>
  %v2 = arith.negf %arg1 : vector<2xf32>
  %v3 = arith.constant dense<7.0> : vector<2xf32>
  %v4 = arith.divf %v2, %v3 : vector<2xf32>
  %v5 = arith.minnumf %v2, %v2 : vector<2xf32>
  %v6 = arith.constant true
  %v7 = arith.constant 1.0 : f80
  %v8 = arith.constant 100.0 : tf32
  %v9 = arith.constant 32 : i32
  %v10:2 = func.call @f1(%v6, %v7, %v8, %v9) : (i1, f80, tf32, i32) -> (i1, i1)
  %v11 = arith.constant -31 : i7
  %v12 = arith.extsi %v11 : i7 to i32
  %v13 = arith.constant dense<0.5> : vector<2xbf16>
  %v14 = arith.fptoui %v13 : vector<2xbf16> to vector<2xi8>
  %v15 = arith.subf %arg1, %arg1 : vector<2xf32>
  %v16 = arith.constant dense<[1.0, 0x00000000]> : vector<2xf32>
  %v17 = arith.remf %v16, %v3 fastmath<nnan,ninf> : vector<2xf32>
  %v18 = arith.index_cast %v1 : tensor<2x2xi1> to tensor<2x2xindex>
  %v19 = arith.extsi %v11 : i7 to i32
  %v20 = arith.constant 0.1 : tf32
  %v21 = arith.constant -7 : i32
  %v22:2 = func.call @f1(%v6, %v7, %v20, %v21) : (i1, f80, tf32, i32) -> (i1, i1)
  %v23 = arith.constant dense<1> : tensor<2x2xindex>
  %v24 = arith.floordivsi %v23, %v18 : tensor<2x2xindex>
  %v25 = arith.index_cast %v24 : tensor<2x2xindex> to tensor<2x2xi16>
  %v26 = arith.constant true
  %v27:2 = arith.mului_extended %v10#1, %v26 : i1
  %v28 = arith.extf %arg1 : vector<2xf32> to vector<2xf64>
  %v29 = arith.constant dense<14> : vector<2x3xi64>
  %v30 = arith.constant 128 : i128
  %v31 = arith.constant dense<[1, -4, -2147483648, -340709179]> : vector<4xi32>
  %v32 = arith.constant 0x6094 : bf16
  %v33 = func.call @f0(%v29, %v30, %v31, %v32) : (vector<2x3xi64>, i128, vector<4xi32>, bf16) -> i1
  %v34 = arith.shrsi %v22#1, %v22#0 {tag = 0 : i64} : i1
  %v35 = arith.shrsi %arg0, %v0 : tensor<2x2xi1>
  %v36 = arith.constant dense<true> : tensor<2x2xi1>
  %v37:2 = arith.addui_extended %v35, %v36 : tensor<2x2xi1>, tensor<2x2xi1>
  %v38 = arith.constant dense<0.0> : vector<2xf64>
  %v39 = arith.maxnumf %v28, %v38 : vector<2xf64>
  return %v33, %v35, %v27#1 : i1, tensor<2x2xi1>, i1
}
func.func @f3(%arg0: i7, %arg1: f64) -> i7 {
  %v0 = arith.constant 13 : i7
  %v1 = arith.ceildivui %arg0, %v0 : i7
  %v2 = arith.ceildivui %arg0, %v0 : i7
  %v3 = arith.minui %v2, %arg0 : i7
  %v4:2 = arith.mului_extended %v2, %v3 : i7
  %v5 = arith.ceildivui %arg0, %v0 {tag = 1 : i64} : i7
  return %v4#0 : i7
}
