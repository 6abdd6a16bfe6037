// Random func/arith module, seed 180.
func.func @f0(%arg0: vector<4xf64>, %arg1: i1, %arg2: i16, %arg3: bf16) -> (i64, i1, i32, i64) {
  %v0 = arith.constant false
  %v1 = arith.minui %arg1, %v0 : i1
  %v2 = arith.minui %arg1, %v0 : i1
  %v3 = arith.constant 0x178A : bf16
  %v4 = arith.cmpf ogt, %arg3, %v3 : bf16
  %v5 = arith.negf %arg3 : bf16
  %v6 = arith.constant dense<0x6AECCE01DFA2D2C8> : vector<4xf64>
  %v7 = arith.mulf %v6, %v6 fastmath<nnan,ninf> : vector<4xf64>
  %v8 = arith.divsi %arg1, %arg1 : i1
  %v9 = arith.constant dense<[2.0, 0xA7DCD46E3F84F35A, 0x0010000000000000, 100.0]> : vector<4xf64>
  %v10 = arith.negf %v9 : vector<4xf64>
  %v11 = arith.extsi %arg2 : i16 to i64
  %v12 = arith.extsi %arg2 : i16 to i64
  %v13 = arith.cmpi ne, %v11, %v12 : i64
  %v14 = arith.constant true
  %v15 = arith.constant -4899738087057607240 : i64
  %v16 = arith.constant 1 : i64
  %v17 = arith.select %v14, %v15, %v16 : i64
  %v18 = arith.xori %v11, %v15 : i64
  %v19 = arith.maxnumf %arg0, %v10 fastmath<nsz> : vector<4xf64>
  %v20 = arith.constant 2 : i16
  %v21 = arith.floordivsi %arg2, %v20 : i16
  %v22 = arith.constant 8 : i64
  %v23 = arith.trunci %v22 : i64 to i32
  %v24 = arith.xori %v11, %v15 : i64
  %v25 = arith.negf %arg3 : bf16
  %v26 = arith.constant -0.0 : bf16
  %v27 = arith.minnumf %v26, %v3 fastmath<arcp,afn> : bf16
  return %v24, %v13, %v23, %v18 : i64, i1, i32, i64
}
func.func @f1(%arg0: f32) -> (i64, f80) {
  %v0 = arith.constant dense<7> : vector<2x3xindex>
  %v1 = arith.index_cast %v0 : vector<2x3xindex> to vector<2x3xi8>
  %v2 = arith.constant dense<-9223372036854775808> : vector<2x3xindex>
  %v3 = arith.xori %v0, %v2 : vector<2x3xindex>
  %v4 = arith.remf %arg0, %arg0 fastmath<none> : f32
  %v5 = arith.constant dense<8> : vector<2x3xi8>
  %v6 = arith.constant dense<[[0, -128, 7], [9, -30, 0]]> : vector<2x3xi8>
  %v7:2 = arith.mulsi_extended %v5, %v6 : vector<2x3xi8>
  %v8 = arith.constant false
  %v9 = arith.constant 0x78 : f8E3M4
  %v10 = arith.select %v8, %v9, %v9 : f8E3M4
  %v11 = arith.constant dense<0x80000000> : vector<[4]xf32>
  %v12 = arith.constant dense<0xFFC00000> : vector<[4]xf32>
  %v13 = arith.mulf %v11, %v12 : vector<[4]xf32>
  %v14 = arith.constant dense<0x3FF0000000000000> : vector<4xf64>
  %v15 = arith.constant 1 : i16
  %v16 = arith.constant 0x8938 : bf16
  %v17:4 = func.call @f0(%v14, %v8, %v15, %v16) : (vector<4xf64>, i1, i16, bf16) -> (i64, i1, i32, i64)
  %v18 = arith.minui %v1, %v7#0 : vector<2x3xi8>
  %v19:4 = func.call @f0(%v14, %v8, %v15, %v16) : (vector<4xf64>, i1, i16, bf16) -> (i64, i1, i32, i64)
  %v20 = arith.constant dense<true> : vector<[4]xi1>
  %v21 = arith.constant dense<0x3F800000> : vector<[4]xf32>
  %v22 = arith.select %v20, %v13, %v21 : vector<[4]xi1>, vector<[4]xf32>
  %v23 = arith.constant -2 : i64
  %v24 = arith.ceildivui %v17#3, %v23 : i64
  %v25 = arith.extf %arg0 fastmath<ninf> : f32 to f80
  %v26 = arith.constant true
  %v27 = arith.constant 0x7FC0 : bf16
  %v28:4 = func.call @f0(%v14, %v26, %v15, %v27) : (vector<4xf64>, i1, i16, bf16) -> (i64, i1, i32, i64)
  %v29 = arith.remui %v17#1, %v26 : i1
  %v30 = arith.constant dense<-1> : vector<i32>
  %v31 = arith.extui %v30 : vector<i32> to vector<i64>
  %v32 = arith.trunci %v31 : vector<i64> to vector<i32>
  %v33 = arith.mulf %v25, %v25 fastmath<none> : f80
  %v34 = arith.cmpi ne, %v23, %v28#3 : i64
  %v35 = arith.select %v34, %v23, %v28#3 : i64
  %v36 = arith.select %v20, %v13, %v21 : vector<[4]xi1>, vector<[4]xf32>
  return %v28#0, %v25 : i64, f80
}
