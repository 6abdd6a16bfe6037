// Random func/arith module, seed 53.
func.func @f0(%arg0: f32, %arg1: f64) -> (f64, f64, f64, f64) {
  %v0 = arith.constant dense<true> : tensor<2x2xi1>
  %v1 = arith.extui %v0 : tensor<2x2xi1> to tensor<2x2xi64>
  %v2 = arith.constant dense<0> : tensor<2x2xi64>
  %v3 = arith.addi %v2, %v1 : tensor<2x2xi64>
  %v4 = arith.constant dense<1> : tensor<2x2xi64>
  %v5 = arith.divsi %v2, %v4 : tensor<2x2xi64>
  %v6 = arith.extui %v0 : tensor<2x2xi1> to tensor<2x2xi64>
  %v7 = arith.maxnumf %arg1, %arg1 : f64
  %v8 = arith.addi %v2, %v1 : tensor<2x2xi64>
  return %v7, %v7, %v7, %v7 : f64, f64, f64, f64
}
func.func @f1(%arg0: tensor<2x2xf16>, %arg1: i64, %arg2: tensor<0xi64>) -> (tensor<0xi64>, tensor<0xi64>) {
  %v0 = arith.constant dense<0x03FF> : tensor<2x2xf16>
  %v1 = arith.subf %v0, %arg0 : tensor<2x2xf16>
  %v2 = arith.subf %v0, %arg0 : tensor<2x2xf16>
  %v3 = arith.constant dense<[]> : tensor<0xi64>
  %v4 = arith.remsi %arg2, %v3 : tensor<0xi64>
  %v5 = arith.constant dense<0.0> : tensor<2x2xf16>
  %v6 = arith.addf %v2, %v5 : tensor<2x2xf16>
  %v7 = arith.constant 18427862141262997601 : i64
  %v8 = arith.xori %arg1, %v7 : i64
  %v9 = arith.constant false
  %v10 = arith.select %v9, %v7, %v8 : i64
  %v11 = arith.maxui %arg2, %arg2 : tensor<0xi64>
  %v12 = arith.cmpi ne, %v8, %v7 : i64
  %v13 = arith.constant 0xFFC00000 : f32
  %v14 = arith.constant 0xFFF8000000000000 : f64
  %v15:4 = func.call @f0(%v13, %v14) : (f32, f64) -> (f64, f64, f64, f64)
  %v16 = arith.divsi %v7, %v10 : i64
  %v17 = arith.constant dense<4.0> : tensor<2x2xf16>
  %v18 = arith.minimumf %v5, %v17 fastmath<reassoc,contract> : tensor<2x2xf16>
  %v19 = arith.constant 0 : i64
  %v20 = arith.subi %v16, %v19 : i64
  %v21 = arith.constant -9223372036854775808 : i64
  %v22 = arith.divsi %v21, %arg1 : i64
  %v23 = arith.extui %v12 : i1 to i64
  %v24 = arith.extui %v9 : i1 to i64
  %v25 = arith.cmpi ne, %v23, %v24 : i64
  %v26:4 = func.call @f0(%v13, %v15#0) : (f32, f64) -> (f64, f64, f64, f64)
  %v27 = arith.constant 100.0 : f32
  %v28 = arith.constant 100.0 : f64
  %v29:4 = func.call @f0(%v27, %v28) : (f32, f64) -> (f64, f64, f64, f64)
  %v30 = arith.constant 63 : i64
  %v31 = arith.remsi %v23, %v30 : i64
  return %v3, %v11 : tensor<0xi64>, tensor<0xi64>
}
func.func @f2(%arg0: f8E8M0FNU) -> (i1, i16, f64) {
  %v0 = arith.constant 0 : i33
  %v1 = arith.constant 4294967295 : i33
  %v2 = arith.muli %v0, %v1 : i33
  %v3 = arith.constant -1.0 : f32
  %v4 = arith.constant 0x0000000000000001 : f64
  %v5:4 = func.call @f0(%v3, %v4) : (f32, f64) -> (f64, f64, f64, f64)
  %v6 = arith.constant 0x7F7FFFFF : f32
  %v7 = arith.maxnumf %v3, %v6 fastmath<reassoc,contract> : f32
  %v8 = arith.extui %v0 : i33 to i64
  %v9 = arith.extui %v0 : i33 to i64
  %v10 = arith.cmpi ult, %v8, %v9 : i64
  %v11 = arith.subi %v1, %v2 : i33
  %v12 = arith.constant 4294967295 : i33
  %v13 = arith.cmpi ult, %v12, %v1 : i33
  %v14 = arith.constant 6 : i64
  %v15 = arith.ceildivui %v14, %v14 : i64
  %v16 = arith.fptosi %arg0 : f8E8M0FNU to i64
  %v17 = arith.constant -9223372036854775808 : i64
  %v18 = arith.select %v10, %v17, %v14 : i64
  %v19 = arith.constant dense<7> : tensor<0xi32>
  %v20 = arith.extui %v19 : tensor<0xi32> to tensor<0xi64>
  %v21 = arith.constant dense<4> : tensor<0xi32>
  %v22 = arith.extui %v21 : tensor<0xi32> to tensor<0xi64>
  %v23 = arith.cmpi sle, %v20, %v22 : tensor<0xi64>
  %v24 = arith.constant 0x8000000000000000 : f64
  %v25 = arith.cmpf false, %v24, %v5#1 fastmath<reassoc,contract> : f64
  %v26 = arith.trunci %v16 : i64 to i16
  %v27 = arith.extui %v21 : tensor<0xi32> to tensor<0xi64>
  %v28 = arith.extui %v21 : tensor<0xi32> to tensor<0xi64>
  %v29 = arith.index_cast %v13 : i1 to index
  %v30:4 = func.call @f0(%v6, %v5#0) : (f32, f64) -> (f64, f64, f64, f64)
  %v31:4 = func.call @f0(%v3, %v4) : (f32, f64) -> (f64, f64, f64, f64)
  %v32 = arith.constant true
  %v33 = arith.cmpi sgt, %v25, %v32 : i1
  %v34 = arith.select %v33, %v32, %v25 : i1
  %v35 = arith.constant 17 : i16
  %v36:2 = arith.mulsi_extended %v35, %v35 : i16
  %v37 = arith.constant true
  %v38 = arith.constant 100.0 : f64
  %v39 = arith.select %v37, %v38, %v30#3 : f64
  %v40 = arith.bitcast %v5#0 : f64 to i64
  return %v33, %v36#0, %v31#3 : i1, i16, f64
}
func.func @f3(%arg0: f8E5M2FNUZ, %arg1: f8E4M3FNUZ, %arg2: vector<4xindex>) -> (vector<4xi8>, f64) {
  %v0 = arith.shli %arg2, %arg2 overflow<nsw> : vector<4xindex>
  %v1 = arith.constant dense<0> : vector<4xi8>
  %v2 = arith.extsi %v1 : vector<4xi8> to vector<4xi64>
  %v3 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v4 = arith.cmpi eq, %v2, %v3 : vector<4xi64>
  %v5 = arith.constant dense<17179869184> : vector<4xindex>
  %v6 = arith.cmpi eq, %arg2, %v5 : vector<4xindex>
  %v7 = arith.constant 0.5 : f6E3M2FN
  %v8 = arith.fptoui %v7 : f6E3M2FN to i16
  %v9 = arith.constant dense<0x8000> : vector<f16>
  %v10 = arith.constant dense<0xFC00> : vector<f16>
  %v11 = arith.minimumf %v9, %v10 : vector<f16>
  %v12 = arith.sitofp %v4 : vector<4xi1> to vector<4xbf16>
  %v13 = arith.constant -1010291274106347826 : index
  %v14 = arith.divsi %v13, %v13 : index
  %v15 = arith.constant dense<true> : vector<4xi1>
  %v16 = arith.cmpi ugt, %v6, %v15 : vector<4xi1>
  %v17 = arith.constant 0x80 : f8E5M2FNUZ
  %v18 = arith.constant 0x99 : f8E5M2FNUZ
  %v19 = arith.subf %v17, %v18 : f8E5M2FNUZ
  %v20 = arith.constant dense<4294967296> : vector<4xindex>
  %v21 = arith.floordivsi %v0, %v20 : vector<4xindex>
  %v22 = arith.constant dense<[1, 1, 928724189371377559, 63]> : vector<4xindex>
  %v23 = arith.cmpi ugt, %v21, %v22 : vector<4xindex>
  %v24 = arith.cmpf false, %arg1, %arg1 fastmath<arcp,afn> : f8E4M3FNUZ
  %v25 = arith.constant dense<[false, false, false, true]> : vector<4xi1>
  %v26 = arith.constant dense<true> : vector<4xi1>
  %v27 = arith.ceildivsi %v25, %v26 : vector<4xi1>
  %v28 = arith.cmpi ugt, %v21, %v22 : vector<4xindex>
  %v29 = arith.constant 0x00 : f8E8M0FNU
  %v30:3 = func.call @f2(%v29) : (f8E8M0FNU) -> (i1, i16, f64)
  %v31 = arith.constant dense<[15, -1, 5]> : tensor<3xi8>
  %v32 = arith.remui %v31, %v31 : tensor<3xi8>
  %v33 = arith.constant dense<-5> : vector<i16>
  %v34 = arith.constant dense<4> : vector<i16>
  %v35 = arith.cmpi sge, %v33, %v34 : vector<i16>
  %v36 = arith.select %v35, %v33, %v34 : vector<i1>, vector<i16>
  %v37 = arith.constant dense<true> : vector<i1>
  %v38 = arith.cmpi ult, %v35, %v37 : vector<i1>
  %v39 = arith.select %v38, %v37, %v35 : vector<i1>, vector<i1>
  %v40 = arith.cmpi uge, %v21, %arg2 : vector<4xindex>
  %v41 = arith.select %v40, %v21, %arg2 : vector<4xi1>, vector<4xindex>
  return %v1, %v30#2 : vector<4xi8>, f64
}
