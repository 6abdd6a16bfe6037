// Random func/arith module, seed 191.
func.func @f0(%arg0: i1, %arg1: f32, %arg2: i16) -> (vector<2x3xi8>, vector<2x3xi8>, i16) {
  %v0 = arith.constant dense<8> : vector<2x3xi8>
  %v1 = arith.constant dense<1> : vector<2x3xi8>
  %v2 = arith.subi %v0, %v1 : vector<2x3xi8>
  %v3 = arith.subi %v0, %v1 : vector<2x3xi8>
  %v4 = arith.subi %v0, %v1 : vector<2x3xi8>
  %v5 = arith.subi %v0, %v1 : vector<2x3xi8>
  %v6 = arith.subi %v0, %v1 : vector<2x3xi8>
  %v7 = arith.constant dense<8> : vector<2x3xi8>
  %v8:2 = arith.mului_extended %v7, %v1 : vector<2x3xi8>
  %v9 = arith.index_castui %arg0 : i1 to index
  %v10 = arith.constant 13 : i16
  %v11:2 = arith.mulsi_extended %arg2, %v10 : i16
  %v12 = arith.index_castui %arg0 : i1 to index
  %v13 = arith.constant dense<15> : vector<2x3xi8>
  %v14 = arith.constant dense<16> : vector<2x3xi8>
  %v15 = arith.cmpi sge, %v13, %v14 : vector<2x3xi8>
  return %v8#1, %v8#1, %v11#1 : vector<2x3xi8>, vector<2x3xi8>, i16
}
func.func @f1(%arg0: f8E3M4, %arg1: i8, %arg2: f64, %arg3: i16) -> (i1, i16) {
  %v0 = arith.constant true
  %v1 = arith.constant 4.0 : f32
  %v2 = arith.constant 8 : i16
  %v3:3 = func.call @f0(%v0, %v1, %v2) : (i1, f32, i16) -> (vector<2x3xi8>, vector<2x3xi8>, i16)
  %v4 = arith.subi %v3#2, %v3#2 overflow<none> : i16
  %v5 = arith.subi %v3#2, %v3#2 overflow<none> : i16
  %v6 = arith.shrui %v4, %v3#2 exact : i16
  %v7 = arith.constant dense<[[1, -1, 127], [-1, 7, -128]]> : vector<2x3xi8>
  %v8:2 = arith.mului_extended %v3#0, %v7 : vector<2x3xi8>
  %v9 = arith.constant -0.75 : f8E3M4
  %v10 = arith.select %v0, %arg0, %v9 : f8E3M4
  %v11 = arith.constant -1.0 : f64
  %v12 = arith.cmpf false, %v11, %arg2 fastmath<arcp,afn> : f64
  %v13 = arith.constant 8 : i8
  %v14 = arith.minsi %v13, %arg1 : i8
  %v15 = arith.constant dense<[32767, 17, 16, 1]> : vector<4xi16>
  %v16 = arith.extsi %v15 : vector<4xi16> to vector<4xi64>
  %v17 = arith.extsi %v15 : vector<4xi16> to vector<4xi64>
  %v18 = arith.cmpi sle, %v16, %v17 : vector<4xi64>
  return %v12, %v3#2 : i1, i16
}
func.func @f2(%arg0: f8E4M3FNUZ, %arg1: i64) -> i64 {
  %v0 = arith.constant 1 : i64
  %v1 = arith.divui %arg1, %v0 : i64
  %v2 = arith.constant true
  %v3 = arith.constant 1 : index
  %v4 = arith.select %v2, %v3, %v3 : index
  %v5 = arith.addf %arg0, %arg0 fastmath<nnan> : f8E4M3FNUZ
  %v6 = arith.constant 1.0 : f8E4M3FNUZ
  %v7 = arith.fptosi %v6 : f8E4M3FNUZ to i128
  %v8 = arith.constant 0xFC : f8E4M3FNUZ
  %v9 = arith.negf %v8 : f8E4M3FNUZ
  %v10 = arith.constant 7 : i64
  %v11 = arith.ori %v10, %v1 : i64
  %v12 = arith.addf %arg0, %arg0 fastmath<nnan> : f8E4M3FNUZ
  %v13 = arith.constant 1.0 : f8E4M3FNUZ
  %v14 = arith.divf %v12, %v13 : f8E4M3FNUZ
  return %v11 : i64
}
