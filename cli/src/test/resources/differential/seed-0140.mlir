// Random func/arith module, seed 140.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: f64, %arg2: f8E4M3) -> (i1, i1, i1) {
  %v0 = arith.minimumf %arg0, %arg0 fastmath<nnan> : f8E5M2FNUZ
  %v1 = arith.constant 0 : i8
  %v2 = arith.extui %v1 : i8 to i64
  %v3 = arith.constant -6 : i64
  %v4 = arith.cmpi sgt, %v2, %v3 : i64
  %v5 = arith.ori %v1, %v1 : i8
  %v6 = arith.constant 255 : i8
  %v7 = arith.constant 5 : i8
  %v8 = arith.minsi %v6, %v7 : i8
  %v9 = arith.constant -4 : i8
  %v10 = arith.constant 1 : i8
  %v11 = arith.xori %v9, %v10 : i8
  %v12 = arith.constant -128 : i8
  %v13 = arith.xori %v11, %v12 : i8
  %v14 = arith.constant 3 : i64
  %v15 = arith.addi %v14, %v2 overflow<none> : i64
  %v16 = arith.constant 5288276992359215138 : i64
  %v17 = arith.bitcast %v16 : i64 to f64
  %v18 = arith.remsi %v1, %v12 : i8
  %v19 = arith.xori %v13, %v6 : i8
  %v20 = arith.extui %v1 : i8 to i64
  %v21 = arith.constant true
  %v22 = arith.constant dense<4> : vector<2x3xi16>
  %v23 = arith.select %v21, %v22, %v22 : vector<2x3xi16>
  %v24 = arith.constant dense<12> : vector<2x3xi16>
  %v25 = arith.index_castui %v24 : vector<2x3xi16> to vector<2x3xindex>
  %v26 = arith.constant dense<0> : vector<2x3xi16>
  %v27 = arith.uitofp %v26 : vector<2x3xi16> to vector<2x3xf64>
  %v28 = arith.fptosi %v27 : vector<2x3xf64> to vector<2x3xi8>
  %v29 = arith.negf %arg2 : f8E4M3
  %v30 = arith.constant 0xFFF8000000000000 : f64
  %v31 = arith.cmpf one, %v30, %arg1 : f64
  %v32:2 = arith.mului_extended %v21, %v31 : i1
  %v33 = arith.ceildivui %v31, %v32#0 : i1
  %v34 = arith.constant 0xB6 : f8E5M2FNUZ
  %v35 = arith.extf %v34 fastmath<reassoc,contract> : f8E5M2FNUZ to f64
  %v36 = arith.constant dense<[[100.0, 0x0000000000000001, 0xFFF0000000000000], [2.0, 0x0010000000000000, 0x0000000000000001]]> : vector<2x3xf64>
  %v37 = arith.bitcast %v36 : vector<2x3xf64> to vector<2x3xi64>
  return %v31, %v33, %v32#1 : i1, i1, i1
}
func.func @f1(%arg0: i16, %arg1: i16, %arg2: f8E4M3FN) -> (i1, i16, i16, f8E4M3) {
  %v0 = arith.minsi %arg1, %arg0 : i16
  %v1 = arith.constant 14 : i16
  %v2 = arith.addi %v1, %arg1 : i16
  %v3 = arith.constant -3 : i64
  %v4 = arith.constant 4194304 : i64
  %v5 = arith.ceildivsi %v3, %v4 : i64
  %v6 = arith.index_cast %v5 : i64 to index
  %v7 = arith.constant 17 : i16
  %v8 = arith.divsi %v7, %v1 : i16
  %v9 = arith.constant 3.0 : f8E4M3FN
  %v10 = arith.cmpf false, %arg2, %v9 fastmath<nsz> : f8E4M3FN
  %v11 = arith.andi %v2, %v1 : i16
  %v12 = arith.constant 0x78 : f8E4M3FN
  %v13 = arith.fptoui %v12 : f8E4M3FN to i64
  %v14 = arith.ceildivsi %v3, %v4 : i64
  %v15 = arith.constant 1 : i16
  %v16 = arith.muli %v11, %v15 : i16
  %v17 = arith.constant 0x7B : f8E5M2FNUZ
  %v18 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v19 = arith.constant 1.0e+10 : f8E4M3
  %v20:3 = func.call @f0(%v17, %v18, %v19) : (f8E5M2FNUZ, f64, f8E4M3) -> (i1, i1, i1)
  %v21 = arith.constant 0x00 : f8E4M3FN
  %v22 = arith.cmpf ult, %arg2, %v21 : f8E4M3FN
  %v23 = arith.constant false
  %v24 = arith.index_cast %v23 : i1 to index
  %v25 = arith.divsi %v7, %v1 : i16
  %v26 = arith.extui %v10 : i1 to i7
  %v27:3 = func.call @f0(%v17, %v18, %v19) : (f8E5M2FNUZ, f64, f8E4M3) -> (i1, i1, i1)
  %v28 = arith.andi %v2, %v1 : i16
  %v29 = arith.constant 0x38 : f8E4M3
  %v30:3 = func.call @f0(%v17, %v18, %v29) : (f8E5M2FNUZ, f64, f8E4M3) -> (i1, i1, i1)
  %v31 = arith.minsi %arg1, %arg0 : i16
  %v32 = arith.constant 50 : i7
  %v33 = arith.divui %v26, %v32 exact : i7
  %v34 = arith.constant true
  %v35 = arith.constant true
  %v36 = arith.divui %v34, %v35 : i1
  return %v27#1, %arg0, %v25, %v29 : i1, i16, i16, f8E4M3
}
func.func @f2(%arg0: i8) -> (i8, i1) {
  %v0 = arith.constant 2 : i8
  %v1 = arith.andi %arg0, %v0 : i8
  %v2 = arith.constant 0x16 : f8E5M2FNUZ
  %v3 = arith.constant -0.75 : f64
  %v4 = arith.constant 0.1 : f8E4M3
  %v5:3 = func.call @f0(%v2, %v3, %v4) : (f8E5M2FNUZ, f64, f8E4M3) -> (i1, i1, i1)
  %v6 = arith.index_castui %v0 : i8 to index
  %v7 = arith.constant -0.0 : f8E5M2FNUZ
  %v8 = arith.minimumf %v7, %v7 fastmath<ninf> : f8E5M2FNUZ
  %v9 = arith.remf %v8, %v2 fastmath<none> : f8E5M2FNUZ
  %v10 = arith.constant 1 : i8
  %v11 = arith.shrui %v10, %v1 : i8
  %v12 = arith.constant 128 : i8
  %v13:2 = arith.mulsi_extended %v1, %v12 : i8
  %v14 = arith.constant 0x04 : f8E5M2FNUZ
  %v15 = arith.divf %v7, %v14 : f8E5M2FNUZ
  %v16:2 = arith.mulsi_extended %v5#0, %v5#0 : i1
  %v17 = arith.constant 32 : i8
  %v18 = arith.cmpi ne, %v17, %v10 : i8
  %v19 = arith.constant 1 : i8
  %v20 = arith.constant 9 : i8
  %v21 = arith.cmpi ult, %v19, %v20 : i8
  %v22 = arith.truncf %v4 fastmath<reassoc,contract> : f8E4M3 to f6E2M3FN
  %v23 = arith.constant 127 : i8
  %v24 = arith.cmpi sgt, %v23, %v13#1 : i8
  %v25 = arith.minui %v11, %arg0 : i8
  return %v13#1, %v16#1 : i8, i1
}
func.func @f3(%arg0: index, %arg1: f8E5M2FNUZ) -> (index, i64, index, index) {
  %v0 = arith.constant 16 : i16
  %v1 = arith.constant 0x78 : f8E4M3FN
  %v2:4 = func.call @f1(%v0, %v0, %v1) : (i16, i16, f8E4M3FN) -> (i1, i16, i16, f8E4M3)
  %v3 = arith.constant 15 : i16
  %v4 = arith.floordivsi %v2#1, %v3 : i16
  %v5 = arith.ceildivsi %arg0, %arg0 : index
  %v6 = arith.shrsi %v2#1, %v0 exact : i16
  %v7 = arith.constant true
  %v8 = arith.minsi %v2#0, %v7 : i1
  %v9 = arith.ceildivsi %arg0, %v5 : index
  %v10 = arith.bitcast %v1 : f8E4M3FN to f8E8M0FNU
  %v11 = arith.ceildivsi %arg0, %v5 : index
  %v12 = arith.constant 0x7E00 : f16
  %v13 = arith.maximumf %v12, %v12 : f16
  %v14 = arith.cmpf uge, %v12, %v12 : f16
  %v15 = arith.extui %v6 : i16 to i64
  %v16 = arith.extui %v3 : i16 to i64
  %v17 = arith.cmpi sle, %v15, %v16 : i64
  %v18 = arith.shrui %v2#1, %v0 : i16
  return %v9, %v15, %v9, %v11 : index, i64, index, index
}
