// Random func/arith module, seed 153.
func.func @f0(%arg0: i32, %arg1: i64, %arg2: bf16) -> bf16 {
  %v0 = arith.constant 0.5 : bf16
  %v1 = arith.divf %arg2, %v0 fastmath<ninf> : bf16
  %v2 = arith.constant -1 : i32
  %v3 = arith.muli %arg0, %v2 : i32
  %v4 = arith.bitcast %v1 : bf16 to i16
  %v5 = arith.constant true
  %v6 = arith.constant 3.0 : bf16
  %v7 = arith.select %v5, %arg2, %v6 : bf16
  %v8 = arith.cmpi uge, %v4, %v4 : i16
  %v9 = arith.constant 9 : i8
  %v10 = arith.remui %v9, %v9 : i8
  %v11 = arith.constant true
  %v12 = arith.xori %v8, %v11 : i1
  %v13 = arith.xori %v12, %v11 : i1
  %v14 = arith.constant -1 : i64
  %v15 = arith.cmpf oge, %v1, %v6 : bf16
  %v16 = arith.divf %arg2, %v0 fastmath<ninf> : bf16
  %v17 = arith.constant dense<2147483647> : vector<2x3xi32>
  %v18 = arith.extsi %v17 : vector<2x3xi32> to vector<2x3xi64>
  %v19 = arith.constant dense<[[16, 64, -5], [6, 2, 1]]> : vector<2x3xi64>
  %v20 = arith.cmpi slt, %v18, %v19 : vector<2x3xi64>
  %v21 = arith.constant 1.0 : bf16
  %v22 = arith.cmpf ugt, %v21, %arg2 fastmath<reassoc,contract> : bf16
  %v23 = arith.constant 32768 : i32
  %v24 = arith.shrui %v2, %v23 : i32
  %v25 = arith.divf %arg2, %v0 fastmath<ninf> : bf16
  %v26 = arith.maxnumf %arg2, %v16 : bf16
  %v27 = arith.constant 0 : i32
  %v28 = arith.ori %v24, %v27 : i32
  return %v26 : bf16
}
func.func @f1(%arg0: tensor<2x2xindex>, %arg1: f32) -> (f32, f32) {
  %v0 = arith.constant dense<-9223372036854775808> : tensor<2x2xindex>
  %v1 = arith.xori %v0, %arg0 : tensor<2x2xindex>
  %v2 = arith.constant dense<[[8, 1], [63, 1]]> : tensor<2x2xi64>
  %v3 = arith.constant dense<3731307784617956814> : tensor<2x2xi64>
  %v4:2 = arith.mului_extended %v2, %v3 : tensor<2x2xi64>
  %v5 = arith.remui %v1, %v1 : tensor<2x2xindex>
  %v6 = arith.constant dense<-9223372036854775808> : tensor<2x2xi64>
  %v7:2 = arith.mului_extended %v6, %v3 : tensor<2x2xi64>
  %v8 = arith.constant 4.0 : f8E4M3
  %v9 = arith.extf %v8 : f8E4M3 to f16
  %v10 = arith.constant -1 : i32
  %v11 = arith.constant 9223372036854775807 : i64
  %v12 = arith.constant 7.0 : bf16
  %v13 = func.call @f0(%v10, %v11, %v12) : (i32, i64, bf16) -> bf16
  %v14 = arith.constant 14 : i32
  %v15 = arith.divui %v14, %v10 exact : i32
  %v16 = arith.constant dense<-9223372036854775808> : tensor<2x2xindex>
  %v17 = arith.divui %v16, %v5 : tensor<2x2xindex>
  %v18 = arith.constant dense<0> : tensor<2x2xindex>
  %v19 = arith.cmpi sgt, %v5, %v18 : tensor<2x2xindex>
  %v20 = arith.constant 0xA088 : f16
  %v21 = arith.cmpf ord, %v20, %v9 : f16
  %v22 = arith.divui %v19, %v19 : tensor<2x2xi1>
  %v23 = arith.truncf %v13 upward fastmath<ninf> : bf16 to f8E5M2
  %v24 = arith.xori %v0, %arg0 : tensor<2x2xindex>
  %v25 = arith.minimumf %v12, %v12 : bf16
  %v26 = arith.constant 0x46D64022 : f32
  %v27 = arith.bitcast %v26 : f32 to i32
  %v28 = arith.addf %v26, %v26 fastmath<fast> : f32
  %v29 = arith.index_castui %v3 : tensor<2x2xi64> to tensor<2x2xindex>
  %v30 = arith.maximumf %arg1, %v26 : f32
  %v31 = arith.constant -4 : i64
  %v32 = arith.index_cast %v31 : i64 to index
  %v33 = arith.index_cast %v32 : index to i64
  return %v30, %v30 : f32, f32
}
