// Random func/arith module, seed 76.
func.func @f0(%arg0: i8, %arg1: vector<2x3xf32>) -> (f32, f32, f32) {
  %v0 = arith.cmpi uge, %arg0, %arg0 : i8
  %v1 = arith.index_castui %arg0 : i8 to index
  %v2 = arith.index_castui %v1 : index to i8
  %v3 = arith.constant 4 : i64
  %v4:2 = arith.mului_extended %v3, %v3 : i64
  %v5 = arith.constant 0xFF800000 : f32
  %v6 = arith.constant 0x8EF199C4 : f32
  %v7 = arith.select %v0, %v5, %v6 : f32
  %v8 = arith.constant dense<0.0> : vector<2x3xf32>
  %v9 = arith.constant dense<[[2.0, 0x80000000, 4.0], [0x00000000, 0.0, 0.1]]> : vector<2x3xf32>
  %v10 = arith.minnumf %v8, %v9 fastmath<reassoc,contract> : vector<2x3xf32>
  %v11 = arith.index_castui %v4#0 : i64 to index
  %v12 = arith.index_castui %v11 : index to i64
  %v13:2 = arith.mului_extended %v3, %v3 : i64
  %v14 = arith.select %v0, %v5, %v6 : f32
  %v15 = arith.index_castui %v4#0 : i64 to index
  return %v14, %v14, %v14 : f32, f32, f32
}
func.func @f1(%arg0: f8E5M2FNUZ) -> (i1, i1) {
  %v0 = arith.constant -7 : i32
  %v1 = arith.cmpi slt, %v0, %v0 : i32
  %v2 = arith.constant true
  %v3 = arith.constant false
  %v4 = arith.select %v1, %v3, %v2 : i1
  %v5 = arith.constant false
  %v6 = arith.constant false
  %v7 = arith.cmpi uge, %v5, %v6 : i1
  %v8 = arith.constant 4 : i32
  %v9 = arith.extsi %v8 : i32 to i33
  %v10 = arith.constant 6 : i32
  %v11 = arith.divsi %v10, %v0 : i32
  %v12 = arith.floordivsi %v0, %v10 : i32
  %v13 = arith.constant 0 : i32
  %v14 = arith.constant 0 : i32
  %v15 = arith.shrsi %v13, %v14 : i32
  %v16 = arith.constant false
  %v17 = arith.constant 0x00 : f8E5M2FNUZ
  %v18 = arith.select %v16, %v17, %arg0 : f8E5M2FNUZ
  %v19 = arith.constant 1 : i33
  %v20 = arith.shrui %v9, %v19 : i33
  %v21 = arith.cmpf ugt, %arg0, %arg0 fastmath<nnan> : f8E5M2FNUZ
  %v22 = arith.constant 7 : i32
  %v23 = arith.cmpi ugt, %v22, %v15 : i32
  %v24 = arith.constant true
  %v25 = arith.constant false
  %v26 = arith.select %v23, %v25, %v24 : i1
  %v27 = arith.floordivsi %v0, %v10 : i32
  %v28 = arith.cmpi ne, %v6, %v24 : i1
  return %v21, %v21 : i1, i1
}
func.func @f2(%arg0: i16) -> (i32, f6E2M3FN, i64, f16) {
  %v0 = arith.constant 0 : i16
  %v1 = arith.subi %arg0, %v0 : i16
  %v2 = arith.constant -1 : i16
  %v3 = arith.subi %v1, %v2 : i16
  %v4 = arith.constant 0.1 : f32
  %v5 = arith.divf %v4, %v4 : f32
  %v6 = arith.constant 0x10 : f8E3M4
  %v7 = arith.fptosi %v6 : f8E3M4 to i1
  %v8 = arith.constant 18488 : i16
  %v9:2 = arith.mului_extended %v1, %v8 : i16
  %v10 = arith.constant 0x01 : f8E3M4
  %v11 = arith.truncf %v10 : f8E3M4 to f6E2M3FN
  %v12 = arith.divf %v4, %v4 : f32
  %v13 = arith.constant 3.0 : f6E2M3FN
  %v14 = arith.minnumf %v11, %v13 fastmath<none> : f6E2M3FN
  %v15 = arith.truncf %v5 fastmath<nsz> : f32 to f8E4M3
  %v16 = arith.constant 9223372036854775808 : i128
  %v17 = arith.minui %v16, %v16 : i128
  %v18 = arith.uitofp %v9#0 : i16 to f16
  %v19 = arith.constant dense<0xD0A4426A> : vector<[4]xf32>
  %v20 = arith.constant dense<0x7F800000> : vector<[4]xf32>
  %v21 = arith.minnumf %v19, %v20 fastmath<reassoc,contract> : vector<[4]xf32>
  %v22 = arith.extui %v9#1 : i16 to i64
  %v23 = arith.constant 64 : i64
  %v24 = arith.cmpi sgt, %v22, %v23 : i64
  %v25 = arith.constant 17179869184 : index
  %v26 = arith.index_castui %v25 : index to i32
  return %v26, %v14, %v22, %v18 : i32, f6E2M3FN, i64, f16
}
func.func @f3(%arg0: tensor<2x2xf16>, %arg1: f32) -> f32 {
  %v0 = arith.constant -2 : i32
  %v1 = arith.constant 0 : i32
  %v2 = arith.minsi %v0, %v1 : i32
  %v3 = arith.constant 0xFF800000 : f32
  %v4 = arith.maximumf %v3, %arg1 : f32
  %v5 = arith.constant 0xADC16F35 : f32
  %v6 = arith.remf %arg1, %v5 fastmath<fast> : f32
  %v7 = arith.constant -1 : i64
  %v8 = arith.constant -9223372036854775808 : i64
  %v9:2 = arith.addui_extended %v7, %v8 : i64, i1
  %v10 = arith.constant -2 : i7
  %v11 = arith.extsi %v10 : i7 to i128
  %v12 = arith.remf %arg1, %v5 fastmath<fast> : f32
  %v13 = arith.maximumf %v3, %arg1 : f32
  %v14 = arith.constant 1 : i7
  %v15 = arith.cmpi ugt, %v10, %v14 : i7
  %v16 = arith.select %v15, %v14, %v10 : i7
  %v17 = arith.constant 0 : i8
  %v18 = arith.extui %v17 : i8 to i64
  %v19 = arith.constant 16 : i64
  %v20 = arith.cmpi sge, %v18, %v19 : i64
  %v21 = arith.maximumf %v3, %arg1 : f32
  %v22 = arith.constant 0 : i7
  %v23 = arith.constant -1 : i7
  %v24 = arith.cmpi ult, %v22, %v23 : i7
  return %v13 : f32
}
