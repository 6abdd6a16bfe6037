// Random func/arith module, seed 187.
func.func @f0(%arg0: i1, %arg1: f8E5M2, %arg2: vector<2xf64>) -> i1 {
  %v0 = arith.minnumf %arg2, %arg2 : vector<2xf64>
  %v1 = arith.constant 0xFC : f8E4M3
  %v2 = arith.constant 0x77 : f8E4M3
  %v3 = arith.minnumf %v1, %v2 fastmath<none> : f8E4M3
  %v4 = arith.constant true
  %v5 = arith.maxsi %arg0, %v4 : i1
  %v6 = arith.constant false
  %v7 = arith.maxsi %v6, %v5 : i1
  %v8 = arith.constant 0.0 : f8E5M2
  %v9 = arith.cmpf uge, %v8, %arg1 fastmath<nsz> : f8E5M2
  %v10 = arith.constant 0x38 : f8E4M3
  %v11 = arith.negf %v10 : f8E4M3
  %v12 = arith.negf %v11 fastmath<ninf> : f8E4M3
  %v13 = arith.negf %v10 : f8E4M3
  %v14 = arith.constant true
  %v15 = arith.remui %arg0, %v14 : i1
  %v16 = arith.negf %v10 : f8E4M3
  %v17 = arith.negf %v10 : f8E4M3
  %v18 = arith.constant true
  %v19 = arith.andi %v15, %v18 : i1
  %v20 = arith.constant false
  %v21 = arith.andi %v19, %v20 : i1
  %v22 = arith.constant 0xB1 : f8E4M3FN
  %v23 = arith.bitcast %v22 : f8E4M3FN to f8E5M2
  %v24 = arith.cmpi ne, %v19, %v7 : i1
  %v25 = arith.select %v24, %v19, %v7 : i1
  %v26:2 = arith.addui_extended %v9, %v7 : i1, i1
  %v27 = arith.constant true
  %v28 = arith.xori %v26#1, %v27 : i1
  %v29 = arith.xori %v28, %v27 : i1
  %v30 = arith.constant true
  %v31 = arith.cmpi sle, %v28, %v30 : i1
  %v32 = arith.select %v31, %v28, %v30 : i1
  %v33 = arith.constant true
  %v34 = arith.constant false
  %v35 = arith.remui %v33, %v34 : i1
  %v36 = arith.constant dense<[0x7FEFFFFFFFFFFFFF, 0.0]> : vector<2xf64>
  %v37 = arith.addf %v0, %v36 : vector<2xf64>
  %v38 = arith.constant true
  %v39 = arith.minui %v38, %v34 : i1
  return %v26#0 : i1
}
func.func @f1(%arg0: i32, %arg1: f8E4M3FN, %arg2: f8E5M2) -> (i7, i32) {
  %v0 = arith.constant 0xFE : f8E5M2
  %v1 = arith.maxnumf %v0, %arg2 : f8E5M2
  %v2 = arith.cmpi uge, %arg0, %arg0 : i32
  %v3 = arith.cmpi uge, %arg0, %arg0 : i32
  %v4 = arith.constant false
  %v5 = arith.constant false
  %v6:2 = arith.addui_extended %v4, %v5 : i1, i1
  %v7 = arith.constant 0xF8 : f8E4M3
  %v8 = arith.negf %v7 : f8E4M3
  %v9 = arith.negf %v8 fastmath<reassoc,contract> : f8E4M3
  %v10 = arith.trunci %arg0 : i32 to i7
  %v11 = arith.negf %arg1 fastmath<nnan,ninf> : f8E4M3FN
  %v12 = arith.constant -217782533 : i32
  %v13 = arith.cmpi ne, %arg0, %v12 : i32
  %v14 = arith.select %v13, %arg0, %v12 : i32
  %v15 = arith.cmpf one, %arg1, %arg1 fastmath<reassoc,contract> : f8E4M3FN
  %v16 = arith.shli %v14, %arg0 : i32
  %v17 = arith.constant 1.0 : f8E5M2
  %v18 = arith.mulf %arg2, %v17 : f8E5M2
  return %v10, %v16 : i7, i32
}
func.func @f2(%arg0: i32) -> i64 {
  %v0 = arith.constant dense<[0x8000, 0x03FF, 0x109C, 0x0F3F]> : vector<4xf16>
  %v1 = arith.fptosi %v0 : vector<4xf16> to vector<4xi64>
  %v2 = arith.constant 13 : i64
  %v3 = arith.cmpi sge, %v2, %v2 : i64
  %v4 = arith.constant 2147483647 : i32
  %v5 = arith.minsi %arg0, %v4 : i32
  %v6 = arith.cmpi sge, %v2, %v2 : i64
  %v7 = arith.cmpi sge, %v2, %v2 : i64
  %v8 = arith.maxnumf %v0, %v0 : vector<4xf16>
  %v9 = arith.extsi %arg0 : i32 to i64
  %v10 = arith.constant 0 : i64
  %v11 = arith.cmpi ult, %v9, %v10 : i64
  %v12 = arith.constant dense<0x8154> : vector<4xf16>
  %v13 = arith.maximumf %v12, %v0 fastmath<reassoc,contract> : vector<4xf16>
  %v14 = arith.constant dense<0x03FF> : vector<4xf16>
  %v15 = arith.addf %v14, %v12 : vector<4xf16>
  %v16 = arith.cmpi eq, %v2, %v10 : i64
  %v17 = arith.constant dense<0.0> : vector<4xf16>
  %v18 = arith.addf %v0, %v17 : vector<4xf16>
  return %v9 : i64
}
func.func @f3(%arg0: index, %arg1: f64) -> (f8E4M3FN, f64) {
  %v0 = arith.constant -128 : i8
  %v1 = arith.index_castui %v0 : i8 to index
  %v2 = arith.index_castui %arg0 : index to i128
  %v3 = arith.constant 8 : i8
  %v4:2 = arith.mului_extended %v0, %v3 : i8
  %v5 = arith.index_castui %arg0 : index to i128
  %v6:2 = arith.mului_extended %v0, %v3 : i8
  %v7 = arith.constant dense<-9223372036854775808> : tensor<2x2xindex>
  %v8 = arith.constant dense<1> : tensor<2x2xindex>
  %v9 = arith.addi %v7, %v8 overflow<nuw> : tensor<2x2xindex>
  %v10 = arith.constant 4 : index
  %v11 = arith.divsi %v10, %arg0 : index
  %v12 = arith.constant 1.0 : f64
  %v13 = arith.cmpf ugt, %arg1, %v12 : f64
  %v14 = arith.divsi %v10, %arg0 : index
  %v15 = arith.constant 0.1 : f64
  %v16 = arith.minnumf %v15, %arg1 : f64
  %v17 = arith.constant 63 : index
  %v18 = arith.select %v13, %arg0, %v17 : index
  %v19 = arith.constant 0.0 : f8E5M2FNUZ
  %v20 = arith.minimumf %v19, %v19 fastmath<arcp,afn> : f8E5M2FNUZ
  %v21 = arith.constant 1 : i64
  %v22 = arith.constant -4 : i64
  %v23 = arith.xori %v21, %v22 : i64
  %v24 = arith.constant 13 : i64
  %v25 = arith.xori %v24, %v23 : i64
  %v26 = arith.constant 0 : i7
  %v27 = arith.constant 0 : i7
  %v28:2 = arith.mului_extended %v26, %v27 : i7
  %v29 = arith.constant 2147483647 : i32
  %v30 = arith.constant 0x5E : f8E4M3FN
  %v31 = arith.constant -0.0 : f8E5M2
  %v32:2 = func.call @f1(%v29, %v30, %v31) : (i32, f8E4M3FN, f8E5M2) -> (i7, i32)
  %v33 = arith.cmpi sge, %v8, %v7 : tensor<2x2xindex>
  %v34 = arith.extui %v13 : i1 to i16
  %v35 = arith.trunci %v34 : i16 to i1
  %v36 = arith.constant dense<[-1, 2703493632837083133]> : vector<2xi64>
  %v37:2 = arith.mului_extended %v36, %v36 : vector<2xi64>
  return %v30, %v12 : f8E4M3FN, f64
}
