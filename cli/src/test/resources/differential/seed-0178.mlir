// Random func/arith module, seed 178.
func.func @f0(%arg0: f16) -> i1 {
  %v0 = arith.constant 0 : i8
  %v1 = arith.constant -1 : i8
  %v2 = arith.shli %v0, %v1 : i8
  %v3 = arith.constant 3.0 : f16
  %v4 = arith.negf %v3 fastmath<fast> : f16
  %v5 = arith.fptosi %arg0 : f16 to i1
  %v6 = arith.constant false
  %v7:2 = arith.mului_extended %v5, %v6 : i1
  %v8 = arith.cmpi ne, %v5, %v7#1 : i1
  %v9 = arith.index_castui %v8 : i1 to index
  %v10 = arith.shli %v0, %v1 : i8
  %v11 = arith.extui %v6 : i1 to i33
  %v12 = arith.constant true
  %v13 = arith.constant true
  %v14 = arith.select %v6, %v12, %v13 : i1
  %v15 = arith.extui %v2 : i8 to i64
  %v16 = arith.extui %v1 : i8 to i64
  %v17 = arith.cmpi ugt, %v15, %v16 : i64
  %v18:2 = arith.mului_extended %v5, %v6 : i1
  %v19 = arith.fptosi %arg0 : f16 to i1
  %v20 = arith.cmpf uno, %v4, %v3 : f16
  return %v18#0 : i1
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: vector<2x3xi64>) -> (i33, f64, f64) {
  %v0 = arith.extf %arg0 : f8E5M2FNUZ to f64
  %v1 = arith.constant 0.1 : f64
  %v2 = arith.constant 1.0e+10 : f64
  %v3 = arith.mulf %v1, %v2 : f64
  %v4 = arith.constant dense<23359> : vector<4xi16>
  %v5 = arith.constant dense<[0, 10, 1, 32767]> : vector<4xi16>
  %v6 = arith.cmpi sge, %v4, %v5 : vector<4xi16>
  %v7 = arith.fptosi %v0 : f64 to i32
  %v8 = arith.constant 16 : i32
  %v9 = arith.minui %v7, %v8 : i32
  %v10 = arith.constant 0 : i32
  %v11 = arith.minui %v10, %v9 : i32
  %v12 = arith.extui %v7 : i32 to i33
  %v13 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v14 = arith.mulf %v0, %v13 : f64
  %v15 = arith.andi %v8, %v7 : i32
  return %v12, %v14, %v14 : i33, f64, f64
}
