// Random func/arith module, seed 151.
func.func @f0(%arg0: i8, %arg1: vector<bf16>, %arg2: f8E5M2FNUZ, %arg3: f32) -> (i1, i8) {
  %v0 = arith.constant 7 : i8
  %v1 = arith.cmpi sgt, %arg0, %v0 : i8
  %v2 = arith.trunci %v0 overflow<nsw, nuw> : i8 to i1
  %v3 = arith.maxsi %arg0, %v0 : i8
  %v4 = arith.maxsi %arg0, %v0 : i8
  %v5 = arith.negf %arg2 : f8E5M2FNUZ
  %v6 = arith.index_castui %arg0 : i8 to index
  %v7 = arith.constant 0x23AC : f16
  %v8 = arith.constant 0x0001 : f16
  %v9 = arith.cmpf ord, %v7, %v8 : f16
  %v10 = arith.trunci %v0 overflow<nsw, nuw> {tag = 0 : i64} : i8 to i1
  %v11 = arith.subi %v1, %v10 {tag = 1 : i64} : i1
  %v12 = arith.constant -1 : i8
  %v13 = arith.cmpi sgt, %v4, %v12 : i8
  %v14 = arith.select %v13, %v4, %v12 : i8
  %v15 = arith.negf %v8 : f16
  %v16 = arith.negf %v15 : f16
  %v17 = arith.maxui %v14, %arg0 : i8
  return %v13, %v14 : i1, i8
}
func.func @f1(%arg0: tensor<3xbf16>, %arg1: f8E4M3FNUZ) -> (tensor<3xbf16>, tensor<3xbf16>, tensor<3xbf16>) {
  %v0 = arith.constant 3 : i16
  %v1 = arith.minui %v0, %v0 : i16
  %v2 = arith.maxnumf %arg0, %arg0 fastmath<ninf> : tensor<3xbf16>
  %v3 = arith.minui %v0, %v0 : i16
  %v4 = arith.remf %arg0, %arg0 : tensor<3xbf16>
  %v5 = arith.minui %v0, %v0 : i16
  %v6 = arith.mulf %arg1, %arg1 fastmath<fast> : f8E4M3FNUZ
  return %v4, %arg0, %v4 : tensor<3xbf16>, tensor<3xbf16>, tensor<3xbf16>
}
