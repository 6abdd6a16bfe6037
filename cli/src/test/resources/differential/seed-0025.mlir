// Random func/arith module, seed 25.
func.func @f0(%arg0: i64, %arg1: vector<2x3xi1>, %arg2: i64, %arg3: i64) -> (f32, i1) {
  %v0 = arith.constant 0x007FFFFF : f32
  %v1 = arith.constant 0x3F800000 : f32
  %v2 = arith.minimumf %v0, %v1 fastmath<nnan> : f32
  %v3 = arith.divf %v1, %v2 : f32
  %v4 = arith.constant 64 : i64
  %v5 = arith.constant 1 : i64
  %v6 = arith.minsi %v4, %v5 : i64
  %v7 = arith.cmpf oge, %v1, %v2 : f32
  %v8 = arith.cmpf olt, %v0, %v1 : f32
  %v9 = arith.constant dense<true> : vector<2x3xi1>
  %v10:2 = arith.mulsi_extended %v9, %arg1 : vector<2x3xi1>
  %v11 = arith.negf %v1 fastmath<nnan> : f32
  %v12 = arith.extsi %v10#0 : vector<2x3xi1> to vector<2x3xi32>
  %v13 = arith.constant 0x00800000 : f32
  %v14 = arith.cmpf ult, %v13, %v3 fastmath<nnan,ninf> : f32
  %v15 = arith.divf %v11, %v1 : f32
  %v16 = arith.extf %v13 fastmath<ninf> : f32 to f64
  %v17 = arith.constant 0x164B3C347031E3C9 : f64
  %v18 = arith.fptosi %v17 : f64 to i64
  %v19 = arith.divf %v17, %v17 fastmath<arcp,afn> : f64
  %v20 = arith.constant dense<[[-328508511, 2, 14], [0, 65536, 1]]> : vector<2x3xi32>
  %v21 = arith.remsi %v12, %v20 : vector<2x3xi32>
  %v22 = arith.constant -128 : i8
  %v23:2 = arith.mulsi_extended %v22, %v22 : i8
  %v24 = arith.constant 0xEA7AC1A31E5AD19D : f64
  %v25 = arith.bitcast %v24 : f64 to i64
  %v26 = arith.constant 0xBF800000 : f32
  %v27 = arith.divf %v2, %v26 : f32
  %v28 = arith.constant 0x00000000 : f32
  %v29 = arith.bitcast %v28 : f32 to i32
  return %v27, %v14 : f32, i1
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: f64) -> i64 {
  %v0 = arith.constant 13 : i32
  %v1 = arith.constant 3 : i32
  %v2 = arith.floordivsi %v0, %v1 : i32
  %v3 = arith.negf %arg0 fastmath<ninf> : f8E5M2FNUZ
  %v4 = arith.constant 1 : i32
  %v5 = arith.ori %v1, %v4 : i32
  %v6 = arith.bitcast %arg1 : f64 to i64
  %v7 = arith.constant 2147483647 : i32
  %v8:2 = arith.mului_extended %v0, %v7 : i32
  %v9 = arith.constant 1 : i64
  %v10 = arith.shli %v9, %v6 : i64
  %v11 = arith.cmpi sle, %v10, %v9 : i64
  %v12 = arith.cmpi sle, %v10, %v9 : i64
  %v13 = arith.constant dense<16> : vector<2x3xi16>
  %v14 = arith.shrsi %v13, %v13 : vector<2x3xi16>
  %v15 = arith.cmpi ule, %v12, %v12 : i1
  %v16 = arith.shrsi %v13, %v13 : vector<2x3xi16>
  %v17 = arith.constant false
  %v18 = arith.select %v17, %v6, %v10 : i64
  %v19 = arith.constant -9223372036854775808 : i64
  %v20 = arith.muli %v9, %v19 overflow<nsw> : i64
  %v21 = arith.constant 0x03 : f8E5M2FNUZ
  %v22 = arith.remf %v21, %arg0 : f8E5M2FNUZ
  %v23 = arith.ceildivsi %v11, %v15 : i1
  %v24 = arith.constant dense<[[8192, -2, 15], [16, 17, 15]]> : vector<2x3xi16>
  %v25 = arith.cmpi ule, %v24, %v14 : vector<2x3xi16>
  %v26 = arith.ceildivui %v10, %v10 : i64
  %v27 = arith.constant true
  %v28 = arith.maxsi %v27, %v15 : i1
  return %v18 : i64
}
func.func @f2(%arg0: i32, %arg1: vector<4xi8>, %arg2: f32) -> vector<4xi8> {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.floordivsi %arg0, %v0 : i32
  %v2 = arith.divui %v1, %v1 : i32
  %v3 = arith.constant -0.0 : f32
  %v4 = arith.minnumf %v3, %arg2 : f32
  %v5 = arith.cmpf uno, %v3, %arg2 : f32
  %v6 = arith.constant 1 : i32
  %v7 = arith.cmpi ult, %arg0, %v6 : i32
  %v8 = arith.floordivsi %arg1, %arg1 : vector<4xi8>
  %v9 = arith.constant 3.0 : f8E4M3
  %v10 = arith.cmpf oge, %v9, %v9 fastmath<arcp,afn> : f8E4M3
  %v11 = arith.minnumf %arg2, %v3 : f32
  %v12 = arith.constant true
  %v13:2 = arith.mulsi_extended %v5, %v12 : i1
  %v14 = arith.constant true
  %v15:2 = arith.mului_extended %v12, %v14 : i1
  %v16 = arith.constant 0x80000000 : f32
  %v17 = arith.minnumf %v16, %arg2 fastmath<none> : f32
  %v18 = arith.minnumf %v3, %v16 fastmath<fast> : f32
  %v19 = arith.constant dense<8> : vector<4xi8>
  %v20 = arith.divsi %v19, %arg1 : vector<4xi8>
  %v21 = arith.constant 7.0 : f8E5M2FNUZ
  %v22 = arith.constant 0x7FF0000000000000 : f64
  %v23 = func.call @f1(%v21, %v22) : (f8E5M2FNUZ, f64) -> i64
  %v24:2 = arith.mului_extended %v12, %v14 : i1
  return %arg1 : vector<4xi8>
}
func.func @f3(%arg0: f64, %arg1: f8E5M2FNUZ, %arg2: f32) -> (f8E5M2FNUZ, i1, i1, i1) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.constant 0 : i32
  %v2 = arith.subi %v0, %v1 : i32
  %v3 = arith.constant -1 : i32
  %v4 = arith.shli %v3, %v1 overflow<nsw> : i32
  %v5 = arith.constant 0 : i32
  %v6 = arith.constant -1902467184 : i32
  %v7 = arith.cmpi sle, %v5, %v6 : i32
  %v8 = arith.constant false
  %v9 = arith.cmpi slt, %v7, %v8 : i1
  %v10 = arith.constant true
  %v11 = arith.constant false
  %v12 = arith.shrui %v10, %v11 : i1
  %v13 = arith.subi %v0, %v1 : i32
  return %arg1, %v9, %v9, %v12 : f8E5M2FNUZ, i1, i1, i1
}
