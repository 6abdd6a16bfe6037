// Random func/arith module, seed 121.
func.func @f0(%arg0: i16, %arg1: vector<2x3xi8>, %arg2: vector<2x3xi32>, %arg3: i64) -> (i8, f64, vector<2x3xi32>) {
  %v0 = arith.constant 0x3F800000 : f32
  %v1 = arith.truncf %v0 to_nearest_away {tag = 0 : i64} : f32 to tf32
  %v2 = arith.addf %v0, %v0 : f32
  %v3 = arith.remui %arg3, %arg3 : i64
  %v4 = arith.constant dense<0> : vector<2x3xi8>
  %v5 = arith.addi %arg1, %v4 : vector<2x3xi8>
  %v6 = arith.constant dense<[[-1, -4, -63], [-1, 127, 9]]> : vector<2x3xi8>
  %v7 = arith.addi %v5, %v6 : vector<2x3xi8>
  %v8:2 = arith.addui_extended %arg2, %arg2 : vector<2x3xi32>, vector<2x3xi1>
  %v9 = arith.constant 0x1FC00 : tf32
  %v10 = arith.fptosi %v9 : tf32 to i8
  %v11 = arith.constant 0 : i32
  %v12 = arith.constant 0 : i32
  %v13 = arith.ori %v11, %v12 : i32
  %v14 = arith.constant dense<[[-2147483648, 15, 2147483647], [1, 4, 11]]> : vector<2x3xi32>
  %v15 = arith.minui %v8#0, %v14 : vector<2x3xi32>
  %v16 = arith.bitcast %v3 : i64 to f64
  %v17 = arith.constant 0x00000 : tf32
  %v18 = arith.minimumf %v17, %v9 fastmath<nsz> : tf32
  return %v10, %v16, %v15 : i8, f64, vector<2x3xi32>
}
func.func @f1(%arg0: i16, %arg1: i1, %arg2: f32) -> (f32, i32) {
  %v0 = arith.constant 0x3F800000 : f32
  %v1 = arith.bitcast %v0 : f32 to i32
  %v2 = arith.bitcast %v1 : i32 to f32
  %v3 = arith.bitcast %v2 : f32 to i32
  %v4 = arith.constant 0x00000001 : f32
  %v5 = arith.subf %v4, %v2 : f32
  %v6 = arith.constant -3.0e-05 : f32
  %v7 = arith.constant 0xBF800000 : f32
  %v8 = arith.mulf %v6, %v7 fastmath<nsz> : f32
  %v9 = arith.subf %v4, %v2 : f32
  %v10 = arith.cmpi uge, %v1, %v3 {tag = 1 : i64} : i32
  %v11 = arith.constant 0x007FFFFF : f32
  %v12 = arith.fptoui %v11 : f32 to i33
  %v13 = arith.constant 6 : i32
  %v14 = arith.muli %v13, %v1 overflow<nsw, nuw> : i32
  %v15 = arith.constant -6 : i33
  %v16 = arith.xori %v12, %v15 : i33
  %v17 = arith.cmpf ugt, %v7, %v11 : f32
  %v18 = arith.extui %v10 : i1 to i64
  %v19 = arith.constant 18446744073709551612 : i64
  %v20 = arith.cmpi ugt, %v18, %v19 : i64
  %v21 = arith.addf %v2, %v9 : f32
  %v22 = arith.divf %v0, %v21 : f32
  %v23 = arith.constant 0x7FC0 : bf16
  %v24 = arith.negf %v23 fastmath<arcp,afn> : bf16
  %v25 = arith.constant 1.0e+10 : f64
  %v26 = arith.remf %v25, %v25 : f64
  return %v22, %v14 : f32, i32
}
