// Random func/arith module, seed 148.
func.func @f0(%arg0: f8E3M4) -> i1 {
  %v0 = arith.constant 1623432036 : i32
  %v1 = arith.constant 31 : i32
  %v2 = arith.shli %v0, %v1 : i32
  %v3 = arith.constant 0.1 : f8E3M4
  %v4 = arith.maxnumf %v3, %v3 : f8E3M4
  %v5 = arith.fptoui %arg0 : f8E3M4 to i1
  %v6 = arith.constant 0x78 : f8E3M4
  %v7 = arith.remf %v6, %arg0 : f8E3M4
  %v8 = arith.constant true
  %v9 = arith.constant true
  %v10 = arith.floordivsi %v8, %v9 : i1
  %v11 = arith.constant 7.0 : bf16
  %v12 = arith.bitcast %v11 : bf16 to f16
  %v13 = arith.constant 1868627619 : i32
  %v14 = arith.ori %v13, %v2 : i32
  %v15 = arith.fptoui %arg0 : f8E3M4 to i1
  %v16 = arith.fptoui %arg0 : f8E3M4 to i1
  %v17 = arith.constant -3.0e-05 : f32
  %v18 = arith.divf %v17, %v17 fastmath<arcp,afn> : f32
  %v19 = arith.fptoui %arg0 : f8E3M4 to i1
  %v20 = arith.negf %v18 : f32
  %v21 = arith.negf %v7 fastmath<fast> : f8E3M4
  %v22 = arith.constant false
  %v23 = arith.select %v5, %v22, %v15 : i1
  %v24 = arith.fptoui %arg0 : f8E3M4 to i1
  return %v15 : i1
}
func.func @f1(%arg0: f32, %arg1: f8E5M2, %arg2: f32, %arg3: vector<2xi16>) -> f8E5M2 {
  %v0 = arith.constant 2.0 : f8E5M2
  %v1 = arith.cmpf false, %arg1, %v0 : f8E5M2
  %v2 = arith.constant true
  %v3 = arith.extui %v2 : i1 to i8
  %v4 = arith.minimumf %arg1, %arg1 fastmath<reassoc,contract> : f8E5M2
  %v5 = arith.fptosi %arg1 : f8E5M2 to i1
  %v6 = arith.fptosi %arg1 : f8E5M2 to i1
  %v7 = arith.minsi %v1, %v1 : i1
  %v8 = arith.constant 6 : i8
  %v9 = arith.constant 12 : i8
  %v10 = arith.maxui %v8, %v9 : i8
  %v11 = arith.constant 3.0 : f8E5M2
  %v12 = arith.constant 0x7C : f8E5M2
  %v13 = arith.select %v5, %v11, %v12 : f8E5M2
  return %v13 : f8E5M2
}
func.func @f2(%arg0: vector<2xindex>, %arg1: i32, %arg2: f8E4M3, %arg3: vector<2x3xf32>) -> f8E5M2 {
  %v0 = arith.constant -2147483648 : i32
  %v1 = arith.ori %arg1, %v0 : i32
  %v2 = arith.divf %arg2, %arg2 fastmath<ninf> : f8E4M3
  %v3 = arith.divf %arg2, %arg2 fastmath<ninf> : f8E4M3
  %v4 = arith.constant 14 : i32
  %v5 = arith.index_castui %v4 : i32 to index
  %v6 = arith.divf %arg2, %arg2 fastmath<ninf> : f8E4M3
  %v7 = arith.constant 0x7F800000 : f32
  %v8 = arith.constant 0x03 : f8E5M2
  %v9 = arith.constant dense<[0, -32768]> : vector<2xi16>
  %v10 = func.call @f1(%v7, %v8, %v7, %v9) : (f32, f8E5M2, f32, vector<2xi16>) -> f8E5M2
  %v11 = arith.cmpf ueq, %v8, %v10 fastmath<fast> : f8E5M2
  %v12 = arith.constant dense<false> : vector<2x3xi1>
  %v13 = arith.constant dense<1.0> : vector<2x3xbf16>
  %v14 = arith.constant dense<1.0> : vector<2x3xbf16>
  %v15 = arith.select %v12, %v13, %v14 : vector<2x3xi1>, vector<2x3xbf16>
  %v16 = arith.select %v11, %v8, %v8 : f8E5M2
  %v17 = arith.constant dense<[9223372036854775807, 16384]> : vector<2xindex>
  %v18 = arith.shrsi %arg0, %v17 : vector<2xindex>
  %v19 = arith.bitcast %v3 : f8E4M3 to f8E5M2FNUZ
  %v20 = arith.constant 0x7C : f8E4M3
  %v21 = arith.divf %v20, %v2 : f8E4M3
  %v22 = arith.addi %v0, %arg1 : i32
  %v23 = func.call @f1(%v7, %v8, %v7, %v9) : (f32, f8E5M2, f32, vector<2xi16>) -> f8E5M2
  %v24 = arith.constant dense<[1, 0]> : vector<2xindex>
  %v25 = arith.maxsi %v18, %v24 : vector<2xindex>
  return %v16 : f8E5M2
}
