// Random func/arith module, seed 7.
func.func @f0(%arg0: vector<4xbf16>, %arg1: f8E4M3FNUZ, %arg2: f16) -> f16 {
  %v0 = arith.constant -9223372036854775808 : index
  %v1 = arith.constant 0 : index
  %v2 = arith.subi %v0, %v1 : index
  %v3 = arith.constant false
  %v4 = arith.constant 0.0 : f32
  %v5 = arith.constant -2.5 : f32
  %v6 = arith.select %v3, %v4, %v5 : f32
  %v7 = arith.constant 0x0400 : f16
  %v8 = arith.addf %arg2, %v7 : f16
  %v9 = arith.addf %arg2, %v7 : f16
  %v10 = arith.constant 1 : i16
  %v11 = arith.select %v3, %v10, %v10 : i16
  %v12 = arith.constant 65 : index
  %v13 = arith.select %v3, %v12, %v0 : index
  %v14 = arith.select %v3, %v4, %v5 : f32
  %v15 = arith.fptoui %arg0 : vector<4xbf16> to vector<4xi32>
  %v16 = arith.sitofp %v15 : vector<4xi32> to vector<4xf32>
  %v17 = arith.fptoui %v16 : vector<4xf32> to vector<4xi32>
  %v18 = arith.select %v3, %v12, %v0 : index
  %v19 = arith.constant 0x0001 : f16
  %v20 = arith.remf %v19, %arg2 : f16
  %v21 = arith.constant dense<[33, -3, -7, 268435456]> : vector<4xi32>
  %v22 = arith.constant dense<[1, 2147483647, 0, -2147483648]> : vector<4xi32>
  %v23 = arith.cmpi sge, %v21, %v22 : vector<4xi32>
  %v24 = arith.subi %v10, %v10 : i16
  %v25 = arith.negf %v16 : vector<4xf32>
  %v26 = arith.negf %v25 : vector<4xf32>
  %v27 = arith.select %v3, %v4, %v5 : f32
  %v28 = arith.constant dense<0> : vector<4xi32>
  %v29 = arith.subi %v15, %v28 : vector<4xi32>
  %v30 = arith.constant 0x08 : f8E4M3FNUZ
  %v31 = arith.negf %v30 fastmath<ninf> : f8E4M3FNUZ
  %v32 = arith.maxnumf %arg0, %arg0 : vector<4xbf16>
  return %v20 : f16
}
func.func @f1(%arg0: f32, %arg1: f8E3M4) -> (i1, i1) {
  %v0 = arith.constant 0x80000000 : f32
  %v1 = arith.constant 0xFFC00000 : f32
  %v2 = arith.addf %v0, %v1 fastmath<ninf> : f32
  %v3 = arith.constant -2147483648 : i32
  %v4 = arith.bitcast %v3 : i32 to f32
  %v5 = arith.bitcast %v4 : f32 to i32
  %v6 = arith.constant 163194586180962219375305840768084677067 : i128
  %v7 = arith.shrsi %v6, %v6 : i128
  %v8 = arith.divf %arg1, %arg1 : f8E3M4
  %v9 = arith.constant true
  %v10 = arith.shrsi %v9, %v9 exact : i1
  %v11 = arith.constant 0x78 : f8E3M4
  %v12 = arith.select %v9, %v11, %v8 : f8E3M4
  %v13 = arith.constant 100.0 : f8E3M4
  %v14 = arith.cmpf oge, %v8, %v13 fastmath<nsz> : f8E3M4
  %v15 = arith.cmpf ult, %v12, %v12 : f8E3M4
  %v16 = arith.cmpf false, %arg1, %v8 fastmath<nnan> : f8E3M4
  %v17 = arith.constant true
  %v18 = arith.ceildivui %v17, %v15 : i1
  %v19 = arith.ceildivui %v17, %v15 : i1
  %v20:2 = arith.addui_extended %v16, %v15 : i1, i1
  %v21 = arith.bitcast %v3 : i32 to f32
  return %v15, %v14 : i1, i1
}
func.func @f2(%arg0: i32) -> i32 {
  %v0 = arith.constant dense<0xBC00> : vector<2xf16>
  %v1 = arith.constant dense<[0xFE00, 0x7BFF]> : vector<2xf16>
  %v2 = arith.subf %v0, %v1 : vector<2xf16>
  %v3 = arith.subf %v0, %v1 : vector<2xf16>
  %v4 = arith.constant 10 : index
  %v5 = arith.constant 1 : index
  %v6 = arith.cmpi ugt, %v4, %v5 : index
  %v7 = arith.select %v6, %v4, %v5 : index
  %v8 = arith.constant dense<[0x8000, 0x0400]> : vector<2xf16>
  %v9 = arith.constant dense<[0xBC00, 0xBC00]> : vector<2xf16>
  %v10 = arith.subf %v8, %v9 : vector<2xf16>
  %v11 = arith.constant dense<0x3C00> : vector<2xf16>
  %v12 = arith.divf %v11, %v10 fastmath<nnan> : vector<2xf16>
  %v13 = arith.constant 1 : i32
  %v14 = arith.shrui %v13, %arg0 : i32
  %v15 = arith.minnumf %v1, %v3 : vector<2xf16>
  %v16 = arith.constant false
  %v17 = arith.ori %v6, %v16 : i1
  %v18 = arith.shrui %v13, %arg0 : i32
  %v19 = arith.constant 14 : i32
  %v20 = arith.remui %v14, %v19 : i32
  %v21 = arith.constant -3 : i32
  %v22 = arith.cmpi sge, %v20, %v21 : i32
  %v23 = arith.constant true
  %v24 = arith.constant false
  %v25 = arith.select %v22, %v24, %v23 : i1
  return %v18 : i32
}
