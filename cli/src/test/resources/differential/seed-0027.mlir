// Random func/arith module, seed 27.
func.func @f0(%arg0: bf16, %arg1: f16) -> (i16, i1, i16, i1) {
  %v0 = arith.constant 0 : i16
  %v1 = arith.constant 1 : i16
  %v2:2 = arith.mulsi_extended %v0, %v1 : i16
  %v3 = arith.constant 2 : i16
  %v4 = arith.constant 4 : i16
  %v5 = arith.muli %v3, %v4 : i16
  %v6 = arith.constant 5 : i16
  %v7 = arith.muli %v5, %v6 : i16
  %v8 = arith.muli %v5, %v6 : i16
  %v9 = arith.muli %v5, %v6 : i16
  %v10 = arith.muli %v5, %v6 : i16
  %v11 = arith.constant -32768 : i16
  %v12 = arith.extsi %v11 : i16 to i64
  %v13 = arith.trunci %v12 : i64 to i16
  %v14 = arith.constant 8 : i64
  %v15 = arith.constant 0x8000 : f16
  %v16 = arith.cmpf oeq, %arg1, %v15 fastmath<nnan,ninf> : f16
  %v17 = arith.constant dense<-0.0> : vector<[4]xf64>
  %v18 = arith.negf %v17 : vector<[4]xf64>
  %v19 = arith.negf %v18 fastmath<reassoc,contract> : vector<[4]xf64>
  %v20 = arith.cmpi uge, %v13, %v9 : i16
  return %v1, %v16, %v13, %v16 : i16, i1, i16, i1
}
func.func @f1(%arg0: i8, %arg1: f64) -> (i1, i8) {
  %v0 = arith.constant -128 : i8
  %v1 = arith.muli %v0, %arg0 {tag = 1 : i64} : i8
  %v2 = arith.constant -0.0 : bf16
  %v3 = arith.constant 0x7C00 : f16
  %v4:4 = func.call @f0(%v2, %v3) : (bf16, f16) -> (i16, i1, i16, i1)
  %v5 = arith.muli %v0, %arg0 {tag = 1 : i64} : i8
  %v6 = arith.ori %v4#2, %v4#0 : i16
  %v7 = arith.constant dense<0x7562B6C5> : vector<2xf32>
  %v8 = arith.constant dense<0xBF800000> : vector<2xf32>
  %v9 = arith.cmpf ule, %v7, %v8 fastmath<ninf> : vector<2xf32>
  %v10:4 = func.call @f0(%v2, %v3) : (bf16, f16) -> (i16, i1, i16, i1)
  %v11 = arith.constant dense<127> : vector<2x3xi8>
  %v12 = arith.constant dense<-1> : vector<2x3xi8>
  %v13 = arith.remsi %v11, %v12 {tag = 1 : i64} : vector<2x3xi8>
  %v14 = arith.negf %v7 : vector<2xf32>
  %v15 = arith.negf %v3 fastmath<none> : f16
  %v16 = arith.constant 0x0000000000000001 : f64
  %v17 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v18 = arith.addf %v16, %v17 : f64
  %v19 = arith.shrui %arg0, %v0 exact : i8
  %v20 = arith.cmpf une, %arg1, %arg1 : f64
  %v21 = arith.constant 0x7FF8000000000000 : f64
  %v22 = arith.maximumf %arg1, %v21 fastmath<arcp,afn> : f64
  %v23 = arith.cmpf oeq, %v21, %arg1 : f64
  %v24 = arith.negf %v3 fastmath<none> : f16
  %v25 = arith.constant 1.0e+10 : bf16
  %v26:4 = func.call @f0(%v25, %v24) : (bf16, f16) -> (i16, i1, i16, i1)
  %v27 = arith.constant dense<[true, false]> : vector<2xi1>
  %v28 = arith.constant dense<false> : vector<2xi1>
  %v29 = arith.select %v26#1, %v27, %v28 : vector<2xi1>
  %v30 = arith.negf %v3 fastmath<none> : f16
  %v31 = arith.ceildivsi %v4#0, %v4#2 : i16
  %v32 = arith.maximumf %v22, %v21 : f64
  %v33 = arith.cmpi ugt, %v4#1, %v26#1 : i1
  return %v20, %v19 : i1, i8
}
func.func @f2(%arg0: tf32, %arg1: f128, %arg2: i32) -> (f128, vector<i1>, i64) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.floordivsi %arg2, %v0 {tag = 0 : i64} : i32
  %v2 = arith.constant 0x3FE00 : tf32
  %v3 = arith.mulf %arg0, %v2 fastmath<none> : tf32
  %v4 = arith.constant dense<false> : vector<i1>
  %v5 = arith.constant dense<false> : vector<i1>
  %v6 = arith.minui %v4, %v5 : vector<i1>
  %v7 = arith.constant dense<false> : vector<i1>
  %v8 = arith.minui %v6, %v7 : vector<i1>
  %v9 = arith.mulf %v2, %arg0 fastmath<none> : tf32
  %v10 = arith.constant 0x00000000000000000000000000000000 : f128
  %v11 = arith.addf %arg1, %v10 fastmath<fast> : f128
  %v12 = arith.constant 4.0 : f64
  %v13 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v14 = arith.cmpf une, %v12, %v13 : f64
  %v15 = arith.constant true
  %v16 = arith.select %v15, %v12, %v13 : f64
  %v17:2 = arith.mului_extended %v0, %v1 : i32
  %v18 = arith.negf %arg1 : f128
  %v19 = arith.constant -5 : i32
  %v20 = arith.extui %v19 : i32 to i64
  %v21 = arith.constant -4 : i64
  %v22 = arith.cmpi ult, %v20, %v21 : i64
  %v23 = arith.andi %v20, %v21 : i64
  return %v18, %v6, %v20 : f128, vector<i1>, i64
}
