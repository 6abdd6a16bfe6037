// Random func/arith module, seed 131.
func.func @f0(%arg0: i64) -> (bf16, i1) {
  %v0 = arith.constant -3627213775171221733 : i64
  %v1 = arith.constant 1 : i64
  %v2 = arith.shli %v0, %v1 : i64
  %v3 = arith.constant 11 : index
  %v4 = arith.constant 9223372036854775807 : index
  %v5 = arith.floordivsi %v3, %v4 : index
  %v6 = arith.constant 0x7F7F : bf16
  %v7 = arith.fptosi %v6 : bf16 to i7
  %v8 = arith.constant 0x3115 : bf16
  %v9 = arith.minnumf %v8, %v6 : bf16
  %v10 = arith.mulf %v8, %v6 fastmath<nsz> : bf16
  %v11 = arith.constant 0 : i64
  %v12 = arith.cmpi ne, %arg0, %v11 : i64
  %v13 = arith.constant true
  %v14 = arith.constant false
  %v15 = arith.select %v12, %v13, %v14 : i1
  %v16 = arith.ori %v14, %v12 : i1
  %v17 = arith.addi %v12, %v13 overflow<nuw> : i1
  %v18 = arith.constant false
  %v19 = arith.shrsi %v12, %v18 exact : i1
  %v20 = arith.cmpi ne, %arg0, %v11 : i64
  %v21 = arith.constant 0.1 : bf16
  %v22 = arith.constant -1.0 : bf16
  %v23 = arith.mulf %v21, %v22 : bf16
  %v24 = arith.constant 0x7F7F : bf16
  %v25 = arith.constant 0x7F80 : bf16
  %v26 = arith.minnumf %v24, %v25 : bf16
  %v27 = arith.minnumf %v6, %v8 : bf16
  %v28 = arith.minui %v12, %v20 : i1
  %v29 = arith.constant false
  %v30 = arith.ceildivui %v29, %v20 : i1
  %v31 = arith.addf %v26, %v25 fastmath<ninf> : bf16
  %v32 = arith.xori %v17, %v28 : i1
  %v33 = arith.constant true
  %v34 = arith.uitofp %v33 : i1 to f8E5M2
  return %v31, %v28 : bf16, i1
}
func.func @f1(%arg0: bf16, %arg1: f64) -> f64 {
  %v0 = arith.constant dense<-1> : vector<2x3xi32>
  %v1 = arith.constant dense<16> : vector<2x3xi32>
  %v2 = arith.cmpi ule, %v0, %v1 : vector<2x3xi32>
  %v3 = arith.constant 1.0 : f64
  %v4 = arith.bitcast %v3 : f64 to i64
  %v5 = arith.remf %arg0, %arg0 fastmath<nsz> : bf16
  %v6 = arith.sitofp %v1 : vector<2x3xi32> to vector<2x3xf32>
  %v7 = arith.constant dense<[[false, true, true], [false, true, true]]> : vector<2x3xi1>
  %v8 = arith.maxui %v7, %v7 : vector<2x3xi1>
  %v9 = arith.constant dense<[[1, 1, 3], [-1, 128, 3]]> : vector<2x3xi32>
  %v10 = arith.index_castui %v9 : vector<2x3xi32> to vector<2x3xindex>
  %v11 = arith.constant dense<[[1, 1, -6], [1099511627776, -1, 1]]> : vector<2x3xi64>
  %v12 = arith.constant dense<[[9223372036854775807, 6850410463873585787, -9223372036854775808], [-8, -1, 63]]> : vector<2x3xi64>
  %v13:2 = arith.mulsi_extended %v11, %v12 : vector<2x3xi64>
  %v14 = arith.negf %arg1 : f64
  return %arg1 : f64
}
func.func @f2(%arg0: tensor<2x2xi1>, %arg1: f64, %arg2: vector<2xf32>, %arg3: vector<2xf64>) -> i1 {
  %v0 = arith.divf %arg2, %arg2 : vector<2xf32>
  %v1 = arith.constant dense<true> : tensor<2x2xi1>
  %v2 = arith.ceildivsi %arg0, %v1 : tensor<2x2xi1>
  %v3 = arith.divf %arg1, %arg1 : f64
  %v4 = arith.negf %arg3 fastmath<nnan,ninf> : vector<2xf64>
  %v5 = arith.constant 0x80000000 : f32
  %v6 = arith.extf %v5 : f32 to f64
  %v7 = arith.constant true
  %v8 = arith.constant 1.0 : f32
  %v9 = arith.constant 100.0 : f32
  %v10 = arith.select %v7, %v8, %v9 : f32
  %v11 = arith.constant 33 : i33
  %v12 = arith.remui %v11, %v11 : i33
  %v13 = arith.constant 0x7FF8000000000000 : f64
  %v14 = arith.cmpf ugt, %v13, %v3 : f64
  %v15 = arith.constant 1.0 : f64
  %v16 = arith.mulf %v3, %v15 : f64
  %v17:2 = arith.mulsi_extended %v14, %v7 : i1
  %v18 = arith.select %v7, %v8, %v9 : f32
  %v19 = arith.constant 0 : i64
  %v20:2 = func.call @f0(%v19) : (i64) -> (bf16, i1)
  %v21 = arith.constant 9223372036854775807 : i64
  %v22 = arith.muli %v21, %v19 : i64
  return %v17#1 : i1
}
