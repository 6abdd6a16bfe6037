// Random func/arith module, seed 89.
func.func @f0(%arg0: f8E3M4) -> (i1, f8E3M4) {
  %v0 = arith.constant dense<-10764> : vector<i16>
  %v1 = arith.remui %v0, %v0 : vector<i16>
  %v2 = arith.constant dense<-24029> : vector<i16>
  %v3 = arith.cmpi ne, %v1, %v2 : vector<i16>
  %v4 = arith.select %v3, %v2, %v1 {tag = 1 : i64} : vector<i1>, vector<i16>
  %v5 = arith.constant 0x38 : f8E4M3FN
  %v6 = arith.negf %v5 : f8E4M3FN
  %v7 = arith.constant 0x47 : f8E5M2FNUZ
  %v8 = arith.constant 0x7C : f8E5M2FNUZ
  %v9 = arith.minimumf %v7, %v8 : f8E5M2FNUZ
  %v10 = arith.constant 0x00 : f8E3M4
  %v11 = arith.cmpf olt, %v10, %arg0 fastmath<ninf> : f8E3M4
  %v12 = arith.constant dense<[0x8515034A, 0.5, 0.0, 0x00000000]> : vector<4xf32>
  %v13 = arith.cmpf oeq, %v12, %v12 : vector<4xf32>
  %v14 = arith.cmpf ugt, %arg0, %v10 : f8E3M4
  %v15 = arith.cmpi eq, %v11, %v14 : i1
  %v16 = arith.select %v15, %v11, %v14 : i1
  %v17 = arith.constant true
  %v18 = arith.extui %v17 : i1 to i16
  %v19 = arith.constant 0 : i16
  %v20:2 = arith.mulsi_extended %v18, %v19 : i16
  %v21 = arith.select %v15, %v15, %v17 : i1
  %v22 = arith.constant dense<3.0> : vector<2x3xf32>
  %v23 = arith.fptoui %v22 : vector<2x3xf32> to vector<2x3xi16>
  %v24 = arith.constant 2 : index
  %v25 = arith.remui %v24, %v24 : index
  %v26 = arith.cmpi ne, %v1, %v2 : vector<i16>
  %v27 = arith.cmpi ne, %v1, %v2 : vector<i16>
  %v28 = arith.addf %arg0, %v10 : f8E3M4
  %v29 = arith.constant dense<2.0> : vector<2x3xf32>
  %v30 = arith.constant dense<2.0> : vector<2x3xf32>
  %v31 = arith.mulf %v29, %v30 fastmath<reassoc,contract> {tag = 1 : i64} : vector<2x3xf32>
  %v32:2 = arith.mulsi_extended %v19, %v20#1 : i16
  %v33 = arith.minsi %v17, %v15 : i1
  return %v21, %v10 : i1, f8E3M4
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: i64) -> f128 {
  %v0 = arith.constant 1964073667089163575 : i64
  %v1 = arith.constant 0 : i64
  %v2 = arith.andi %v0, %v1 : i64
  %v3 = arith.floordivsi %v1, %arg1 : i64
  %v4 = arith.uitofp %arg1 : i64 to f8E8M0FNU
  %v5 = arith.minimumf %v4, %v4 : f8E8M0FNU
  %v6 = arith.constant 0.5 : f128
  %v7 = arith.constant 7.0 : f128
  %v8 = arith.cmpf ord, %v6, %v7 fastmath<reassoc,contract> : f128
  %v9 = arith.constant false
  %v10 = arith.shrsi %v8, %v9 : i1
  %v11 = arith.index_cast %v9 : i1 to index
  %v12 = arith.cmpi ult, %v1, %arg1 : i64
  %v13 = arith.constant 0 : i64
  %v14 = arith.ori %v3, %v13 : i64
  %v15 = arith.constant 0x00000000000000000000000000000000 : f128
  %v16 = arith.select %v9, %v15, %v7 : f128
  %v17 = arith.andi %v1, %v0 : i64
  %v18 = arith.select %v9, %v15, %v7 : f128
  %v19 = arith.ceildivui %v9, %v12 : i1
  %v20 = arith.constant true
  %v21 = arith.minui %v19, %v20 : i1
  %v22 = arith.constant false
  %v23 = arith.andi %v21, %v22 : i1
  %v24 = arith.constant dense<-9223372036854775808> : vector<2xindex>
  %v25 = arith.shli %v24, %v24 overflow<none> : vector<2xindex>
  %v26 = arith.muli %v14, %v13 : i64
  %v27 = arith.constant -2147483648 : i32
  %v28 = arith.divsi %v27, %v27 : i32
  return %v18 : f128
}
func.func @f2(%arg0: f32, %arg1: vector<f64>, %arg2: f64) -> i64 {
  %v0 = arith.constant 0xFFC00000 : f32
  %v1 = arith.truncf %v0 : f32 to f8E5M2
  %v2 = arith.maximumf %v0, %arg0 : f32
  %v3 = arith.constant 65 : i8
  %v4 = arith.extsi %v3 : i8 to i64
  %v5 = arith.constant 4 : i64
  %v6 = arith.cmpi sle, %v4, %v5 : i64
  %v7 = arith.constant true
  %v8 = arith.extui %v7 : i1 to i16
  %v9 = arith.constant true
  %v10 = arith.xori %v9, %v7 : i1
  %v11:2 = arith.mului_extended %v5, %v5 : i64
  return %v11#1 : i64
}
