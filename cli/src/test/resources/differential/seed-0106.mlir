// Random func/arith module, seed 106.
func.func @f0(%arg0: f64, %arg1: index) -> (i8, f64, f64) {
  %v0 = arith.constant 65 : index
  %v1 = arith.constant 5 : index
  %v2 = arith.shrui %v0, %v1 : index
  %v3 = arith.negf %arg0 fastmath<ninf> : f64
  %v4 = arith.constant 0x0010000000000000 : f64
  %v5 = arith.maximumf %v4, %arg0 : f64
  %v6 = arith.constant 0 : index
  %v7 = arith.andi %arg1, %v6 : index
  %v8 = arith.mulf %arg0, %v3 : f64
  %v9 = arith.constant 9223372036854775807 : index
  %v10 = arith.constant 10 : index
  %v11 = arith.ceildivsi %v9, %v10 : index
  %v12 = arith.constant 3.0 : f64
  %v13 = arith.constant 0xBFF0000000000000 : f64
  %v14 = arith.maxnumf %v12, %v13 fastmath<nnan,ninf> : f64
  %v15 = arith.constant 7 : i8
  %v16 = arith.constant 127 : i8
  %v17 = arith.ceildivui %v15, %v16 : i8
  %v18 = arith.maximumf %arg0, %v4 : f64
  %v19 = arith.constant 0x8000000000000000 : f64
  %v20 = arith.addf %v5, %v19 : f64
  %v21 = arith.constant 1.0 : f64
  %v22 = arith.subf %v20, %v21 : f64
  %v23 = arith.ceildivui %v15, %v16 : i8
  %v24 = arith.constant -9223372036854775808 : i64
  %v25 = arith.constant 18446744073709551615 : i64
  %v26 = arith.cmpi ugt, %v24, %v25 : i64
  %v27 = arith.addf %v13, %v18 fastmath<ninf> : f64
  %v28 = arith.constant true
  %v29 = arith.constant 9223372036854775807 : index
  %v30 = arith.select %v28, %v7, %v29 : index
  %v31 = arith.negf %arg0 fastmath<ninf> : f64
  %v32 = arith.negf %v31 : f64
  %v33 = arith.negf %v32 fastmath<fast> : f64
  %v34 = arith.constant -7 : i8
  %v35:2 = arith.mulsi_extended %v34, %v16 : i8
  %v36 = arith.fptosi %v5 : f64 to i8
  %v37 = arith.constant true
  %v38 = arith.constant 0 : i8
  %v39 = arith.select %v37, %v38, %v36 {tag = 1 : i64} : i8
  return %v39, %v32, %v32 : i8, f64, f64
}
func.func @f1(%arg0: f32, %arg1: i1) -> (i1, i1, f64) {
  %v0 = arith.constant true
  %v1 = arith.ori %arg1, %v0 : i1
  %v2 = arith.constant false
  %v3 = arith.addi %v2, %arg1 overflow<none> : i1
  %v4 = arith.constant -0.0 : f64
  %v5 = arith.constant 63 : index
  %v6:3 = func.call @f0(%v4, %v5) : (f64, index) -> (i8, f64, f64)
  %v7 = arith.constant -128 : i8
  %v8 = arith.cmpi sge, %v6#0, %v7 : i8
  %v9 = arith.index_castui %v3 : i1 to index
  %v10 = arith.cmpi ugt, %v0, %v8 : i1
  %v11 = arith.index_castui %v3 : i1 to index
  %v12 = arith.constant 0x0000000000000000 : f64
  %v13:3 = func.call @f0(%v12, %v11) : (f64, index) -> (i8, f64, f64)
  return %v10, %arg1, %v13#2 : i1, i1, f64
}
func.func @f2(%arg0: i64, %arg1: f8E3M4) -> f64 {
  %v0 = arith.constant 0x0010000000000000 : f64
  %v1 = arith.constant 3837474047849034642 : index
  %v2:3 = func.call @f0(%v0, %v1) : (f64, index) -> (i8, f64, f64)
  %v3 = arith.constant 7 : i64
  %v4 = arith.cmpi sle, %arg0, %v3 : i64
  %v5 = arith.constant true
  %v6 = arith.constant 1 : i64
  %v7 = arith.select %v5, %v6, %arg0 : i64
  %v8:3 = func.call @f0(%v0, %v1) : (f64, index) -> (i8, f64, f64)
  %v9 = arith.constant 0x00 : f8E3M4
  %v10 = arith.select %v4, %arg1, %v9 : f8E3M4
  %v11 = arith.index_cast %arg0 : i64 to index
  %v12 = arith.divsi %v8#0, %v8#0 : i8
  %v13 = arith.select %v4, %arg1, %v9 : f8E3M4
  %v14 = arith.constant true
  %v15 = arith.select %v14, %v8#1, %v8#2 : f64
  %v16 = arith.constant 0x00000000 : f32
  %v17 = arith.constant 0x00800000 : f32
  %v18 = arith.minimumf %v16, %v17 fastmath<fast> : f32
  %v19 = arith.andi %v1, %v11 : index
  %v20 = arith.constant 1.0 : f64
  %v21 = arith.negf %v20 : f64
  %v22:3 = func.call @f0(%v0, %v1) : (f64, index) -> (i8, f64, f64)
  %v23 = arith.constant 100.0 : f64
  %v24 = arith.divf %v8#2, %v23 : f64
  %v25 = arith.select %v4, %arg1, %v9 : f8E3M4
  %v26 = arith.truncf %v13 : f8E3M4 to f4E2M1FN
  %v27 = arith.constant dense<0x3DB8> : vector<2x3xbf16>
  %v28 = arith.negf %v27 : vector<2x3xbf16>
  %v29 = arith.select %v4, %v2#2, %v8#2 : f64
  %v30 = arith.constant 121 : i8
  %v31 = arith.cmpi sle, %v30, %v8#0 : i8
  %v32 = arith.select %v4, %v2#2, %v8#2 : f64
  %v33 = arith.constant -1.0 : f8E3M4
  %v34 = arith.cmpf ogt, %v13, %v33 fastmath<none> : f8E3M4
  return %v22#2 : f64
}
func.func @f3(%arg0: i64) -> i128 {
  %v0 = arith.constant 1 : i128
  %v1 = arith.xori %v0, %v0 : i128
  %v2 = arith.constant 0.0 : f32
  %v3 = arith.constant 0x80000000 : f32
  %v4 = arith.maxnumf %v2, %v3 fastmath<none> : f32
  %v5 = arith.maxnumf %v2, %v3 fastmath<none> : f32
  %v6 = arith.constant 12 : i64
  %v7:2 = arith.addui_extended %arg0, %v6 : i64, i1
  %v8 = arith.constant 0.0 : f64
  %v9 = arith.constant 1.0 : f64
  %v10 = arith.maximumf %v8, %v9 : f64
  %v11 = arith.shli %v6, %arg0 : i64
  %v12 = arith.constant 7.0 : f32
  %v13 = arith.cmpf uge, %v5, %v12 : f32
  %v14 = arith.constant 1152921504606846976 : i64
  %v15 = arith.ori %v11, %v14 : i64
  %v16 = arith.constant -5493861949800963551 : i64
  %v17 = arith.ori %v15, %v16 : i64
  %v18 = arith.extui %arg0 : i64 to i128
  %v19 = arith.constant 0 : index
  %v20:3 = func.call @f0(%v9, %v19) : (f64, index) -> (i8, f64, f64)
  %v21 = arith.constant 100.0 : f32
  %v22 = arith.constant false
  %v23:3 = func.call @f1(%v21, %v22) : (f32, i1) -> (i1, i1, f64)
  %v24 = arith.cmpi slt, %v20#0, %v20#0 : i8
  %v25 = arith.constant dense<17> : vector<[4]xi16>
  %v26 = arith.constant dense<2> : vector<[4]xi16>
  %v27 = arith.cmpi uge, %v25, %v26 : vector<[4]xi16>
  return %v18 : i128
}
