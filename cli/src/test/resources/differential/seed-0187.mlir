// Random func/arith module, seed 187.
func.func @f0(%arg0: i1, %arg1: f8E5M2, %arg2: vector<2xf64>) -> (i1, index, index) {
  %v0 = arith.divui %arg0, %arg0 : i1
  %v1 = arith.constant 0xFC : f8E4M3
  %v2 = arith.constant 0x77 : f8E4M3
  %v3 = arith.minnumf %v1, %v2 fastmath<none> : f8E4M3
  %v4 = arith.sitofp %arg0 : i1 to f8E4M3FNUZ
  %v5 = arith.constant 0.0 : f8E5M2
  %v6 = arith.minimumf %v5, %arg1 fastmath<fast> : f8E5M2
  %v7 = arith.divui %arg0, %arg0 : i1
  %v8 = arith.constant true
  %v9 = arith.remui %v7, %v8 : i1
  %v10:2 = arith.addui_extended %v8, %arg0 : i1, i1
  %v11 = arith.constant false
  %v12 = arith.maxsi %v11, %arg0 : i1
  %v13 = arith.constant true
  %v14 = arith.constant 2660947590032376608 : index
  %v15 = arith.select %v13, %v14, %v14 : index
  %v16 = arith.bitcast %v2 : f8E4M3 to i8
  %v17 = arith.constant dense<0xB3ED9CD34D47EADF> : vector<2xf64>
  %v18 = arith.constant dense<[0x14346A77A307247E, 0x0010000000000000]> : vector<2xf64>
  %v19 = arith.select %v8, %v17, %v18 : vector<2xf64>
  %v20 = arith.constant 0x07 : f8E4M3FNUZ
  %v21 = arith.bitcast %v20 : f8E4M3FNUZ to i8
  %v22 = arith.remsi %v12, %v0 : i1
  %v23 = arith.constant -6 : i8
  %v24 = arith.constant 7 : i8
  %v25 = arith.shrui %v23, %v24 : i8
  %v26 = arith.index_castui %v10#1 : i1 to index
  %v27 = arith.constant true
  %v28 = arith.minui %v27, %v11 : i1
  %v29 = arith.minnumf %v19, %v18 : vector<2xf64>
  %v30 = arith.uitofp %v10#1 : i1 to bf16
  return %v22, %v26, %v26 : i1, index, index
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: f8E4M3FN) -> (f8E4M3FN, f8E4M3FN) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.constant 262144 : i32
  %v2 = arith.andi %v0, %v1 : i32
  %v3 = arith.constant false
  %v4 = arith.constant 4 : i32
  %v5 = arith.select %v3, %v1, %v4 : i32
  %v6 = arith.constant 0x00 : f8E4M3FN
  %v7 = arith.divf %arg1, %v6 : f8E4M3FN
  %v8 = arith.select %v3, %v0, %v5 : i32
  %v9 = arith.minsi %v3, %v3 : i1
  %v10 = arith.constant 7.0 : f8E4M3FN
  %v11 = arith.mulf %v7, %v10 : f8E4M3FN
  %v12 = arith.cmpi sgt, %v5, %v0 : i32
  %v13 = arith.constant false
  %v14 = arith.extsi %v13 : i1 to i7
  return %v11, %v11 : f8E4M3FN, f8E4M3FN
}
func.func @f2(%arg0: i1, %arg1: f8E5M2) -> (i1, i1) {
  %v0 = arith.constant true
  %v1 = arith.ceildivui %arg0, %v0 : i1
  %v2 = arith.constant false
  %v3 = arith.minsi %v1, %v2 : i1
  %v4 = arith.constant false
  %v5 = arith.remsi %v4, %v0 : i1
  %v6 = arith.cmpi ule, %v3, %v3 : i1
  %v7 = arith.constant 0x01 : f8E5M2
  %v8 = arith.maximumf %v7, %arg1 : f8E5M2
  %v9 = arith.constant 0x7E : f8E5M2
  %v10 = arith.divf %v9, %arg1 fastmath<arcp,afn> : f8E5M2
  %v11 = arith.select %v2, %v8, %v9 : f8E5M2
  %v12 = arith.addf %v8, %v10 : f8E5M2
  %v13 = arith.select %v2, %v12, %arg1 : f8E5M2
  %v14 = arith.bitcast %v7 : f8E5M2 to i8
  %v15 = arith.constant -5 : i8
  %v16 = arith.maxsi %v15, %v14 : i8
  %v17 = arith.constant -1.0 : f8E5M2
  %v18 = arith.fptoui %v17 : f8E5M2 to i8
  %v19 = arith.constant true
  %v20 = arith.maxsi %v3, %v19 : i1
  %v21 = arith.cmpi uge, %v19, %v20 : i1
  %v22 = arith.constant 32 : i8
  %v23:2 = arith.mulsi_extended %v22, %v16 : i8
  %v24 = arith.constant 0xFC : f8E5M2
  %v25 = arith.select %v1, %v24, %arg1 : f8E5M2
  %v26 = arith.xori %v6, %v4 : i1
  %v27 = arith.constant true
  %v28 = arith.constant false
  %v29 = arith.minsi %v27, %v28 : i1
  %v30 = arith.muli %v29, %v6 overflow<nsw, nuw> : i1
  %v31 = arith.cmpi eq, %v0, %v28 : i1
  %v32 = arith.cmpf false, %v12, %v10 : f8E5M2
  %v33 = arith.constant 0 : i8
  %v34 = arith.index_castui %v33 : i8 to index
  return %v32, %v20 : i1, i1
}
func.func @f3(%arg0: i7, %arg1: tensor<2x2xf32>, %arg2: tensor<3xf32>, %arg3: i1) -> (f8E4M3FN, i1) {
  %v0 = arith.floordivsi %arg0, %arg0 : i7
  %v1 = arith.shrui %arg0, %arg0 : i7
  %v2 = arith.index_castui %v1 : i7 to index
  %v3 = arith.constant dense<0.5> : tensor<3xf32>
  %v4 = arith.mulf %v3, %arg2 : tensor<3xf32>
  %v5 = arith.addf %v4, %arg2 fastmath<nnan,ninf> : tensor<3xf32>
  %v6 = arith.constant false
  %v7 = arith.shrsi %arg3, %v6 : i1
  %v8 = arith.constant dense<4> : vector<2x3xi64>
  %v9 = arith.constant dense<-1742265736804284569> : vector<2x3xi64>
  %v10 = arith.ceildivui %v8, %v9 : vector<2x3xi64>
  %v11 = arith.constant dense<0x00000001> : tensor<2x2xf32>
  %v12 = arith.mulf %v11, %arg1 : tensor<2x2xf32>
  %v13 = arith.constant 1 : i7
  %v14 = arith.shrsi %v13, %v1 exact : i7
  %v15 = arith.constant 1 : i64
  %v16 = arith.constant 9223372036854775807 : i64
  %v17:2 = arith.addui_extended %v15, %v16 : i64, i1
  %v18 = arith.divf %v3, %v5 : tensor<3xf32>
  %v19 = arith.fptoui %v18 : tensor<3xf32> to tensor<3xi1>
  %v20 = arith.constant dense<[0x7F7FFFFF, 0x7F800000, 0x00000001]> : tensor<3xf32>
  %v21 = arith.constant dense<0x7F7FFFFF> : tensor<3xf32>
  %v22 = arith.addf %v20, %v21 : tensor<3xf32>
  %v23 = arith.constant 0x07 : f8E4M3FNUZ
  %v24 = arith.constant 0x75 : f8E4M3FN
  %v25:2 = func.call @f1(%v23, %v24) : (f8E4M3FNUZ, f8E4M3FN) -> (f8E4M3FN, f8E4M3FN)
  %v26 = arith.divf %v25#0, %v25#1 fastmath<nnan> : f8E4M3FN
  %v27 = arith.constant dense<true> : tensor<3xi1>
  %v28 = arith.remsi %v19, %v27 : tensor<3xi1>
  %v29 = arith.floordivsi %arg0, %arg0 : i7
  %v30 = arith.constant true
  %v31 = arith.select %v30, %arg3, %v6 : i1
  %v32 = arith.addf %v20, %v21 : tensor<3xf32>
  %v33 = arith.subf %v22, %v5 : tensor<3xf32>
  %v34 = arith.remui %v16, %v16 : i64
  %v35 = arith.addf %v20, %v21 : tensor<3xf32>
  %v36 = arith.constant 4.0 : f8E5M2
  %v37 = arith.constant dense<[0xB760F58FB934FE27, 0.1]> : vector<2xf64>
  %v38:3 = func.call @f0(%v30, %v36, %v37) : (i1, f8E5M2, vector<2xf64>) -> (i1, index, index)
  return %v26, %v31 : f8E4M3FN, i1
}
