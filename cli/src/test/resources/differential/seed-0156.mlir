// Random func/arith module, seed 156.
func.func @f0(%arg0: f6E2M3FN, %arg1: i128) -> (f6E2M3FN, f6E2M3FN) {
  %v0 = arith.constant 1 : i128
  %v1:2 = arith.mulsi_extended %arg1, %v0 : i128
  %v2 = arith.constant -0.75 : f6E2M3FN
  %v3 = arith.cmpf ord, %arg0, %v2 fastmath<fast> : f6E2M3FN
  %v4 = arith.constant -170141183460469231731687303715884105728 : i128
  %v5 = arith.trunci %v4 : i128 to i1
  %v6 = arith.constant 1.0 : f6E2M3FN
  %v7 = arith.mulf %arg0, %v6 : f6E2M3FN
  %v8 = arith.constant true
  %v9 = arith.ceildivsi %v5, %v8 : i1
  %v10 = arith.constant false
  %v11 = arith.addi %v3, %v10 overflow<nuw> : i1
  %v12:2 = arith.addui_extended %v1#1, %v1#0 : i128, i1
  return %v7, %v7 : f6E2M3FN, f6E2M3FN
}
func.func @f1(%arg0: vector<4xbf16>, %arg1: f8E8M0FNU) -> (f6E2M3FN, f32) {
  %v0 = arith.constant dense<-0.0> : vector<4xbf16>
  %v1 = arith.addf %arg0, %v0 : vector<4xbf16>
  %v2 = arith.negf %arg0 : vector<4xbf16>
  %v3 = arith.constant dense<-1> : vector<2xindex>
  %v4 = arith.cmpi ugt, %v3, %v3 : vector<2xindex>
  %v5 = arith.constant 0.5 : f32
  %v6 = arith.constant 1.0e+10 : f32
  %v7 = arith.cmpf false, %v5, %v6 : f32
  %v8 = arith.constant true
  %v9 = arith.cmpi ne, %v7, %v8 : i1
  %v10 = arith.select %v9, %v8, %v7 : i1
  %v11 = arith.cmpi ugt, %v3, %v3 : vector<2xindex>
  %v12 = arith.cmpi sge, %v3, %v3 {tag = 0 : i64} : vector<2xindex>
  %v13 = arith.index_cast %v11 : vector<2xi1> to vector<2xindex>
  %v14 = arith.constant 100.0 : f6E2M3FN
  %v15 = arith.constant 11 : i128
  %v16:2 = func.call @f0(%v14, %v15) : (f6E2M3FN, i128) -> (f6E2M3FN, f6E2M3FN)
  %v17 = arith.cmpi ugt, %v3, %v3 : vector<2xindex>
  %v18 = arith.constant -1 : i128
  %v19 = arith.xori %v15, %v18 : i128
  %v20 = arith.xori %v19, %v18 : i128
  %v21 = arith.constant 129 : i128
  %v22:2 = func.call @f0(%v16#0, %v21) : (f6E2M3FN, i128) -> (f6E2M3FN, f6E2M3FN)
  %v23 = arith.constant dense<0x7F7F> : vector<4xbf16>
  %v24 = arith.maxnumf %v2, %v23 fastmath<fast> {tag = 1 : i64} : vector<4xbf16>
  %v25 = arith.constant 9 : index
  %v26 = arith.constant 1 : index
  %v27 = arith.select %v7, %v25, %v26 : index
  %v28 = arith.cmpi ugt, %v3, %v3 : vector<2xindex>
  %v29 = arith.constant dense<[2.0, 0xBA7E, 2.0, 0xBF80]> : vector<4xbf16>
  %v30 = arith.minnumf %v29, %v29 : vector<4xbf16>
  %v31 = arith.mulf %arg1, %arg1 fastmath<ninf> : f8E8M0FNU
  %v32 = arith.constant 59 : i7
  %v33 = arith.extsi %v32 {tag = 0 : i64} : i7 to i64
  %v34 = arith.constant -4 : i64
  %v35 = arith.cmpi ugt, %v33, %v34 : i64
  %v36 = arith.constant -1 : i64
  %v37 = arith.constant 0 : i64
  %v38 = arith.xori %v37, %v36 : i64
  %v39 = arith.xori %v38, %v36 : i64
  %v40 = arith.constant true
  %v41 = arith.maxsi %v8, %v40 : i1
  %v42 = arith.constant 0 : i64
  %v43 = arith.sitofp %v42 : i64 to f64
  return %v22#1, %v6 : f6E2M3FN, f32
}
func.func @f2(%arg0: f8E4M3) -> f8E4M3FN {
  %v0 = arith.constant true
  %v1 = arith.constant true
  %v2 = arith.cmpi slt, %v0, %v1 : i1
  %v3 = arith.constant true
  %v4 = arith.constant false
  %v5 = arith.xori %v4, %v3 : i1
  %v6 = arith.xori %v5, %v3 : i1
  %v7 = arith.constant true
  %v8 = arith.cmpi slt, %v7, %v4 : i1
  %v9 = arith.constant 0x00 : f8E4M3
  %v10 = arith.cmpf ult, %arg0, %v9 : f8E4M3
  %v11 = arith.constant true
  %v12 = arith.cmpi sge, %v11, %v10 : i1
  %v13 = arith.sitofp %v12 : i1 to f64
  %v14 = arith.fptosi %v13 : f64 to i1
  %v15 = arith.constant 9223372036854775807 : index
  %v16 = arith.andi %v15, %v15 : index
  %v17 = arith.uitofp %v1 {tag = 0 : i64} : i1 to f8E8M0FNU
  %v18 = arith.constant 64 : i64
  %v19 = arith.constant -9223372036854775808 : i64
  %v20 = arith.minui %v18, %v19 : i64
  %v21 = arith.constant true
  %v22 = arith.cmpi eq, %v12, %v21 : i1
  %v23 = arith.extui %v22 : i1 to i64
  %v24 = arith.extui %v10 : i1 to i64
  %v25 = arith.cmpi uge, %v23, %v24 : i64
  %v26 = arith.select %v12, %v23, %v19 : i64
  %v27 = arith.xori %v22, %v12 : i1
  %v28 = arith.constant 0xFFF8000000000000 : f64
  %v29 = arith.select %v12, %v28, %v13 : f64
  %v30 = arith.constant false
  %v31 = arith.ceildivsi %v22, %v30 : i1
  %v32 = arith.constant 63 : index
  %v33 = arith.index_castui %v32 : index to i8
  %v34 = arith.constant 1.0 : f8E4M3
  %v35 = arith.mulf %v9, %v34 : f8E4M3
  %v36 = arith.minui %v19, %v18 : i64
  %v37 = arith.divsi %v26, %v23 exact : i64
  %v38 = arith.bitcast %v13 : f64 to i64
  %v39 = arith.remf %v28, %v28 : f64
  %v40 = arith.constant 0x7C : f8E4M3FN
  %v41 = arith.constant 0xFB : f8E4M3FN
  %v42 = arith.maximumf %v40, %v41 {tag = 0 : i64} : f8E4M3FN
  %v43 = arith.uitofp %v33 : i8 to f80
  return %v42 : f8E4M3FN
}
func.func @f3(%arg0: i7, %arg1: vector<4xf32>) -> (vector<4xf32>, vector<4xf64>, vector<4xf64>, vector<4xi1>) {
  %v0 = arith.constant -2 : i64
  %v1 = arith.andi %v0, %v0 {tag = 0 : i64} : i64
  %v2 = arith.trunci %arg0 overflow<nsw> : i7 to i1
  %v3 = arith.constant dense<100.0> : vector<4xf32>
  %v4 = arith.bitcast %v3 : vector<4xf32> to vector<4xi32>
  %v5 = arith.constant true
  %v6 = arith.select %v2, %v2, %v5 : i1
  %v7 = arith.constant 1.0 : f8E3M4
  %v8 = arith.extf %v7 : f8E3M4 to bf16
  %v9 = arith.negf %arg1 : vector<4xf32>
  %v10 = arith.uitofp %v5 : i1 to f64
  %v11 = arith.fptosi %v10 : f64 to i1
  %v12 = arith.constant -5 : i7
  %v13 = arith.maxsi %arg0, %v12 : i7
  %v14 = arith.constant -2 : i7
  %v15 = arith.maxsi %v13, %v14 : i7
  %v16 = arith.cmpf uge, %v3, %arg1 fastmath<reassoc,contract> : vector<4xf32>
  %v17 = arith.constant dense<true> : vector<4xi1>
  %v18 = arith.minui %v16, %v17 : vector<4xi1>
  %v19 = arith.extsi %v6 : i1 to i16
  %v20 = arith.minui %v16, %v17 : vector<4xi1>
  %v21 = arith.shli %v11, %v5 : i1
  %v22 = arith.xori %v21, %v6 : i1
  %v23 = arith.constant true
  %v24 = arith.cmpi sle, %v21, %v23 : i1
  %v25 = arith.constant 12 : i64
  %v26 = arith.muli %v0, %v25 : i64
  %v27 = arith.constant 65 : i64
  %v28 = arith.muli %v26, %v27 : i64
  %v29 = arith.subf %v3, %v9 fastmath<none> : vector<4xf32>
  %v30 = arith.sitofp %v20 : vector<4xi1> to vector<4xf64>
  %v31 = arith.mulf %v3, %v9 fastmath<none> : vector<4xf32>
  %v32 = arith.constant dense<0x007F> : vector<4xbf16>
  %v33 = arith.constant 0x7F : f8E8M0FNU
  %v34:2 = func.call @f1(%v32, %v33) : (vector<4xbf16>, f8E8M0FNU) -> (f6E2M3FN, f32)
  %v35 = arith.constant -2.5 : f6E2M3FN
  %v36 = arith.constant 1.0e+10 : f6E2M3FN
  %v37 = arith.maximumf %v35, %v36 fastmath<arcp,afn> : f6E2M3FN
  %v38 = arith.constant dense<1> : vector<2xi64>
  %v39 = arith.uitofp %v38 : vector<2xi64> to vector<2xbf16>
  return %v31, %v30, %v30, %v20 : vector<4xf32>, vector<4xf64>, vector<4xf64>, vector<4xi1>
}
