// Random func/arith module, seed 50.
func.func @f0(%arg0: f8E4M3, %arg1: index, %arg2: f64) -> f8E5M2FNUZ {
  %v0 = arith.constant false
  %v1 = arith.constant true
  %v2 = arith.xori %v0, %v1 : i1
  %v3 = arith.constant -2 : index
  %v4 = arith.shrui %v3, %arg1 : index
  %v5 = arith.truncf %arg2 to_nearest_even fastmath<none> : f64 to f8E5M2FNUZ
  %v6 = arith.constant false
  %v7 = arith.remsi %v6, %v2 : i1
  %v8 = arith.constant 1.0 : f8E5M2FNUZ
  %v9 = arith.remf %v5, %v8 fastmath<arcp,afn> : f8E5M2FNUZ
  %v10 = arith.divf %arg0, %arg0 : f8E4M3
  %v11 = arith.constant 9223372036854775807 : i64
  %v12:2 = arith.mulsi_extended %v11, %v11 : i64
  %v13 = arith.select %v7, %v8, %v8 : f8E5M2FNUZ
  return %v13 : f8E5M2FNUZ
}
func.func @f1(%arg0: i1, %arg1: i32) -> (f8E5M2FNUZ, index) {
  %v0 = arith.constant true
  %v1 = arith.shrui %arg0, %v0 : i1
  %v2 = arith.constant 0xE7CD5682 : f32
  %v3 = arith.subf %v2, %v2 : f32
  %v4 = arith.constant 0xCC : f8E4M3
  %v5 = arith.constant 64 : index
  %v6 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v7 = func.call @f0(%v4, %v5, %v6) : (f8E4M3, index, f64) -> f8E5M2FNUZ
  %v8 = arith.constant true
  %v9 = arith.constant true
  %v10 = arith.select %v1, %v8, %v9 : i1
  %v11 = arith.fptosi %v7 : f8E5M2FNUZ to i16
  %v12 = arith.bitcast %v7 : f8E5M2FNUZ to f8E3M4
  %v13 = arith.constant 0 : i32
  %v14 = arith.extui %v13 : i32 to i64
  %v15 = arith.constant 0.0 : f8E3M4
  %v16 = arith.mulf %v12, %v15 fastmath<nnan> : f8E3M4
  %v17 = arith.constant 0x78 : f8E4M3
  %v18 = arith.constant 9223372036854775807 : index
  %v19 = arith.constant 3.0 : f64
  %v20 = func.call @f0(%v17, %v18, %v19) : (f8E4M3, index, f64) -> f8E5M2FNUZ
  %v21 = arith.index_cast %v10 : i1 to index
  %v22 = arith.constant 1834 : i16
  %v23 = arith.constant -32768 : i16
  %v24 = arith.ceildivsi %v22, %v23 : i16
  %v25 = arith.cmpi sle, %v23, %v11 : i16
  return %v20, %v21 : f8E5M2FNUZ, index
}
func.func @f2(%arg0: i33) -> f16 {
  %v0 = arith.constant 8 : i33
  %v1 = arith.shrui %arg0, %v0 : i33
  %v2 = arith.extsi %v1 : i33 to i64
  %v3 = arith.constant 7 : i64
  %v4 = arith.cmpi sgt, %v2, %v3 : i64
  %v5 = arith.constant 8 : i8
  %v6 = arith.subi %v5, %v5 overflow<nsw> : i8
  %v7 = arith.constant dense<64> : vector<index>
  %v8 = arith.constant dense<65> : vector<index>
  %v9 = arith.shrui %v7, %v8 : vector<index>
  %v10 = arith.constant false
  %v11 = arith.select %v10, %v1, %arg0 : i33
  %v12 = arith.constant 255 : i8
  %v13 = arith.extsi %v12 : i8 to i64
  %v14 = arith.constant 0 : i64
  %v15 = arith.cmpi eq, %v13, %v14 : i64
  %v16 = arith.constant -2.5 : f16
  %v17 = arith.minnumf %v16, %v16 : f16
  %v18 = arith.select %v10, %v1, %arg0 : i33
  %v19 = arith.constant 0.5 : f16
  %v20 = arith.maxnumf %v19, %v17 fastmath<reassoc,contract> : f16
  %v21 = arith.cmpi ult, %v2, %v14 : i64
  %v22 = arith.constant 1 : i33
  %v23 = arith.constant 0 : i33
  %v24 = arith.subi %v22, %v23 : i33
  %v25 = arith.cmpi ugt, %v13, %v14 : i64
  %v26 = arith.shrui %v1, %v22 : i33
  %v27 = arith.bitcast %v17 : f16 to bf16
  %v28 = arith.cmpi sge, %v18, %v11 : i33
  %v29 = arith.constant 0x7E00 : f16
  %v30 = arith.maxnumf %v20, %v29 fastmath<none> : f16
  %v31 = arith.negf %v27 fastmath<none> : bf16
  %v32 = arith.constant dense<-6> : vector<2x3xi16>
  %v33 = arith.extsi %v32 : vector<2x3xi16> to vector<2x3xi64>
  %v34 = arith.fptoui %v16 : f16 to i16
  %v35 = arith.constant 128 : i33
  %v36 = arith.constant 1 : i33
  %v37:2 = arith.mulsi_extended %v35, %v36 : i33
  %v38 = arith.constant 0xBC00 : f16
  %v39 = arith.maximumf %v29, %v38 : f16
  %v40 = arith.cmpi ult, %v25, %v10 : i1
  return %v20 : f16
}
