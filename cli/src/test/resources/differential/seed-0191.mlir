// Random func/arith module, seed 191.
func.func @f0(%arg0: i1, %arg1: f8E5M2FNUZ, %arg2: i16) -> (vector<2x3xi8>, vector<2x3xi8>, i16) {
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
func.func @f1(%arg0: f6E2M3FN, %arg1: i8, %arg2: f32, %arg3: i16) -> (f6E2M3FN, i1) {
  %v0 = arith.constant true
  %v1 = arith.constant 4.0 : f8E5M2FNUZ
  %v2 = arith.constant 8 : i16
  %v3:3 = func.call @f0(%v0, %v1, %v2) : (i1, f8E5M2FNUZ, i16) -> (vector<2x3xi8>, vector<2x3xi8>, i16)
  %v4 = arith.subi %v3#2, %v3#2 overflow<none> : i16
  %v5 = arith.subi %v3#2, %v3#2 overflow<none> : i16
  %v6 = arith.shrui %v4, %v3#2 exact : i16
  %v7 = arith.constant dense<[[1, -1, 127], [-1, 7, -128]]> : vector<2x3xi8>
  %v8:2 = arith.mului_extended %v3#0, %v7 : vector<2x3xi8>
  %v9 = arith.constant -0.75 : f6E2M3FN
  %v10 = arith.select %v0, %arg0, %v9 : f6E2M3FN
  %v11 = arith.constant -1.0 : f32
  %v12 = arith.cmpf false, %v11, %arg2 fastmath<arcp,afn> : f32
  %v13 = arith.constant 8 : i8
  %v14 = arith.minsi %v13, %arg1 : i8
  %v15 = arith.constant dense<[32767, 17]> : vector<2xi16>
  %v16 = arith.extsi %v15 : vector<2xi16> to vector<2xi64>
  %v17 = arith.constant dense<1> : vector<2xi64>
  %v18 = arith.cmpi ne, %v16, %v17 : vector<2xi64>
  return %v10, %v12 : f6E2M3FN, i1
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: index, %arg2: vector<2x3xi8>, %arg3: f64) -> (i1, vector<2x3xi8>) {
  %v0 = arith.constant 0xFFF0000000000000 : f64
  %v1 = arith.extf %v0 : f64 to f128
  %v2 = arith.constant 0 : i32
  %v3 = arith.bitcast %v2 : i32 to f32
  %v4 = arith.bitcast %v3 : f32 to i32
  %v5 = arith.constant dense<[[127, -1, 0], [11, 16, -1]]> : vector<2x3xi8>
  %v6 = arith.xori %arg2, %v5 : vector<2x3xi8>
  %v7 = arith.constant 4 : index
  %v8 = arith.minsi %arg1, %v7 : index
  %v9 = arith.shrsi %v8, %arg1 : index
  %v10 = arith.bitcast %v3 : f32 to i32
  %v11 = arith.constant 9 : index
  %v12 = arith.cmpi ne, %v9, %v11 : index
  %v13 = arith.constant true
  %v14 = arith.constant false
  %v15 = arith.select %v12, %v13, %v14 : i1
  %v16 = arith.divsi %v10, %v10 : i32
  %v17 = arith.select %v12, %v14, %v13 : i1
  %v18 = arith.constant 6 : i32
  %v19 = arith.cmpi sle, %v18, %v18 : i32
  %v20 = arith.constant 0x00 : f8E4M3
  %v21 = arith.mulf %v20, %v20 fastmath<nnan,ninf> : f8E4M3
  %v22 = arith.xori %v12, %v17 : i1
  %v23 = arith.divsi %v10, %v10 : i32
  %v24 = arith.ceildivui %arg1, %v7 : index
  %v25 = arith.constant dense<true> : vector<2x3xi1>
  %v26 = arith.select %v25, %arg2, %v6 : vector<2x3xi1>, vector<2x3xi8>
  return %v22, %v26 : i1, vector<2x3xi8>
}
