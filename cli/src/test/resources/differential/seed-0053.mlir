// Random func/arith module, seed 53.
func.func @f0(%arg0: f8E5M2, %arg1: f32) -> (f8E4M3, i1) {
  %v0 = arith.constant dense<false> : tensor<2x2xi1>
  %v1 = arith.constant dense<[[false, true], [true, false]]> : tensor<2x2xi1>
  %v2 = arith.select %v0, %v0, %v1 : tensor<2x2xi1>, tensor<2x2xi1>
  %v3 = arith.constant 0x7FC00000 : f32
  %v4 = arith.addf %arg1, %v3 : f32
  %v5 = arith.constant 0x00000001 : f32
  %v6 = arith.maxnumf %v5, %v4 fastmath<nnan> : f32
  %v7 = arith.cmpf olt, %v4, %v6 : f32
  %v8 = arith.bitcast %arg0 : f8E5M2 to f8E4M3
  %v9 = arith.cmpf ueq, %v8, %v8 fastmath<nsz> : f8E4M3
  return %v8, %v9 : f8E4M3, i1
}
func.func @f1(%arg0: i16, %arg1: vector<4xf32>, %arg2: bf16) {
  %v0 = arith.constant -68 : i16
  %v1 = arith.constant 13 : i16
  %v2 = arith.shrsi %v0, %v1 : i16
  %v3 = arith.constant 0x7FF8000000000000 : f64
  %v4 = arith.remf %v3, %v3 : f64
  %v5 = arith.constant dense<[0x7BFF, 0xFE00, 0xFC00]> : tensor<3xf16>
  %v6 = arith.extf %v5 fastmath<arcp,afn> : tensor<3xf16> to tensor<3xf32>
  %v7 = arith.remsi %arg0, %arg0 : i16
  %v8 = arith.constant 0xA30DE6EB : f32
  %v9 = arith.constant 0x3F800000 : f32
  %v10 = arith.subf %v8, %v9 : f32
  %v11 = arith.negf %arg2 : bf16
  return
}
func.func @f2(%arg0: f16, %arg1: f32, %arg2: vector<4xi8>, %arg3: vector<2x3xbf16>) -> index {
  %v0:2 = arith.mului_extended %arg2, %arg2 : vector<4xi8>
  %v1 = arith.constant true
  %v2 = arith.constant 2 : index
  %v3 = arith.constant 9 : index
  %v4 = arith.select %v1, %v2, %v3 : index
  %v5 = arith.bitcast %arg1 : f32 to i32
  %v6 = arith.constant dense<13> : tensor<2x2xi16>
  %v7 = arith.constant dense<[[4, 32767], [0, -3]]> : tensor<2x2xi16>
  %v8 = arith.select %v1, %v6, %v7 : tensor<2x2xi16>
  %v9 = arith.cmpf one, %arg3, %arg3 : vector<2x3xbf16>
  %v10 = arith.select %v1, %v6, %v7 : tensor<2x2xi16>
  %v11 = arith.constant dense<true> : vector<2x3xi1>
  %v12 = arith.constant dense<[[false, true, false], [true, false, false]]> : vector<2x3xi1>
  %v13 = arith.ceildivui %v11, %v12 : vector<2x3xi1>
  %v14 = arith.constant 3.0 : f32
  %v15 = arith.cmpf ult, %arg1, %v14 : f32
  %v16 = arith.cmpi slt, %v15, %v1 : i1
  %v17 = arith.constant 7 : i8
  %v18 = arith.constant 64 : i8
  %v19 = arith.shrui %v17, %v18 : i8
  %v20 = arith.constant dense<0x7FC0> : vector<2x3xbf16>
  %v21 = arith.select %v1, %v20, %arg3 : vector<2x3xbf16>
  %v22 = arith.remui %arg2, %arg2 : vector<4xi8>
  %v23 = arith.constant 32 : i32
  %v24 = arith.constant 2147483647 : i32
  %v25:2 = arith.mulsi_extended %v23, %v24 : i32
  %v26 = arith.constant -0.0 : f16
  %v27 = arith.mulf %v26, %arg0 fastmath<nsz> : f16
  %v28 = arith.select %v1, %v6, %v7 : tensor<2x2xi16>
  %v29 = arith.select %v1, %v20, %arg3 : vector<2x3xbf16>
  return %v2 : index
}
func.func @f3(%arg0: i16) -> (vector<4xf32>, i16) {
  %v0 = arith.constant dense<[100.0, 100.0]> : vector<2xf16>
  %v1 = arith.bitcast %v0 : vector<2xf16> to vector<2xbf16>
  %v2 = arith.constant 0 : i16
  %v3 = arith.constant 1 : i16
  %v4:2 = arith.mulsi_extended %v2, %v3 : i16
  %v5 = arith.constant dense<[0x8000, 0x8000]> : vector<2xbf16>
  %v6 = arith.bitcast %v5 : vector<2xbf16> to vector<2xf16>
  %v7 = arith.constant 16 : i16
  %v8 = arith.remui %arg0, %v7 : i16
  %v9 = arith.constant dense<-3.0e-05> : vector<2xf16>
  %v10 = arith.constant dense<0x3C00> : vector<2xf16>
  %v11 = arith.cmpf ugt, %v9, %v10 fastmath<nsz> : vector<2xf16>
  %v12 = arith.muli %v7, %v8 : i16
  %v13 = arith.constant 0 : i16
  %v14 = arith.ceildivsi %v13, %v8 : i16
  %v15 = arith.constant dense<[0x00800000, 0.1, 0xFFC00000, 0xDC8F1C25]> : vector<4xf32>
  %v16 = arith.constant 0x3F80 : bf16
  func.call @f1(%v4#0, %v15, %v16) : (i16, vector<4xf32>, bf16) -> ()
  %v18 = arith.constant dense<0x007FFFFF> : vector<4xf32>
  %v19 = arith.addf %v15, %v18 : vector<4xf32>
  %v20 = arith.constant dense<-1.0> : vector<2xf16>
  %v21 = arith.cmpf olt, %v20, %v0 : vector<2xf16>
  %v22 = arith.constant 0x0001 : bf16
  %v23 = arith.maxnumf %v22, %v16 : bf16
  %v24 = arith.constant dense<0x00000000> : vector<4xf32>
  %v25 = arith.remf %v15, %v24 fastmath<fast> : vector<4xf32>
  return %v19, %v12 : vector<4xf32>, i16
}
