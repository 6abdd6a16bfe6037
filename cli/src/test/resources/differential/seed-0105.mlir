// Random func/arith module, seed 105.
func.func @f0(%arg0: i1) -> (i1, i1, i1, i1) {
  %v0 = arith.constant false
  %v1 = arith.shli %v0, %arg0 overflow<none> : i1
  %v2 = arith.maxui %v1, %arg0 : i1
  %v3 = arith.constant 0x3C : f6E3M2FN
  %v4 = arith.fptoui %v3 : f6E3M2FN to i33
  %v5 = arith.bitcast %v3 : f6E3M2FN to f6E2M3FN
  %v6 = arith.ceildivui %arg0, %v2 : i1
  %v7 = arith.constant -3.0e-05 : f8E5M2
  %v8 = arith.constant 100.0 : f8E5M2
  %v9 = arith.divf %v7, %v8 fastmath<none> : f8E5M2
  return %v6, %v6, %v6, %v6 : i1, i1, i1, i1
}
func.func @f1(%arg0: i16, %arg1: i64, %arg2: i7) -> (i1, i1, i16, f8E5M2) {
  %v0 = arith.constant 100.0 : f8E4M3
  %v1 = arith.maxnumf %v0, %v0 fastmath<arcp,afn> : f8E4M3
  %v2 = arith.constant -4080213904659756426 : i64
  %v3:2 = arith.mului_extended %arg1, %v2 {tag = 1 : i64} : i64
  %v4 = arith.maxnumf %v0, %v0 fastmath<arcp,afn> : f8E4M3
  %v5 = arith.constant true
  %v6 = arith.select %v5, %v4, %v0 : f8E4M3
  %v7 = arith.constant true
  %v8:2 = arith.mulsi_extended %v7, %v5 : i1
  %v9 = arith.maxui %arg1, %v3#0 : i64
  %v10 = arith.constant dense<[-1, 16, 1, 0]> : vector<4xi8>
  %v11 = arith.extui %v10 : vector<4xi8> to vector<4xi64>
  %v12 = arith.constant dense<[-5, 549755813888, 1076549747880512277, -3]> : vector<4xi64>
  %v13 = arith.cmpi uge, %v11, %v12 {tag = 1 : i64} : vector<4xi64>
  %v14 = arith.negf %v0 : f8E4M3
  %v15 = arith.select %v5, %v4, %v0 : f8E4M3
  %v16 = arith.constant 0xF8 : f8E4M3
  %v17 = arith.negf %v16 fastmath<nsz> : f8E4M3
  %v18 = arith.constant -128 : i8
  %v19 = arith.cmpi ugt, %v18, %v18 : i8
  %v20 = arith.constant 0x81 : f8E4M3
  %v21 = arith.cmpf uge, %v20, %v0 fastmath<nsz> : f8E4M3
  %v22 = arith.constant 4 : i16
  %v23 = arith.shrsi %v22, %arg0 : i16
  %v24 = arith.extf %v0 : f8E4M3 to f32
  %v25 = arith.cmpi eq, %arg0, %v23 : i16
  %v26 = arith.constant 8 : i64
  %v27:2 = arith.addui_extended %v26, %v3#0 : i64, i1
  %v28 = arith.constant 1 : i32
  %v29 = arith.floordivsi %v28, %v28 : i32
  %v30 = arith.constant -7 : i16
  %v31 = arith.minsi %v22, %v30 : i16
  %v32 = arith.constant 0x80 : f8E5M2
  %v33 = arith.constant 0.0 : f8E5M2
  %v34 = arith.addf %v32, %v33 fastmath<none> : f8E5M2
  %v35 = arith.minsi %v22, %v30 : i16
  return %v21, %v25, %v23, %v33 : i1, i1, i16, f8E5M2
}
