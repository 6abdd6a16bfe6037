// Random func/arith module, seed 62.
func.func @f0(%arg0: f64, %arg1: i64, %arg2: i128, %arg3: f16) -> (i128, f8E5M2FNUZ, i128, i128) {
  %v0 = arith.constant -1 : i128
  %v1 = arith.shrsi %arg2, %v0 : i128
  %v2 = arith.constant 15 : i128
  %v3 = arith.ceildivui %v2, %v0 : i128
  %v4 = arith.constant 100.0 : f8E5M2FNUZ
  %v5 = arith.cmpf olt, %v4, %v4 : f8E5M2FNUZ
  %v6 = arith.constant 151115727451828646838272 : i128
  %v7 = arith.andi %v1, %v6 : i128
  %v8 = arith.constant 11 : i128
  %v9 = arith.andi %v8, %v7 : i128
  %v10 = arith.constant 7 : i33
  %v11 = arith.extui %v10 : i33 to i64
  %v12 = arith.constant 1 : i33
  %v13 = arith.extui %v12 : i33 to i64
  %v14 = arith.cmpi sle, %v11, %v13 : i64
  %v15 = arith.minsi %v2, %v1 : i128
  return %v15, %v4, %v3, %v15 : i128, f8E5M2FNUZ, i128, i128
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: f16, %arg2: f8E5M2) -> (i16, i16, i16) {
  %v0 = arith.constant 17 : i16
  %v1 = arith.constant 16384 : i16
  %v2 = arith.andi %v0, %v1 {tag = 1 : i64} : i16
  %v3 = arith.truncf %arg0 : f8E5M2FNUZ to f6E3M2FN
  %v4 = arith.constant false
  %v5 = arith.select %v4, %v3, %v3 : f6E3M2FN
  %v6 = arith.constant 11 : i64
  %v7 = arith.constant 14 : i64
  %v8:2 = arith.addui_extended %v6, %v7 : i64, i1
  %v9 = arith.constant 9223372036854775807 : i64
  %v10 = arith.cmpi sgt, %v9, %v8#0 : i64
  %v11 = arith.extsi %v8#1 : i1 to i16
  %v12 = arith.constant -32768 : i16
  %v13 = arith.constant 0 : i16
  %v14 = arith.xori %v12, %v13 : i16
  return %v11, %v14, %v14 : i16, i16, i16
}
func.func @f2(%arg0: i1, %arg1: index, %arg2: f8E4M3FNUZ) -> (i128, index) {
  %v0 = arith.constant -23 : i7
  %v1 = arith.index_castui %v0 : i7 to index
  %v2 = arith.cmpf one, %arg2, %arg2 fastmath<nnan> : f8E4M3FNUZ
  %v3 = arith.index_castui %v2 : i1 to index
  %v4 = arith.index_castui %v3 : index to i1
  %v5 = arith.index_cast %v3 : index to i8
  %v6 = arith.constant 0x7C : f8E4M3FNUZ
  %v7 = arith.fptoui %v6 {tag = 1 : i64} : f8E4M3FNUZ to i7
  %v8 = arith.addf %arg2, %arg2 : f8E4M3FNUZ
  %v9 = arith.constant dense<0> : vector<[4]xindex>
  %v10 = arith.maxui %v9, %v9 : vector<[4]xindex>
  %v11 = arith.constant true
  %v12 = arith.subi %v4, %v11 overflow<nsw> {tag = 0 : i64} : i1
  %v13 = arith.fptosi %arg2 : f8E4M3FNUZ to i128
  %v14 = arith.constant 0 : index
  %v15 = arith.xori %arg1, %v14 : index
  return %v13, %v15 : i128, index
}
func.func @f3(%arg0: f6E3M2FN, %arg1: vector<[4]xf32>, %arg2: i8, %arg3: f32) -> (i8, f32) {
  %v0 = arith.constant 1.0e+10 : f6E3M2FN
  %v1 = arith.bitcast %v0 {tag = 1 : i64} : f6E3M2FN to f6E2M3FN
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg3, %arg3 : f32
  %v4 = arith.select %v2, %arg3, %arg3 : f32
  %v5 = arith.constant -6 : i8
  %v6 = arith.ori %arg2, %v5 : i8
  %v7 = arith.bitcast %v0 {tag = 1 : i64} : f6E3M2FN to f6E2M3FN
  %v8 = arith.constant 0 : i8
  %v9 = arith.andi %arg2, %v8 : i8
  %v10 = arith.ori %arg2, %v5 : i8
  %v11 = arith.negf %v4 : f32
  %v12 = arith.negf %v11 fastmath<ninf> : f32
  %v13 = arith.select %v2, %arg3, %arg3 : f32
  %v14 = arith.select %v2, %arg3, %arg3 : f32
  %v15 = arith.constant 6 : i8
  %v16 = arith.shrui %v15, %arg2 : i8
  %v17 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<[4]xf64>
  %v18 = arith.cmpf uge, %v17, %v17 fastmath<arcp,afn> : vector<[4]xf64>
  %v19 = arith.constant 1 : i8
  %v20 = arith.bitcast %v19 : i8 to f8E4M3FN
  %v21 = arith.constant 13 : index
  %v22 = arith.index_cast %v21 : index to i64
  %v23 = arith.constant 0xFC : f8E5M2FNUZ
  %v24 = arith.constant 0xFE00 : f16
  %v25 = arith.constant 0.1 : f8E5M2
  %v26:3 = func.call @f1(%v23, %v24, %v25) : (f8E5M2FNUZ, f16, f8E5M2) -> (i16, i16, i16)
  return %v16, %v14 : i8, f32
}
