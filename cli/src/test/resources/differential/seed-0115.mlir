// Random func/arith module, seed 115.
func.func @f0(%arg0: f32) -> (f32, f32) {
  %v0 = arith.constant 5 : i32
  %v1 = arith.minui %v0, %v0 : i32
  %v2 = arith.constant 0.0 : f32
  %v3 = arith.maximumf %arg0, %v2 fastmath<arcp,afn> : f32
  %v4 = arith.constant 0x00000001 : f32
  %v5 = arith.mulf %v3, %v4 : f32
  %v6 = arith.constant 33 : i32
  %v7 = arith.maxui %v1, %v6 : i32
  %v8 = arith.minimumf %v4, %v2 fastmath<arcp,afn> : f32
  %v9 = arith.constant 2147483647 : i32
  %v10 = arith.index_castui %v9 : i32 to index
  %v11 = arith.index_castui %v10 : index to i32
  %v12 = arith.index_castui %v9 : i32 to index
  return %v8, %v8 : f32, f32
}
func.func @f1(%arg0: vector<2x3xi8>, %arg1: i32, %arg2: vector<4xf16>, %arg3: i16) {
  %v0 = arith.negf %arg2 : vector<4xf16>
  %v1 = arith.negf %v0 fastmath<nnan,ninf> : vector<4xf16>
  %v2 = arith.index_castui %arg1 : i32 to index
  %v3 = arith.divsi %arg3, %arg3 : i16
  %v4 = arith.constant dense<[[13, 3, -1], [13, -128, 16]]> : vector<2x3xi8>
  %v5 = arith.shrui %v4, %arg0 : vector<2x3xi8>
  %v6 = arith.constant 0xFF800000 : f32
  %v7 = arith.fptoui %v6 : f32 to i8
  %v8 = arith.constant 0x7B : f8E5M2
  %v9 = arith.negf %v8 : f8E5M2
  %v10 = arith.constant dense<0> : vector<2x3xi8>
  %v11 = arith.ori %v5, %v10 : vector<2x3xi8>
  %v12 = arith.andi %v2, %v2 : index
  %v13 = arith.negf %v8 : f8E5M2
  %v14 = arith.constant dense<0x0001> : vector<4xf16>
  %v15 = arith.constant dense<0x0000> : vector<4xf16>
  %v16 = arith.maxnumf %v14, %v15 : vector<4xf16>
  %v17 = arith.constant 0xFF800000 : f32
  %v18 = arith.negf %v17 : f32
  %v19 = arith.constant -1 : i8
  %v20 = arith.floordivsi %v19, %v7 : i8
  %v21 = arith.maxnumf %v14, %v15 : vector<4xf16>
  %v22 = arith.negf %arg2 : vector<4xf16>
  %v23 = arith.bitcast %v22 : vector<4xf16> to vector<4xbf16>
  %v24 = arith.constant -21831 : i16
  %v25 = arith.shrsi %v3, %v24 : i16
  %v26 = arith.constant -1 : i64
  %v27 = arith.constant 4462130138735480024 : i64
  %v28:2 = arith.mulsi_extended %v26, %v27 : i64
  %v29 = arith.constant dense<4> : vector<4xi8>
  %v30 = arith.constant dense<0> : vector<4xi8>
  %v31 = arith.andi %v29, %v30 : vector<4xi8>
  %v32 = arith.constant 0x80000000 : f32
  %v33:2 = func.call @f0(%v32) : (f32) -> (f32, f32)
  %v34 = arith.constant 10 : index
  %v35 = arith.divui %v12, %v34 : index
  %v36:2 = arith.addui_extended %v26, %v26 : i64, i1
  %v37 = arith.divui %v12, %v34 : index
  %v38 = arith.constant 0 : i8
  %v39 = arith.minui %v19, %v38 : i8
  return
}
func.func @f2(%arg0: vector<2xi1>, %arg1: f64, %arg2: i1, %arg3: i32) -> (f64, f64) {
  %v0 = arith.constant dense<true> : vector<2xi1>
  %v1 = arith.xori %v0, %arg0 : vector<2xi1>
  %v2 = arith.xori %v0, %arg0 : vector<2xi1>
  %v3 = arith.fptoui %arg1 : f64 to i16
  %v4 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v5 = arith.divf %arg1, %v4 : f64
  %v6 = arith.minnumf %arg1, %arg1 : f64
  %v7 = arith.constant dense<-29901> : tensor<3xi16>
  %v8 = arith.constant dense<0> : tensor<3xi16>
  %v9:2 = arith.mului_extended %v7, %v8 : tensor<3xi16>
  return %v6, %v5 : f64, f64
}
