// Random func/arith module, seed 103.
func.func @f0(%arg0: i64, %arg1: i128) -> i128 {
  %v0 = arith.constant 15 : i128
  %v1 = arith.divsi %v0, %arg1 : i128
  %v2 = arith.constant 1 : i16
  %v3 = arith.extsi %v2 : i16 to i64
  %v4 = arith.extsi %v2 : i16 to i64
  %v5 = arith.cmpi sle, %v3, %v4 : i64
  %v6 = arith.constant dense<-19064> : tensor<0xi16>
  %v7 = arith.divui %v6, %v6 exact : tensor<0xi16>
  %v8 = arith.constant true
  %v9 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v10 = arith.constant 0xBFF0000000000000 : f64
  %v11 = arith.select %v8, %v9, %v10 : f64
  %v12 = arith.cmpi sle, %v3, %v4 : i64
  %v13 = arith.constant dense<-23683> : tensor<0xi16>
  %v14 = arith.extsi %v13 : tensor<0xi16> to tensor<0xi32>
  %v15 = arith.constant dense<0.1> : tensor<0xbf16>
  %v16 = arith.negf %v15 : tensor<0xbf16>
  %v17 = arith.select %v8, %v9, %v10 : f64
  %v18 = arith.extsi %v2 : i16 to i64
  %v19 = arith.negf %v16 : tensor<0xbf16>
  %v20 = arith.constant 0xF84D443A402492A3 : f64
  %v21 = arith.constant 0xFFF8000000000000 : f64
  %v22 = arith.remf %v20, %v21 : f64
  %v23 = arith.constant dense<[]> : tensor<0xi16>
  %v24 = arith.constant dense<[]> : tensor<0xi16>
  %v25 = arith.cmpi ugt, %v23, %v24 : tensor<0xi16>
  %v26 = arith.extsi %v2 : i16 to i64
  %v27 = arith.constant 0xBF800000 : f32
  %v28 = arith.extf %v27 : f32 to f64
  %v29 = arith.maxsi %v0, %v1 : i128
  %v30 = arith.constant true
  %v31 = arith.select %v30, %v2, %v2 : i16
  %v32 = arith.ori %v31, %v31 : i16
  return %v29 : i128
}
func.func @f1(%arg0: f8E4M3FN, %arg1: tensor<3xi16>, %arg2: f8E5M2, %arg3: i33) -> (f8E4M3FN, f8E5M2) {
  %v0 = arith.constant 10 : i64
  %v1 = arith.constant 1 : i128
  %v2 = func.call @f0(%v0, %v1) : (i64, i128) -> i128
  %v3:2 = arith.mulsi_extended %arg3, %arg3 : i33
  %v4:2 = arith.mului_extended %v2, %v2 : i128
  %v5 = arith.negf %arg0 fastmath<nnan,ninf> : f8E4M3FN
  %v6 = arith.constant dense<-32768> : tensor<3xi16>
  %v7 = arith.subi %arg1, %v6 overflow<nsw> : tensor<3xi16>
  %v8 = arith.cmpf uno, %arg0, %v5 : f8E4M3FN
  %v9:2 = arith.mulsi_extended %arg3, %arg3 : i33
  %v10 = arith.constant dense<[13, 2, -32768]> : tensor<3xi16>
  %v11 = arith.index_castui %v10 : tensor<3xi16> to tensor<3xindex>
  %v12 = arith.constant -3.0e-05 : f8E4M3FN
  %v13 = arith.remf %v12, %arg0 fastmath<nnan,ninf> : f8E4M3FN
  %v14 = arith.constant 0x7C : f8E5M2
  %v15 = arith.select %v8, %v14, %arg2 : f8E5M2
  %v16 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v17 = arith.select %v16, %v7, %arg1 : tensor<3xi1>, tensor<3xi16>
  %v18 = arith.mulf %v5, %v13 : f8E4M3FN
  %v19 = arith.select %v8, %v14, %arg2 : f8E5M2
  %v20 = arith.index_castui %v8 : i1 to index
  return %v13, %v15 : f8E4M3FN, f8E5M2
}
