// Random func/arith module, seed 103.
func.func @f0(%arg0: i64, %arg1: i128) -> i128 {
  %v0 = arith.constant 15 : i128
  %v1 = arith.divsi %v0, %arg1 : i128
  %v2 = arith.constant 1 : i16
  %v3 = arith.extsi %v2 : i16 to i64
  %v4 = arith.extsi %v2 : i16 to i64
  %v5 = arith.cmpi sle, %v3, %v4 : i64
  %v6 = arith.constant dense<-19064> : vector<4xi16>
  %v7 = arith.divui %v6, %v6 exact : vector<4xi16>
  %v8 = arith.constant true
  %v9 = arith.constant 0x007FFFFF : f32
  %v10 = arith.constant 0xBF800000 : f32
  %v11 = arith.select %v8, %v9, %v10 : f32
  %v12 = arith.cmpi sle, %v3, %v4 : i64
  %v13 = arith.constant dense<-23683> : vector<4xi16>
  %v14 = arith.extsi %v13 : vector<4xi16> to vector<4xi32>
  %v15 = arith.constant dense<0.1> : vector<2xbf16>
  %v16 = arith.negf %v15 : vector<2xbf16>
  %v17 = arith.select %v8, %v9, %v10 : f32
  %v18 = arith.extsi %v2 : i16 to i64
  %v19 = arith.negf %v16 : vector<2xbf16>
  %v20 = arith.constant 0xF84D443A : f32
  %v21 = arith.constant 0x00800000 : f32
  %v22 = arith.remf %v20, %v21 : f32
  %v23 = arith.constant 14 : i64
  %v24 = arith.ori %v23, %v4 : i64
  %v25 = arith.select %v8, %v9, %v10 : f32
  %v26 = arith.remui %v2, %v2 : i16
  %v27 = arith.maxsi %v0, %v1 : i128
  %v28 = arith.constant true
  %v29 = arith.select %v28, %v12, %v8 : i1
  %v30 = arith.ori %v26, %v26 : i16
  return %v27 : i128
}
func.func @f1(%arg0: f16, %arg1: vector<2xi16>, %arg2: f64, %arg3: i33) -> i128 {
  %v0 = arith.constant 10 : i64
  %v1 = arith.constant 1 : i128
  %v2 = func.call @f0(%v0, %v1) : (i64, i128) -> i128
  %v3:2 = arith.mulsi_extended %arg3, %arg3 : i33
  %v4:2 = arith.mului_extended %v2, %v2 : i128
  %v5 = arith.negf %arg0 fastmath<nnan,ninf> : f16
  %v6 = arith.constant dense<-32768> : vector<2xi16>
  %v7 = arith.subi %arg1, %v6 overflow<nsw> : vector<2xi16>
  %v8 = arith.cmpf uno, %arg0, %v5 : f16
  %v9:2 = arith.mulsi_extended %arg3, %arg3 : i33
  %v10 = arith.constant dense<[13, 2]> : vector<2xi16>
  %v11 = arith.index_castui %v10 : vector<2xi16> to vector<2xindex>
  %v12 = arith.index_castui %v7 : vector<2xi16> to vector<2xindex>
  %v13 = arith.index_castui %v12 : vector<2xindex> to vector<2xi16>
  %v14 = arith.constant dense<7> : vector<2xi16>
  %v15 = arith.cmpi eq, %v7, %v14 : vector<2xi16>
  %v16 = arith.select %v15, %v7, %v14 : vector<2xi1>, vector<2xi16>
  %v17 = arith.constant -1 : i64
  %v18 = arith.constant -8 : i128
  %v19 = func.call @f0(%v17, %v18) : (i64, i128) -> i128
  %v20 = arith.cmpi eq, %v7, %v6 : vector<2xi16>
  %v21 = arith.select %v20, %v6, %v7 : vector<2xi1>, vector<2xi16>
  %v22 = arith.constant dense<[0, -1]> : vector<2xindex>
  %v23 = arith.addi %v22, %v12 overflow<nsw> : vector<2xindex>
  %v24 = arith.constant dense<true> : vector<2xi1>
  %v25 = arith.constant dense<[false, true]> : vector<2xi1>
  %v26 = arith.cmpi eq, %v24, %v25 : vector<2xi1>
  return %v19 : i128
}
