// Random func/arith module, seed 57.
func.func @f0(%arg0: i16, %arg1: vector<i1>, %arg2: vector<[4]xi8>) -> vector<[4]xi16> {
  %v0 = arith.constant dense<false> : vector<i1>
  %v1 = arith.shrui %v0, %arg1 : vector<i1>
  %v2 = arith.sitofp %v1 : vector<i1> to vector<f64>
  %v3 = arith.constant 16384 : i16
  %v4 = arith.cmpi slt, %arg0, %v3 : i16
  %v5 = arith.cmpi ne, %v0, %arg1 : vector<i1>
  %v6 = arith.bitcast %v2 : vector<f64> to vector<i64>
  %v7 = arith.constant 0x0001 : f16
  %v8 = arith.fptoui %v7 : f16 to i16
  %v9 = arith.truncf %v2 to_nearest_away : vector<f64> to vector<f16>
  %v10 = arith.constant dense<0.0> : vector<f64>
  %v11 = arith.cmpf uno, %v2, %v10 fastmath<nsz> : vector<f64>
  %v12 = arith.andi %arg0, %v3 : i16
  %v13 = arith.fptoui %v2 : vector<f64> to vector<i1>
  %v14 = arith.addf %v9, %v9 : vector<f16>
  %v15 = arith.constant dense<0x7BFF> : vector<f16>
  %v16 = arith.minnumf %v14, %v15 fastmath<nnan> : vector<f16>
  %v17 = arith.constant 512 : i16
  %v18 = arith.xori %arg0, %v17 : i16
  %v19 = arith.constant 1 : i16
  %v20 = arith.xori %v18, %v19 : i16
  %v21 = arith.extui %arg2 : vector<[4]xi8> to vector<[4]xi16>
  %v22 = arith.trunci %v21 : vector<[4]xi16> to vector<[4]xi8>
  %v23 = arith.shrui %v21, %v21 : vector<[4]xi16>
  return %v21 : vector<[4]xi16>
}
func.func @f1(%arg0: i64, %arg1: vector<[4]xi16>, %arg2: f8E4M3FN) -> i33 {
  %v0 = arith.constant 0 : i33
  %v1 = arith.extui %v0 : i33 to i128
  %v2 = arith.negf %arg2 fastmath<none> : f8E4M3FN
  %v3 = arith.bitcast %arg0 : i64 to f64
  %v4 = arith.bitcast %v3 : f64 to i64
  %v5 = arith.negf %arg2 fastmath<none> : f8E4M3FN
  %v6 = arith.constant -5 : index
  %v7 = arith.constant 64 : index
  %v8 = arith.minsi %v6, %v7 : index
  %v9 = arith.constant dense<0> : vector<[4]xi16>
  %v10 = arith.minsi %arg1, %v9 : vector<[4]xi16>
  %v11 = arith.minsi %arg1, %v9 : vector<[4]xi16>
  %v12 = arith.constant 9223372036854775807 : i64
  %v13 = arith.cmpi ugt, %v12, %arg0 : i64
  %v14 = arith.constant 33 : i33
  %v15 = arith.constant 2827677180 : i33
  %v16 = arith.ori %v14, %v15 {tag = 0 : i64} : i33
  %v17 = arith.constant 512 : i33
  %v18 = arith.ori %v16, %v17 : i33
  %v19 = arith.minimumf %v5, %arg2 : f8E4M3FN
  %v20 = arith.bitcast %v3 : f64 to i64
  return %v16 : i33
}
func.func @f2(%arg0: i1, %arg1: i16, %arg2: i32, %arg3: f8E4M3FN) -> i16 {
  %v0 = arith.negf %arg3 fastmath<none> : f8E4M3FN
  %v1 = arith.constant -1.0 : f8E4M3FN
  %v2 = arith.select %arg0, %v0, %v1 : f8E4M3FN
  %v3 = arith.constant 1.0 : f8E4M3FN
  %v4 = arith.divf %v2, %v3 : f8E4M3FN
  %v5 = arith.index_castui %arg0 : i1 to index
  %v6 = arith.constant 5 : index
  %v7 = arith.addi %v5, %v6 : index
  %v8 = arith.constant 11 : index
  %v9 = arith.subi %v8, %v7 : index
  %v10 = arith.constant 0x00 : f8E4M3FN
  %v11 = arith.constant 0.5 : f8E4M3FN
  %v12 = arith.cmpf one, %v10, %v11 : f8E4M3FN
  %v13 = arith.constant 3.0 : f8E4M3FN
  %v14 = arith.select %v12, %v10, %v13 : f8E4M3FN
  %v15 = arith.index_cast %arg2 : i32 to index
  %v16 = arith.index_cast %v15 : index to i32
  %v17 = arith.cmpf une, %v2, %v4 fastmath<nsz> : f8E4M3FN
  %v18 = arith.constant -1178932585 : i32
  %v19 = arith.constant 512 : i32
  %v20 = arith.shli %v18, %v19 : i32
  %v21 = arith.select %v12, %v10, %v13 : f8E4M3FN
  %v22 = arith.constant -1 : i16
  %v23 = arith.xori %arg1, %v22 : i16
  %v24 = arith.xori %v23, %v22 : i16
  %v25 = arith.constant 4 : i64
  %v26 = arith.select %arg0, %v25, %v25 : i64
  %v27 = arith.constant true
  %v28 = arith.shrsi %v27, %v12 : i1
  %v29 = arith.constant 128 : i16
  %v30 = arith.minui %v23, %v29 : i16
  %v31 = arith.constant -1 : i16
  %v32 = arith.minui %v30, %v31 : i16
  %v33 = arith.constant dense<0x0000> : vector<2xf16>
  %v34 = arith.constant dense<3.0> : vector<2xf16>
  %v35 = arith.minimumf %v33, %v34 fastmath<fast> : vector<2xf16>
  %v36 = arith.constant 1 : index
  %v37 = arith.constant -3 : index
  %v38 = arith.select %v27, %v36, %v37 : index
  return %v30 : i16
}
