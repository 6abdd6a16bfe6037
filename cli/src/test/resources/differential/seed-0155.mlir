// Random func/arith module, seed 155.
func.func @f0(%arg0: i32, %arg1: bf16, %arg2: f16, %arg3: tensor<2x2xf16>) -> i1 {
  %v0 = arith.constant -2147483648 : i32
  %v1 = arith.bitcast %v0 : i32 to f32
  %v2 = arith.andi %arg0, %v0 : i32
  %v3 = arith.constant 0xFFC0 : bf16
  %v4 = arith.minimumf %v3, %arg1 fastmath<nsz> : bf16
  %v5 = arith.constant dense<false> : vector<4xi1>
  %v6 = arith.andi %v5, %v5 : vector<4xi1>
  %v7 = arith.constant -1.0 : f8E5M2FNUZ
  %v8 = arith.constant -3.0e-05 : f8E5M2FNUZ
  %v9 = arith.cmpf ule, %v7, %v8 fastmath<arcp,afn> : f8E5M2FNUZ
  %v10 = arith.constant 0x3F800000 : f32
  %v11 = arith.remf %v10, %v10 : f32
  return %v9 : i1
}
func.func @f1(%arg0: f16, %arg1: vector<2x3xbf16>, %arg2: i7, %arg3: vector<4xi16>) -> (vector<4xf16>, i7, vector<4xf16>, vector<2x3xbf16>) {
  %v0 = arith.constant true
  %v1 = arith.constant 0.5 : f16
  %v2 = arith.constant 0xBC00 : f16
  %v3 = arith.select %v0, %v1, %v2 : f16
  %v4 = arith.constant 0x7BFF : f16
  %v5 = arith.divf %arg0, %v4 : f16
  %v6 = arith.constant dense<true> : vector<2x3xi1>
  %v7 = arith.select %v6, %arg1, %arg1 : vector<2x3xi1>, vector<2x3xbf16>
  %v8:2 = arith.mului_extended %arg2, %arg2 : i7
  %v9 = arith.constant dense<15> : vector<4xi16>
  %v10 = arith.bitcast %v9 : vector<4xi16> to vector<4xf16>
  %v11 = arith.constant dense<0xFF80> : vector<2x3xbf16>
  %v12 = arith.maximumf %v7, %v11 : vector<2x3xbf16>
  %v13 = arith.remui %v8#0, %v8#1 : i7
  %v14 = arith.bitcast %v9 : vector<4xi16> to vector<4xf16>
  return %v14, %v13, %v10, %v12 : vector<4xf16>, i7, vector<4xf16>, vector<2x3xbf16>
}
func.func @f2(%arg0: bf16, %arg1: i32, %arg2: i1, %arg3: i8) -> i8 {
  %v0 = arith.constant 0xFFC0 : bf16
  %v1 = arith.cmpf ult, %arg0, %v0 fastmath<none> : bf16
  %v2 = arith.andi %v1, %v1 : i1
  %v3 = arith.bitcast %v0 : bf16 to f16
  %v4 = arith.minsi %v1, %v1 : i1
  %v5 = arith.constant 155397721 : i32
  %v6 = arith.cmpi sgt, %arg1, %v5 : i32
  %v7 = arith.constant -7 : i32
  %v8 = arith.ceildivsi %v7, %arg1 : i32
  %v9 = arith.cmpi sgt, %arg1, %v5 : i32
  %v10 = arith.minsi %v1, %v1 : i1
  %v11 = arith.constant 0x80 : f8E4M3FN
  %v12 = arith.divf %v11, %v11 fastmath<nnan,ninf> : f8E4M3FN
  %v13 = arith.subi %arg1, %v8 overflow<none> : i32
  %v14 = arith.constant 0x77 : f8E4M3FN
  %v15 = arith.maxnumf %v11, %v14 fastmath<none> : f8E4M3FN
  %v16 = arith.constant -5 : i32
  %v17 = arith.cmpi sge, %v16, %arg1 : i32
  %v18 = arith.constant dense<0xBD5D> : vector<2xbf16>
  %v19 = arith.subf %v18, %v18 : vector<2xbf16>
  %v20 = arith.constant 727378155 : i32
  %v21 = arith.muli %v20, %v16 : i32
  %v22 = arith.constant 1 : i32
  %v23 = arith.constant dense<0x7E00> : tensor<2x2xf16>
  %v24 = func.call @f0(%v22, %v0, %v3, %v23) : (i32, bf16, f16, tensor<2x2xf16>) -> i1
  %v25 = arith.constant 0x007F : bf16
  %v26 = arith.fptoui %v25 : bf16 to i128
  %v27:2 = arith.addui_extended %arg3, %arg3 : i8, i1
  %v28 = arith.muli %v13, %v5 : i32
  %v29 = arith.constant 16 : i16
  %v30 = arith.extsi %v29 : i16 to i128
  %v31 = arith.constant false
  %v32 = arith.remui %v27#1, %v31 : i1
  %v33 = arith.cmpi slt, %v31, %arg2 : i1
  %v34 = arith.cmpi ne, %v13, %arg1 : i32
  %v35 = arith.constant 0.1 : bf16
  %v36 = arith.constant -2.5 : bf16
  %v37 = arith.cmpf ugt, %v35, %v36 : bf16
  return %v27#0 : i8
}
func.func @f3(%arg0: i7, %arg1: i32) -> (i16, i1) {
  %v0 = arith.constant 4.0 : bf16
  %v1 = arith.cmpf uno, %v0, %v0 : bf16
  %v2 = arith.cmpf uno, %v0, %v0 : bf16
  %v3 = arith.constant 2 : i7
  %v4 = arith.shli %v3, %arg0 overflow<nuw> : i7
  %v5 = arith.mulf %v0, %v0 fastmath<arcp,afn> : bf16
  %v6 = arith.constant true
  %v7 = arith.constant 9 : i16
  %v8 = arith.select %v6, %v7, %v7 : i16
  %v9 = arith.fptosi %v0 : bf16 to i16
  %v10 = arith.constant 0x7F80 : bf16
  %v11 = arith.subf %v10, %v0 : bf16
  %v12 = arith.constant 0 : i7
  %v13 = arith.cmpi ult, %v3, %v12 : i7
  %v14 = arith.cmpf oge, %v5, %v10 fastmath<nnan,ninf> : bf16
  return %v8, %v14 : i16, i1
}
