// Random func/arith module, seed 127.
func.func @f0(%arg0: f6E3M2FN, %arg1: i32) -> (f6E3M2FN, i32) {
  %v0 = arith.constant 0x20 : f6E3M2FN
  %v1 = arith.divf %v0, %arg0 fastmath<nnan> : f6E3M2FN
  %v2 = arith.divf %v0, %arg0 fastmath<nnan> : f6E3M2FN
  %v3 = arith.divf %v0, %arg0 fastmath<nnan> : f6E3M2FN
  %v4 = arith.constant 8 : i16
  %v5 = arith.constant -32768 : i16
  %v6 = arith.divsi %v4, %v5 : i16
  %v7 = arith.cmpi ule, %arg1, %arg1 : i32
  %v8 = arith.select %v7, %arg1, %arg1 : i32
  %v9 = arith.constant true
  %v10 = arith.constant false
  %v11:2 = arith.mulsi_extended %v9, %v10 : i1
  %v12 = arith.divf %arg0, %v3 fastmath<nnan> : f6E3M2FN
  %v13 = arith.subf %arg0, %v2 : f6E3M2FN
  %v14 = arith.select %v7, %arg1, %arg1 : i32
  %v15 = arith.constant true
  %v16 = arith.xori %v7, %v15 : i1
  %v17 = arith.xori %v16, %v15 : i1
  %v18 = arith.constant 1301667081 : i32
  %v19 = arith.remsi %arg1, %v18 : i32
  %v20 = arith.xori %v19, %v18 : i32
  %v21 = arith.constant false
  %v22 = arith.divui %v16, %v21 : i1
  %v23 = arith.constant 1 : i16
  %v24 = arith.constant -1 : i16
  %v25 = arith.remui %v23, %v24 : i16
  %v26 = arith.divf %v0, %arg0 fastmath<nnan> : f6E3M2FN
  %v27 = arith.ori %v4, %v24 : i16
  %v28 = arith.constant false
  %v29 = arith.divui %v17, %v28 : i1
  %v30 = arith.constant true
  %v31 = arith.extsi %v30 : i1 to i32
  %v32 = arith.minimumf %v12, %v26 : f6E3M2FN
  %v33 = arith.maxsi %v20, %v20 : i32
  return %v26, %v33 : f6E3M2FN, i32
}
func.func @f1(%arg0: f64, %arg1: f32, %arg2: bf16, %arg3: i64) -> (i64, bf16) {
  %v0 = arith.maxsi %arg3, %arg3 : i64
  %v1 = arith.constant 0 : i64
  %v2 = arith.shrsi %v0, %v1 {tag = 1 : i64} : i64
  %v3 = arith.constant 18446744073709551614 : i64
  %v4 = arith.minui %v3, %v1 : i64
  %v5 = arith.constant dense<8> : vector<i64>
  %v6 = arith.remui %v5, %v5 : vector<i64>
  %v7 = arith.extf %arg1 fastmath<nnan> : f32 to f128
  %v8 = arith.constant 1.0 : f64
  %v9 = arith.mulf %arg0, %v8 : f64
  %v10 = arith.constant 14 : i64
  %v11 = arith.shrui %v10, %v3 : i64
  %v12 = arith.constant dense<0x7FF0000000000000> : vector<2xf64>
  %v13 = arith.constant dense<1.0e+10> : vector<2xf64>
  %v14 = arith.remf %v12, %v13 : vector<2xf64>
  %v15 = arith.constant false
  %v16 = arith.select %v15, %arg2, %arg2 : bf16
  %v17 = arith.index_cast %v3 : i64 to index
  %v18 = arith.remf %v12, %v13 : vector<2xf64>
  %v19 = arith.constant 1 : i64
  %v20 = arith.remui %v0, %v19 : i64
  %v21 = arith.constant 1 : index
  %v22 = arith.constant 0 : index
  %v23 = arith.maxui %v21, %v22 : index
  %v24 = arith.constant -0.0 : f128
  %v25 = arith.addf %v7, %v24 : f128
  %v26 = arith.constant -3 : index
  %v27 = arith.index_castui %v26 : index to i7
  %v28 = arith.select %v15, %arg2, %arg2 : bf16
  return %v20, %v16 : i64, bf16
}
func.func @f2(%arg0: tensor<3xf32>, %arg1: f16, %arg2: index, %arg3: vector<2xf64>) -> (i1, i1, i128) {
  %v0 = arith.constant 0xBC00 : f16
  %v1 = arith.cmpf ule, %arg1, %v0 : f16
  %v2 = arith.divui %arg2, %arg2 : index
  %v3 = arith.cmpf ugt, %arg3, %arg3 fastmath<none> : vector<2xf64>
  %v4 = arith.constant -1 : i8
  %v5 = arith.xori %v4, %v4 : i8
  %v6 = arith.xori %v5, %v4 : i8
  %v7 = arith.constant 0xF8 : f8E4M3
  %v8 = arith.extf %v7 : f8E4M3 to bf16
  %v9 = arith.xori %v5, %v4 : i8
  %v10 = arith.index_cast %v2 : index to i128
  %v11 = arith.mulf %v7, %v7 fastmath<nnan> : f8E4M3
  %v12 = arith.constant 0xFC : f8E4M3
  %v13 = arith.cmpf one, %v7, %v12 : f8E4M3
  %v14 = arith.constant dense<[-2.5, 0x56FBC3FF, 7.0]> : tensor<3xf32>
  %v15 = arith.bitcast %v14 : tensor<3xf32> to tensor<3xi32>
  %v16 = arith.constant dense<[4, -2147483648, 7]> : tensor<3xi32>
  %v17 = arith.constant dense<0> : tensor<3xi32>
  %v18 = arith.maxui %v16, %v17 {tag = 0 : i64} : tensor<3xi32>
  %v19 = arith.constant 0.5 : f16
  %v20 = arith.cmpf oge, %v19, %v0 : f16
  %v21 = arith.constant true
  %v22 = arith.floordivsi %v21, %v1 : i1
  %v23 = arith.constant false
  %v24 = arith.subi %v23, %v21 overflow<nuw> : i1
  %v25 = arith.constant dense<11> : vector<4xi16>
  %v26 = arith.divui %v25, %v25 : vector<4xi16>
  %v27 = arith.constant 129 : i128
  %v28 = arith.addi %v10, %v27 overflow<nsw> : i128
  return %v22, %v22, %v28 : i1, i1, i128
}
func.func @f3(%arg0: i32) -> i64 {
  %v0 = arith.constant 9 : i32
  %v1 = arith.ceildivui %v0, %arg0 : i32
  %v2 = arith.ceildivui %v0, %arg0 : i32
  %v3 = arith.cmpi ult, %v0, %v2 : i32
  %v4 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v5 = arith.maxnumf %v4, %v4 fastmath<ninf> : f64
  %v6 = arith.constant 0x479A54CA06D54BFF : f64
  %v7 = arith.addf %v6, %v4 : f64
  %v8 = arith.constant 0x00800000 : f32
  %v9 = arith.constant 0xFF80 : bf16
  %v10 = arith.constant 1 : i64
  %v11:2 = func.call @f1(%v7, %v8, %v9, %v10) : (f64, f32, bf16, i64) -> (i64, bf16)
  %v12 = arith.negf %v11#1 fastmath<fast> : bf16
  return %v11#0 : i64
}
