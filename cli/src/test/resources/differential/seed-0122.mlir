// Random func/arith module, seed 122.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: f6E3M2FN, %arg2: index, %arg3: tensor<2x2xf16>) -> (index, index) {
  %v0 = arith.constant 1 : index
  %v1 = arith.constant 9223372036854775807 : index
  %v2 = arith.ceildivsi %v0, %v1 : index
  %v3 = arith.constant 3 : index
  %v4 = arith.shrui %v3, %v1 : index
  %v5 = arith.constant 0 : index
  %v6 = arith.maxsi %arg2, %v5 : index
  %v7 = arith.constant -3 : index
  %v8 = arith.maxsi %v6, %v7 : index
  %v9 = arith.constant 1 : i64
  %v10 = arith.bitcast %v9 : i64 to f64
  %v11 = arith.bitcast %v10 : f64 to i64
  %v12 = arith.remui %v6, %v4 : index
  %v13 = arith.constant false
  %v14 = arith.constant 5951965697844356356 : index
  %v15 = arith.select %v13, %v14, %v7 : index
  %v16 = arith.ceildivsi %v0, %v1 : index
  %v17 = arith.maxsi %arg2, %v5 : index
  %v18 = arith.constant 9223372036854775807 : i64
  %v19:2 = arith.mulsi_extended %v18, %v18 : i64
  %v20 = arith.remui %v6, %v4 : index
  %v21 = arith.constant false
  %v22 = arith.cmpi ugt, %v13, %v21 : i1
  return %v17, %v17 : index, index
}
func.func @f1(%arg0: f128, %arg1: i64, %arg2: vector<[4]xf32>, %arg3: f80) -> (index, index, index) {
  %v0 = arith.constant dense<0x00800000> : vector<[4]xf32>
  %v1 = arith.mulf %arg2, %v0 fastmath<none> {tag = 0 : i64} : vector<[4]xf32>
  %v2 = arith.constant 1.0 : f128
  %v3 = arith.cmpf ugt, %v2, %arg0 : f128
  %v4 = arith.cmpi sge, %arg1, %arg1 : i64
  %v5 = arith.constant 100.0 : f8E5M2FNUZ
  %v6 = arith.constant -2.5 : f6E3M2FN
  %v7 = arith.constant 7403885783935729683 : index
  %v8 = arith.constant dense<0x0001> : tensor<2x2xf16>
  %v9:2 = func.call @f0(%v5, %v6, %v7, %v8) {tag = 0 : i64} : (f8E5M2FNUZ, f6E3M2FN, index, tensor<2x2xf16>) -> (index, index)
  %v10 = arith.minnumf %v1, %arg2 fastmath<nnan,ninf> : vector<[4]xf32>
  %v11 = arith.addi %v4, %v4 : i1
  return %v9#1, %v9#0, %v9#1 : index, index, index
}
func.func @f2(%arg0: f8E5M2FNUZ) {
  %v0 = arith.constant 549755813888 : index
  %v1 = arith.index_cast %v0 : index to i33
  %v2 = arith.index_cast %v0 : index to i33
  %v3 = arith.constant 0x7E : f8E5M2FNUZ
  %v4 = arith.divf %arg0, %v3 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v5 = arith.constant 0x80 : f8E5M2FNUZ
  %v6 = arith.mulf %arg0, %v5 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v7 = arith.constant -6 : index
  %v8 = arith.cmpi ugt, %v0, %v7 : index
  %v9 = arith.constant -1 : index
  %v10 = arith.maxsi %v7, %v9 : index
  %v11 = arith.index_cast %v0 : index to i33
  %v12 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v13 = arith.cmpf ult, %v12, %v4 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v14 = arith.sitofp %v13 : i1 to f4E2M1FN
  %v15 = arith.select %v13, %v14, %v14 {tag = 1 : i64} : f4E2M1FN
  return
}
func.func @f3(%arg0: f80, %arg1: i16, %arg2: i128, %arg3: f64) -> tensor<3xi64> {
  %v0 = arith.negf %arg0 {tag = 1 : i64} : f80
  %v1 = arith.constant 1 : i128
  %v2 = arith.cmpi ne, %arg2, %v1 : i128
  %v3 = arith.constant 13 : index
  %v4 = arith.constant 1 : index
  %v5 = arith.remui %v3, %v4 : index
  %v6 = arith.constant 1.0 : f80
  %v7 = arith.cmpf ugt, %arg0, %v6 fastmath<arcp,afn> : f80
  %v8 = arith.constant -749075980204075646 : index
  %v9 = arith.constant 65 : index
  %v10 = arith.cmpi sgt, %v8, %v9 : index
  %v11 = arith.constant true
  %v12 = arith.ori %v7, %v11 : i1
  %v13 = arith.negf %arg3 : f64
  %v14 = arith.constant false
  %v15 = arith.ori %v2, %v14 : i1
  %v16 = arith.constant true
  %v17 = arith.ori %v15, %v16 : i1
  %v18 = arith.constant -6 : i128
  %v19 = arith.cmpi ne, %arg2, %v18 : i128
  %v20 = arith.constant true
  %v21 = arith.maxui %v12, %v20 : i1
  %v22 = arith.constant dense<-9223372036854775808> : vector<[4]xindex>
  %v23 = arith.constant dense<0> : vector<[4]xindex>
  %v24 = arith.cmpi eq, %v22, %v23 : vector<[4]xindex>
  %v25 = arith.maxui %arg1, %arg1 : i16
  %v26 = arith.negf %arg0 {tag = 1 : i64} : f80
  %v27 = arith.constant dense<2450016399375502765> : tensor<3xi64>
  %v28 = arith.constant dense<1> : tensor<3xi64>
  %v29:2 = arith.mului_extended %v27, %v28 : tensor<3xi64>
  %v30 = arith.cmpi eq, %v22, %v23 : vector<[4]xindex>
  %v31 = arith.constant 0xBFFF0000000000000000 : f80
  %v32 = arith.cmpf false, %v31, %arg0 fastmath<nsz> : f80
  %v33 = arith.constant 1 : i32
  %v34 = arith.index_castui %v33 : i32 to index
  %v35 = arith.constant 0xBC : f8E5M2FNUZ
  func.call @f2(%v35) {tag = 0 : i64} : (f8E5M2FNUZ) -> ()
  %v37 = arith.constant -0.75 : f64
  %v38 = arith.maxnumf %v37, %v13 : f64
  %v39 = arith.negf %arg0 {tag = 1 : i64} : f80
  return %v29#1 : tensor<3xi64>
}
