// Random func/arith module, seed 17.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: i32, %arg2: i8, %arg3: f32) -> (i32, f32) {
  %v0 = arith.bitcast %arg3 : f32 to i32
  %v1 = arith.constant dense<8> : vector<[4]xi8>
  %v2:2 = arith.mului_extended %v1, %v1 : vector<[4]xi8>
  %v3:2 = arith.mului_extended %v1, %v1 : vector<[4]xi8>
  %v4:2 = arith.mului_extended %v1, %v1 : vector<[4]xi8>
  %v5 = arith.constant 1 : i16
  %v6 = arith.constant 64 : i16
  %v7 = arith.cmpi eq, %v5, %v6 : i16
  %v8 = arith.select %v7, %v5, %v6 : i16
  %v9 = arith.maxsi %arg2, %arg2 : i8
  %v10 = arith.constant 0x0000 : f16
  %v11 = arith.constant 0x03FF : f16
  %v12 = arith.mulf %v10, %v11 : f16
  %v13 = arith.constant -0.75 : f8E5M2FNUZ
  %v14 = arith.minnumf %arg0, %v13 : f8E5M2FNUZ
  %v15 = arith.constant 5 : i32
  %v16 = arith.cmpi ne, %v15, %arg1 : i32
  %v17 = arith.constant true
  %v18 = arith.constant false
  %v19 = arith.select %v16, %v18, %v17 : i1
  %v20 = arith.constant 1 : i8
  %v21 = arith.divsi %v9, %v20 : i8
  %v22 = arith.bitcast %arg3 : f32 to i32
  %v23 = arith.bitcast %arg3 : f32 to i32
  return %v23, %arg3 : i32, f32
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: i16) -> (f8E5M2FNUZ, f8E5M2FNUZ) {
  %v0 = arith.constant 0x00 : f8E5M2FNUZ
  %v1 = arith.mulf %arg0, %v0 : f8E5M2FNUZ
  %v2 = arith.negf %arg0 fastmath<fast> : f8E5M2FNUZ
  %v3 = arith.cmpf ule, %v2, %v0 : f8E5M2FNUZ
  %v4 = arith.cmpf oge, %arg0, %v1 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v5 = arith.negf %arg0 fastmath<fast> : f8E5M2FNUZ
  %v6 = arith.cmpi eq, %arg1, %arg1 : i16
  %v7 = arith.cmpi ult, %v3, %v4 : i1
  %v8 = arith.constant 0x03 : f8E5M2FNUZ
  %v9 = arith.mulf %arg0, %v8 : f8E5M2FNUZ
  %v10 = arith.constant -0.75 : f8E4M3FN
  %v11 = arith.constant 0xF8 : f8E4M3FN
  %v12 = arith.addf %v10, %v11 : f8E4M3FN
  %v13 = arith.constant 0.0 : f8E4M3FN
  %v14 = arith.addf %v10, %v13 : f8E4M3FN
  %v15 = arith.constant -32768 : i16
  %v16 = arith.extui %v15 : i16 to i64
  %v17 = arith.constant 1 : i16
  %v18 = arith.extui %v17 : i16 to i64
  %v19 = arith.cmpi ugt, %v16, %v18 : i64
  %v20 = arith.minui %v4, %v7 : i1
  %v21 = arith.constant 12 : i16
  %v22 = arith.constant -6 : i16
  %v23 = arith.muli %v21, %v22 : i16
  %v24 = arith.maximumf %v5, %arg0 fastmath<nsz> : f8E5M2FNUZ
  return %v8, %v0 : f8E5M2FNUZ, f8E5M2FNUZ
}
