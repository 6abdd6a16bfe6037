// Random func/arith module, seed 122.
func.func @f0(%arg0: f8E3M4, %arg1: f8E3M4, %arg2: index, %arg3: tensor<2x2xf16>) -> i1 {
  %v0 = arith.constant 1 : index
  %v1 = arith.constant 9223372036854775807 : index
  %v2 = arith.ceildivsi %v0, %v1 : index
  %v3 = arith.constant -0.75 : f8E3M4
  %v4 = arith.fptosi %v3 : f8E3M4 to i8
  %v5 = arith.fptosi %v3 : f8E3M4 to i8
  %v6 = arith.constant 32767 : i16
  %v7 = arith.constant 8 : i16
  %v8 = arith.maxui %v6, %v7 : i16
  %v9 = arith.constant 0 : i8
  %v10 = arith.cmpi eq, %v9, %v4 : i8
  %v11 = arith.subf %arg3, %arg3 fastmath<nnan> : tensor<2x2xf16>
  %v12 = arith.xori %arg2, %arg2 : index
  %v13 = arith.index_cast %arg2 : index to i1
  %v14 = arith.fptosi %v3 : f8E3M4 to i8
  %v15 = arith.ceildivsi %v0, %v1 : index
  %v16 = arith.constant 12 : i64
  %v17 = arith.constant -9223372036854775808 : i64
  %v18:2 = arith.addui_extended %v16, %v17 : i64, i1
  return %v13 : i1
}
func.func @f1(%arg0: i32, %arg1: bf16, %arg2: f32, %arg3: vector<4xi32>) -> (bf16, vector<4xi1>) {
  %v0 = arith.muli %arg3, %arg3 : vector<4xi32>
  %v1 = arith.bitcast %arg2 : f32 to i32
  %v2 = arith.index_cast %arg3 : vector<4xi32> to vector<4xindex>
  %v3 = arith.constant dense<[0, 2147483647, 2097152, 0]> : vector<4xi32>
  %v4 = arith.floordivsi %v0, %v3 : vector<4xi32>
  %v5 = arith.constant dense<1> : vector<4xi32>
  %v6 = arith.cmpi ult, %v4, %v5 : vector<4xi32>
  %v7 = arith.constant 8 : i32
  %v8 = arith.constant 8 : i32
  %v9 = arith.subi %v7, %v8 : i32
  %v10 = arith.cmpi ult, %v4, %v5 : vector<4xi32>
  %v11 = arith.bitcast %arg2 : f32 to i32
  %v12 = arith.constant 4.0 : bf16
  %v13 = arith.maxnumf %v12, %arg1 : bf16
  return %v13, %v6 : bf16, vector<4xi1>
}
func.func @f2(%arg0: vector<4xf64>, %arg1: vector<2x3xf16>) -> vector<4xf64> {
  %v0 = arith.constant 14 : i16
  %v1 = arith.constant -32768 : i16
  %v2 = arith.andi %v0, %v1 : i16
  %v3 = arith.constant -8 : i16
  %v4 = arith.shrui %v3, %v0 : i16
  %v5 = arith.constant 3 : i128
  %v6 = arith.sitofp %v5 : i128 to f8E4M3
  %v7 = arith.constant dense<[[0x03FF, 2.0, 7.0], [7.0, 0.0, 0x03FF]]> : vector<2x3xf16>
  %v8 = arith.constant dense<0x8000> : vector<2x3xf16>
  %v9 = arith.maxnumf %v7, %v8 fastmath<nsz> : vector<2x3xf16>
  %v10 = arith.constant -6 : i16
  %v11 = arith.cmpi uge, %v0, %v10 : i16
  %v12 = arith.maxsi %v2, %v4 : i16
  %v13 = arith.cmpf ole, %arg0, %arg0 fastmath<nsz> : vector<4xf64>
  %v14 = arith.constant dense<100.0> : vector<4xf64>
  %v15 = arith.minnumf %v14, %arg0 fastmath<nnan,ninf> : vector<4xf64>
  %v16 = arith.extf %v6 : f8E4M3 to f64
  %v17 = arith.constant dense<false> : vector<4xi1>
  %v18 = arith.shli %v13, %v17 : vector<4xi1>
  %v19 = arith.constant dense<true> : vector<4xi1>
  %v20 = arith.minui %v19, %v18 : vector<4xi1>
  %v21 = arith.constant -2.5 : f8E3M4
  %v22 = arith.constant 0xF0 : f8E3M4
  %v23 = arith.constant 7 : index
  %v24 = arith.constant dense<[[0.0, 0x3C00], [-2.5, 0.0]]> : tensor<2x2xf16>
  %v25 = func.call @f0(%v21, %v22, %v23, %v24) : (f8E3M4, f8E3M4, index, tensor<2x2xf16>) -> i1
  %v26 = arith.constant dense<7.0> : vector<4xf64>
  %v27 = arith.select %v25, %v15, %v26 : vector<4xf64>
  %v28 = arith.maximumf %v27, %v15 : vector<4xf64>
  %v29 = arith.constant 2147483647 : i32
  %v30 = arith.constant 0x8000 : bf16
  %v31 = arith.constant 0x7F800000 : f32
  %v32 = arith.constant dense<15> : vector<4xi32>
  %v33:2 = func.call @f1(%v29, %v30, %v31, %v32) : (i32, bf16, f32, vector<4xi32>) -> (bf16, vector<4xi1>)
  %v34 = arith.constant true
  %v35 = arith.xori %v25, %v34 : i1
  %v36 = arith.maxsi %v2, %v4 : i16
  %v37 = arith.mulf %v33#0, %v33#0 fastmath<ninf> : bf16
  %v38 = arith.constant true
  %v39 = arith.xori %v38, %v11 : i1
  %v40 = arith.constant 12 : i128
  %v41 = arith.divui %v5, %v40 : i128
  %v42 = arith.cmpi ule, %v40, %v40 : i128
  %v43 = arith.constant dense<0x7FF0000000000000> : vector<4xf64>
  %v44 = arith.mulf %v43, %arg0 : vector<4xf64>
  return %v44 : vector<4xf64>
}
func.func @f3(%arg0: vector<2x3xf64>, %arg1: f8E5M2FNUZ, %arg2: f8E4M3FNUZ) -> (vector<4xi1>, i1) {
  %v0 = arith.constant true
  %v1 = arith.constant false
  %v2 = arith.minui %v0, %v1 : i1
  %v3:2 = arith.mului_extended %v1, %v2 : i1
  %v4 = arith.constant 0.0 : f8E4M3FNUZ
  %v5 = arith.cmpf false, %arg2, %v4 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v6 = arith.constant dense<[[0x80000000, 0x00000000, 0x3F800000], [0.5, 0xE49A11A9, 0x00800000]]> : vector<2x3xf32>
  %v7 = arith.maxnumf %v6, %v6 fastmath<nsz> : vector<2x3xf32>
  %v8 = arith.cmpf olt, %arg2, %v4 : f8E4M3FNUZ
  %v9 = arith.constant 0xD3 : f8E5M2FNUZ
  %v10 = arith.constant 0.5 : f8E5M2FNUZ
  %v11 = arith.subf %v9, %v10 : f8E5M2FNUZ
  %v12 = arith.maxui %v3#1, %v5 : i1
  %v13 = arith.constant false
  %v14 = arith.constant false
  %v15 = arith.maxsi %v13, %v14 : i1
  %v16 = arith.constant true
  %v17 = arith.subi %v3#0, %v16 : i1
  %v18 = arith.select %v14, %arg2, %v4 : f8E4M3FNUZ
  %v19 = arith.constant dense<7.0> : vector<2x3xf64>
  %v20 = arith.mulf %v19, %arg0 fastmath<nsz> : vector<2x3xf64>
  %v21 = arith.constant true
  %v22 = arith.constant false
  %v23 = arith.divsi %v21, %v22 : i1
  %v24 = arith.subi %v0, %v8 : i1
  %v25 = arith.constant 1 : i32
  %v26 = arith.constant 0x0000 : bf16
  %v27 = arith.constant 0.5 : f32
  %v28 = arith.constant dense<9> : vector<4xi32>
  %v29:2 = func.call @f1(%v25, %v26, %v27, %v28) : (i32, bf16, f32, vector<4xi32>) -> (bf16, vector<4xi1>)
  %v30 = arith.constant 0x0400 : f16
  %v31 = arith.cmpf olt, %v30, %v30 : f16
  %v32 = arith.cmpf ole, %arg1, %v11 fastmath<none> : f8E5M2FNUZ
  %v33 = arith.maxui %v3#1, %v5 : i1
  %v34 = arith.constant 7.0 : f64
  %v35 = arith.constant 0x3FF0000000000000 : f64
  %v36 = arith.select %v14, %v34, %v35 : f64
  %v37 = arith.extsi %v32 : i1 to i8
  %v38 = arith.subi %v3#0, %v16 : i1
  %v39 = arith.constant 0x007FFFFF : f32
  %v40 = arith.cmpf ord, %v39, %v27 : f32
  return %v29#1, %v33 : vector<4xi1>, i1
}
