// Random func/arith module, seed 121.
func.func @f0(%arg0: i16, %arg1: vector<2x3xi8>, %arg2: vector<2x3xi32>, %arg3: i64) -> tf32 {
  %v0 = arith.constant 0x3F800000 : f32
  %v1 = arith.truncf %v0 to_nearest_away : f32 to tf32
  %v2 = arith.index_castui %arg2 : vector<2x3xi32> to vector<2x3xindex>
  %v3 = arith.constant dense<-128> : vector<2x3xi8>
  %v4 = arith.shrsi %arg1, %v3 exact : vector<2x3xi8>
  %v5 = arith.constant 0xB2 : f8E4M3
  %v6 = arith.constant 0x80 : f8E4M3
  %v7 = arith.minimumf %v5, %v6 fastmath<arcp,afn> : f8E4M3
  %v8 = arith.constant 0.0 : tf32
  %v9 = arith.minimumf %v8, %v8 : tf32
  %v10 = arith.constant true
  %v11 = arith.constant 0x5FC00 : tf32
  %v12 = arith.select %v10, %v11, %v1 : tf32
  %v13 = arith.constant dense<[[-1, 12, -9223372036854775808], [0, 0, 9223372036854775807]]> : vector<2x3xi64>
  %v14:2 = arith.mului_extended %v13, %v13 : vector<2x3xi64>
  %v15 = arith.constant 2.0 : f64
  %v16 = arith.bitcast %v15 : f64 to i64
  %v17 = arith.minimumf %v5, %v6 fastmath<arcp,afn> : f8E4M3
  %v18 = arith.minimumf %v5, %v6 fastmath<arcp,afn> : f8E4M3
  return %v12 : tf32
}
func.func @f1(%arg0: f32, %arg1: i8, %arg2: vector<4xi64>) -> (i1, tf32) {
  %v0 = arith.bitcast %arg1 : i8 to f8E3M4
  %v1 = arith.constant 0x10 : f8E3M4
  %v2 = arith.minnumf %v0, %v1 fastmath<reassoc,contract> : f8E3M4
  %v3 = arith.uitofp %arg1 : i8 to f64
  %v4 = arith.remf %v0, %v2 : f8E3M4
  %v5 = arith.constant 4 : i16
  %v6 = arith.divui %v5, %v5 : i16
  %v7 = arith.bitcast %v3 : f64 to i64
  %v8 = arith.muli %arg2, %arg2 : vector<4xi64>
  %v9 = arith.constant dense<[true, true, false, false]> : vector<4xi1>
  %v10 = arith.constant dense<3373000132242541431> : vector<4xi64>
  %v11 = arith.select %v9, %v8, %v10 : vector<4xi1>, vector<4xi64>
  %v12 = arith.minnumf %v1, %v0 fastmath<reassoc,contract> : f8E3M4
  %v13 = arith.cmpi eq, %v5, %v5 : i16
  %v14 = arith.constant false
  %v15 = arith.sitofp %v14 : i1 to f8E4M3
  %v16 = arith.constant 14 : i16
  %v17 = arith.constant dense<[[-1, -1, 64], [6, -1, 127]]> : vector<2x3xi8>
  %v18 = arith.constant dense<[[1, 31, 2097152], [-8, 14, -6]]> : vector<2x3xi32>
  %v19 = func.call @f0(%v16, %v17, %v18, %v7) : (i16, vector<2x3xi8>, vector<2x3xi32>, i64) -> tf32
  %v20 = arith.constant 0.1 : f64
  %v21 = arith.cmpf ugt, %v20, %v3 : f64
  %v22 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v23 = arith.cmpf olt, %v22, %v3 fastmath<arcp,afn> : f64
  return %v23, %v19 : i1, tf32
}
