// Random func/arith module, seed 124.
func.func @f0(%arg0: bf16, %arg1: i1, %arg2: f32) {
  %v0 = arith.cmpf ult, %arg2, %arg2 : f32
  %v1 = arith.constant 0x03 : f8E5M2FNUZ
  %v2 = arith.fptosi %v1 : f8E5M2FNUZ to i16
  %v3 = arith.constant false
  %v4 = arith.shli %v0, %v3 overflow<nuw> : i1
  %v5 = arith.fptosi %arg0 : bf16 to i8
  %v6 = arith.constant 16 : i8
  %v7 = arith.trunci %v6 : i8 to i1
  %v8 = arith.cmpf ult, %arg2, %arg2 : f32
  %v9 = arith.trunci %v6 : i8 to i1
  %v10 = arith.constant 0x7E89435E : f32
  %v11 = arith.subf %v10, %v10 : f32
  %v12 = arith.negf %v10 : f32
  %v13 = arith.negf %v12 fastmath<nsz> : f32
  %v14 = arith.constant 0xFBE297571C56A7A61FA87E1A61AF19DB : f128
  %v15 = arith.cmpf ule, %v14, %v14 : f128
  %v16 = arith.constant 0x7C : f8E5M2FNUZ
  %v17 = arith.addf %v1, %v16 fastmath<arcp,afn> : f8E5M2FNUZ
  %v18 = arith.cmpi slt, %v15, %v7 : i1
  %v19 = arith.trunci %v6 : i8 to i1
  %v20 = arith.shli %v0, %v3 overflow<nuw> : i1
  %v21 = arith.constant 100.0 : f8E5M2FNUZ
  %v22 = arith.cmpf une, %v17, %v21 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v23 = arith.constant true
  %v24 = arith.constant -4 : i32
  %v25 = arith.constant -1 : i32
  %v26 = arith.select %v23, %v24, %v25 : i32
  %v27 = arith.xori %arg1, %v0 : i1
  %v28 = arith.index_cast %v5 : i8 to index
  %v29 = arith.index_cast %v28 : index to i8
  %v30 = arith.index_castui %v5 {tag = 0 : i64} : i8 to index
  %v31 = arith.minnumf %arg0, %arg0 fastmath<fast> : bf16
  return
}
func.func @f1(%arg0: f64, %arg1: bf16, %arg2: f8E5M2FNUZ) -> (i1, bf16, bf16) {
  %v0 = arith.constant 268435456 : i33
  %v1 = arith.constant 2 : i33
  %v2 = arith.cmpi sle, %v0, %v1 : i33
  %v3 = arith.constant true
  %v4 = arith.index_castui %v3 : i1 to index
  %v5 = arith.ceildivsi %v3, %v2 : i1
  %v6 = arith.index_castui %v3 : i1 to index
  %v7 = arith.constant true
  %v8 = arith.constant true
  %v9 = arith.cmpi slt, %v7, %v8 : i1
  %v10 = arith.constant 1 : i8
  %v11 = arith.cmpi sge, %v10, %v10 : i8
  %v12 = arith.constant dense<[2147483647, -2147483648, 1, 33]> : vector<4xi32>
  %v13 = arith.remui %v12, %v12 {tag = 1 : i64} : vector<4xi32>
  %v14 = arith.constant 5 : i64
  %v15 = arith.constant -9223372036854775808 : i64
  %v16 = arith.minsi %v14, %v15 : i64
  %v17 = arith.constant true
  %v18 = arith.constant false
  %v19 = arith.constant false
  %v20 = arith.select %v17, %v18, %v19 : i1
  %v21 = arith.bitcast %arg2 : f8E5M2FNUZ to f8E4M3FNUZ
  %v22 = arith.maximumf %arg1, %arg1 : bf16
  %v23 = arith.index_castui %v3 : i1 to index
  %v24 = arith.constant 0.1 : f64
  %v25 = arith.fptosi %v24 : f64 to i16
  %v26 = arith.negf %arg0 : f64
  %v27 = arith.negf %v26 : f64
  %v28 = arith.constant true
  %v29 = arith.andi %v3, %v28 : i1
  %v30 = arith.constant false
  %v31 = arith.andi %v29, %v30 : i1
  %v32 = arith.constant false
  %v33 = arith.ceildivui %v32, %v30 : i1
  return %v33, %v22, %v22 : i1, bf16, bf16
}
func.func @f2(%arg0: index) -> (tensor<0xi8>, i1) {
  %v0 = arith.constant 1 : index
  %v1 = arith.cmpi slt, %arg0, %v0 {tag = 0 : i64} : index
  %v2 = arith.select %v1, %arg0, %v0 : index
  %v3 = arith.constant dense<[]> : tensor<0xi8>
  %v4 = arith.constant dense<117> : tensor<0xi8>
  %v5:2 = arith.mului_extended %v3, %v4 {tag = 0 : i64} : tensor<0xi8>
  %v6 = arith.constant true
  %v7 = arith.shrui %v6, %v1 exact : i1
  %v8 = arith.select %v1, %arg0, %v0 : index
  %v9:2 = arith.mului_extended %v3, %v4 {tag = 0 : i64} : tensor<0xi8>
  %v10 = arith.constant 0xFFF8000000000000 : f64
  %v11 = arith.constant 0xFF80 : bf16
  %v12 = arith.constant 0x80 : f8E5M2FNUZ
  %v13:3 = func.call @f1(%v10, %v11, %v12) : (f64, bf16, f8E5M2FNUZ) -> (i1, bf16, bf16)
  %v14 = arith.shrsi %v1, %v1 : i1
  %v15 = arith.constant true
  %v16:2 = arith.addui_extended %v6, %v15 : i1, i1
  %v17 = arith.minimumf %v11, %v13#2 : bf16
  %v18 = arith.cmpf ueq, %v13#1, %v13#2 : bf16
  %v19 = arith.cmpf oeq, %v12, %v12 fastmath<arcp,afn> : f8E5M2FNUZ
  %v20 = arith.constant 0.0 : f8E5M2FNUZ
  %v21 = arith.addf %v12, %v20 : f8E5M2FNUZ
  return %v9#1, %v18 : tensor<0xi8>, i1
}
func.func @f3(%arg0: f8E4M3FNUZ, %arg1: vector<2xi8>) -> (f8E4M3FN, f8E4M3FN) {
  %v0 = arith.constant 0x08 : f8E4M3FNUZ
  %v1 = arith.minimumf %v0, %v0 : f8E4M3FNUZ
  %v2 = arith.constant false
  %v3 = arith.constant 0x00 : f8E4M3FNUZ
  %v4 = arith.select %v2, %arg0, %v3 : f8E4M3FNUZ
  %v5 = arith.divf %arg0, %v0 : f8E4M3FNUZ
  %v6 = arith.constant 0xF9CCFA0B915DEE7D : f64
  %v7 = arith.bitcast %v6 : f64 to i64
  %v8 = arith.bitcast %v6 : f64 to i64
  %v9 = arith.cmpf ord, %v3, %v0 : f8E4M3FNUZ
  %v10 = arith.extsi %arg1 : vector<2xi8> to vector<2xi16>
  %v11 = arith.trunci %v10 : vector<2xi16> to vector<2xi8>
  %v12 = arith.cmpf ueq, %v4, %v4 fastmath<nsz> : f8E4M3FNUZ
  %v13 = arith.constant 0.1 : f8E4M3FNUZ
  %v14 = arith.cmpf true, %arg0, %v13 {tag = 1 : i64} : f8E4M3FNUZ
  %v15 = arith.fptosi %v4 : f8E4M3FNUZ to i8
  %v16 = arith.constant false
  %v17 = arith.sitofp %v16 : i1 to f64
  %v18 = arith.constant 0x7C : f8E4M3FNUZ
  %v19 = arith.fptoui %v18 : f8E4M3FNUZ to i1
  %v20 = arith.constant dense<8> : vector<2xi8>
  %v21 = arith.remsi %v20, %arg1 : vector<2xi8>
  %v22 = arith.constant 0xF8 : f8E4M3FN
  %v23 = arith.constant 3.0 : f8E4M3FN
  %v24 = arith.select %v14, %v22, %v23 : f8E4M3FN
  %v25 = arith.constant true
  %v26 = arith.xori %v14, %v25 : i1
  %v27 = arith.xori %v26, %v25 : i1
  %v28 = arith.constant false
  %v29 = arith.constant -6 : i8
  %v30 = arith.select %v28, %v29, %v15 : i8
  %v31 = arith.minnumf %v24, %v22 fastmath<none> : f8E4M3FN
  %v32 = arith.constant 8 : index
  %v33 = arith.floordivsi %v32, %v32 : index
  %v34 = arith.constant 14 : i32
  %v35 = arith.minsi %v34, %v34 {tag = 0 : i64} : i32
  %v36 = arith.minimumf %v0, %v0 : f8E4M3FNUZ
  %v37 = arith.constant dense<-1> : vector<2xi16>
  %v38 = arith.cmpi sle, %v37, %v10 : vector<2xi16>
  return %v31, %v24 : f8E4M3FN, f8E4M3FN
}
