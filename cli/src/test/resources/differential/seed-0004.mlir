// Random func/arith module, seed 4.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: index, %arg2: i64, %arg3: bf16) -> (i64, index) {
  %v0 = arith.constant 0x00800000 : f32
  %v1 = arith.cmpf ogt, %v0, %v0 : f32
  %v2:2 = arith.mului_extended %arg2, %arg2 : i64
  %v3 = arith.constant false
  %v4 = arith.constant 1 : i64
  %v5 = arith.select %v3, %v4, %v4 : i64
  %v6 = arith.constant dense<[[-1, 15, 15], [1, -32768, 16]]> : vector<2x3xi16>
  %v7 = arith.constant dense<-1> : vector<2x3xi16>
  %v8 = arith.shrsi %v6, %v7 : vector<2x3xi16>
  %v9 = arith.constant -9223372036854775808 : i64
  %v10:2 = arith.mului_extended %v9, %arg2 : i64
  %v11 = arith.index_cast %arg1 : index to i64
  %v12 = arith.maxui %arg1, %arg1 : index
  %v13 = arith.divui %v12, %arg1 : index
  return %v11, %v12 : i64, index
}
func.func @f1(%arg0: f32, %arg1: i1) -> (i1, i64) {
  %v0 = arith.constant false
  %v1 = arith.ceildivui %arg1, %v0 : i1
  %v2 = arith.constant false
  %v3 = arith.constant true
  %v4 = arith.addi %v2, %v3 overflow<none> : i1
  %v5 = arith.constant false
  %v6 = arith.constant true
  %v7 = arith.select %v5, %v6, %v4 : i1
  %v8 = arith.select %arg1, %v1, %v0 : i1
  %v9 = arith.constant true
  %v10 = arith.select %v8, %v9, %arg1 : i1
  %v11 = arith.shrsi %v8, %v3 exact : i1
  %v12 = arith.constant 1.0e+10 : f32
  %v13 = arith.cmpf ult, %v12, %arg0 : f32
  %v14 = arith.extsi %v13 : i1 to i8
  %v15 = arith.constant 16 : i8
  %v16 = arith.cmpi uge, %v15, %v14 : i8
  %v17 = arith.constant -1 : i8
  %v18 = arith.minsi %v14, %v17 : i8
  %v19 = arith.divf %arg0, %v12 : f32
  %v20 = arith.addi %v2, %v3 overflow<none> : i1
  %v21 = arith.cmpi sgt, %v8, %v10 : i1
  %v22 = arith.constant 0.0 : f32
  %v23 = arith.mulf %v19, %v22 : f32
  %v24 = arith.constant 0x7F7FFFFF : f32
  %v25 = arith.bitcast %v24 : f32 to i32
  %v26 = arith.index_cast %v14 : i8 to index
  %v27 = arith.divf %arg0, %v24 fastmath<fast> : f32
  %v28 = arith.constant true
  %v29 = arith.constant 0x0000 : f16
  %v30 = arith.select %v28, %v29, %v29 : f16
  %v31 = arith.constant 0xFE : f8E5M2FNUZ
  %v32 = arith.constant -7604321175394742363 : i64
  %v33 = arith.constant -1.0 : bf16
  %v34:2 = func.call @f0(%v31, %v26, %v32, %v33) : (f8E5M2FNUZ, index, i64, bf16) -> (i64, index)
  %v35 = arith.constant 0.1 : f8E5M2FNUZ
  %v36 = arith.constant -1 : index
  %v37:2 = func.call @f0(%v35, %v36, %v32, %v33) : (f8E5M2FNUZ, index, i64, bf16) -> (i64, index)
  %v38 = arith.constant 6 : i32
  %v39:2 = arith.addui_extended %v38, %v38 : i32, i1
  %v40 = arith.constant 0 : i33
  %v41 = arith.constant 8388608 : i33
  %v42 = arith.divui %v40, %v41 : i33
  %v43 = arith.cmpi sle, %v37#0, %v32 : i64
  return %v43, %v37#0 : i1, i64
}
func.func @f2(%arg0: f8E5M2, %arg1: i64, %arg2: i64) -> (i64, index) {
  %v0 = arith.uitofp %arg1 : i64 to f8E5M2
  %v1 = arith.minsi %arg1, %arg2 : i64
  %v2 = arith.minsi %arg1, %arg2 : i64
  %v3 = arith.maxui %v2, %arg2 : i64
  %v4 = arith.constant -7977628502696758568 : i64
  %v5 = arith.maxui %v1, %v4 : i64
  %v6 = arith.muli %arg1, %v4 : i64
  %v7 = arith.cmpi uge, %v3, %v5 : i64
  %v8 = arith.constant 0.0 : f8E5M2
  %v9 = arith.subf %v8, %arg0 : f8E5M2
  %v10 = arith.cmpi ule, %v3, %v4 : i64
  %v11 = arith.constant 0.5 : f8E5M2FNUZ
  %v12 = arith.constant -3 : index
  %v13 = arith.constant 0x0080 : bf16
  %v14:2 = func.call @f0(%v11, %v12, %v4, %v13) : (f8E5M2FNUZ, index, i64, bf16) -> (i64, index)
  %v15 = arith.constant 0.0 : f32
  %v16 = arith.constant false
  %v17:2 = func.call @f1(%v15, %v16) : (f32, i1) -> (i1, i64)
  %v18 = arith.negf %v13 fastmath<nnan> : bf16
  return %v14#0, %v14#1 : i64, index
}
func.func @f3(%arg0: i16) -> (bf16, i64) {
  %v0 = arith.constant 1 : i16
  %v1 = arith.constant -32768 : i16
  %v2:2 = arith.mulsi_extended %v0, %v1 : i16
  %v3 = arith.constant 12313 : i16
  %v4 = arith.subi %v3, %v0 overflow<nuw> : i16
  %v5 = arith.constant 32767 : i16
  %v6 = arith.shli %v3, %v5 : i16
  %v7 = arith.bitcast %arg0 : i16 to bf16
  %v8 = arith.constant 0x00 : f8E5M2
  %v9 = arith.constant 4611686018427387904 : i64
  %v10:2 = func.call @f2(%v8, %v9, %v9) : (f8E5M2, i64, i64) -> (i64, index)
  %v11 = arith.constant 0x7F7FFFFF : f32
  %v12 = arith.cmpf ugt, %v11, %v11 : f32
  %v13 = arith.constant 127 : i8
  %v14 = arith.constant -1 : i8
  %v15 = arith.cmpi sle, %v13, %v14 : i8
  %v16 = arith.constant -0.0 : f32
  %v17 = arith.constant false
  %v18:2 = func.call @f1(%v16, %v17) : (f32, i1) -> (i1, i64)
  %v19 = arith.cmpi sle, %v0, %arg0 : i16
  %v20 = arith.fptosi %v7 : bf16 to i8
  %v21 = arith.fptosi %v7 : bf16 to i7
  %v22 = arith.constant 0.5 : bf16
  %v23 = arith.fptoui %v22 : bf16 to i7
  %v24 = arith.constant 0xBC : f8E5M2FNUZ
  %v25 = arith.constant -9223372036854775808 : index
  %v26 = arith.constant 0xF369 : bf16
  %v27:2 = func.call @f0(%v24, %v25, %v10#0, %v26) : (f8E5M2FNUZ, index, i64, bf16) -> (i64, index)
  %v28 = arith.constant 7 : i7
  %v29 = arith.muli %v21, %v28 overflow<none> : i7
  %v30 = arith.extui %v28 : i7 to i32
  %v31 = arith.constant 0x7F80 : bf16
  %v32 = arith.maxnumf %v7, %v31 : bf16
  %v33 = arith.select %v18#0, %v10#0, %v18#1 : i64
  %v34 = arith.constant 0x007F : bf16
  %v35 = arith.constant 0x0080 : bf16
  %v36 = arith.remf %v34, %v35 fastmath<fast> : bf16
  %v37 = arith.minui %v3, %arg0 : i16
  return %v36, %v27#0 : bf16, i64
}
