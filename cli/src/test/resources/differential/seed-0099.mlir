// Random func/arith module, seed 99.
func.func @f0(%arg0: i64, %arg1: i8) -> (i1, i64) {
  %v0 = arith.minsi %arg0, %arg0 {tag = 1 : i64} : i64
  %v1 = arith.constant -3.0e-05 : f8E4M3FN
  %v2 = arith.bitcast %v1 : f8E4M3FN to f8E4M3
  %v3 = arith.constant 0x8E : f8E4M3FN
  %v4 = arith.addf %v1, %v3 : f8E4M3FN
  %v5 = arith.constant -1 : i7
  %v6 = arith.constant 6 : i7
  %v7 = arith.maxui %v5, %v6 : i7
  %v8 = arith.addf %v1, %v3 : f8E4M3FN
  %v9 = arith.minsi %arg0, %arg0 {tag = 1 : i64} : i64
  %v10 = arith.cmpi ne, %v9, %v0 : i64
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v12, %v11 : i1
  %v14 = arith.constant 4.0 : f8E4M3
  %v15 = arith.addf %v14, %v2 : f8E4M3
  %v16 = arith.constant true
  %v17 = arith.xori %v10, %v16 : i1
  %v18 = arith.xori %v17, %v16 : i1
  %v19 = arith.constant 4294967295 : i33
  %v20 = arith.constant 12 : i33
  %v21 = arith.cmpi ugt, %v19, %v20 : i33
  %v22 = arith.select %v21, %v19, %v20 : i33
  %v23 = arith.minimumf %v14, %v2 fastmath<arcp,afn> : f8E4M3
  %v24 = arith.constant 0x77 : f8E4M3
  %v25 = arith.maximumf %v24, %v14 : f8E4M3
  %v26 = arith.extsi %arg1 : i8 to i64
  %v27 = arith.extsi %arg1 : i8 to i64
  %v28 = arith.cmpi uge, %v26, %v27 : i64
  %v29 = arith.xori %v17, %v16 : i1
  %v30 = arith.constant -64 : i7
  %v31 = arith.constant -1 : i7
  %v32 = arith.muli %v30, %v31 : i7
  %v33 = arith.index_castui %arg1 : i8 to index
  %v34 = arith.index_castui %v33 : index to i8
  %v35 = arith.minimumf %v2, %v14 fastmath<arcp,afn> : f8E4M3
  %v36 = arith.constant -9223372036854775808 : i64
  %v37 = arith.addi %v36, %arg0 overflow<nsw, nuw> : i64
  %v38 = arith.constant dense<[8, 5, 8]> : tensor<3xi8>
  %v39 = arith.cmpi slt, %v38, %v38 : tensor<3xi8>
  %v40 = arith.index_castui %v33 {tag = 0 : i64} : index to i8
  return %v12, %v26 : i1, i64
}
func.func @f1(%arg0: i16) {
  %v0 = arith.bitcast %arg0 : i16 to f16
  %v1 = arith.constant 0 : i64
  %v2 = arith.constant 3 : i8
  %v3:2 = func.call @f0(%v1, %v2) : (i64, i8) -> (i1, i64)
  %v4 = arith.sitofp %v3#0 : i1 to f8E5M2FNUZ
  %v5:2 = func.call @f0(%v1, %v2) : (i64, i8) -> (i1, i64)
  %v6 = arith.maxnumf %v0, %v0 : f16
  %v7 = arith.select %v3#0, %v6, %v0 : f16
  %v8 = arith.shrui %v3#1, %v1 : i64
  %v9 = arith.cmpi eq, %v5#0, %v5#0 : i1
  %v10:2 = func.call @f0(%v1, %v2) : (i64, i8) -> (i1, i64)
  %v11 = arith.constant -1 : i32
  %v12 = arith.constant 10 : i32
  %v13 = arith.shli %v11, %v12 : i32
  %v14 = arith.select %v3#0, %v6, %v0 : f16
  %v15 = arith.constant -2 : i32
  %v16 = arith.constant 0 : i32
  %v17 = arith.maxui %v15, %v16 : i32
  %v18 = arith.constant 0.0 : f8E5M2FNUZ
  %v19 = arith.addf %v4, %v18 fastmath<nsz> : f8E5M2FNUZ
  %v20 = arith.cmpf ole, %v18, %v19 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v21 = arith.constant dense<true> : vector<4xi1>
  %v22 = arith.select %v21, %v21, %v21 : vector<4xi1>, vector<4xi1>
  %v23 = arith.constant true
  %v24 = arith.cmpi ult, %v20, %v23 : i1
  %v25 = arith.select %v24, %v23, %v20 : i1
  %v26 = arith.addf %v19, %v18 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v27 = arith.constant 5 : i16
  %v28 = arith.index_castui %v27 : i16 to index
  %v29 = arith.constant 0x7C : f8E5M2FNUZ
  %v30 = arith.minimumf %v19, %v29 fastmath<nnan,ninf> {tag = 0 : i64} : f8E5M2FNUZ
  %v31 = arith.shrui %arg0, %arg0 : i16
  %v32:2 = arith.mului_extended %v2, %v2 {tag = 0 : i64} : i8
  %v33 = arith.extf %v29 fastmath<none> : f8E5M2FNUZ to f80
  %v34 = arith.constant 0x8886DDEF16874E31AAC0 : f80
  %v35 = arith.fptosi %v34 : f80 to i32
  return
}
func.func @f2(%arg0: f4E2M1FN, %arg1: bf16, %arg2: index) -> bf16 {
  %v0 = arith.muli %arg2, %arg2 overflow<nuw> : index
  %v1 = arith.constant 0x80000000 : f32
  %v2 = arith.remf %v1, %v1 fastmath<nsz> : f32
  %v3 = arith.constant -1 : index
  %v4 = arith.addi %v0, %v3 : index
  %v5 = arith.truncf %v1 : f32 to f8E5M2
  %v6 = arith.truncf %v1 : f32 to f8E5M2
  %v7 = arith.addi %v3, %v0 : index
  %v8 = arith.truncf %v1 : f32 to f8E5M2
  %v9 = arith.constant -1 : i16
  func.call @f1(%v9) : (i16) -> ()
  %v11 = arith.constant 0xF : f4E2M1FN
  %v12 = arith.cmpf ole, %arg0, %v11 fastmath<ninf> : f4E2M1FN
  %v13 = arith.constant false
  %v14:2 = arith.mulsi_extended %v12, %v13 : i1
  %v15 = arith.constant false
  %v16 = arith.ori %v12, %v15 : i1
  %v17 = arith.constant false
  %v18 = arith.ori %v16, %v17 : i1
  %v19 = arith.constant 0x6F7D : bf16
  %v20 = arith.select %v14#1, %arg1, %v19 : bf16
  %v21 = arith.cmpf uno, %v19, %v19 fastmath<fast> : bf16
  %v22 = arith.shrsi %v14#1, %v16 exact : i1
  %v23 = arith.addi %v0, %v3 : index
  %v24 = arith.constant 0xE : f4E2M1FN
  %v25 = arith.select %v14#1, %v24, %arg0 : f4E2M1FN
  %v26 = arith.constant -5 : i64
  %v27 = arith.constant -1 : i64
  %v28:2 = arith.mului_extended %v26, %v27 : i64
  %v29 = arith.ori %v16, %v17 : i1
  %v30 = arith.remui %v3, %arg2 : index
  %v31 = arith.constant 16 : index
  %v32 = arith.cmpi sle, %v31, %v0 : index
  %v33 = arith.constant 1 : i64
  %v34 = arith.constant -4 : i64
  %v35:2 = arith.mulsi_extended %v33, %v34 : i64
  return %v20 : bf16
}
