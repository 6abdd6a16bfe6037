// Random func/arith module, seed 28.
func.func @f0(%arg0: f32, %arg1: i128, %arg2: vector<index>, %arg3: i16) -> (f32, f32) {
  %v0 = arith.constant true
  %v1 = arith.constant 9223372036854775807 : index
  %v2 = arith.constant 0 : index
  %v3 = arith.select %v0, %v1, %v2 : index
  %v4 = arith.constant 0x0000 : f16
  %v5 = arith.constant 0xFC00 : f16
  %v6 = arith.select %v0, %v4, %v5 : f16
  %v7 = arith.constant 0 : i16
  %v8 = arith.constant 17 : i16
  %v9 = arith.cmpi ugt, %v7, %v8 : i16
  %v10 = arith.cmpi ne, %arg3, %arg3 : i16
  %v11 = arith.constant 0xFF800000 : f32
  %v12 = arith.divf %v11, %arg0 : f32
  %v13 = arith.mulf %v11, %v12 : f32
  %v14 = arith.bitcast %v13 : f32 to i32
  %v15 = arith.constant 0x00000001 : f32
  %v16 = arith.divf %v13, %v15 : f32
  return %v13, %v12 : f32, f32
}
func.func @f1(%arg0: i64, %arg1: vector<2x3xi32>) -> (i1, i64, i7) {
  %v0 = arith.constant 2.0 : f6E2M3FN
  %v1 = arith.constant 0x3E : f6E2M3FN
  %v2 = arith.cmpf une, %v0, %v1 : f6E2M3FN
  %v3 = arith.extf %v0 fastmath<nnan,ninf> : f6E2M3FN to f8E4M3FNUZ
  %v4 = arith.constant 0x08 : f6E2M3FN
  %v5 = arith.select %v2, %v1, %v4 : f6E2M3FN
  %v6 = arith.constant -2728533866205600507 : i64
  %v7 = arith.cmpi sgt, %arg0, %v6 {tag = 0 : i64} : i64
  %v8 = arith.constant 6 : i64
  %v9 = arith.cmpi ult, %v8, %v6 : i64
  %v10 = arith.bitcast %arg0 : i64 to f64
  %v11 = arith.bitcast %v10 : f64 to i64
  %v12 = arith.trunci %arg0 : i64 to i7
  return %v9, %v11, %v12 : i1, i64, i7
}
