// Random func/arith module, seed 79.
func.func @f0(%arg0: f32) -> f32 {
  %v0 = arith.constant false
  %v1 = arith.sitofp %v0 : i1 to f32
  %v2 = arith.fptosi %v1 : f32 to i1
  %v3 = arith.constant false
  %v4:2 = arith.mului_extended %v0, %v3 : i1
  %v5 = arith.constant false
  %v6 = arith.index_cast %v5 : i1 to index
  %v7:2 = arith.mului_extended %v0, %v3 : i1
  %v8 = arith.constant 9223372036854775807 : index
  %v9 = arith.ceildivsi %v8, %v6 : index
  %v10 = arith.fptosi %v1 : f32 to i1
  %v11 = arith.fptosi %arg0 : f32 to i8
  %v12 = arith.constant 0 : i8
  %v13:2 = arith.mului_extended %v11, %v12 : i8
  %v14 = arith.extsi %v13#1 : i8 to i16
  %v15 = arith.trunci %v14 : i16 to i8
  %v16 = arith.index_cast %v5 : i1 to index
  %v17 = arith.constant 32 : i16
  %v18 = arith.cmpi eq, %v14, %v17 : i16
  %v19 = arith.constant -3.0e-05 : f32
  %v20 = arith.mulf %v1, %v19 : f32
  %v21 = arith.constant 0x0D129829 : f32
  %v22 = arith.mulf %v21, %arg0 : f32
  %v23 = arith.constant dense<[1, -7]> : vector<2xi64>
  %v24 = arith.bitcast %v23 : vector<2xi64> to vector<2xf64>
  %v25 = arith.minnumf %v21, %arg0 fastmath<reassoc,contract> : f32
  return %v25 : f32
}
func.func @f1(%arg0: vector<4xi1>, %arg1: vector<4xf64>, %arg2: i1, %arg3: tensor<2x2xbf16>) -> (vector<4xi1>, i64) {
  %v0 = arith.constant true
  %v1 = arith.remui %v0, %arg2 : i1
  %v2 = arith.constant 0xBF800000 : f32
  %v3 = func.call @f0(%v2) : (f32) -> f32
  %v4 = func.call @f0(%v2) : (f32) -> f32
  %v5 = func.call @f0(%v4) : (f32) -> f32
  %v6 = func.call @f0(%v2) : (f32) -> f32
  %v7 = arith.extsi %arg0 : vector<4xi1> to vector<4xi64>
  %v8 = arith.constant dense<true> : vector<4xi1>
  %v9 = arith.extsi %v8 : vector<4xi1> to vector<4xi64>
  %v10 = arith.cmpi sgt, %v7, %v9 : vector<4xi64>
  %v11 = arith.constant dense<0xFFC0> : tensor<2x2xbf16>
  %v12 = arith.fptoui %v11 : tensor<2x2xbf16> to tensor<2x2xi32>
  %v13 = arith.uitofp %v10 : vector<4xi1> to vector<4xf64>
  %v14 = arith.constant dense<-1> : vector<4xi64>
  %v15 = arith.cmpi slt, %v7, %v14 : vector<4xi64>
  %v16 = arith.select %v15, %v14, %v7 : vector<4xi1>, vector<4xi64>
  %v17 = arith.constant dense<0x0000000000000000> : vector<4xf64>
  %v18 = arith.constant dense<0x8000000000000000> : vector<4xf64>
  %v19 = arith.cmpf ogt, %v17, %v18 fastmath<arcp,afn> : vector<4xf64>
  %v20 = arith.sitofp %v15 : vector<4xi1> to vector<4xf16>
  %v21 = arith.constant 0xFC00 : f16
  %v22 = arith.truncf %v21 : f16 to f8E4M3FN
  %v23 = arith.cmpf ogt, %v17, %v18 fastmath<arcp,afn> : vector<4xf64>
  %v24 = arith.constant dense<true> : vector<4xi1>
  %v25 = arith.xori %v15, %v24 : vector<4xi1>
  %v26 = arith.xori %v25, %v24 : vector<4xi1>
  %v27 = arith.constant 7 : i64
  %v28 = arith.constant -1 : i64
  %v29 = arith.maxsi %v27, %v28 : i64
  return %v15, %v27 : vector<4xi1>, i64
}
func.func @f2(%arg0: tensor<2x2xi1>, %arg1: i32, %arg2: index, %arg3: f8E4M3FN) -> (i32, i64, i64) {
  %v0 = arith.extf %arg3 : f8E4M3FN to f16
  %v1 = arith.index_cast %arg2 : index to i7
  %v2 = arith.constant 32767 : i16
  %v3 = arith.cmpi eq, %v2, %v2 : i16
  %v4 = arith.select %v3, %v2, %v2 : i16
  %v5 = arith.extf %arg3 : f8E4M3FN to f16
  %v6 = arith.minnumf %arg3, %arg3 fastmath<arcp,afn> : f8E4M3FN
  %v7 = arith.constant 0 : i64
  %v8 = arith.constant 64 : i64
  %v9:2 = arith.mulsi_extended %v7, %v8 : i64
  %v10 = arith.constant dense<true> : vector<4xi1>
  %v11 = arith.constant dense<[0x3FF0000000000000, 0x0000000000000000, -3.0e-05, 7.0]> : vector<4xf64>
  %v12 = arith.constant true
  %v13 = arith.constant dense<[[0xB1E9, 0x0080], [0x3F80, 0xFF80]]> : tensor<2x2xbf16>
  %v14:2 = func.call @f1(%v10, %v11, %v12, %v13) : (vector<4xi1>, vector<4xf64>, i1, tensor<2x2xbf16>) -> (vector<4xi1>, i64)
  %v15 = arith.cmpi ne, %arg1, %arg1 : i32
  %v16 = arith.constant true
  %v17 = arith.constant false
  %v18 = arith.select %v15, %v16, %v17 : i1
  %v19 = arith.divui %v14#1, %v9#0 exact : i64
  %v20 = arith.constant 1 : i32
  %v21 = arith.divsi %arg1, %v20 exact : i32
  %v22 = arith.cmpi sle, %v21, %v21 : i32
  %v23 = arith.constant 0x03FF : f16
  %v24 = arith.maxnumf %v0, %v23 : f16
  %v25 = arith.constant 0x00800000 : f32
  %v26 = func.call @f0(%v25) : (f32) -> f32
  %v27 = arith.cmpi ule, %arg1, %v21 : i32
  return %v21, %v9#0, %v14#1 : i32, i64, i64
}
func.func @f3(%arg0: tensor<2x2xf16>, %arg1: f32) -> (vector<4xf64>, f32) {
  %v0 = arith.constant 8 : i8
  %v1 = arith.extsi %v0 : i8 to i64
  %v2 = arith.constant 13 : i64
  %v3 = arith.cmpi ult, %v1, %v2 : i64
  %v4 = arith.constant dense<true> : vector<4xi1>
  %v5 = arith.constant dense<-3.0e-05> : vector<4xf64>
  %v6 = arith.constant dense<0x1545> : tensor<2x2xbf16>
  %v7:2 = func.call @f1(%v4, %v5, %v3, %v6) : (vector<4xi1>, vector<4xf64>, i1, tensor<2x2xbf16>) -> (vector<4xi1>, i64)
  %v8 = arith.constant dense<-0.75> : vector<2x3xf16>
  %v9 = arith.cmpf ogt, %v8, %v8 : vector<2x3xf16>
  %v10 = arith.constant dense<true> : tensor<2x2xi1>
  %v11 = arith.constant 0 : i32
  %v12 = arith.constant 562949953421312 : index
  %v13 = arith.constant 0x80 : f8E4M3FN
  %v14:3 = func.call @f2(%v10, %v11, %v12, %v13) : (tensor<2x2xi1>, i32, index, f8E4M3FN) -> (i32, i64, i64)
  %v15 = arith.constant 255 : i8
  %v16 = arith.uitofp %v15 : i8 to f8E3M4
  %v17 = arith.remui %v7#0, %v4 : vector<4xi1>
  %v18 = arith.constant false
  %v19:2 = func.call @f1(%v4, %v5, %v18, %v6) : (vector<4xi1>, vector<4xf64>, i1, tensor<2x2xbf16>) -> (vector<4xi1>, i64)
  %v20 = arith.negf %arg1 : f32
  %v21 = arith.negf %v20 : f32
  %v22 = arith.constant 0xFFC00000 : f32
  %v23 = func.call @f0(%v22) : (f32) -> f32
  %v24 = arith.maxnumf %v23, %v20 : f32
  %v25 = arith.constant true
  %v26:2 = func.call @f1(%v7#0, %v5, %v25, %v6) : (vector<4xi1>, vector<4xf64>, i1, tensor<2x2xbf16>) -> (vector<4xi1>, i64)
  %v27:2 = arith.mulsi_extended %v3, %v18 : i1
  %v28 = arith.constant dense<0.0> : vector<4xf64>
  %v29 = arith.constant dense<4.0> : vector<4xf64>
  %v30 = arith.select %v17, %v28, %v29 : vector<4xi1>, vector<4xf64>
  return %v5, %v20 : vector<4xf64>, f32
}
