// Random func/arith module, seed 110.
func.func @f0(%arg0: i32, %arg1: i32) -> i32 {
  %v0 = arith.extui %arg1 : i32 to i64
  %v1 = arith.trunci %v0 : i64 to i32
  %v2 = arith.constant -2147483648 : i32
  %v3 = arith.andi %arg1, %v2 : i32
  %v4 = arith.shli %v0, %v0 : i64
  %v5 = arith.constant 1 : i32
  %v6 = arith.remui %v3, %v5 : i32
  %v7 = arith.constant 1 : i64
  %v8 = arith.xori %v4, %v7 : i64
  %v9 = arith.constant -1 : i32
  %v10 = arith.constant 7 : i32
  %v11 = arith.xori %v10, %v9 : i32
  %v12 = arith.xori %v11, %v9 : i32
  %v13 = arith.cmpi ule, %v10, %v3 : i32
  %v14 = arith.constant 3.0 : f32
  %v15 = arith.constant 0x00000001 : f32
  %v16 = arith.maxnumf %v14, %v15 : f32
  %v17 = arith.constant 0xF0 : f8E3M4
  %v18 = arith.cmpf uno, %v17, %v17 : f8E3M4
  %v19 = arith.xori %v10, %v9 : i32
  %v20 = arith.constant -5 : i32
  %v21 = arith.constant 13 : i32
  %v22:2 = arith.addui_extended %v20, %v21 : i32, i1
  %v23 = arith.index_cast %v3 : i32 to index
  %v24 = arith.constant dense<0> : vector<4xi64>
  %v25 = arith.constant dense<[65, 1, 0, 12]> : vector<4xi64>
  %v26 = arith.cmpi ne, %v24, %v25 : vector<4xi64>
  %v27 = arith.select %v26, %v25, %v24 : vector<4xi1>, vector<4xi64>
  %v28 = arith.select %v13, %arg0, %v6 : i32
  %v29 = arith.constant dense<13671> : vector<4xi16>
  %v30 = arith.constant dense<-1> : vector<4xi16>
  %v31 = arith.cmpi eq, %v29, %v30 : vector<4xi16>
  %v32 = arith.constant dense<-1> : vector<4xi64>
  %v33 = arith.constant dense<14> : vector<4xi64>
  %v34 = arith.shli %v32, %v33 : vector<4xi64>
  %v35 = arith.shli %arg0, %v9 : i32
  %v36 = arith.minui %v4, %v0 : i64
  %v37 = arith.constant dense<[-1, -1, 31686, -8]> : vector<4xi16>
  %v38 = arith.addi %v37, %v30 overflow<nsw> : vector<4xi16>
  return %v28 : i32
}
func.func @f1(%arg0: i64) -> (i64, i64) {
  %v0 = arith.constant 636484611214983801 : i64
  %v1 = arith.constant 0 : i64
  %v2 = arith.shrui %v0, %v1 : i64
  %v3 = arith.trunci %v0 : i64 to i16
  %v4 = arith.constant 1 : i64
  %v5 = arith.divsi %arg0, %v4 : i64
  %v6 = arith.constant 7.0 : f64
  %v7 = arith.cmpf ugt, %v6, %v6 fastmath<reassoc,contract> : f64
  %v8 = arith.maxsi %v1, %arg0 : i64
  %v9 = arith.constant 0x0000000000000000 : f64
  %v10 = arith.mulf %v6, %v9 fastmath<none> : f64
  %v11 = arith.constant 9223372036854775807 : i64
  %v12 = arith.subi %v11, %v8 : i64
  %v13 = arith.negf %v10 : f64
  %v14 = arith.negf %v13 fastmath<ninf> : f64
  %v15 = arith.constant 65 : i64
  %v16 = arith.shrui %v15, %arg0 : i64
  %v17 = arith.negf %v13 fastmath<ninf> : f64
  %v18 = arith.constant true
  %v19 = arith.constant 0.1 : f64
  %v20 = arith.select %v18, %v6, %v19 : f64
  %v21 = arith.constant -1 : i16
  %v22 = arith.ori %v3, %v21 : i16
  %v23 = arith.extf %v6 : f64 to f80
  return %v16, %v16 : i64, i64
}
func.func @f2(%arg0: vector<2x3xi64>) -> (vector<2x3xi64>, vector<2x3xi64>, i128) {
  %v0 = arith.constant 0x7E87 : f16
  %v1 = arith.truncf %v0 : f16 to f8E5M2
  %v2 = arith.constant dense<63> : vector<2x3xi64>
  %v3 = arith.andi %v2, %arg0 : vector<2x3xi64>
  %v4 = arith.constant 170141183460469231731687303715884105727 : i128
  %v5 = arith.constant 2 : i128
  %v6 = arith.minsi %v4, %v5 : i128
  %v7 = arith.constant dense<-9223372036854775808> : vector<2x3xi64>
  %v8 = arith.bitcast %v7 : vector<2x3xi64> to vector<2x3xf64>
  %v9 = arith.cmpi ult, %v3, %arg0 : vector<2x3xi64>
  %v10 = arith.divsi %v3, %v3 : vector<2x3xi64>
  %v11:2 = arith.mului_extended %v10, %v3 : vector<2x3xi64>
  %v12 = arith.divsi %v3, %v3 : vector<2x3xi64>
  %v13 = arith.constant 1 : i32
  %v14 = arith.constant -2147483648 : i32
  %v15 = func.call @f0(%v13, %v14) : (i32, i32) -> i32
  %v16 = arith.constant dense<1> : vector<2x3xi64>
  %v17:2 = arith.mulsi_extended %v11#1, %v16 : vector<2x3xi64>
  %v18 = arith.constant 64 : i64
  %v19:2 = func.call @f1(%v18) : (i64) -> (i64, i64)
  return %v17#0, %v11#1, %v5 : vector<2x3xi64>, vector<2x3xi64>, i128
}
