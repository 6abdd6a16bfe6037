// Random func/arith module, seed 114.
func.func @f0(%arg0: vector<4xi1>, %arg1: f64, %arg2: i128, %arg3: vector<2x3xf32>) -> (f64, i1) {
  %v0 = arith.constant 160788717479931003196355008683503211230 : i128
  %v1 = arith.addi %arg2, %v0 : i128
  %v2 = arith.shrui %arg0, %arg0 : vector<4xi1>
  %v3 = arith.constant dense<[false, true, false, true]> : vector<4xi1>
  %v4 = arith.subi %arg0, %v3 : vector<4xi1>
  %v5 = arith.constant 6 : i128
  %v6 = arith.constant 157680182283880748414602906949211016995 : i128
  %v7 = arith.ori %v5, %v6 : i128
  %v8 = arith.constant 0 : i33
  %v9 = arith.constant -1 : i33
  %v10 = arith.subi %v8, %v9 : i33
  %v11 = arith.cmpf une, %arg1, %arg1 fastmath<nnan> : f64
  %v12 = arith.cmpi sle, %arg2, %v0 : i128
  %v13 = arith.sitofp %v12 : i1 to f16
  %v14 = arith.constant true
  %v15 = arith.muli %v14, %v11 : i1
  %v16 = arith.cmpi ugt, %v3, %v4 : vector<4xi1>
  %v17 = arith.constant dense<0x00000000> : vector<2x3xf32>
  %v18 = arith.cmpf oge, %v17, %arg3 : vector<2x3xf32>
  return %arg1, %v12 : f64, i1
}
func.func @f1(%arg0: f8E3M4, %arg1: f32, %arg2: f16) {
  %v0 = arith.subf %arg0, %arg0 fastmath<none> : f8E3M4
  %v1 = arith.constant false
  %v2 = arith.constant 0x70 : f8E3M4
  %v3 = arith.select %v1, %v2, %v0 : f8E3M4
  %v4 = arith.constant 9 : i33
  %v5 = arith.constant 32 : i33
  %v6 = arith.divui %v4, %v5 : i33
  %v7 = arith.constant false
  %v8 = arith.sitofp %v7 : i1 to f8E4M3
  %v9 = arith.constant true
  %v10 = arith.addi %v7, %v9 : i1
  %v11 = arith.constant 0x3F800000 : f32
  %v12 = arith.cmpf one, %arg1, %v11 fastmath<none> : f32
  %v13 = arith.constant dense<0.5> : vector<4xbf16>
  %v14 = arith.constant dense<7.0> : vector<4xbf16>
  %v15 = arith.mulf %v13, %v14 : vector<4xbf16>
  %v16 = arith.negf %v11 : f32
  return
}
