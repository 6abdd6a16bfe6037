// Random func/arith module, seed 26.
func.func @f0(%arg0: f64) -> (f8E5M2FNUZ, f64) {
  %v0 = arith.bitcast %arg0 : f64 to i64
  %v1 = arith.cmpi ugt, %v0, %v0 : i64
  %v2 = arith.constant true
  %v3 = arith.floordivsi %v1, %v2 : i1
  %v4 = arith.constant 0xFC : f8E5M2FNUZ
  %v5 = arith.constant 2.0 : f8E5M2FNUZ
  %v6 = arith.remf %v4, %v5 : f8E5M2FNUZ
  %v7 = arith.constant -32768 : i16
  %v8 = arith.constant -32768 : i16
  %v9 = arith.shrui %v7, %v8 : i16
  %v10 = arith.minnumf %arg0, %arg0 fastmath<nnan,ninf> : f64
  %v11 = arith.constant 0x7E : f8E5M2FNUZ
  %v12 = arith.cmpf true, %v11, %v11 : f8E5M2FNUZ
  return %v11, %v10 : f8E5M2FNUZ, f64
}
func.func @f1(%arg0: index, %arg1: i16, %arg2: i32) -> (index, f32) {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.constant 12 : index
  %v2 = arith.divui %v0, %v1 : index
  %v3 = arith.constant 0x9B3CDC09 : f32
  %v4 = arith.constant 7.0 : f32
  %v5 = arith.maximumf %v3, %v4 fastmath<nnan,ninf> : f32
  %v6 = arith.constant 208398596 : i32
  %v7 = arith.maxui %arg2, %v6 : i32
  %v8 = arith.constant 1.0e+10 : f32
  %v9 = arith.maxnumf %v8, %v3 : f32
  %v10 = arith.constant 7.0 : f8E4M3FNUZ
  %v11 = arith.constant 0x01 : f8E4M3FNUZ
  %v12 = arith.maximumf %v10, %v11 : f8E4M3FNUZ
  %v13 = arith.constant 0x7F800000 : f32
  %v14 = arith.constant 4.0 : f32
  %v15 = arith.cmpf ueq, %v13, %v14 : f32
  %v16 = arith.muli %arg0, %v0 overflow<none> : index
  %v17 = arith.constant -1 : i16
  %v18 = arith.ceildivui %arg1, %v17 : i16
  %v19 = arith.cmpi ne, %arg0, %v1 : index
  %v20 = arith.maximumf %v11, %v10 : f8E4M3FNUZ
  %v21 = arith.constant 0x00000001 : f32
  %v22 = arith.divf %v21, %v14 : f32
  return %arg0, %v22 : index, f32
}
