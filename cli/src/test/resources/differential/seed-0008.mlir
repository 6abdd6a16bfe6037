// Random func/arith module, seed 8.
func.func @f0(%arg0: vector<2xf16>, %arg1: f64, %arg2: index, %arg3: index) -> (vector<2xf16>, vector<2xf16>, f64) {
  %v0 = arith.constant dense<[]> : tensor<0xi64>
  %v1 = arith.minui %v0, %v0 : tensor<0xi64>
  %v2 = arith.constant 9223372036854775807 : i64
  %v3:2 = arith.addui_extended %v2, %v2 : i64, i1
  %v4 = arith.constant 100.0 : f64
  %v5 = arith.remf %arg1, %v4 : f64
  %v6 = arith.constant dense<0xFC00> : vector<2xf16>
  %v7 = arith.addf %v6, %arg0 : vector<2xf16>
  %v8 = arith.constant true
  %v9 = arith.ceildivsi %v3#1, %v8 : i1
  %v10 = arith.ceildivsi %v3#1, %v8 : i1
  return %v7, %v7, %v5 : vector<2xf16>, vector<2xf16>, f64
}
func.func @f1(%arg0: vector<i1>, %arg1: f8E3M4, %arg2: tensor<0xi8>, %arg3: i16) -> (f8E3M4, i128) {
  %v0 = arith.negf %arg1 : f8E3M4
  %v1 = arith.negf %v0 : f8E3M4
  %v2 = arith.minnumf %v0, %arg1 : f8E3M4
  %v3 = arith.index_castui %arg0 : vector<i1> to vector<index>
  %v4 = arith.index_castui %v3 : vector<index> to vector<i1>
  %v5 = arith.constant 0xF8 : f8E3M4
  %v6 = arith.addf %v0, %v5 fastmath<nnan> : f8E3M4
  %v7 = arith.constant -3.0e-05 : f8E3M4
  %v8 = arith.constant 1.0e+10 : f8E3M4
  %v9 = arith.maximumf %v7, %v8 fastmath<arcp,afn> : f8E3M4
  %v10 = arith.constant dense<-1> : tensor<0xi8>
  %v11 = arith.minsi %v10, %arg2 : tensor<0xi8>
  %v12 = arith.constant 0xF0 : f8E3M4
  %v13 = arith.maximumf %v12, %v12 : f8E3M4
  %v14 = arith.index_cast %arg3 : i16 to index
  %v15 = arith.constant -3 : index
  %v16 = arith.cmpi ne, %v15, %v14 : index
  %v17 = arith.constant true
  %v18 = arith.constant false
  %v19 = arith.select %v16, %v18, %v17 : i1
  %v20 = arith.maxnumf %v0, %arg1 : f8E3M4
  %v21 = arith.constant 1.0 : f8E3M4
  %v22 = arith.negf %v21 : f8E3M4
  %v23 = arith.addf %v6, %v21 : f8E3M4
  %v24 = arith.constant 63 : index
  %v25 = arith.select %v17, %v24, %v14 : index
  %v26 = arith.constant 0 : i16
  %v27 = arith.cmpi ugt, %arg3, %v26 : i16
  %v28 = arith.constant 4.0 : f8E3M4
  %v29 = arith.minimumf %v21, %v28 : f8E3M4
  %v30 = arith.negf %v20 : f8E3M4
  %v31 = arith.constant dense<7> : tensor<0xi8>
  %v32 = arith.trunci %v31 : tensor<0xi8> to tensor<0xi1>
  %v33 = arith.index_castui %v14 : index to i128
  %v34 = arith.select %v16, %v6, %v20 : f8E3M4
  %v35 = arith.maxnumf %v0, %arg1 : f8E3M4
  %v36 = arith.select %v16, %v6, %v20 : f8E3M4
  %v37 = arith.constant 512 : i16
  %v38 = arith.minui %v26, %v37 : i16
  %v39 = arith.constant 14 : i16
  %v40 = arith.minui %v38, %v39 {tag = 0 : i64} : i16
  %v41 = arith.constant dense<0x007F> : vector<bf16>
  %v42 = arith.constant dense<0x8000> : vector<bf16>
  %v43 = arith.remf %v41, %v42 fastmath<arcp,afn> : vector<bf16>
  return %v23, %v33 : f8E3M4, i128
}
func.func @f2(%arg0: f6E2M3FN, %arg1: f4E2M1FN, %arg2: tensor<2x2xf64>) -> (f6E2M3FN, vector<[4]xindex>) {
  %v0 = arith.constant dense<0.1> : tensor<2x2xf64>
  %v1 = arith.cmpf uno, %arg2, %v0 : tensor<2x2xf64>
  %v2 = arith.constant 0x28 : f6E2M3FN
  %v3 = arith.constant -2.5 : f6E2M3FN
  %v4 = arith.minimumf %v2, %v3 fastmath<nnan> : f6E2M3FN
  %v5 = arith.minimumf %v3, %v2 fastmath<nnan> : f6E2M3FN
  %v6 = arith.constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %v7 = arith.extsi %v6 : tensor<2x2xi1> to tensor<2x2xi16>
  %v8 = arith.constant dense<false> : tensor<2x2xi1>
  %v9 = arith.andi %v1, %v8 : tensor<2x2xi1>
  %v10 = arith.constant dense<[[false, true], [false, false]]> : tensor<2x2xi1>
  %v11 = arith.ori %v9, %v10 : tensor<2x2xi1>
  %v12 = arith.constant dense<true> : tensor<2x2xi1>
  %v13 = arith.ori %v12, %v11 : tensor<2x2xi1>
  %v14 = arith.cmpi ugt, %v11, %v1 : tensor<2x2xi1>
  %v15 = arith.select %v14, %v1, %v11 : tensor<2x2xi1>, tensor<2x2xi1>
  %v16 = arith.constant dense<10133> : tensor<2x2xi16>
  %v17 = arith.constant dense<0> : tensor<2x2xi16>
  %v18 = arith.ori %v16, %v17 : tensor<2x2xi16>
  %v19 = arith.constant dense<0xBC00> : vector<2xf16>
  %v20 = arith.constant 0x0000000000000000 : f64
  %v21 = arith.constant 9 : index
  %v22:3 = func.call @f0(%v19, %v20, %v21, %v21) : (vector<2xf16>, f64, index, index) -> (vector<2xf16>, vector<2xf16>, f64)
  %v23 = arith.constant dense<-0.75> : tensor<0xbf16>
  %v24 = arith.extf %v23 fastmath<nnan,ninf> : tensor<0xbf16> to tensor<0xf64>
  %v25 = arith.extui %v16 : tensor<2x2xi16> to tensor<2x2xi32>
  %v26 = arith.constant dense<144115188075855872> : vector<[4]xindex>
  %v27 = arith.constant dense<0> : vector<[4]xindex>
  %v28 = arith.ceildivui %v26, %v27 : vector<[4]xindex>
  %v29 = arith.constant 0.0 : f4E2M1FN
  %v30 = arith.subf %arg1, %v29 : f4E2M1FN
  %v31 = arith.constant true
  %v32 = arith.constant dense<true> : tensor<2x2xi1>
  %v33 = arith.constant dense<true> : tensor<2x2xi1>
  %v34 = arith.select %v31, %v32, %v33 : tensor<2x2xi1>
  %v35 = arith.select %v31, %v2, %arg0 : f6E2M3FN
  %v36 = arith.truncf %v22#2 {tag = 0 : i64} : f64 to f8E4M3FN
  %v37 = arith.cmpi ugt, %v11, %v1 : tensor<2x2xi1>
  %v38 = arith.constant 0.1 : f4E2M1FN
  %v39 = arith.mulf %v38, %v30 : f4E2M1FN
  %v40 = arith.constant 0xBFF0000000000000 : f64
  %v41 = arith.constant 0.1 : f64
  %v42 = arith.remf %v40, %v41 fastmath<nsz> : f64
  %v43 = arith.addf %v3, %arg0 : f6E2M3FN
  %v44 = arith.constant -1 : index
  %v45 = arith.cmpi sle, %v21, %v44 : index
  return %v43, %v28 : f6E2M3FN, vector<[4]xindex>
}
