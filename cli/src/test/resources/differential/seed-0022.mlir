// Random func/arith module, seed 22.
func.func @f0(%arg0: f64) -> i1 {
  %v0 = arith.constant 1 : i16
  %v1 = arith.cmpi sge, %v0, %v0 : i16
  %v2 = arith.cmpi sge, %v0, %v0 : i16
  %v3 = arith.cmpi sge, %v0, %v0 : i16
  %v4 = arith.muli %v0, %v0 overflow<nuw> : i16
  %v5 = arith.cmpi sge, %v0, %v0 : i16
  %v6 = arith.constant dense<0.0> : vector<2xf64>
  %v7 = arith.constant dense<0xFFF0000000000000> : vector<2xf64>
  %v8 = arith.minnumf %v6, %v7 fastmath<reassoc,contract> : vector<2xf64>
  %v9 = arith.constant false
  %v10 = arith.ceildivui %v5, %v9 : i1
  %v11 = arith.constant 0 : i16
  %v12:2 = arith.mului_extended %v0, %v11 : i16
  %v13 = arith.index_castui %v1 : i1 to index
  %v14 = arith.cmpi sge, %v0, %v0 : i16
  %v15 = arith.constant 0x3FF0000000000000 : f64
  %v16 = arith.cmpf ueq, %arg0, %v15 : f64
  %v17 = arith.constant dense<0x3FF0000000000000> : vector<2xf64>
  %v18 = arith.constant dense<[0x000FFFFFFFFFFFFF, 1.0e+10]> : vector<2xf64>
  %v19 = arith.subf %v17, %v18 : vector<2xf64>
  %v20 = arith.cmpf uge, %arg0, %v15 fastmath<nnan,ninf> : f64
  %v21 = arith.constant dense<[0xBFF0000000000000, 0x7FEFFFFFFFFFFFFF]> : vector<2xf64>
  %v22 = arith.constant dense<-3.0e-05> : vector<2xf64>
  %v23 = arith.maxnumf %v21, %v22 : vector<2xf64>
  return %v16 : i1
}
func.func @f1(%arg0: bf16, %arg1: index, %arg2: i7, %arg3: f8E3M4) -> bf16 {
  %v0 = arith.constant 0x7F7F : bf16
  %v1 = arith.minnumf %v0, %arg0 : bf16
  %v2 = arith.minnumf %arg0, %v0 : bf16
  %v3 = arith.minnumf %v0, %arg0 : bf16
  %v4 = arith.constant false
  %v5 = arith.select %v4, %arg3, %arg3 : f8E3M4
  %v6 = arith.negf %arg0 fastmath<none> : bf16
  %v7 = arith.constant 63 : i7
  %v8:2 = arith.mulsi_extended %arg2, %v7 : i7
  %v9 = arith.extsi %v4 : i1 to i64
  %v10 = arith.remsi %v8#0, %v7 : i7
  return %arg0 : bf16
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: i64) -> (i1, i1, i1) {
  %v0 = arith.constant 0xBC : f8E5M2FNUZ
  %v1 = arith.minnumf %v0, %arg0 fastmath<none> : f8E5M2FNUZ
  %v2 = arith.maxnumf %v1, %arg0 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v3 = arith.andi %arg1, %arg1 : i64
  %v4 = arith.minnumf %arg0, %v0 fastmath<none> : f8E5M2FNUZ
  %v5 = arith.constant 0xFC : f8E5M2FNUZ
  %v6 = arith.minimumf %v5, %v2 : f8E5M2FNUZ
  %v7 = arith.constant -1 : i64
  %v8 = arith.ceildivsi %arg1, %v7 : i64
  %v9 = arith.constant -0.0 : f8E4M3FN
  %v10 = arith.constant 0xCE : f8E4M3FN
  %v11 = arith.mulf %v9, %v10 : f8E4M3FN
  %v12 = arith.constant 0x7C : f8E4M3FN
  %v13 = arith.constant 0x00 : f8E4M3FN
  %v14 = arith.mulf %v12, %v13 fastmath<nnan> : f8E4M3FN
  %v15 = arith.divsi %v8, %v3 : i64
  %v16 = arith.minimumf %v14, %v9 : f8E4M3FN
  %v17 = arith.minnumf %arg0, %v0 fastmath<none> : f8E5M2FNUZ
  %v18 = arith.cmpf false, %v6, %v5 : f8E5M2FNUZ
  %v19 = arith.constant -0.75 : f8E5M2FNUZ
  %v20 = arith.divf %v19, %v1 : f8E5M2FNUZ
  %v21 = arith.constant false
  %v22 = arith.constant true
  %v23 = arith.select %v21, %v18, %v22 : i1
  %v24 = arith.constant 0xF8 : f8E4M3FNUZ
  %v25 = arith.constant 1.0 : f8E4M3FNUZ
  %v26 = arith.select %v23, %v24, %v25 : f8E4M3FNUZ
  %v27 = arith.cmpi ult, %v18, %v22 : i1
  %v28 = arith.constant 0x38 : f8E4M3FNUZ
  %v29 = arith.extf %v28 fastmath<reassoc,contract> : f8E4M3FNUZ to f64
  %v30 = arith.select %v27, %arg1, %v7 : i64
  %v31 = arith.constant 64 : i64
  %v32 = arith.maxsi %v31, %v8 : i64
  %v33 = arith.constant 7.0 : f8E4M3FNUZ
  %v34 = arith.constant 0x7C : f8E4M3FNUZ
  %v35 = arith.minnumf %v33, %v34 : f8E4M3FNUZ
  %v36 = arith.constant 0x07 : f8E4M3FNUZ
  %v37 = arith.select %v21, %v36, %v28 : f8E4M3FNUZ
  %v38 = arith.select %v21, %v36, %v28 : f8E4M3FNUZ
  %v39 = arith.constant 1 : i64
  %v40 = arith.shrsi %arg1, %v39 : i64
  return %v27, %v27, %v27 : i1, i1, i1
}
