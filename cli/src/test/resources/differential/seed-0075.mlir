// Random func/arith module, seed 75.
func.func @f0(%arg0: i32, %arg1: vector<2xf64>, %arg2: vector<4xbf16>, %arg3: i33) -> (f8E3M4, i33, i1) {
  %v0 = arith.cmpi ne, %arg0, %arg0 : i32
  %v1 = arith.select %v0, %arg0, %arg0 : i32
  %v2 = arith.constant -1 : i32
  %v3 = arith.xori %arg0, %v2 : i32
  %v4 = arith.xori %v3, %v2 : i32
  %v5 = arith.remf %arg2, %arg2 : vector<4xbf16>
  %v6 = arith.constant false
  %v7 = arith.xori %v6, %v0 : i1
  %v8 = arith.sitofp %arg3 : i33 to f8E3M4
  %v9 = arith.constant 9 : i8
  %v10 = arith.cmpi sle, %v9, %v9 : i8
  %v11 = arith.sitofp %arg3 : i33 to f8E3M4
  return %v11, %arg3, %v7 : f8E3M4, i33, i1
}
func.func @f1(%arg0: f32) -> (f32, vector<4xi32>) {
  %v0 = arith.constant dense<2147483647> : vector<4xi32>
  %v1 = arith.extsi %v0 : vector<4xi32> to vector<4xi64>
  %v2 = arith.constant dense<1> : vector<4xi32>
  %v3 = arith.extsi %v2 : vector<4xi32> to vector<4xi64>
  %v4 = arith.cmpi ne, %v1, %v3 : vector<4xi64>
  %v5 = arith.constant dense<-128> : vector<4xi8>
  %v6 = arith.extui %v5 : vector<4xi8> to vector<4xi64>
  %v7 = arith.constant dense<-3> : vector<4xi64>
  %v8 = arith.cmpi ne, %v6, %v7 : vector<4xi64>
  %v9 = arith.constant dense<9223372036854775807> : vector<4xi64>
  %v10:2 = arith.addui_extended %v1, %v9 : vector<4xi64>, vector<4xi1>
  %v11 = arith.minimumf %arg0, %arg0 : f32
  %v12 = arith.cmpf uge, %arg0, %v11 : f32
  %v13 = arith.constant dense<12> : vector<4xi32>
  %v14 = arith.cmpi eq, %v0, %v13 : vector<4xi32>
  %v15 = arith.constant -3.0e-05 : f32
  %v16 = arith.truncf %v15 fastmath<nnan,ninf> : f32 to f8E4M3FNUZ
  %v17 = arith.constant 134217728 : i32
  %v18 = arith.bitcast %v17 : i32 to f32
  %v19 = arith.bitcast %v18 : f32 to i32
  %v20 = arith.constant 31 : i32
  %v21 = arith.cmpi ne, %v19, %v20 : i32
  %v22 = arith.select %v21, %v19, %v20 : i32
  %v23 = arith.negf %v11 : f32
  %v24 = arith.negf %v23 fastmath<nnan> : f32
  %v25 = arith.constant 1039142390 : i32
  %v26:2 = arith.mului_extended %v25, %v20 : i32
  %v27 = arith.constant 0x7DE96968 : f32
  %v28 = arith.constant -2.5 : f32
  %v29 = arith.mulf %v27, %v28 fastmath<none> : f32
  %v30 = arith.minimumf %v11, %v23 : f32
  return %v29, %v0 : f32, vector<4xi32>
}
