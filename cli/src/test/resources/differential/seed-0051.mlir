// Random func/arith module, seed 51.
func.func @f0(%arg0: f16, %arg1: i16, %arg2: i64, %arg3: tensor<2x2xbf16>) -> (i16, i64, i16, i16) {
  %v0 = arith.constant true
  %v1 = arith.constant 0 : i64
  %v2 = arith.select %v0, %v1, %v1 : i64
  %v3 = arith.select %v0, %v1, %v1 : i64
  %v4 = arith.divsi %v1, %arg2 exact : i64
  %v5 = arith.constant 15 : i16
  %v6 = arith.shli %v5, %arg1 overflow<none> : i16
  %v7 = arith.constant dense<0x3F80> : tensor<2x2xbf16>
  %v8 = arith.cmpf false, %arg3, %v7 fastmath<fast> : tensor<2x2xbf16>
  %v9 = arith.constant dense<0xBF80> : tensor<2x2xbf16>
  %v10 = arith.subf %arg3, %v9 : tensor<2x2xbf16>
  %v11 = arith.bitcast %arg0 : f16 to i16
  %v12:2 = arith.addui_extended %v3, %arg2 : i64, i1
  return %v11, %arg2, %v11, %v11 : i16, i64, i16, i16
}
func.func @f1(%arg0: i7, %arg1: i16, %arg2: i32, %arg3: i1) -> (i64, i16) {
  %v0 = arith.constant -1 : i8
  %v1 = arith.constant 2 : i8
  %v2 = arith.xori %v0, %v1 : i8
  %v3 = arith.constant 0 : i16
  %v4 = arith.uitofp %v3 : i16 to f8E4M3FNUZ
  %v5 = arith.ceildivui %arg3, %arg3 : i1
  %v6 = arith.constant 17 : i16
  %v7 = arith.constant 1 : i16
  %v8:2 = arith.mulsi_extended %v6, %v7 : i16
  %v9:2 = arith.mulsi_extended %v6, %v7 : i16
  %v10 = arith.constant 0x7E00 : f16
  %v11 = arith.constant 524288 : i64
  %v12 = arith.constant dense<100.0> : tensor<2x2xbf16>
  %v13:4 = func.call @f0(%v10, %v6, %v11, %v12) : (f16, i16, i64, tensor<2x2xbf16>) -> (i16, i64, i16, i16)
  return %v13#1, %v13#0 : i64, i16
}
func.func @f2(%arg0: f32, %arg1: f32, %arg2: bf16) -> (f32, i16) {
  %v0 = arith.constant 1 : i16
  %v1 = arith.constant 13 : i16
  %v2 = arith.maxsi %v0, %v1 : i16
  %v3 = arith.constant dense<0x80000000> : tensor<2x2xf32>
  %v4 = arith.extf %v3 : tensor<2x2xf32> to tensor<2x2xf64>
  %v5 = arith.truncf %arg2 : bf16 to f8E4M3FN
  %v6 = arith.index_castui %v0 : i16 to index
  %v7 = arith.constant 0xA37B586F : f32
  %v8 = arith.minnumf %arg0, %v7 fastmath<nnan,ninf> : f32
  %v9 = arith.constant 7 : index
  %v10 = arith.index_castui %v9 : index to i1
  %v11 = arith.constant true
  %v12 = arith.select %v11, %v5, %v5 : f8E4M3FN
  return %v8, %v2 : f32, i16
}
func.func @f3(%arg0: vector<4xbf16>, %arg1: f32, %arg2: i1, %arg3: f8E4M3) -> i1 {
  %v0 = arith.bitcast %arg0 : vector<4xbf16> to vector<4xf16>
  %v1 = arith.extf %arg0 : vector<4xbf16> to vector<4xf64>
  %v2 = arith.constant true
  %v3 = arith.muli %v2, %arg2 overflow<none> : i1
  %v4 = arith.constant false
  %v5 = arith.select %arg2, %arg2, %v4 : i1
  %v6 = arith.constant 127 : i7
  %v7 = arith.constant 8 : i7
  %v8 = arith.muli %v6, %v7 overflow<nsw> : i7
  %v9 = arith.constant dense<0.1> : vector<4xbf16>
  %v10 = arith.constant dense<0x7F80> : vector<4xbf16>
  %v11 = arith.divf %v9, %v10 : vector<4xbf16>
  %v12 = arith.cmpi ne, %v5, %v4 : i1
  %v13:2 = arith.mului_extended %v4, %v12 : i1
  %v14 = arith.bitcast %arg0 : vector<4xbf16> to vector<4xf16>
  %v15 = arith.cmpi ne, %v5, %v4 : i1
  %v16 = arith.constant false
  %v17 = arith.floordivsi %v16, %v13#0 : i1
  %v18 = arith.constant true
  %v19 = arith.remsi %v18, %v2 : i1
  %v20 = arith.constant -1.0 : f32
  %v21 = arith.minimumf %arg1, %v20 : f32
  return %v13#0 : i1
}
