// Random func/arith module, seed 177.
func.func @f0(%arg0: i64, %arg1: f32, %arg2: f64, %arg3: tensor<0xi16>) -> (i1, i1, i1, i1) {
  %v0 = arith.constant true
  %v1 = arith.remsi %v0, %v0 {tag = 1 : i64} : i1
  %v2 = arith.constant 4 : i64
  %v3 = arith.cmpi ne, %v2, %arg0 : i64
  %v4 = arith.cmpi ne, %v2, %arg0 : i64
  %v5 = arith.remsi %v0, %v0 {tag = 1 : i64} : i1
  %v6 = arith.cmpf uno, %arg1, %arg1 : f32
  %v7 = arith.constant true
  %v8 = arith.constant true
  %v9 = arith.select %v7, %v3, %v8 : i1
  %v10 = arith.remsi %v2, %v2 : i64
  %v11 = arith.constant dense<true> : vector<2x3xi1>
  %v12 = arith.ceildivsi %v11, %v11 : vector<2x3xi1>
  return %v9, %v9, %v6, %v9 : i1, i1, i1, i1
}
func.func @f1(%arg0: index, %arg1: vector<4xf32>, %arg2: f8E5M2FNUZ) -> (i1, i1, i1, i1) {
  %v0 = arith.constant 1.0 : f8E5M2FNUZ
  %v1 = arith.mulf %arg2, %v0 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v2 = arith.subi %arg0, %arg0 : index
  %v3 = arith.constant -9223372036854775808 : i64
  %v4 = arith.constant 0x235C77BF : f32
  %v5 = arith.constant 0x0000000000000000 : f64
  %v6 = arith.constant dense<-1> : tensor<0xi16>
  %v7:4 = func.call @f0(%v3, %v4, %v5, %v6) : (i64, f32, f64, tensor<0xi16>) -> (i1, i1, i1, i1)
  %v8 = arith.constant -9223372036854775808 : i64
  %v9 = arith.remsi %v3, %v8 : i64
  %v10 = arith.fptosi %v0 : f8E5M2FNUZ to i16
  %v11 = arith.constant dense<0xFFC00000> : vector<4xf32>
  %v12 = arith.fptoui %v11 {tag = 0 : i64} : vector<4xf32> to vector<4xi1>
  %v13 = arith.index_castui %v2 : index to i8
  %v14 = arith.constant dense<1> : tensor<3xi64>
  %v15 = arith.constant dense<[6, 64, 9223372036854775807]> : tensor<3xi64>
  %v16:2 = arith.mulsi_extended %v14, %v15 : tensor<3xi64>
  %v17 = arith.constant -7 : index
  %v18 = arith.shrsi %v17, %arg0 : index
  %v19 = arith.constant 13 : i8
  %v20 = arith.extui %v19 {tag = 1 : i64} : i8 to i64
  %v21 = arith.constant -8 : i64
  %v22 = arith.cmpi ugt, %v20, %v21 : i64
  %v23 = arith.constant 0x7FF0000000000000 : f64
  %v24 = arith.fptoui %v23 : f64 to i16
  %v25 = arith.constant false
  %v26 = arith.cmpi sgt, %v7#2, %v25 : i1
  %v27 = arith.constant true
  %v28 = arith.xori %v7#1, %v27 : i1
  %v29 = arith.xori %v28, %v27 : i1
  %v30 = arith.constant true
  %v31 = arith.cmpi eq, %v30, %v7#1 : i1
  %v32 = arith.constant -9223372036854775808 : index
  %v33 = arith.shrui %v18, %v32 : index
  return %v26, %v26, %v7#1, %v31 : i1, i1, i1, i1
}
func.func @f2(%arg0: i16, %arg1: i8, %arg2: f80) -> (f80, f80, f80) {
  %v0 = arith.uitofp %arg0 : i16 to f32
  %v1 = arith.fptoui %v0 : f32 to i16
  %v2 = arith.constant 1048576 : index
  %v3 = arith.constant dense<[0x00000000, 0x80000000, -3.0e-05, 0xFF800000]> : vector<4xf32>
  %v4 = arith.constant 0x01 : f8E5M2FNUZ
  %v5:4 = func.call @f1(%v2, %v3, %v4) : (index, vector<4xf32>, f8E5M2FNUZ) -> (i1, i1, i1, i1)
  %v6 = arith.constant 10 : i16
  %v7 = arith.ceildivui %arg0, %v6 : i16
  %v8 = arith.fptoui %v0 : f32 to i16
  %v9 = arith.constant 4.0 : f80
  %v10 = arith.minimumf %arg2, %v9 : f80
  %v11 = arith.addf %v0, %v0 : f32
  %v12 = arith.extui %v5#1 : i1 to i16
  %v13 = arith.constant -1 : i16
  %v14 = arith.xori %v12, %v13 : i16
  %v15 = arith.xori %v14, %v13 : i16
  return %v10, %v10, %v10 : f80, f80, f80
}
