// Random func/arith module, seed 95.
func.func @f0(%arg0: i128, %arg1: i64, %arg2: i33) -> i128 {
  %v0 = arith.shli %arg0, %arg0 : i128
  %v1 = arith.constant 0x08 : f8E4M3FNUZ
  %v2 = arith.fptosi %v1 : f8E4M3FNUZ to i8
  %v3 = arith.remf %v1, %v1 : f8E4M3FNUZ
  %v4 = arith.fptosi %v1 : f8E4M3FNUZ to i8
  %v5 = arith.constant -9223372036854775808 : i64
  %v6 = arith.maxsi %v5, %arg1 : i64
  %v7 = arith.constant 3 : i64
  %v8 = arith.maxui %v7, %v6 : i64
  %v9 = arith.ori %arg2, %arg2 : i33
  %v10 = arith.remf %v1, %v1 : f8E4M3FNUZ
  %v11 = arith.constant -9223372036854775808 : index
  %v12 = arith.constant 1 : index
  %v13 = arith.muli %v11, %v12 : index
  %v14 = arith.constant 1048576 : i128
  %v15 = arith.remsi %v0, %v14 : i128
  %v16 = arith.remf %v1, %v1 : f8E4M3FNUZ
  %v17 = arith.constant 1 : i128
  %v18 = arith.subi %v15, %v17 : i128
  %v19 = arith.constant 0 : i128
  %v20 = arith.subi %v19, %v18 : i128
  %v21 = arith.constant 1 : index
  %v22 = arith.ori %v21, %v12 : index
  %v23 = arith.cmpf ole, %v1, %v3 : f8E4M3FNUZ
  %v24 = arith.sitofp %v8 : i64 to f8E3M4
  return %v14 : i128
}
func.func @f1(%arg0: i128, %arg1: i7, %arg2: f64, %arg3: vector<4xi64>) -> (i7, i1) {
  %v0 = arith.shrui %arg1, %arg1 : i7
  %v1 = arith.constant dense<[0x7BFF, 0xFE00, 0x03FF, 0xFE00]> : vector<4xf16>
  %v2 = arith.fptosi %v1 : vector<4xf16> to vector<4xi64>
  %v3 = arith.constant true
  %v4 = arith.select %v3, %arg1, %v0 : i7
  %v5 = arith.constant -1 : i128
  %v6 = arith.andi %arg0, %v5 : i128
  %v7 = arith.constant 2354201094173204374 : i64
  %v8 = arith.cmpi sgt, %v7, %v7 : i64
  %v9 = arith.shrui %arg1, %arg1 : i7
  %v10 = arith.cmpf uge, %arg2, %arg2 fastmath<reassoc,contract> : f64
  %v11 = arith.constant dense<2> : vector<4xi64>
  %v12 = arith.sitofp %v11 : vector<4xi64> to vector<4xf32>
  %v13 = arith.constant 4294967295 : i33
  %v14 = func.call @f0(%arg0, %v7, %v13) : (i128, i64, i33) -> i128
  %v15 = arith.remui %v11, %arg3 : vector<4xi64>
  %v16 = arith.constant 0 : i64
  %v17 = func.call @f0(%v5, %v16, %v13) : (i128, i64, i33) -> i128
  %v18 = func.call @f0(%v5, %v16, %v13) : (i128, i64, i33) -> i128
  %v19 = arith.constant 0x82B2E396486E7BF9 : f64
  %v20 = arith.maxnumf %arg2, %v19 : f64
  %v21 = arith.cmpi sgt, %v14, %v5 : i128
  %v22 = arith.constant 63 : i64
  %v23 = arith.uitofp %v22 : i64 to f64
  %v24 = arith.fptosi %v23 : f64 to i64
  %v25 = arith.remf %v1, %v1 fastmath<nsz> : vector<4xf16>
  %v26 = arith.maxnumf %arg2, %v19 : f64
  %v27 = arith.maxnumf %v26, %v20 : f64
  %v28 = arith.constant 0xBFF0000000000000 : f64
  %v29 = arith.negf %v28 fastmath<nnan,ninf> : f64
  %v30 = arith.fptosi %v23 : f64 to i64
  return %v9, %v21 : i7, i1
}
func.func @f2(%arg0: index, %arg1: f32, %arg2: vector<2xf16>, %arg3: f64) -> f8E4M3FN {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.floordivsi %arg0, %v0 : index
  %v2 = arith.floordivsi %arg0, %v0 : index
  %v3 = arith.constant 0.0 : f32
  %v4 = arith.constant 0x00000001 : f32
  %v5 = arith.remf %v3, %v4 fastmath<arcp,afn> : f32
  %v6 = arith.cmpf olt, %arg1, %v4 fastmath<nnan,ninf> : f32
  %v7 = arith.truncf %arg1 downward : f32 to f8E4M3FN
  %v8 = arith.constant 0x3F800000 : f32
  %v9 = arith.select %v6, %arg1, %v8 : f32
  %v10 = arith.index_cast %v2 : index to i7
  %v11 = arith.constant false
  %v12 = arith.index_cast %v11 : i1 to index
  %v13 = arith.constant -64 : i7
  %v14 = arith.select %v6, %v13, %v10 : i7
  return %v7 : f8E4M3FN
}
func.func @f3(%arg0: i32, %arg1: i32) -> (i32, f8E4M3FN) {
  %v0 = arith.floordivsi %arg1, %arg0 : i32
  %v1 = arith.constant -0.0 : f8E4M3FN
  %v2 = arith.bitcast %v1 : f8E4M3FN to i8
  %v3 = arith.constant 0xFFC00000 : f32
  %v4 = arith.constant 0x3F800000 : f32
  %v5 = arith.cmpf ule, %v3, %v4 fastmath<ninf> : f32
  %v6 = arith.bitcast %v1 : f8E4M3FN to i8
  %v7 = arith.constant dense<[0.0, 100.0, 0x00000000]> : tensor<3xf32>
  %v8 = arith.constant dense<3.0> : tensor<3xf32>
  %v9 = arith.cmpf one, %v7, %v8 fastmath<reassoc,contract> : tensor<3xf32>
  %v10 = arith.muli %arg1, %arg1 : i32
  %v11 = arith.constant 0x00000001 : f32
  %v12 = arith.cmpf uno, %v4, %v11 : f32
  %v13 = arith.constant dense<[-5, 2, 1024, -5]> : vector<4xi16>
  %v14 = arith.constant dense<[9, 7954, -2, 32767]> : vector<4xi16>
  %v15:2 = arith.addui_extended %v13, %v14 : vector<4xi16>, vector<4xi1>
  %v16 = arith.maxui %v13, %v13 : vector<4xi16>
  %v17 = arith.muli %arg1, %arg1 : i32
  %v18 = arith.bitcast %v1 : f8E4M3FN to i8
  %v19 = arith.constant false
  %v20 = arith.select %v12, %v12, %v19 : i1
  %v21 = arith.constant 2147483647 : i32
  %v22:2 = arith.mulsi_extended %arg0, %v21 : i32
  %v23 = arith.ceildivui %v0, %arg1 : i32
  %v24 = arith.constant dense<[0xFF800000, 0x00000000, 0xBEED2868]> : tensor<3xf32>
  %v25 = arith.truncf %v24 : tensor<3xf32> to tensor<3xbf16>
  %v26 = arith.xori %v23, %v23 : i32
  %v27 = arith.extf %v25 : tensor<3xbf16> to tensor<3xf64>
  %v28 = arith.constant 2147483647 : i32
  %v29 = arith.cmpi ne, %v28, %v22#1 : i32
  %v30:2 = arith.mului_extended %v13, %v14 : vector<4xi16>
  %v31 = arith.constant 0x00800000 : f32
  %v32 = arith.select %v12, %v3, %v31 : f32
  %v33 = arith.constant 0x78 : f8E4M3FN
  %v34 = arith.select %v29, %v1, %v33 : f8E4M3FN
  %v35 = arith.minnumf %v34, %v1 : f8E4M3FN
  return %v22#0, %v35 : i32, f8E4M3FN
}
