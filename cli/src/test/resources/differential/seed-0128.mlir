// Random func/arith module, seed 128.
func.func @f0(%arg0: vector<f16>, %arg1: i7) -> (i64, i1) {
  %v0 = arith.constant dense<4.0> : vector<f16>
  %v1 = arith.minnumf %arg0, %v0 : vector<f16>
  %v2 = arith.minnumf %arg0, %v0 : vector<f16>
  %v3 = arith.constant 63 : i7
  %v4 = arith.cmpi eq, %arg1, %v3 : i7
  %v5 = arith.cmpi eq, %arg1, %v3 : i7
  %v6 = arith.constant true
  %v7 = arith.ceildivsi %v4, %v6 : i1
  %v8 = arith.index_cast %v7 : i1 to index
  %v9 = arith.index_cast %v8 : index to i1
  %v10 = arith.constant -64 : i7
  %v11 = arith.remsi %arg1, %v10 : i7
  %v12 = arith.constant true
  %v13 = arith.muli %v4, %v12 overflow<nuw> : i1
  %v14 = arith.remf %v1, %arg0 : vector<f16>
  %v15 = arith.remsi %arg1, %v10 : i7
  %v16 = arith.minimumf %v0, %v2 : vector<f16>
  %v17 = arith.index_cast %v7 : i1 to index
  %v18 = arith.extsi %v11 : i7 to i64
  %v19 = arith.constant 8 : i7
  %v20 = arith.extsi %v19 : i7 to i64
  %v21 = arith.cmpi slt, %v18, %v20 : i64
  %v22 = arith.muli %v4, %v12 overflow<nuw> : i1
  %v23 = arith.constant dense<0x80000000> : vector<2xf32>
  %v24 = arith.fptoui %v23 : vector<2xf32> to vector<2xi1>
  %v25 = arith.constant -1 : i64
  %v26 = arith.ori %v18, %v25 : i64
  %v27 = arith.constant 2524882005549808800 : i64
  %v28 = arith.ori %v26, %v27 : i64
  %v29 = arith.cmpi slt, %v18, %v20 : i64
  %v30 = arith.fptosi %v2 : vector<f16> to vector<i64>
  %v31 = arith.constant false
  %v32 = arith.constant dense<-1> : vector<i64>
  %v33 = arith.select %v31, %v32, %v30 : vector<i64>
  %v34 = arith.index_cast %v7 : i1 to index
  return %v26, %v22 : i64, i1
}
func.func @f1(%arg0: i64, %arg1: bf16, %arg2: i16, %arg3: vector<2xbf16>) -> vector<[4]xi64> {
  %v0 = arith.xori %arg0, %arg0 : i64
  %v1 = arith.bitcast %arg1 : bf16 to f16
  %v2 = arith.truncf %v1 : f16 to f6E3M2FN
  %v3:2 = arith.mulsi_extended %arg0, %v0 : i64
  %v4 = arith.index_castui %arg2 : i16 to index
  %v5 = arith.index_castui %v4 : index to i16
  %v6 = arith.index_castui %arg2 : i16 to index
  %v7 = arith.constant -3.0e-05 : f6E3M2FN
  %v8 = arith.maxnumf %v2, %v7 : f6E3M2FN
  %v9 = arith.constant -4 : index
  %v10 = arith.remui %v9, %v4 : index
  %v11 = arith.index_castui %arg2 : i16 to index
  %v12 = arith.constant false
  %v13 = arith.select %v12, %arg3, %arg3 : vector<2xbf16>
  %v14 = arith.constant 0 : i16
  %v15 = arith.constant 6 : i16
  %v16 = arith.maxsi %v14, %v15 : i16
  %v17 = arith.constant false
  %v18 = arith.select %v17, %v12, %v17 : i1
  %v19 = arith.constant dense<-0.0> : vector<f16>
  %v20 = arith.constant dense<0x03FF> : vector<f16>
  %v21 = arith.cmpf one, %v19, %v20 : vector<f16>
  %v22 = arith.constant true
  %v23 = arith.divui %v22, %v22 : i1
  %v24 = arith.constant 0xBB405B0E25994E8C : f64
  %v25 = arith.constant -2.5 : f64
  %v26 = arith.remf %v24, %v25 : f64
  %v27 = arith.addf %v1, %v1 fastmath<arcp,afn> : f16
  %v28 = arith.constant 1.0 : f16
  %v29 = arith.divf %v27, %v28 fastmath<reassoc,contract> : f16
  %v30 = arith.maxsi %v14, %v15 : i16
  %v31 = arith.constant -1 : i64
  %v32:2 = arith.addui_extended %v31, %arg0 : i64, i1
  %v33 = arith.constant dense<8388608> : vector<[4]xi64>
  %v34 = arith.divsi %v33, %v33 exact : vector<[4]xi64>
  %v35 = arith.constant true
  %v36 = arith.ceildivsi %v35, %v32#1 : i1
  %v37 = arith.constant dense<0xFF80> : vector<2xbf16>
  %v38 = arith.minnumf %v13, %v37 fastmath<ninf> : vector<2xbf16>
  return %v34 : vector<[4]xi64>
}
func.func @f2(%arg0: i8, %arg1: f128, %arg2: i33, %arg3: i16) -> (f128, i8) {
  %v0 = arith.constant 64 : i8
  %v1 = arith.minsi %arg0, %v0 : i8
  %v2 = arith.constant dense<11> : vector<4xi8>
  %v3 = arith.muli %v2, %v2 : vector<4xi8>
  %v4 = arith.constant -2 : i33
  %v5 = arith.subi %arg2, %v4 : i33
  %v6:2 = arith.mului_extended %arg0, %v1 : i8
  %v7 = arith.cmpf ole, %arg1, %arg1 : f128
  %v8 = arith.constant 0xFFFF0000000000000000000000000000 : f128
  %v9 = arith.remf %v8, %arg1 fastmath<nnan,ninf> : f128
  %v10 = arith.constant dense<[-1, 9]> : vector<2xindex>
  %v11 = arith.constant dense<[6, 3]> : vector<2xindex>
  %v12 = arith.cmpi sgt, %v10, %v11 : vector<2xindex>
  %v13 = arith.cmpf uge, %v8, %v9 : f128
  %v14 = arith.cmpf uge, %v8, %v9 : f128
  %v15 = arith.select %v14, %v9, %v9 : f128
  %v16 = arith.cmpf uge, %v8, %v9 : f128
  %v17 = arith.select %v16, %v15, %v8 : f128
  %v18 = arith.constant 255 : i8
  %v19 = arith.remui %v18, %v6#0 : i8
  %v20 = arith.constant 63 : i64
  %v21 = arith.ceildivui %v20, %v20 : i64
  return %v17, %v19 : f128, i8
}
