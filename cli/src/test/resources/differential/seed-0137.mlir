// Random func/arith module, seed 137.
func.func @f0(%arg0: i16, %arg1: bf16, %arg2: vector<2x3xf16>, %arg3: bf16) {
  %v0 = arith.constant 0.0 : bf16
  %v1 = arith.addf %arg3, %v0 : bf16
  %v2 = arith.constant dense<0x0400> : vector<2x3xf16>
  %v3 = arith.subf %v2, %arg2 fastmath<nsz> : vector<2x3xf16>
  %v4 = arith.extsi %arg0 : i16 to i64
  %v5 = arith.constant 13 : i64
  %v6 = arith.cmpi ne, %v4, %v5 : i64
  %v7 = arith.constant 6 : i16
  %v8 = arith.cmpi sgt, %v7, %arg0 : i16
  %v9 = arith.constant dense<6305194170533405246> : vector<2x3xi64>
  %v10 = arith.constant dense<[[3, 0, -1], [65, 14, 15]]> : vector<2x3xi64>
  %v11:2 = arith.mulsi_extended %v9, %v10 : vector<2x3xi64>
  %v12:2 = arith.addui_extended %v5, %v4 : i64, i1
  %v13 = arith.cmpi ne, %v4, %v5 : i64
  %v14 = arith.constant false
  %v15 = arith.shrui %v14, %v12#1 : i1
  %v16 = arith.cmpi eq, %v12#0, %v4 : i64
  %v17 = arith.select %v16, %v4, %v12#0 : i64
  %v18 = arith.constant true
  %v19 = arith.select %v12#1, %v18, %v12#1 : i1
  %v20 = arith.cmpi eq, %v12#1, %v19 : i1
  %v21 = arith.select %v20, %v12#1, %v19 : i1
  %v22 = arith.constant -1 : i64
  %v23 = arith.andi %v4, %v22 : i64
  %v24 = arith.negf %v3 : vector<2x3xf16>
  %v25 = arith.negf %v24 : vector<2x3xf16>
  %v26 = arith.constant true
  %v27 = arith.maxui %v6, %v26 : i1
  %v28 = arith.ceildivui %arg0, %arg0 : i16
  %v29 = arith.extsi %arg0 : i16 to i64
  %v30 = arith.constant dense<0.0> : vector<2x3xf16>
  %v31 = arith.select %v8, %arg2, %v30 : vector<2x3xf16>
  %v32 = arith.constant false
  %v33 = arith.cmpi sgt, %v32, %v20 : i1
  %v34 = arith.select %v33, %v20, %v32 : i1
  %v35 = arith.cmpf une, %v3, %v31 fastmath<nnan,ninf> : vector<2x3xf16>
  %v36 = arith.constant 9223372036854775807 : i64
  %v37 = arith.ori %v29, %v36 : i64
  %v38 = arith.constant 8 : i64
  %v39 = arith.ori %v38, %v37 : i64
  return
}
func.func @f1(%arg0: vector<[4]xi8>) -> (vector<[4]xi8>, i1) {
  %v0 = arith.constant dense<14> : vector<[4]xi8>
  %v1 = arith.shrui %v0, %arg0 : vector<[4]xi8>
  %v2 = arith.constant 0.1 : f64
  %v3 = arith.fptoui %v2 : f64 to i8
  %v4 = arith.constant -1 : i8
  %v5 = arith.constant 127 : i8
  %v6 = arith.ceildivui %v4, %v5 : i8
  %v7 = arith.constant 0.5 : f64
  %v8 = arith.maximumf %v2, %v7 : f64
  %v9 = arith.constant dense<-128> : vector<[4]xi8>
  %v10 = arith.floordivsi %v1, %v9 : vector<[4]xi8>
  %v11 = arith.cmpf ogt, %v8, %v2 : f64
  %v12 = arith.maximumf %v2, %v7 : f64
  %v13 = arith.constant 0x0000000000000001 : f64
  %v14 = arith.cmpf uge, %v13, %v2 fastmath<arcp,afn> : f64
  %v15 = arith.shrui %v0, %arg0 : vector<[4]xi8>
  %v16 = arith.cmpf uge, %v13, %v2 fastmath<arcp,afn> : f64
  %v17 = arith.constant -1 : i8
  %v18 = arith.constant 127 : i8
  %v19 = arith.cmpi sgt, %v17, %v18 : i8
  %v20 = arith.constant true
  %v21 = arith.constant false
  %v22 = arith.remui %v20, %v21 : i1
  %v23 = arith.cmpf ogt, %v8, %v2 : f64
  %v24 = arith.constant dense<0.1> : vector<[4]xf16>
  %v25 = arith.constant dense<-0.75> : vector<[4]xf16>
  %v26 = arith.mulf %v24, %v25 fastmath<arcp,afn> : vector<[4]xf16>
  %v27:2 = arith.mului_extended %v9, %v15 : vector<[4]xi8>
  %v28 = arith.negf %v13 : f64
  %v29 = arith.negf %v28 fastmath<ninf> : f64
  %v30 = arith.fptosi %v26 : vector<[4]xf16> to vector<[4]xi32>
  return %v27#1, %v19 : vector<[4]xi8>, i1
}
