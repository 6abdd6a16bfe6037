// Random func/arith module, seed 20.
func.func @f0(%arg0: index, %arg1: tensor<2x2xf16>, %arg2: f8E3M4) -> i32 {
  %v0 = arith.constant -1151275570 : i32
  %v1:2 = arith.mulsi_extended %v0, %v0 : i32
  %v2 = arith.divf %arg1, %arg1 fastmath<reassoc,contract> : tensor<2x2xf16>
  %v3 = arith.constant 11 : index
  %v4 = arith.cmpi eq, %arg0, %v3 {tag = 1 : i64} : index
  %v5 = arith.select %v4, %v3, %arg0 : index
  %v6 = arith.constant 536870912 : index
  %v7 = arith.divui %arg0, %v6 exact : index
  %v8 = arith.divf %arg1, %arg1 fastmath<reassoc,contract> : tensor<2x2xf16>
  %v9 = arith.constant -2147483648 : i32
  %v10 = arith.shrui %v0, %v9 : i32
  %v11 = arith.constant false
  %v12 = arith.extsi %v11 : i1 to i8
  %v13 = arith.cmpi ule, %v7, %arg0 : index
  %v14 = arith.constant -9223372036854775808 : index
  %v15 = arith.cmpi eq, %v7, %v14 : index
  %v16 = arith.constant 0xFC : f8E4M3
  %v17 = arith.truncf %v16 fastmath<fast> : f8E4M3 to f6E2M3FN
  %v18 = arith.constant 1 : i8
  %v19 = arith.constant 1 : i8
  %v20:2 = arith.mulsi_extended %v18, %v19 : i8
  return %v10 : i32
}
func.func @f1(%arg0: vector<4xbf16>) -> i32 {
  %v0 = arith.constant 9 : i8
  %v1 = arith.constant 0 : i8
  %v2 = arith.addi %v0, %v1 : i8
  %v3 = arith.negf %arg0 fastmath<ninf> : vector<4xbf16>
  %v4 = arith.constant 101 : i8
  %v5 = arith.constant -128 : i8
  %v6 = arith.minui %v4, %v5 : i8
  %v7 = arith.addi %v0, %v1 : i8
  %v8 = arith.maxui %v2, %v1 : i8
  %v9 = arith.constant 16 : index
  %v10 = arith.constant -4 : index
  %v11 = arith.addi %v9, %v10 overflow<nsw> : index
  %v12 = arith.constant -1 : i64
  %v13 = arith.cmpi ne, %v12, %v12 : i64
  %v14 = arith.constant 9 : i32
  %v15 = arith.constant 2147483647 : i32
  %v16 = arith.cmpi sgt, %v14, %v15 : i32
  %v17 = arith.addi %v10, %v9 overflow<nsw> : index
  %v18 = arith.constant -3 : i32
  %v19 = arith.extsi %v18 : i32 to i33
  %v20 = arith.maxui %v1, %v2 : i8
  %v21 = arith.constant 1 : index
  %v22 = arith.minsi %v11, %v21 : index
  %v23 = arith.minsi %v5, %v1 : i8
  %v24 = arith.constant -4294967296 : i33
  %v25 = arith.shrsi %v24, %v24 exact : i33
  %v26 = arith.extsi %v18 : i32 to i33
  %v27 = arith.constant dense<100.0> : vector<4xf64>
  %v28 = arith.subf %v27, %v27 : vector<4xf64>
  %v29 = arith.constant dense<[0xFF80, 0.1, 0x7F80, 0.0]> : vector<4xbf16>
  %v30 = arith.cmpf ult, %v3, %v29 : vector<4xbf16>
  %v31 = arith.constant 16384 : index
  %v32 = arith.constant dense<1.0> : tensor<2x2xf16>
  %v33 = arith.constant 0.0 : f8E3M4
  %v34 = func.call @f0(%v31, %v32, %v33) : (index, tensor<2x2xf16>, f8E3M4) -> i32
  %v35 = arith.constant 11 : index
  %v36 = func.call @f0(%v35, %v32, %v33) : (index, tensor<2x2xf16>, f8E3M4) -> i32
  %v37 = arith.constant dense<[-0.75, 0.5, 2.0, 0x0000000000000001]> : vector<4xf64>
  %v38 = arith.fptoui %v37 : vector<4xf64> to vector<4xi8>
  %v39 = arith.cmpf oeq, %v3, %v29 fastmath<arcp,afn> : vector<4xbf16>
  return %v36 : i32
}
func.func @f2(%arg0: i32, %arg1: bf16, %arg2: f16) -> (i32, i32, bf16, bf16) {
  %v0 = arith.constant -2 : i32
  %v1 = arith.remsi %arg0, %v0 : i32
  %v2 = arith.remsi %arg0, %v0 : i32
  %v3 = arith.remsi %arg0, %v0 : i32
  %v4 = arith.constant 0x3F80 : bf16
  %v5 = arith.addf %arg1, %v4 fastmath<arcp,afn> : bf16
  %v6 = arith.addf %arg1, %v4 fastmath<arcp,afn> : bf16
  %v7 = arith.constant 0x8000 : bf16
  %v8 = arith.negf %v7 fastmath<arcp,afn> : bf16
  %v9 = arith.extsi %v1 : i32 to i128
  %v10 = arith.constant 3 : i32
  %v11 = arith.divsi %v10, %v3 : i32
  return %v11, %v11, %v6, %v6 : i32, i32, bf16, bf16
}
func.func @f3(%arg0: i32) -> (i32, i32) {
  %v0 = arith.constant 0x03 : f8E5M2
  %v1 = arith.negf %v0 {tag = 1 : i64} : f8E5M2
  %v2 = arith.negf %v1 fastmath<reassoc,contract> : f8E5M2
  %v3 = arith.constant 0x80 : f8E5M2
  %v4 = arith.maxnumf %v2, %v3 : f8E5M2
  %v5 = arith.constant 1 : i32
  %v6 = arith.constant 1 : i32
  %v7 = arith.divsi %v5, %v6 exact : i32
  %v8 = arith.constant 128 : i32
  %v9 = arith.muli %v6, %v8 : i32
  %v10 = arith.mulf %v2, %v0 : f8E5M2
  %v11 = arith.ceildivui %v7, %arg0 : i32
  %v12 = arith.constant 0x01 : f8E4M3
  %v13 = arith.constant 0x01 : f8E4M3
  %v14 = arith.subf %v12, %v13 : f8E4M3
  return %v11, %v9 : i32, i32
}
