// Random func/arith module, seed 171.
func.func @f0(%arg0: i128, %arg1: f32, %arg2: vector<2x3xf16>, %arg3: f16) -> (f16, f16) {
  %v0 = arith.subf %arg2, %arg2 fastmath<reassoc,contract> : vector<2x3xf16>
  %v1 = arith.ceildivsi %arg0, %arg0 : i128
  %v2 = arith.constant 0x0001 : f16
  %v3 = arith.divf %arg3, %v2 : f16
  %v4 = arith.constant 79228162514264337593543950336 : i128
  %v5 = arith.shrui %arg0, %v4 : i128
  %v6 = arith.constant -3.0e-05 : f64
  %v7 = arith.divf %v6, %v6 fastmath<arcp,afn> : f64
  %v8 = arith.constant 0xFE00 : f16
  %v9 = arith.bitcast %v8 : f16 to i16
  %v10 = arith.constant dense<0x3C00> : vector<2x3xf16>
  %v11 = arith.remf %v10, %v0 fastmath<fast> : vector<2x3xf16>
  %v12 = arith.constant true
  %v13 = arith.constant 0x007FFFFF : f32
  %v14 = arith.select %v12, %arg1, %v13 : f32
  %v15 = arith.cmpi ule, %arg0, %v1 : i128
  %v16 = arith.cmpi slt, %v1, %v5 : i128
  %v17 = arith.divf %arg3, %arg3 : f16
  %v18 = arith.remsi %v15, %v15 : i1
  %v19 = arith.constant 0x00 : f8E4M3FN
  %v20 = arith.constant 7.0 : f8E4M3FN
  %v21 = arith.select %v18, %v19, %v20 : f8E4M3FN
  %v22 = arith.constant -8 : i128
  %v23 = arith.constant -170141183460469231731687303715884105728 : i128
  %v24 = arith.minui %v22, %v23 : i128
  %v25 = arith.constant dense<12> : vector<2x3xi16>
  %v26 = arith.constant dense<[[-1, 0, 1], [15, 15, -1]]> : vector<2x3xi16>
  %v27 = arith.remui %v25, %v26 : vector<2x3xi16>
  %v28 = arith.fptosi %v19 : f8E4M3FN to i33
  return %v17, %v17 : f16, f16
}
func.func @f1(%arg0: index, %arg1: vector<4xindex>, %arg2: f64, %arg3: f32) -> (f16, i1, f16) {
  %v0 = arith.constant 0x0000000000000001 : f64
  %v1 = arith.divf %arg2, %v0 : f64
  %v2 = arith.constant 63 : i64
  %v3 = arith.constant 16 : i64
  %v4:2 = arith.mulsi_extended %v2, %v3 : i64
  %v5:2 = arith.mulsi_extended %v2, %v3 : i64
  %v6 = arith.constant dense<false> : vector<2x3xi1>
  %v7 = arith.constant dense<true> : vector<2x3xi1>
  %v8 = arith.muli %v6, %v7 : vector<2x3xi1>
  %v9 = arith.constant -1 : index
  %v10 = arith.cmpi eq, %arg0, %v9 : index
  %v11 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v12 = arith.constant dense<576460752303423488> : vector<4xi64>
  %v13:2 = arith.mulsi_extended %v11, %v12 : vector<4xi64>
  %v14 = arith.constant 5 : i128
  %v15 = arith.constant dense<-3.0e-05> : vector<2x3xf16>
  %v16 = arith.constant 0x8000 : f16
  %v17:2 = func.call @f0(%v14, %arg3, %v15, %v16) : (i128, f32, vector<2x3xf16>, f16) -> (f16, f16)
  %v18 = arith.cmpf uge, %arg3, %arg3 : f32
  %v19:2 = arith.addui_extended %v18, %v10 : i1, i1
  %v20 = arith.constant dense<3> : vector<4xindex>
  %v21 = arith.cmpi ult, %arg1, %v20 : vector<4xindex>
  %v22 = arith.select %v21, %v20, %arg1 : vector<4xi1>, vector<4xindex>
  return %v17#1, %v19#0, %v17#0 : f16, i1, f16
}
func.func @f2(%arg0: f32, %arg1: vector<4xi8>, %arg2: vector<4xf64>) -> (vector<4xi64>, f16) {
  %v0 = arith.bitcast %arg2 : vector<4xf64> to vector<4xi64>
  %v1 = arith.constant 127 : i8
  %v2 = arith.constant 0 : i8
  %v3 = arith.maxsi %v1, %v2 : i8
  %v4 = arith.extui %arg1 : vector<4xi8> to vector<4xi64>
  %v5 = arith.constant dense<64> : vector<4xi64>
  %v6 = arith.cmpi slt, %v4, %v5 : vector<4xi64>
  %v7 = arith.divsi %arg1, %arg1 : vector<4xi8>
  %v8 = arith.constant -1 : i128
  %v9 = arith.constant dense<-1.0> : vector<2x3xf16>
  %v10 = arith.constant 0xFC00 : f16
  %v11:2 = func.call @f0(%v8, %arg0, %v9, %v10) : (i128, f32, vector<2x3xf16>, f16) -> (f16, f16)
  %v12 = arith.constant dense<0x7BFF> : vector<2x3xf16>
  %v13 = arith.constant dense<-0.0> : vector<2x3xf16>
  %v14 = arith.addf %v12, %v13 : vector<2x3xf16>
  return %v0, %v11#0 : vector<4xi64>, f16
}
func.func @f3(%arg0: f64, %arg1: f32, %arg2: index, %arg3: f8E4M3FNUZ) -> (i1, index) {
  %v0 = arith.constant 170141183460469231731687303715884105727 : i128
  %v1 = arith.constant 0xBF800000 : f32
  %v2 = arith.constant dense<0x0400> : vector<2x3xf16>
  %v3 = arith.constant 0xFC00 : f16
  %v4:2 = func.call @f0(%v0, %v1, %v2, %v3) : (i128, f32, vector<2x3xf16>, f16) -> (f16, f16)
  %v5 = arith.constant 8 : i8
  %v6 = arith.extui %v5 : i8 to i64
  %v7 = arith.constant 562949953421312 : i64
  %v8 = arith.cmpi ugt, %v6, %v7 : i64
  %v9 = arith.constant 1.0 : f8E4M3FNUZ
  %v10 = arith.cmpf ole, %v9, %v9 : f8E4M3FNUZ
  %v11 = arith.remsi %arg2, %arg2 : index
  %v12 = arith.index_cast %arg2 : index to i1
  %v13 = arith.maxui %v6, %v6 : i64
  %v14 = arith.divf %v4#1, %v4#0 fastmath<arcp,afn> : f16
  %v15 = arith.constant -170141183460469231731687303715884105728 : i128
  %v16 = arith.andi %v15, %v0 : i128
  %v17 = arith.index_castui %arg2 : index to i1
  %v18 = arith.constant true
  %v19 = arith.constant -9223372036854775808 : index
  %v20 = arith.select %v18, %v19, %arg2 : index
  %v21 = arith.constant 0x01 : f8E4M3FNUZ
  %v22 = arith.remf %v21, %v9 fastmath<nsz> : f8E4M3FNUZ
  return %v8, %v20 : i1, index
}
