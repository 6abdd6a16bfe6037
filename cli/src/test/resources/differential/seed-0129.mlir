// Random func/arith module, seed 129.
func.func @f0(%arg0: f8E4M3, %arg1: tensor<2x2xf32>, %arg2: f64) {
  %v0 = arith.constant 0x0010000000000000 : f64
  %v1 = arith.remf %arg2, %v0 : f64
  %v2 = arith.constant 63 : i64
  %v3 = arith.constant 65 : i64
  %v4 = arith.xori %v2, %v3 : i64
  %v5 = arith.constant -1 : i64
  %v6 = arith.xori %v4, %v5 : i64
  %v7 = arith.xori %v2, %v3 : i64
  %v8 = arith.cmpf ole, %arg2, %v1 fastmath<ninf> : f64
  %v9 = arith.constant -2.5 : f64
  %v10 = arith.bitcast %v9 : f64 to i64
  %v11 = arith.cmpf ole, %arg0, %arg0 : f8E4M3
  %v12 = arith.constant -1 : i8
  %v13 = arith.extui %v12 : i8 to i64
  %v14 = arith.extui %v12 : i8 to i64
  %v15 = arith.cmpi ult, %v13, %v14 : i64
  %v16 = arith.constant true
  %v17 = arith.addi %v16, %v15 overflow<nuw> : i1
  %v18 = arith.constant 100.0 : f8E3M4
  %v19 = arith.constant 0xDD : f8E3M4
  %v20 = arith.minimumf %v18, %v19 : f8E3M4
  %v21 = arith.constant false
  %v22 = arith.constant false
  %v23 = arith.muli %v21, %v22 : i1
  %v24 = arith.uitofp %v11 : i1 to f64
  %v25 = arith.fptoui %v24 : f64 to i1
  %v26 = arith.bitcast %v24 : f64 to i64
  %v27 = arith.index_castui %v12 : i8 to index
  %v28 = arith.negf %arg1 fastmath<fast> : tensor<2x2xf32>
  %v29 = arith.cmpf ole, %arg0, %arg0 : f8E4M3
  %v30 = arith.bitcast %v9 : f64 to i64
  %v31 = arith.constant 1099511627776 : i128
  %v32 = arith.maxsi %v31, %v31 : i128
  %v33 = arith.andi %v23, %v8 : i1
  %v34 = arith.addf %v1, %v24 fastmath<nnan,ninf> : f64
  return
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: f16, %arg2: vector<2xf16>) -> vector<2xi1> {
  %v0 = arith.constant 15 : i64
  %v1 = arith.extui %v0 : i64 to i128
  %v2 = arith.constant -5 : index
  %v3 = arith.constant 0 : index
  %v4 = arith.xori %v2, %v3 : index
  %v5 = arith.constant 0x08 : f8E4M3
  %v6 = arith.constant dense<0x3F800000> : tensor<2x2xf32>
  %v7 = arith.constant 4.0 : f64
  func.call @f0(%v5, %v6, %v7) : (f8E4M3, tensor<2x2xf32>, f64) -> ()
  %v9 = arith.extui %v0 : i64 to i128
  %v10 = arith.constant 0.1 : f8E5M2FNUZ
  %v11 = arith.fptoui %v10 : f8E5M2FNUZ to i16
  %v12 = arith.constant -2665 : i16
  %v13 = arith.constant 32767 : i16
  %v14 = arith.shrsi %v12, %v13 : i16
  %v15 = arith.extui %v0 : i64 to i128
  %v16 = arith.constant 2 : i64
  %v17 = arith.floordivsi %v16, %v0 : i64
  %v18 = arith.constant dense<[100.0, 4.0]> : vector<2xf16>
  %v19 = arith.cmpf olt, %arg2, %v18 fastmath<ninf> : vector<2xf16>
  %v20 = arith.constant dense<[[0x7F800000, 0x007FFFFF], [0x007FFFFF, 1.0]]> : tensor<2x2xf32>
  func.call @f0(%v5, %v20, %v7) : (f8E4M3, tensor<2x2xf32>, f64) -> ()
  %v22 = arith.constant -4294967296 : i33
  %v23 = arith.uitofp %v22 : i33 to f8E5M2FNUZ
  %v24 = arith.constant 0 : i64
  %v25 = arith.maxsi %v16, %v24 : i64
  %v26 = arith.constant 13 : i128
  %v27:2 = arith.mulsi_extended %v26, %v26 : i128
  %v28 = arith.constant dense<[true, true]> : vector<2xi1>
  %v29 = arith.ori %v19, %v28 : vector<2xi1>
  %v30 = arith.extui %v22 : i33 to i64
  %v31 = arith.constant -1 : i64
  %v32 = arith.cmpi ule, %v30, %v31 : i64
  %v33 = arith.constant 1 : i64
  %v34 = arith.constant 3 : i64
  %v35 = arith.cmpi sgt, %v33, %v34 : i64
  %v36 = arith.constant true
  %v37 = arith.constant false
  %v38 = arith.select %v35, %v36, %v37 : i1
  %v39 = arith.select %v29, %v28, %v28 : vector<2xi1>, vector<2xi1>
  %v40 = arith.constant dense<[true, true]> : vector<2xi1>
  %v41 = arith.constant dense<[true, true]> : vector<2xi1>
  %v42 = arith.ceildivui %v40, %v41 : vector<2xi1>
  %v43 = arith.constant 7 : i8
  %v44 = arith.constant 2 : i8
  %v45 = arith.xori %v43, %v44 : i8
  %v46 = arith.addi %v29, %v41 overflow<nsw, nuw> : vector<2xi1>
  func.call @f0(%v5, %v20, %v7) : (f8E4M3, tensor<2x2xf32>, f64) -> ()
  %v48 = arith.constant 0x7BFF : f16
  %v49 = arith.remf %v48, %v48 : f16
  return %v46 : vector<2xi1>
}
func.func @f2(%arg0: f16, %arg1: i16) -> (i1, i1) {
  %v0 = arith.constant -32768 : i16
  %v1 = arith.muli %v0, %arg1 : i16
  %v2 = arith.constant -1 : i16
  %v3 = arith.addi %v1, %v2 : i16
  %v4 = arith.constant 32767 : i16
  %v5 = arith.addi %v4, %v3 : i16
  %v6 = arith.addi %v4, %v3 : i16
  %v7 = arith.constant true
  %v8 = arith.constant false
  %v9 = arith.cmpi eq, %v7, %v8 : i1
  %v10 = arith.select %v9, %v8, %v7 : i1
  %v11 = arith.constant 0 : i16
  %v12 = arith.ori %v1, %v11 : i16
  %v13 = arith.constant 0x8000 : f16
  %v14 = arith.minimumf %v13, %arg0 : f16
  %v15 = arith.constant 32767 : i16
  %v16 = arith.subi %v15, %arg1 : i16
  %v17 = arith.maxnumf %v13, %arg0 : f16
  return %v8, %v7 : i1, i1
}
func.func @f3(%arg0: f8E3M4, %arg1: f32) -> (i1, f32, i1, i32) {
  %v0 = arith.constant dense<0> : tensor<2x2xi16>
  %v1 = arith.xori %v0, %v0 : tensor<2x2xi16>
  %v2 = arith.constant 0x3F800000 : f32
  %v3 = arith.truncf %v2 : f32 to f8E5M2FNUZ
  %v4 = arith.minsi %v1, %v0 : tensor<2x2xi16>
  %v5 = arith.constant -128 : i8
  %v6 = arith.extui %v5 : i8 to i64
  %v7 = arith.constant 1 : i8
  %v8 = arith.extui %v7 : i8 to i64
  %v9 = arith.cmpi eq, %v6, %v8 : i64
  %v10 = arith.constant -0.75 : f8E3M4
  %v11 = arith.cmpf oge, %v10, %arg0 : f8E3M4
  %v12 = arith.constant 12 : i8
  %v13 = arith.remsi %v12, %v5 : i8
  %v14 = arith.constant 65 : i64
  %v15 = arith.ceildivui %v14, %v6 : i64
  %v16 = arith.shrui %v4, %v1 : tensor<2x2xi16>
  %v17 = arith.constant 0 : i32
  %v18 = arith.ceildivui %v17, %v17 : i32
  %v19 = arith.constant dense<-6> : tensor<2x2xi16>
  %v20 = arith.cmpi eq, %v19, %v4 : tensor<2x2xi16>
  %v21 = arith.cmpf oge, %v10, %arg0 : f8E3M4
  return %v21, %v2, %v11, %v18 : i1, f32, i1, i32
}
