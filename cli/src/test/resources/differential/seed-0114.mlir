// Random func/arith module, seed 114.
func.func @f0(%arg0: vector<4xi1>, %arg1: bf16, %arg2: i128, %arg3: tensor<3xf32>) -> (i33, i1) {
  %v0 = arith.constant 160788717479931003196355008683503211230 : i128
  %v1 = arith.addi %arg2, %v0 : i128
  %v2 = arith.constant dense<[true, true, false, true]> : vector<4xi1>
  %v3 = arith.muli %arg0, %v2 : vector<4xi1>
  %v4 = arith.uitofp %v1 : i128 to f8E4M3FN
  %v5 = arith.constant dense<[true, true, false, false]> : vector<4xi1>
  %v6:2 = arith.mului_extended %v5, %arg0 : vector<4xi1>
  %v7 = arith.muli %v2, %arg0 : vector<4xi1>
  %v8 = arith.cmpi sgt, %v0, %arg2 : i128
  %v9 = arith.addi %arg2, %v0 : i128
  %v10 = arith.constant -3 : i64
  %v11 = arith.shli %v10, %v10 : i64
  %v12 = arith.constant dense<1> : vector<i16>
  %v13 = arith.index_cast %v12 : vector<i16> to vector<index>
  %v14 = arith.constant 0xAC : f8E4M3FN
  %v15 = arith.minimumf %v14, %v4 {tag = 0 : i64} : f8E4M3FN
  %v16 = arith.constant 1 : i33
  %v17 = arith.constant 1 : i33
  %v18 = arith.select %v8, %v16, %v17 : i33
  return %v16, %v8 : i33, i1
}
func.func @f1(%arg0: i8, %arg1: f128, %arg2: f8E4M3FNUZ) -> (i33, i33, i33) {
  %v0 = arith.constant false
  %v1 = arith.constant 0xB8 : f8E4M3B11FNUZ
  %v2 = arith.select %v0, %v1, %v1 : f8E4M3B11FNUZ
  %v3 = arith.divf %arg1, %arg1 fastmath<ninf> : f128
  %v4 = arith.constant 9 : i33
  %v5 = arith.constant 32 : i33
  %v6 = arith.divui %v4, %v5 : i33
  %v7 = arith.minimumf %v3, %arg1 : f128
  %v8 = arith.constant 1 : i8
  %v9 = arith.index_castui %v8 : i8 to index
  %v10 = arith.constant dense<true> : vector<4xi1>
  %v11 = arith.constant 0x007F : bf16
  %v12 = arith.constant -6 : i128
  %v13 = arith.constant dense<0x00000000> : tensor<3xf32>
  %v14:2 = func.call @f0(%v10, %v11, %v12, %v13) : (vector<4xi1>, bf16, i128, tensor<3xf32>) -> (i33, i1)
  %v15 = arith.constant 0xFFFF8000000000000000000000000000 : f128
  %v16 = arith.mulf %v3, %v15 : f128
  return %v14#0, %v14#0, %v5 : i33, i33, i33
}
