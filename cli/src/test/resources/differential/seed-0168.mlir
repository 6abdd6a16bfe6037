// Random func/arith module, seed 168.
func.func @f0(%arg0: tensor<3xi1>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %v0 = arith.andi %arg0, %arg0 : tensor<3xi1>
  %v1 = arith.constant 0xFF800000 : f32
  %v2 = arith.negf %v1 : f32
  %v3 = arith.negf %v2 : f32
  %v4:2 = arith.mulsi_extended %v0, %arg0 : tensor<3xi1>
  %v5 = arith.constant 0x007FFFFF : f32
  %v6 = arith.negf %v5 fastmath<reassoc,contract> : f32
  %v7 = arith.shli %arg0, %v0 overflow<nsw> : tensor<3xi1>
  %v8 = arith.constant 0x80000000 : f32
  %v9 = arith.minimumf %v1, %v8 : f32
  %v10 = arith.constant 0xFFC0 : bf16
  %v11 = arith.negf %v10 : bf16
  %v12 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v13 = arith.cmpi eq, %v7, %v12 : tensor<3xi1>
  %v14 = arith.select %v13, %v7, %v12 : tensor<3xi1>, tensor<3xi1>
  return %v7, %v7, %v13, %v13 : tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>
}
func.func @f1(%arg0: f32, %arg1: vector<4xi16>) -> (tensor<3xi1>, tensor<3xi1>) {
  %v0 = arith.minsi %arg1, %arg1 : vector<4xi16>
  %v1 = arith.constant dense<true> : vector<4xi1>
  %v2 = arith.constant dense<[32767, -1, 4, 3]> : vector<4xi16>
  %v3 = arith.select %v1, %v0, %v2 : vector<4xi1>, vector<4xi16>
  %v4 = arith.constant dense<[1.0, -0.75]> : vector<2xf16>
  %v5 = arith.minnumf %v4, %v4 fastmath<nsz> : vector<2xf16>
  %v6 = arith.divf %arg0, %arg0 fastmath<fast> : f32
  %v7 = arith.divf %arg0, %arg0 fastmath<fast> : f32
  %v8 = arith.constant dense<false> : tensor<3xi1>
  %v9:4 = func.call @f0(%v8) : (tensor<3xi1>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>)
  %v10 = arith.constant dense<[false, false, false]> : tensor<3xi1>
  %v11 = arith.constant dense<true> : tensor<3xi1>
  %v12 = arith.muli %v10, %v11 : tensor<3xi1>
  return %v12, %v9#1 : tensor<3xi1>, tensor<3xi1>
}
func.func @f2(%arg0: i7, %arg1: i32, %arg2: vector<4xi32>, %arg3: i128) -> (index, i32, vector<4xi32>) {
  %v0 = arith.constant true
  %v1 = arith.constant 1 : i128
  %v2 = arith.select %v0, %v1, %arg3 : i128
  %v3 = arith.constant dense<0x8000> : tensor<3xf16>
  %v4 = arith.constant dense<0.0> : tensor<3xf16>
  %v5 = arith.remf %v3, %v4 : tensor<3xf16>
  %v6:2 = arith.mului_extended %arg0, %arg0 : i7
  %v7 = arith.ceildivsi %arg1, %arg1 : i32
  %v8 = arith.constant true
  %v9 = arith.constant dense<-2> : vector<4xi32>
  %v10 = arith.select %v8, %arg2, %v9 : vector<4xi32>
  %v11 = arith.constant dense<[11, 1, 2147483647, 3]> : vector<4xi32>
  %v12 = arith.cmpi sle, %v10, %v11 : vector<4xi32>
  %v13 = arith.subf %v4, %v4 : tensor<3xf16>
  %v14 = arith.cmpf ult, %v4, %v4 fastmath<none> : tensor<3xf16>
  %v15:2 = arith.mului_extended %arg0, %arg0 : i7
  %v16 = arith.divsi %v2, %v2 : i128
  %v17 = arith.select %v8, %arg2, %v9 : vector<4xi32>
  %v18 = arith.andi %v16, %v1 : i128
  %v19 = arith.floordivsi %v15#1, %v6#1 : i7
  %v20 = arith.mulf %v13, %v3 fastmath<arcp,afn> : tensor<3xf16>
  %v21 = arith.constant dense<[0x0400, -1.0, 7.0]> : tensor<3xf16>
  %v22 = arith.constant dense<0x3C00> : tensor<3xf16>
  %v23 = arith.cmpf uno, %v21, %v22 fastmath<nnan> : tensor<3xf16>
  %v24 = arith.cmpf ult, %v4, %v4 fastmath<none> : tensor<3xf16>
  %v25 = arith.constant dense<[true, false, true, true]> : vector<4xi1>
  %v26 = arith.cmpi slt, %v12, %v25 : vector<4xi1>
  %v27 = arith.constant 0xFF800000 : f32
  %v28 = arith.constant dense<[8192, 10, -3, 15]> : vector<4xi16>
  %v29:2 = func.call @f1(%v27, %v28) : (f32, vector<4xi16>) -> (tensor<3xi1>, tensor<3xi1>)
  %v30 = arith.index_cast %v18 : i128 to index
  %v31 = arith.constant 0x366802D8 : f32
  %v32 = arith.cmpf ogt, %v31, %v27 fastmath<reassoc,contract> : f32
  %v33 = arith.constant dense<false> : vector<4xi1>
  %v34 = arith.select %v33, %v10, %v17 : vector<4xi1>, vector<4xi32>
  return %v30, %arg1, %v34 : index, i32, vector<4xi32>
}
func.func @f3(%arg0: vector<2xbf16>, %arg1: i33, %arg2: i16) -> i16 {
  %v0 = arith.trunci %arg2 : i16 to i7
  %v1 = arith.trunci %arg2 : i16 to i7
  %v2 = arith.minnumf %arg0, %arg0 : vector<2xbf16>
  %v3 = arith.constant 1 : i7
  %v4 = arith.divui %v0, %v3 exact : i7
  %v5 = arith.andi %v1, %v3 : i7
  %v6 = arith.constant 15 : i16
  %v7 = arith.cmpi ne, %arg2, %v6 : i16
  %v8 = arith.select %v7, %v6, %arg2 : i16
  %v9 = arith.constant dense<0x007F> : vector<2xbf16>
  %v10 = arith.mulf %v9, %arg0 : vector<2xbf16>
  %v11 = arith.divui %arg1, %arg1 : i33
  %v12 = arith.constant false
  %v13:2 = arith.mului_extended %v7, %v12 : i1
  %v14 = arith.constant 32767 : i16
  %v15 = arith.remui %arg2, %v14 : i16
  %v16 = arith.constant 15 : i16
  %v17 = arith.remui %v16, %v15 : i16
  %v18 = arith.bitcast %v15 : i16 to bf16
  return %v15 : i16
}
