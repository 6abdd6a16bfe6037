// Random func/arith module, seed 46.
func.func @f0(%arg0: i32) -> f8E5M2FNUZ {
  %v0 = arith.constant 0x80 : f8E5M2FNUZ
  %v1 = arith.constant 0x7C : f8E5M2FNUZ
  %v2 = arith.minimumf %v0, %v1 : f8E5M2FNUZ
  %v3 = arith.constant 0xE1 : f8E5M2FNUZ
  %v4 = arith.divf %v0, %v3 : f8E5M2FNUZ
  %v5 = arith.fptoui %v4 : f8E5M2FNUZ to i128
  %v6 = arith.uitofp %arg0 : i32 to f8E5M2FNUZ
  %v7 = arith.cmpi ult, %arg0, %arg0 : i32
  %v8 = arith.constant true
  %v9 = arith.constant dense<-4> : tensor<2x2xi64>
  %v10 = arith.constant dense<1> : tensor<2x2xi64>
  %v11 = arith.select %v8, %v9, %v10 : tensor<2x2xi64>
  return %v6 : f8E5M2FNUZ
}
func.func @f1(%arg0: i16, %arg1: i32) -> f16 {
  %v0 = arith.constant 21765 : i16
  %v1 = arith.trunci %v0 overflow<nuw> : i16 to i1
  %v2 = arith.constant 0x7BFF : f16
  %v3 = arith.constant 0.0 : f16
  %v4 = arith.subf %v2, %v3 : f16
  %v5 = arith.divf %v2, %v3 : f16
  %v6 = arith.constant 0x7E00 : f16
  %v7 = arith.constant 0x03FF : f16
  %v8 = arith.cmpf oeq, %v6, %v7 : f16
  %v9 = func.call @f0(%arg1) : (i32) -> f8E5M2FNUZ
  %v10 = arith.fptoui %v9 : f8E5M2FNUZ to i64
  %v11 = arith.subf %v2, %v3 : f16
  %v12 = arith.fptoui %v9 : f8E5M2FNUZ to i64
  %v13 = arith.constant 0x14 : f8E5M2FNUZ
  %v14 = arith.maxnumf %v9, %v13 : f8E5M2FNUZ
  %v15 = arith.constant 0x00000000 : f32
  %v16 = arith.minimumf %v15, %v15 fastmath<none> : f32
  %v17 = arith.constant -1 : i32
  %v18 = func.call @f0(%v17) : (i32) -> f8E5M2FNUZ
  %v19 = arith.floordivsi %arg1, %arg1 : i32
  %v20 = arith.constant 0xBF800000 : f32
  %v21 = arith.subf %v16, %v20 : f32
  %v22 = arith.fptoui %v9 : f8E5M2FNUZ to i64
  %v23 = arith.constant false
  %v24 = arith.constant false
  %v25 = arith.divui %v23, %v24 : i1
  %v26 = arith.constant 4 : i16
  %v27 = arith.floordivsi %v26, %v26 : i16
  %v28 = func.call @f0(%arg1) : (i32) -> f8E5M2FNUZ
  %v29 = arith.constant 1 : i16
  %v30 = arith.remui %arg0, %v29 : i16
  %v31 = func.call @f0(%v19) : (i32) -> f8E5M2FNUZ
  return %v5 : f16
}
func.func @f2(%arg0: f8E4M3FN) -> f8E4M3FN {
  %v0 = arith.constant false
  %v1 = arith.constant true
  %v2 = arith.ceildivsi %v0, %v1 : i1
  %v3 = arith.constant false
  %v4 = arith.index_cast %v3 : i1 to index
  %v5 = arith.index_cast %v4 : index to i1
  %v6 = arith.constant 1.0 : f8E5M2
  %v7 = arith.constant 0x7C : f8E5M2
  %v8 = arith.maximumf %v6, %v7 : f8E5M2
  %v9 = arith.constant 3 : index
  %v10 = arith.index_castui %v9 : index to i7
  %v11 = arith.muli %v0, %v5 : i1
  %v12 = arith.constant 1 : i7
  %v13 = arith.constant 11 : i7
  %v14 = arith.shli %v12, %v13 : i7
  %v15 = arith.constant 0.5 : f8E4M3FN
  %v16 = arith.minimumf %v15, %arg0 fastmath<arcp,afn> : f8E4M3FN
  %v17 = arith.constant 0 : index
  %v18 = arith.minsi %v17, %v9 : index
  %v19 = arith.constant 9 : index
  %v20 = arith.remui %v4, %v19 : index
  %v21 = arith.addi %v0, %v5 overflow<none> : i1
  %v22 = arith.constant 4.0 : f8E4M3FN
  %v23 = arith.select %v2, %v22, %v15 : f8E4M3FN
  return %v16 : f8E4M3FN
}
func.func @f3(%arg0: f8E4M3, %arg1: f8E4M3FNUZ, %arg2: tensor<3xbf16>) -> i128 {
  %v0 = arith.cmpf ord, %arg0, %arg0 : f8E4M3
  %v1 = arith.cmpi eq, %v0, %v0 : i1
  %v2 = arith.select %v1, %v0, %v0 : i1
  %v3 = arith.cmpi sgt, %v1, %v0 : i1
  %v4 = arith.constant dense<0xFFF0000000000000> : vector<4xf64>
  %v5 = arith.bitcast %v4 : vector<4xf64> to vector<4xi64>
  %v6 = arith.constant -1 : i32
  %v7 = func.call @f0(%v6) : (i32) -> f8E5M2FNUZ
  %v8 = arith.extui %v0 : i1 to i64
  %v9 = arith.extui %v1 : i1 to i64
  %v10 = arith.cmpi slt, %v8, %v9 : i64
  %v11 = arith.cmpi eq, %v9, %v8 : i64
  %v12 = arith.constant true
  %v13 = arith.constant false
  %v14 = arith.select %v11, %v13, %v12 : i1
  %v15 = arith.constant 13 : i32
  %v16 = arith.constant 8 : i32
  %v17 = arith.xori %v15, %v16 : i32
  %v18 = arith.constant 0 : i32
  %v19 = arith.xori %v17, %v18 : i32
  %v20 = arith.constant -1 : i32
  %v21 = func.call @f0(%v20) : (i32) -> f8E5M2FNUZ
  %v22 = arith.constant -0.0 : f8E4M3
  %v23 = arith.subf %arg0, %v22 : f8E4M3
  %v24 = arith.constant true
  %v25:2 = arith.addui_extended %v3, %v24 : i1, i1
  %v26 = arith.constant 0 : i64
  %v27 = arith.shli %v26, %v8 : i64
  %v28 = arith.constant 3 : i64
  %v29 = arith.minui %v9, %v28 : i64
  %v30 = arith.constant true
  %v31 = arith.xori %v25#1, %v30 : i1
  %v32 = arith.xori %v31, %v30 : i1
  %v33 = arith.constant dense<32767> : vector<2xi16>
  %v34 = arith.constant dense<5> : vector<2xi16>
  %v35 = arith.cmpi ult, %v33, %v34 : vector<2xi16>
  %v36 = arith.subf %arg1, %arg1 : f8E4M3FNUZ
  %v37 = arith.cmpi eq, %v9, %v8 : i64
  %v38 = arith.constant 0 : i128
  %v39 = arith.shrsi %v38, %v38 : i128
  %v40 = arith.constant 32 : i64
  %v41 = arith.ceildivsi %v40, %v9 : i64
  %v42 = arith.constant false
  %v43 = arith.cmpi ugt, %v3, %v42 : i1
  return %v39 : i128
}
