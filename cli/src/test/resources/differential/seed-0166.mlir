// Random func/arith module, seed 166.
func.func @f0(%arg0: index, %arg1: vector<2xf64>, %arg2: vector<i64>) -> (vector<i1>, vector<i64>) {
  %v0 = arith.constant dense<-6> : vector<i64>
  %v1 = arith.shrsi %arg2, %v0 : vector<i64>
  %v2 = arith.cmpi ult, %v0, %arg2 : vector<i64>
  %v3 = arith.truncf %arg1 upward fastmath<nsz> : vector<2xf64> to vector<2xf16>
  %v4 = arith.constant 100.0 : f8E4M3
  %v5 = arith.constant 2.0 : f8E4M3
  %v6 = arith.cmpf olt, %v4, %v5 fastmath<nnan> : f8E4M3
  %v7:2 = arith.mulsi_extended %arg2, %v1 : vector<i64>
  %v8 = arith.extui %v2 : vector<i1> to vector<i16>
  %v9 = arith.trunci %v8 : vector<i16> to vector<i1>
  %v10 = arith.constant 3 : i33
  %v11 = arith.constant 4294967295 : i33
  %v12:2 = arith.mulsi_extended %v10, %v11 : i33
  %v13 = arith.mulf %v3, %v3 fastmath<arcp,afn> : vector<2xf16>
  %v14 = arith.constant dense<-32768> : vector<i16>
  %v15:2 = arith.addui_extended %v14, %v8 : vector<i16>, vector<i1>
  %v16 = arith.constant dense<[2.0, -3.0e-05]> : vector<2xf16>
  %v17 = arith.maxnumf %v3, %v16 : vector<2xf16>
  %v18 = arith.subi %v7#0, %v7#1 : vector<i64>
  %v19 = arith.constant dense<0xBFF0000000000000> : vector<2xf64>
  %v20 = arith.mulf %v19, %arg1 fastmath<ninf> : vector<2xf64>
  %v21 = arith.constant dense<-6> : vector<i8>
  %v22 = arith.extsi %v21 : vector<i8> to vector<i64>
  %v23 = arith.constant dense<-1> : vector<i64>
  %v24 = arith.cmpi sle, %v22, %v23 : vector<i64>
  %v25 = arith.cmpf olt, %v4, %v5 fastmath<nnan> : f8E4M3
  return %v15#1, %v18 : vector<i1>, vector<i64>
}
func.func @f1(%arg0: bf16, %arg1: i64, %arg2: f32) -> (f16, i1, bf16) {
  %v0 = arith.addf %arg2, %arg2 : f32
  %v1 = arith.constant 8 : i64
  %v2 = arith.shrsi %arg1, %v1 : i64
  %v3 = arith.cmpi sle, %v2, %v2 : i64
  %v4 = arith.constant 0x0080 : bf16
  %v5 = arith.constant 0x8000 : bf16
  %v6 = arith.subf %v4, %v5 : bf16
  %v7 = arith.subf %arg2, %v0 fastmath<arcp,afn> : f32
  %v8 = arith.cmpi ne, %arg1, %v2 : i64
  %v9 = arith.truncf %v7 to_nearest_away fastmath<fast> : f32 to bf16
  %v10 = arith.cmpi ne, %arg1, %v2 : i64
  %v11 = arith.sitofp %v3 : i1 to f16
  return %v11, %v10, %v9 : f16, i1, bf16
}
func.func @f2(%arg0: i33, %arg1: f64, %arg2: vector<4xf32>, %arg3: i32) -> i32 {
  %v0 = arith.constant dense<0x00000001> : vector<4xf32>
  %v1 = arith.cmpf one, %arg2, %v0 fastmath<nnan,ninf> : vector<4xf32>
  %v2 = arith.constant 1 : i33
  %v3 = arith.shrui %v2, %arg0 exact : i33
  %v4 = arith.ceildivui %v3, %v2 : i33
  %v5:2 = arith.mului_extended %arg3, %arg3 : i32
  %v6 = arith.index_castui %v1 : vector<4xi1> to vector<4xindex>
  %v7 = arith.index_cast %v2 : i33 to index
  %v8 = arith.constant false
  %v9 = arith.constant 0xFC : f8E4M3FN
  %v10 = arith.select %v8, %v9, %v9 : f8E4M3FN
  %v11 = arith.constant dense<4.0> : vector<4xf32>
  %v12 = arith.cmpf false, %arg2, %v11 : vector<4xf32>
  %v13 = arith.cmpf one, %arg1, %arg1 : f64
  %v14 = arith.maxsi %v5#0, %arg3 : i32
  %v15:2 = arith.mului_extended %arg3, %arg3 : i32
  %v16 = arith.constant -9223372036854775808 : index
  %v17 = arith.constant -9223372036854775808 : index
  %v18 = arith.shrsi %v16, %v17 exact : index
  %v19 = arith.constant dense<[0x00000000, 0x00800000, 1.0, 0xFF800000]> : vector<4xf32>
  %v20 = arith.addf %v19, %v11 : vector<4xf32>
  %v21 = arith.constant dense<0xFFC00000> : vector<4xf32>
  %v22 = arith.constant dense<0xFF800000> : vector<4xf32>
  %v23 = arith.minnumf %v21, %v22 fastmath<nsz> : vector<4xf32>
  %v24 = arith.constant dense<0> : tensor<3xi64>
  %v25 = arith.constant dense<[-9223372036854775808, 1, 128]> : tensor<3xi64>
  %v26 = arith.cmpi ule, %v24, %v25 : tensor<3xi64>
  %v27 = arith.constant dense<true> : tensor<3xi1>
  %v28:2 = arith.mului_extended %v26, %v27 : tensor<3xi1>
  %v29 = arith.index_cast %v2 : i33 to index
  %v30 = arith.constant dense<[0x000FFFFFFFFFFFFF, 0xA50E973FAD69B144]> : vector<2xf64>
  %v31 = arith.constant dense<6> : vector<i64>
  %v32:2 = func.call @f0(%v29, %v30, %v31) : (index, vector<2xf64>, vector<i64>) -> (vector<i1>, vector<i64>)
  %v33 = arith.constant dense<536870912> : vector<4xindex>
  %v34 = arith.minsi %v33, %v33 : vector<4xindex>
  return %v15#0 : i32
}
func.func @f3(%arg0: vector<4xf16>, %arg1: f32) -> (f16, i1, bf16, i1) {
  %v0 = arith.constant 0 : i64
  %v1 = arith.constant 4 : i64
  %v2 = arith.maxsi %v0, %v1 : i64
  %v3 = arith.constant dense<[[0x7BFF, 0xBC00, 0xBC00], [0x0400, 4.0, 0xBC00]]> : vector<2x3xf16>
  %v4 = arith.remf %v3, %v3 : vector<2x3xf16>
  %v5 = arith.maxsi %v0, %v1 : i64
  %v6 = arith.shli %v2, %v0 overflow<nsw> : i64
  %v7 = arith.extf %arg0 : vector<4xf16> to vector<4xf64>
  %v8 = arith.constant 10 : i64
  %v9 = arith.subi %v0, %v8 : i64
  %v10 = arith.constant 11 : i64
  %v11 = arith.subi %v9, %v10 : i64
  %v12 = arith.constant true
  %v13 = arith.constant false
  %v14 = arith.remui %v12, %v13 : i1
  %v15 = arith.constant dense<-2.5> : vector<4xf16>
  %v16 = arith.mulf %arg0, %v15 fastmath<nnan> : vector<4xf16>
  %v17 = arith.constant dense<[4.0, -0.75, 3.0, 0x0400]> : vector<4xf16>
  %v18 = arith.negf %v17 fastmath<fast> : vector<4xf16>
  %v19 = arith.maxsi %v0, %v1 : i64
  %v20 = arith.constant 100.0 : bf16
  %v21:3 = func.call @f1(%v20, %v1, %arg1) : (bf16, i64, f32) -> (f16, i1, bf16)
  %v22 = arith.constant 0x0080 : bf16
  %v23:3 = func.call @f1(%v22, %v9, %arg1) : (bf16, i64, f32) -> (f16, i1, bf16)
  %v24 = arith.constant false
  %v25 = arith.andi %v23#1, %v24 : i1
  %v26 = arith.constant true
  %v27 = arith.andi %v26, %v25 : i1
  %v28 = arith.constant false
  %v29 = arith.divui %v24, %v28 : i1
  %v30 = arith.constant false
  %v31 = arith.extsi %v30 : i1 to i7
  %v32 = arith.constant true
  %v33 = arith.cmpi sgt, %v14, %v32 : i1
  %v34 = arith.constant 120 : i7
  %v35 = arith.constant 9 : i7
  %v36 = arith.ori %v34, %v35 : i7
  %v37 = arith.remf %v3, %v3 : vector<2x3xf16>
  %v38 = arith.fptoui %v23#0 : f16 to i16
  %v39 = arith.constant true
  %v40 = arith.select %v39, %v0, %v2 : i64
  return %v23#0, %v32, %v23#2, %v33 : f16, i1, bf16, i1
}
