// Random func/arith module, seed 17.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: i32, %arg2: i8, %arg3: f32) -> (i1, i1, i8) {
  %v0 = arith.bitcast %arg3 : f32 to i32
  %v1 = arith.negf %arg0 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v2 = arith.constant 9 : i8
  %v3 = arith.divsi %v2, %arg2 : i8
  %v4 = arith.mulf %arg0, %v1 : f8E5M2FNUZ
  %v5 = arith.minsi %v3, %arg2 : i8
  %v6 = arith.bitcast %arg3 : f32 to i32
  %v7:2 = arith.mului_extended %v3, %v5 : i8
  %v8 = arith.constant 0xFF800000 : f32
  %v9 = arith.cmpf ugt, %arg3, %v8 : f32
  %v10 = arith.constant true
  %v11:2 = arith.mulsi_extended %v10, %v9 : i1
  %v12 = arith.constant -1 : i8
  %v13 = arith.select %v11#0, %v5, %v12 : i8
  %v14 = arith.ceildivui %v9, %v11#0 : i1
  %v15 = arith.constant false
  %v16 = arith.constant false
  %v17 = arith.shrsi %v15, %v16 : i1
  return %v9, %v11#0, %v7#1 : i1, i1, i8
}
func.func @f1(%arg0: f4E2M1FN, %arg1: f8E3M4, %arg2: f8E5M2FNUZ, %arg3: vector<f32>) -> f8E5M2FNUZ {
  %v0 = arith.constant 32 : i33
  %v1 = arith.uitofp %v0 : i33 to f8E5M2
  %v2 = arith.constant dense<4.0> : vector<f32>
  %v3 = arith.maximumf %arg3, %v2 : vector<f32>
  %v4 = arith.constant 3.0 : f8E3M4
  %v5 = arith.addf %v4, %arg1 fastmath<fast> : f8E3M4
  %v6 = arith.constant 0x80 : f8E5M2FNUZ
  %v7 = arith.minnumf %v6, %arg2 : f8E5M2FNUZ
  %v8 = arith.constant -2 : i128
  %v9 = arith.index_castui %v8 : i128 to index
  %v10 = arith.cmpi sgt, %v0, %v0 : i33
  %v11 = arith.subf %v5, %v4 : f8E3M4
  %v12 = arith.cmpi sgt, %v0, %v0 : i33
  return %arg2 : f8E5M2FNUZ
}
