// Random func/arith module, seed 148.
func.func @f0(%arg0: f128) -> i1 {
  %v0 = arith.constant 1623432036 : i32
  %v1 = arith.constant 31 : i32
  %v2 = arith.shli %v0, %v1 : i32
  %v3 = arith.constant 0.1 : f128
  %v4 = arith.maxnumf %v3, %v3 : f128
  %v5 = arith.extsi %v0 : i32 to i64
  %v6 = arith.trunci %v5 : i64 to i32
  %v7 = arith.constant 0x00010000000000000000000000000000 : f128
  %v8 = arith.maxnumf %v7, %arg0 : f128
  %v9 = arith.minsi %v6, %v0 : i32
  %v10 = arith.maxnumf %v7, %arg0 : f128
  %v11 = arith.constant 0 : i64
  %v12 = arith.constant 9223372036854775807 : i64
  %v13 = arith.divui %v11, %v12 : i64
  %v14 = arith.cmpf olt, %arg0, %v8 : f128
  %v15 = arith.shli %v0, %v1 : i32
  %v16 = arith.constant -3.0e-05 : f8E4M3FN
  %v17 = arith.divf %v16, %v16 fastmath<arcp,afn> : f8E4M3FN
  %v18 = arith.maxnumf %v3, %v3 : f128
  %v19 = arith.shli %v0, %v1 : i32
  %v20 = arith.constant 0xFFF8000000000000 : f64
  %v21 = arith.maximumf %v20, %v20 : f64
  %v22 = arith.constant true
  %v23 = arith.xori %v22, %v14 : i1
  return %v23 : i1
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: i33, %arg2: vector<[4]xi8>, %arg3: i32) -> (i1, i1, f8E5M2FNUZ) {
  %v0 = arith.constant 1 : i33
  %v1 = arith.constant 268435456 : i33
  %v2 = arith.floordivsi %v0, %v1 : i33
  %v3 = arith.floordivsi %v0, %v1 : i33
  %v4 = arith.constant dense<127> : vector<[4]xi8>
  %v5 = arith.cmpi eq, %v4, %arg2 : vector<[4]xi8>
  %v6 = arith.constant dense<0> : vector<[4]xi8>
  %v7 = arith.minsi %v6, %v4 : vector<[4]xi8>
  %v8 = arith.minsi %v6, %v4 : vector<[4]xi8>
  %v9 = arith.constant 0x80 : f8E5M2FNUZ
  %v10 = arith.fptosi %v9 : f8E5M2FNUZ to i32
  %v11 = arith.constant 0xFC : f8E5M2FNUZ
  %v12 = arith.cmpf one, %arg0, %v11 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v13 = arith.constant 0.0 : f8E5M2FNUZ
  %v14 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v15 = arith.addf %v13, %v14 : f8E5M2FNUZ
  %v16 = arith.constant dense<true> : vector<[4]xi1>
  %v17 = arith.index_castui %v16 : vector<[4]xi1> to vector<[4]xindex>
  %v18 = arith.extui %v2 : i33 to i64
  %v19 = arith.extui %arg1 : i33 to i64
  %v20 = arith.cmpi eq, %v18, %v19 : i64
  return %v20, %v12, %v15 : i1, i1, f8E5M2FNUZ
}
func.func @f2(%arg0: i16, %arg1: index, %arg2: i128, %arg3: f8E3M4) -> i16 {
  %v0 = arith.uitofp %arg2 : i128 to f8E8M0FNU
  %v1 = arith.constant 0 : i16
  %v2 = arith.divui %v1, %v1 : i16
  %v3 = arith.uitofp %v1 : i16 to f32
  %v4 = arith.constant -0.0 : f8E8M0FNU
  %v5 = arith.subf %v0, %v4 fastmath<arcp,afn> : f8E8M0FNU
  %v6 = arith.constant 12 : i16
  %v7 = arith.constant 32767 : i16
  %v8 = arith.remsi %v6, %v7 : i16
  %v9 = arith.constant true
  %v10 = arith.select %v9, %arg2, %arg2 : i128
  %v11 = arith.uitofp %v1 : i16 to f32
  %v12 = arith.select %v9, %arg2, %arg2 : i128
  %v13 = arith.uitofp %v1 : i16 to f32
  %v14 = arith.xori %v12, %v12 : i128
  %v15 = arith.extf %v0 fastmath<none> : f8E8M0FNU to f128
  %v16 = arith.index_castui %v1 : i16 to index
  %v17 = arith.select %v9, %arg2, %arg2 : i128
  return %v2 : i16
}
