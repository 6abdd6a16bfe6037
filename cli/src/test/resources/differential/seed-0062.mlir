// Random func/arith module, seed 62.
func.func @f0(%arg0: f8E4M3FN, %arg1: i64, %arg2: i128, %arg3: f16) -> index {
  %v0 = arith.constant -1 : i128
  %v1 = arith.shrsi %arg2, %v0 : i128
  %v2:2 = arith.mulsi_extended %arg1, %arg1 : i64
  %v3 = arith.trunci %v1 : i128 to i8
  %v4 = arith.constant 9 : i8
  %v5 = arith.minui %v3, %v4 : i8
  %v6 = arith.trunci %v1 : i128 to i8
  %v7 = arith.index_cast %v1 : i128 to index
  return %v7 : index
}
func.func @f1(%arg0: vector<2x3xi8>) -> (f16, vector<2x3xi8>) {
  %v0 = arith.constant true
  %v1 = arith.constant 100.0 : f32
  %v2 = arith.select %v0, %v1, %v1 : f32
  %v3 = arith.constant dense<[[8, 0, 15], [8, 127, 127]]> : vector<2x3xi8>
  %v4 = arith.cmpi sge, %v3, %arg0 : vector<2x3xi8>
  %v5 = arith.trunci %v3 : vector<2x3xi8> to vector<2x3xi1>
  %v6 = arith.constant dense<true> : vector<2x3xi1>
  %v7 = arith.addi %v6, %v4 overflow<nuw> : vector<2x3xi1>
  %v8 = arith.constant dense<7> : vector<2x3xi8>
  %v9 = arith.floordivsi %arg0, %v8 : vector<2x3xi8>
  %v10 = arith.constant 0x80000000 : f32
  %v11 = arith.constant 0x00800000 : f32
  %v12 = arith.mulf %v10, %v11 fastmath<ninf> : f32
  %v13 = arith.constant 1.0 : f16
  %v14 = arith.constant -0.75 : f16
  %v15 = arith.maxnumf %v13, %v14 : f16
  return %v15, %v9 : f16, vector<2x3xi8>
}
func.func @f2(%arg0: i16, %arg1: i32, %arg2: i64) {
  %v0 = arith.constant dense<[0.0, 0x7BFF, 1.0, -0.75]> : vector<4xf16>
  %v1 = arith.constant dense<0x7C00> : vector<4xf16>
  %v2 = arith.cmpf une, %v0, %v1 fastmath<arcp,afn> : vector<4xf16>
  %v3 = arith.cmpf une, %v0, %v1 fastmath<arcp,afn> : vector<4xf16>
  %v4 = arith.cmpf une, %v0, %v1 fastmath<arcp,afn> : vector<4xf16>
  %v5 = arith.cmpf une, %v0, %v1 fastmath<arcp,afn> : vector<4xf16>
  %v6 = arith.constant 15 : i16
  %v7 = arith.ori %arg0, %v6 : i16
  %v8 = arith.constant false
  %v9 = arith.select %v8, %v0, %v0 : vector<4xf16>
  %v10 = arith.cmpf une, %v0, %v1 fastmath<arcp,afn> : vector<4xf16>
  %v11 = arith.cmpf une, %v0, %v1 fastmath<arcp,afn> : vector<4xf16>
  %v12 = arith.constant 3.0 : f32
  %v13 = arith.constant -2.5 : f32
  %v14 = arith.minimumf %v12, %v13 : f32
  %v15 = arith.constant 100.0 : f32
  %v16 = arith.minimumf %v15, %v12 : f32
  %v17 = arith.cmpf une, %v0, %v1 fastmath<arcp,afn> : vector<4xf16>
  %v18 = arith.andi %arg1, %arg1 : i32
  %v19 = arith.constant dense<[-0.75, -2.5, 0x8000, 0x8000]> : vector<4xf16>
  %v20 = arith.mulf %v1, %v19 : vector<4xf16>
  %v21 = arith.constant 2147483647 : i32
  %v22 = arith.divsi %arg1, %v21 : i32
  return
}
func.func @f3(%arg0: f8E4M3) -> (f8E4M3, f8E4M3, f8E4M3) {
  %v0 = arith.constant true
  %v1 = arith.constant 0x94 : f8E5M2FNUZ
  %v2 = arith.constant 2.0 : f8E5M2FNUZ
  %v3 = arith.select %v0, %v1, %v2 : f8E5M2FNUZ
  %v4 = arith.constant 0x38 : f8E4M3
  %v5 = arith.remf %arg0, %v4 : f8E4M3
  %v6 = arith.constant 0x0010000000000000 : f64
  %v7 = arith.constant 0xB791B914297D9E33 : f64
  %v8 = arith.cmpf ord, %v6, %v7 : f64
  %v9 = arith.constant false
  %v10 = arith.constant true
  %v11 = arith.cmpi uge, %v9, %v10 : i1
  %v12 = arith.maximumf %arg0, %v4 : f8E4M3
  %v13 = arith.remf %v4, %arg0 : f8E4M3
  %v14 = arith.select %v0, %v1, %v2 : f8E5M2FNUZ
  %v15 = arith.constant true
  %v16 = arith.constant true
  %v17 = arith.maxui %v15, %v16 : i1
  %v18 = arith.maxui %v15, %v16 : i1
  return %v13, %v13, %v13 : f8E4M3, f8E4M3, f8E4M3
}
