// Random func/arith module, seed 191.
func.func @f0(%arg0: i1, %arg1: f32, %arg2: i16) {
  %v0 = arith.constant dense<8> : vector<2x3xi8>
  %v1 = arith.constant dense<1> : vector<2x3xi8>
  %v2 = arith.subi %v0, %v1 : vector<2x3xi8>
  %v3 = arith.subi %v0, %v1 : vector<2x3xi8>
  %v4 = arith.subi %v0, %v1 : vector<2x3xi8>
  %v5 = arith.constant 17 : i16
  %v6:2 = arith.mulsi_extended %arg2, %v5 : i16
  %v7 = arith.muli %v6#0, %arg2 : i16
  %v8 = arith.constant 0x00000001 : f32
  %v9 = arith.constant -0.0 : f32
  %v10 = arith.addf %v8, %v9 : f32
  %v11 = arith.constant 0x00800000 : f32
  %v12 = arith.cmpf ugt, %v9, %v11 : f32
  %v13 = arith.addf %v9, %v8 : f32
  %v14 = arith.constant 0x007FFFFF : f32
  %v15 = arith.bitcast %v14 : f32 to i32
  %v16 = arith.subi %v0, %v1 : vector<2x3xi8>
  return
}
func.func @f1(%arg0: f64, %arg1: vector<4xf32>, %arg2: f32, %arg3: f8E3M4) -> i1 {
  %v0 = arith.constant -6 : i33
  %v1 = arith.constant 1 : i33
  %v2 = arith.xori %v0, %v1 : i33
  %v3 = arith.cmpi ne, %v0, %v1 : i33
  %v4 = arith.maxnumf %arg2, %arg2 : f32
  %v5 = arith.constant false
  %v6 = arith.constant true
  %v7 = arith.constant true
  %v8 = arith.select %v5, %v6, %v7 : i1
  %v9 = arith.constant 0x00800000 : f32
  %v10 = arith.cmpf one, %arg2, %v9 : f32
  %v11 = arith.divf %arg2, %v9 : f32
  %v12 = arith.constant 1 : i64
  %v13 = arith.sitofp %v12 : i64 to f8E5M2
  %v14 = arith.constant 34 : i33
  %v15 = arith.trunci %v14 : i33 to i1
  return %v10 : i1
}
func.func @f2(%arg0: i32, %arg1: i1, %arg2: vector<2xf32>) -> (i64, i128, i1, vector<2xi1>) {
  %v0 = arith.minsi %arg0, %arg0 : i32
  %v1 = arith.constant -1 : i32
  %v2 = arith.cmpi ne, %v1, %v0 : i32
  %v3 = arith.minsi %arg0, %arg0 : i32
  %v4 = arith.constant true
  %v5 = arith.xori %v2, %v4 : i1
  %v6 = arith.constant dense<0x00800000> : vector<2xf32>
  %v7 = arith.maxnumf %arg2, %v6 : vector<2xf32>
  %v8 = arith.minsi %arg0, %arg0 : i32
  %v9 = arith.remf %arg2, %v7 : vector<2xf32>
  %v10:2 = arith.mului_extended %v1, %v3 : i32
  %v11 = arith.cmpf olt, %v7, %v6 : vector<2xf32>
  %v12 = arith.truncf %v9 : vector<2xf32> to vector<2xbf16>
  %v13 = arith.cmpi sge, %v10#1, %v8 : i32
  %v14 = arith.constant 32 : i32
  %v15 = arith.minui %v3, %v14 : i32
  %v16 = arith.bitcast %v12 : vector<2xbf16> to vector<2xi16>
  %v17 = arith.constant 1 : i64
  %v18 = arith.constant 0 : i64
  %v19 = arith.andi %v17, %v18 : i64
  %v20 = arith.index_cast %v11 : vector<2xi1> to vector<2xindex>
  %v21 = arith.constant false
  %v22 = arith.muli %v13, %v21 : i1
  %v23 = arith.fptoui %v12 : vector<2xbf16> to vector<2xi64>
  %v24 = arith.constant dense<[0xFF800000, 0x7F800000]> : vector<2xf32>
  %v25 = arith.cmpf true, %v24, %v7 : vector<2xf32>
  %v26 = arith.constant dense<0x3F800000> : vector<2xf32>
  %v27 = arith.negf %v26 fastmath<fast> : vector<2xf32>
  %v28 = arith.extsi %v10#0 : i32 to i128
  %v29 = arith.constant dense<[0xFFC0, 0xEBFC]> : vector<2xbf16>
  %v30 = arith.select %v25, %v12, %v29 : vector<2xi1>, vector<2xbf16>
  %v31 = arith.maxnumf %v6, %arg2 : vector<2xf32>
  return %v17, %v28, %v13, %v11 : i64, i128, i1, vector<2xi1>
}
