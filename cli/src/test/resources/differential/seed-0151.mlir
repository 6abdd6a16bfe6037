// Random func/arith module, seed 151.
func.func @f0(%arg0: i8, %arg1: vector<4xbf16>, %arg2: f64, %arg3: f64) -> (i32, i32) {
  %v0 = arith.negf %arg1 : vector<4xbf16>
  %v1 = arith.extui %arg0 : i8 to i16
  %v2 = arith.constant 10 : i64
  %v3 = arith.constant 11 : i64
  %v4 = arith.divsi %v2, %v3 exact : i64
  %v5 = arith.negf %arg1 : vector<4xbf16>
  %v6 = arith.ori %v1, %v1 : i16
  %v7:2 = arith.addui_extended %v1, %v6 : i16, i1
  %v8 = arith.negf %arg1 : vector<4xbf16>
  %v9 = arith.constant dense<true> : vector<4xi1>
  %v10 = arith.constant dense<[true, true, true, true]> : vector<4xi1>
  %v11:2 = arith.mulsi_extended %v9, %v10 : vector<4xi1>
  %v12 = arith.fptosi %arg3 : f64 to i32
  %v13 = arith.constant false
  %v14:2 = arith.addui_extended %v7#1, %v13 : i1, i1
  %v15 = arith.constant 0x3F800000 : f32
  %v16 = arith.bitcast %v15 : f32 to i32
  %v17 = arith.constant 0x00000001 : f32
  %v18 = arith.select %v14#1, %v15, %v17 : f32
  return %v12, %v12 : i32, i32
}
func.func @f1(%arg0: i32) -> (i33, i33) {
  %v0 = arith.divsi %arg0, %arg0 : i32
  %v1 = arith.constant 0x0000000000000001 : f64
  %v2 = arith.constant 0x3A10DA27373BD34C : f64
  %v3 = arith.minimumf %v1, %v2 fastmath<arcp,afn> : f64
  %v4 = arith.cmpi sle, %arg0, %v0 : i32
  %v5 = arith.constant 0x0000000000000000 : f64
  %v6 = arith.fptosi %v5 : f64 to i33
  %v7 = arith.constant 0xBFF0000000000000 : f64
  %v8 = arith.mulf %v3, %v7 fastmath<fast> : f64
  %v9 = arith.constant dense<[112, 11, 127, -1]> : vector<4xi8>
  %v10 = arith.maxsi %v9, %v9 : vector<4xi8>
  %v11 = arith.constant 0xE7F06333612F87A8 : f64
  %v12 = arith.addf %v11, %v8 : f64
  return %v6, %v6 : i33, i33
}
