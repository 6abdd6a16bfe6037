// Random func/arith module, seed 127.
func.func @f0(%arg0: f16, %arg1: i32) -> i8 {
  %v0 = arith.constant 0x8000 : f16
  %v1 = arith.divf %v0, %arg0 fastmath<nnan> : f16
  %v2 = arith.constant -1624742491 : i32
  %v3 = arith.constant 134217728 : i32
  %v4 = arith.minui %v2, %v3 : i32
  %v5 = arith.divf %v0, %arg0 fastmath<nnan> : f16
  %v6 = arith.minui %v3, %v2 : i32
  %v7 = arith.index_cast %v4 : i32 to index
  %v8 = arith.constant 0xE111 : f16
  %v9 = arith.mulf %v8, %v5 : f16
  %v10:2 = arith.addui_extended %v2, %arg1 : i32, i1
  %v11 = arith.constant dense<[9223372036854775807, -9223372036854775808, 16]> : tensor<3xindex>
  %v12 = arith.index_cast %v11 : tensor<3xindex> to tensor<3xi8>
  %v13 = arith.trunci %arg1 : i32 to i8
  %v14 = arith.constant -0.75 : f16
  %v15 = arith.cmpf oeq, %v5, %v14 : f16
  %v16 = arith.constant true
  %v17 = arith.muli %v10#1, %v16 overflow<nuw> : i1
  %v18 = arith.trunci %arg1 : i32 to i8
  %v19 = arith.cmpi ne, %arg1, %v10#0 : i32
  %v20:2 = arith.addui_extended %v2, %arg1 : i32, i1
  %v21 = arith.index_cast %v19 : i1 to index
  %v22 = arith.constant -2 : i8
  %v23 = arith.shrui %v13, %v22 : i8
  %v24 = arith.index_cast %v7 : index to i7
  %v25 = arith.ori %v2, %v3 : i32
  %v26 = arith.constant 0x7E00 : f16
  %v27 = arith.minnumf %v1, %v26 : f16
  %v28 = arith.constant true
  %v29 = arith.select %v10#1, %v28, %v10#1 : i1
  return %v23 : i8
}
func.func @f1(%arg0: f32, %arg1: i64, %arg2: index, %arg3: vector<2xi8>) -> (index, vector<2xi8>, f32, vector<2xi8>) {
  %v0 = arith.constant dense<8> : vector<2xi8>
  %v1 = arith.minui %v0, %arg3 : vector<2xi8>
  %v2 = arith.minui %v0, %arg3 : vector<2xi8>
  %v3 = arith.negf %arg0 fastmath<reassoc,contract> : f32
  %v4 = arith.constant 0x8000 : f16
  %v5 = arith.constant 0x4F2C : f16
  %v6 = arith.minnumf %v4, %v5 fastmath<nnan> : f16
  %v7 = arith.constant false
  %v8 = arith.constant 7.0 : f32
  %v9 = arith.constant 0x8827CFCB : f32
  %v10 = arith.select %v7, %v8, %v9 : f32
  %v11 = arith.minui %v0, %arg3 : vector<2xi8>
  %v12 = arith.constant -6200469065371705179 : i64
  %v13:2 = arith.addui_extended %v12, %arg1 : i64, i1
  %v14 = arith.minnumf %v4, %v5 fastmath<nnan> : f16
  %v15 = arith.constant 0x007FFFFF : f32
  %v16 = arith.constant 0xBF800000 : f32
  %v17 = arith.select %v13#1, %v15, %v16 : f32
  %v18 = arith.constant 0xD073 : f16
  %v19 = arith.fptoui %v18 : f16 to i16
  %v20 = arith.bitcast %v9 : f32 to i32
  %v21 = arith.constant 6 : index
  %v22 = arith.minsi %arg2, %v21 : index
  %v23 = arith.constant 6 : index
  %v24 = arith.subi %v23, %arg2 : index
  %v25 = arith.constant dense<-4> : vector<2xi8>
  %v26 = arith.shli %v25, %v11 : vector<2xi8>
  %v27 = arith.constant 31 : i32
  %v28 = func.call @f0(%v18, %v27) : (f16, i32) -> i8
  %v29 = arith.constant dense<8> : vector<2xi8>
  %v30 = arith.remui %v2, %v29 : vector<2xi8>
  %v31 = arith.constant 6 : i32
  %v32 = arith.maxui %v31, %v27 : i32
  return %v24, %v30, %v17, %arg3 : index, vector<2xi8>, f32, vector<2xi8>
}
func.func @f2(%arg0: f8E3M4, %arg1: bf16) -> (i1, i64, i1) {
  %v0 = arith.constant 0x30 : f8E3M4
  %v1 = arith.cmpf olt, %arg0, %v0 fastmath<nsz> : f8E3M4
  %v2 = arith.constant true
  %v3 = arith.shrsi %v1, %v2 : i1
  %v4 = arith.subf %arg0, %v0 : f8E3M4
  %v5 = arith.constant -3.0e-05 : f8E3M4
  %v6 = arith.cmpf one, %v5, %arg0 fastmath<arcp,afn> : f8E3M4
  %v7 = arith.constant false
  %v8 = arith.select %v7, %v3, %v3 : i1
  %v9 = arith.constant 448401436333255318 : i64
  %v10 = arith.select %v3, %v9, %v9 : i64
  %v11 = arith.constant -3 : i16
  %v12 = arith.extsi %v11 : i16 to i33
  return %v6, %v10, %v6 : i1, i64, i1
}
func.func @f3(%arg0: vector<2xf16>, %arg1: bf16, %arg2: i32) -> vector<2xi8> {
  %v0 = arith.constant 127 : i8
  %v1 = arith.cmpi sge, %v0, %v0 : i8
  %v2 = arith.constant false
  %v3 = arith.constant 100.0 : bf16
  %v4 = arith.select %v2, %v3, %arg1 : bf16
  %v5 = arith.minnumf %v4, %arg1 : bf16
  %v6 = arith.fptoui %arg0 : vector<2xf16> to vector<2xi8>
  %v7 = arith.negf %v3 fastmath<nsz> : bf16
  %v8 = arith.index_cast %v6 : vector<2xi8> to vector<2xindex>
  %v9 = arith.constant 0.5 : f16
  %v10 = func.call @f0(%v9, %arg2) : (f16, i32) -> i8
  %v11 = arith.constant dense<4.0> : vector<2xf16>
  %v12 = arith.maxnumf %v11, %arg0 fastmath<reassoc,contract> : vector<2xf16>
  %v13 = arith.constant dense<7> : vector<2xi8>
  %v14 = arith.subi %v13, %v13 overflow<nuw> : vector<2xi8>
  %v15 = arith.constant dense<11> : vector<2x3xi16>
  %v16 = arith.divui %v15, %v15 : vector<2x3xi16>
  %v17 = func.call @f0(%v9, %arg2) : (f16, i32) -> i8
  return %v6 : vector<2xi8>
}
