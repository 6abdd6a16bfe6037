// Random func/arith module, seed 102.
func.func @f0(%arg0: tensor<2x2xf32>) -> (tensor<2x2xindex>, tensor<2x2xindex>) {
  %v0 = arith.constant dense<0x7FC00000> : tensor<2x2xf32>
  %v1 = arith.cmpf oge, %arg0, %v0 : tensor<2x2xf32>
  %v2 = arith.constant dense<[[true, true], [true, true]]> : tensor<2x2xi1>
  %v3 = arith.constant dense<true> : tensor<2x2xi1>
  %v4:2 = arith.addui_extended %v2, %v3 : tensor<2x2xi1>, tensor<2x2xi1>
  %v5 = arith.index_castui %v1 : tensor<2x2xi1> to tensor<2x2xindex>
  %v6 = arith.constant -1 : index
  %v7 = arith.cmpi slt, %v6, %v6 : index
  %v8 = arith.minnumf %v0, %arg0 fastmath<reassoc,contract> : tensor<2x2xf32>
  %v9 = arith.constant dense<[[false, true], [false, false]]> : tensor<2x2xi1>
  %v10 = arith.subi %v3, %v9 overflow<none> : tensor<2x2xi1>
  %v11 = arith.constant 0x08 : f8E4M3
  %v12 = arith.cmpf ueq, %v11, %v11 : f8E4M3
  %v13 = arith.cmpf ueq, %v11, %v11 : f8E4M3
  %v14 = arith.constant -128 : i8
  %v15 = arith.constant 1 : i8
  %v16 = arith.shrui %v14, %v15 : i8
  %v17 = arith.index_cast %v1 : tensor<2x2xi1> to tensor<2x2xindex>
  %v18 = arith.cmpf ueq, %v11, %v11 : f8E4M3
  %v19 = arith.shrui %v14, %v15 : i8
  return %v17, %v17 : tensor<2x2xindex>, tensor<2x2xindex>
}
func.func @f1(%arg0: i64) -> (i64, vector<2x3xi1>) {
  %v0 = arith.constant -1.0 : f8E4M3FN
  %v1 = arith.negf %v0 fastmath<reassoc,contract> : f8E4M3FN
  %v2 = arith.constant dense<true> : vector<2x3xi1>
  %v3 = arith.maxui %v2, %v2 : vector<2x3xi1>
  %v4 = arith.constant false
  %v5 = arith.constant 16 : i7
  %v6 = arith.constant 0 : i7
  %v7 = arith.select %v4, %v5, %v6 : i7
  %v8 = arith.constant dense<0x8000000000000000> : vector<[4]xf64>
  %v9 = arith.fptoui %v8 : vector<[4]xf64> to vector<[4]xi32>
  %v10 = arith.remsi %arg0, %arg0 : i64
  %v11 = arith.constant dense<[[true, false], [true, false]]> : tensor<2x2xi1>
  %v12 = arith.constant dense<1> : tensor<2x2xi16>
  %v13 = arith.constant dense<17> : tensor<2x2xi16>
  %v14 = arith.select %v11, %v12, %v13 : tensor<2x2xi1>, tensor<2x2xi16>
  %v15 = arith.fptoui %v8 : vector<[4]xf64> to vector<[4]xi32>
  %v16 = arith.xori %arg0, %v10 : i64
  %v17 = arith.shli %v10, %v10 overflow<nsw, nuw> : i64
  %v18 = arith.remsi %arg0, %arg0 : i64
  return %v18, %v3 : i64, vector<2x3xi1>
}
func.func @f2(%arg0: f8E4M3FNUZ, %arg1: i32, %arg2: f64, %arg3: f32) -> (i64, f8E4M3FNUZ) {
  %v0 = arith.divui %arg1, %arg1 : i32
  %v1 = arith.constant 2147483647 : i32
  %v2 = arith.ceildivsi %v1, %v0 : i32
  %v3 = arith.addi %arg1, %v1 : i32
  %v4 = arith.constant 3.0 : f64
  %v5 = arith.cmpf uno, %arg2, %v4 fastmath<nnan> : f64
  %v6 = arith.constant 0 : i64
  %v7:2 = func.call @f1(%v6) : (i64) -> (i64, vector<2x3xi1>)
  %v8 = arith.sitofp %v7#1 : vector<2x3xi1> to vector<2x3xf32>
  %v9 = arith.fptosi %v8 : vector<2x3xf32> to vector<2x3xi1>
  %v10 = arith.constant 4 : i64
  %v11 = arith.ceildivsi %v7#0, %v10 : i64
  %v12 = arith.constant true
  %v13 = arith.remsi %v5, %v12 : i1
  %v14 = arith.negf %arg0 fastmath<none> : f8E4M3FNUZ
  %v15 = arith.remsi %v5, %v12 : i1
  %v16 = arith.constant true
  %v17 = arith.cmpi ne, %v15, %v16 : i1
  %v18 = arith.constant dense<[[0x00800000, 0x3F800000, 7.0], [0x7F7FFFFF, -3.0e-05, 0x7F7FFFFF]]> : vector<2x3xf32>
  %v19 = arith.mulf %v18, %v8 : vector<2x3xf32>
  %v20 = arith.constant dense<true> : vector<2x3xi1>
  %v21 = arith.subi %v20, %v7#1 overflow<nsw, nuw> : vector<2x3xi1>
  %v22 = arith.extui %v17 : i1 to i64
  %v23 = arith.extui %v5 : i1 to i64
  %v24 = arith.cmpi slt, %v22, %v23 : i64
  %v25 = arith.constant -1.0 : f8E4M3FN
  %v26 = arith.bitcast %v25 : f8E4M3FN to f8E5M2FNUZ
  %v27 = arith.constant 0xF8 : f8E4M3FNUZ
  %v28 = arith.cmpf ole, %v27, %v14 : f8E4M3FNUZ
  %v29 = arith.constant 0x00000001 : f32
  %v30 = arith.cmpf oeq, %arg3, %v29 : f32
  return %v22, %arg0 : i64, f8E4M3FNUZ
}
func.func @f3(%arg0: vector<f16>) -> (i64, vector<f16>, vector<f16>, i64) {
  %v0 = arith.constant dense<0xFC00> : vector<f16>
  %v1 = arith.minimumf %v0, %arg0 : vector<f16>
  %v2 = arith.constant -4 : i32
  %v3 = arith.addi %v2, %v2 : i32
  %v4 = arith.constant -1 : i64
  %v5:2 = func.call @f1(%v4) : (i64) -> (i64, vector<2x3xi1>)
  %v6 = arith.sitofp %v4 : i64 to f16
  %v7:2 = func.call @f1(%v4) : (i64) -> (i64, vector<2x3xi1>)
  %v8 = arith.constant dense<false> : vector<2x3xi1>
  %v9 = arith.uitofp %v8 : vector<2x3xi1> to vector<2x3xf64>
  %v10 = arith.constant dense<0x8000> : vector<f16>
  %v11 = arith.minimumf %arg0, %v10 : vector<f16>
  %v12 = arith.negf %v1 fastmath<nnan> : vector<f16>
  %v13 = arith.constant 9 : i32
  %v14 = arith.constant -1 : i32
  %v15:2 = arith.mului_extended %v13, %v14 : i32
  %v16 = arith.constant 1 : i64
  %v17 = arith.addi %v5#0, %v16 : i64
  %v18 = arith.constant 274877906944 : i64
  %v19 = arith.addi %v17, %v18 : i64
  %v20 = arith.minimumf %v11, %arg0 fastmath<none> : vector<f16>
  %v21 = arith.constant dense<false> : vector<i1>
  %v22 = arith.select %v21, %v20, %v12 : vector<i1>, vector<f16>
  %v23 = arith.addi %v17, %v18 : i64
  %v24 = arith.constant 6 : i32
  %v25:2 = arith.mului_extended %v24, %v13 : i32
  %v26 = arith.remf %v20, %v11 : vector<f16>
  %v27 = arith.uitofp %v8 : vector<2x3xi1> to vector<2x3xf64>
  return %v18, %v26, %v26, %v17 : i64, vector<f16>, vector<f16>, i64
}
