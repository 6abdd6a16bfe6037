// Random func/arith module, seed 61.
func.func @f0(%arg0: i16, %arg1: vector<2x3xi32>, %arg2: f32) -> (i1, i1, f32, i1) {
  %v0 = arith.constant dense<2147483647> : vector<2x3xi32>
  %v1 = arith.divsi %v0, %arg1 exact : vector<2x3xi32>
  %v2 = arith.constant 2.0 : f32
  %v3 = arith.cmpf ule, %arg2, %v2 : f32
  %v4 = arith.minimumf %arg2, %v2 : f32
  %v5 = arith.cmpf oge, %v4, %arg2 fastmath<nnan> : f32
  %v6 = arith.divsi %v0, %arg1 exact : vector<2x3xi32>
  %v7 = arith.constant dense<[[true, true, false], [false, true, true]]> : vector<2x3xi1>
  %v8 = arith.select %v7, %arg1, %arg1 : vector<2x3xi1>, vector<2x3xi32>
  %v9 = arith.constant 0xB1ACB382 : f32
  %v10 = arith.divf %v9, %arg2 : f32
  return %v5, %v5, %v10, %v5 : i1, i1, f32, i1
}
func.func @f1(%arg0: i8, %arg1: i16, %arg2: f32) -> (f32, f32) {
  %v0 = arith.constant 0 : i8
  %v1 = arith.constant -1 : i8
  %v2 = arith.shrui %v0, %v1 exact : i8
  %v3 = arith.remf %arg2, %arg2 : f32
  %v4 = arith.constant 100.0 : f32
  %v5 = arith.subf %v4, %arg2 : f32
  %v6 = arith.subf %v4, %arg2 : f32
  %v7 = arith.cmpi sgt, %arg0, %v2 : i8
  %v8 = arith.constant -1 : i16
  %v9:2 = arith.mulsi_extended %v8, %arg1 : i16
  %v10 = arith.fptoui %v5 : f32 to i64
  %v11 = arith.constant 0xFF800000 : f32
  %v12 = arith.minnumf %v6, %v11 : f32
  %v13 = arith.constant 20226 : i16
  %v14 = arith.shli %v8, %v13 : i16
  %v15 = arith.negf %v12 fastmath<nsz> : f32
  %v16 = arith.constant false
  %v17 = arith.remsi %v16, %v16 : i1
  return %v12, %v12 : f32, f32
}
