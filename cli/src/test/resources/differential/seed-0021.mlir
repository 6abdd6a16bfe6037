// Random func/arith module, seed 21.
func.func @f0(%arg0: i32, %arg1: index, %arg2: bf16, %arg3: tensor<2x2xi16>) -> f8E4M3FN {
  %v0 = arith.constant -7 : index
  %v1 = arith.minsi %arg1, %v0 : index
  %v2 = arith.constant 4 : i32
  %v3 = arith.cmpi slt, %arg0, %v2 : i32
  %v4 = arith.constant -1 : i33
  %v5 = arith.xori %v4, %v4 : i33
  %v6 = arith.xori %v5, %v4 : i33
  %v7 = arith.remui %v0, %arg1 : index
  %v8 = arith.xori %v5, %v4 : i33
  %v9 = arith.truncf %arg2 : bf16 to f8E4M3FN
  return %v9 : f8E4M3FN
}
func.func @f1(%arg0: f16, %arg1: vector<2x3xf16>, %arg2: i7) -> vector<2x3xf16> {
  %v0 = arith.shrui %arg2, %arg2 : i7
  %v1 = arith.shrui %arg2, %arg2 : i7
  %v2 = arith.sitofp %v1 : i7 to f8E4M3
  %v3 = arith.uitofp %arg2 : i7 to f32
  %v4 = arith.fptoui %v3 : f32 to i7
  %v5 = arith.constant 966849903 : i32
  %v6 = arith.constant 1 : index
  %v7 = arith.constant 0x8000 : bf16
  %v8 = arith.constant dense<[[1, -1], [32767, 32767]]> : tensor<2x2xi16>
  %v9 = func.call @f0(%v5, %v6, %v7, %v8) : (i32, index, bf16, tensor<2x2xi16>) -> f8E4M3FN
  %v10 = arith.constant dense<-0.0> : vector<2x3xf16>
  %v11 = arith.mulf %v10, %arg1 : vector<2x3xf16>
  return %v11 : vector<2x3xf16>
}
func.func @f2(%arg0: f16) -> (f32, f8E4M3FNUZ, f16) {
  %v0 = arith.constant 8192 : i32
  %v1:2 = arith.addui_extended %v0, %v0 : i32, i1
  %v2 = arith.constant 2.0 : f16
  %v3 = arith.maximumf %v2, %arg0 fastmath<nnan> : f16
  %v4 = arith.negf %v3 : f16
  %v5 = arith.negf %v4 : f16
  %v6 = arith.uitofp %v1#0 : i32 to f8E4M3FNUZ
  %v7 = arith.constant false
  %v8:2 = arith.mului_extended %v7, %v7 : i1
  %v9 = arith.constant 0x3F800000 : f32
  %v10 = arith.constant 0x007FFFFF : f32
  %v11 = arith.minimumf %v9, %v10 fastmath<ninf> : f32
  return %v11, %v6, %v5 : f32, f8E4M3FNUZ, f16
}
func.func @f3(%arg0: f16, %arg1: f32, %arg2: f64, %arg3: i64) -> (f64, f64, i64) {
  %v0 = arith.bitcast %arg2 : f64 to i64
  %v1 = arith.bitcast %arg2 : f64 to i64
  %v2 = arith.constant 36028797018963968 : i64
  %v3 = arith.addi %v1, %v2 : i64
  %v4 = arith.constant 8388608 : i64
  %v5 = arith.subi %v3, %v4 : i64
  %v6 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v7 = arith.constant dense<[64, -3671895650497852512, -2, -1]> : vector<4xi64>
  %v8 = arith.cmpi ult, %v6, %v7 : vector<4xi64>
  %v9 = arith.index_cast %v8 : vector<4xi1> to vector<4xindex>
  %v10 = arith.bitcast %arg2 : f64 to i64
  %v11 = arith.constant -2147483648 : i32
  %v12 = arith.extsi %v11 : i32 to i64
  %v13 = arith.extsi %v11 : i32 to i64
  %v14 = arith.cmpi slt, %v12, %v13 : i64
  %v15 = arith.constant 0x0000000000000001 : f64
  %v16 = arith.remf %arg2, %v15 : f64
  %v17 = arith.constant dense<65> : tensor<2x2xi64>
  %v18 = arith.sitofp %v17 : tensor<2x2xi64> to tensor<2x2xf16>
  %v19 = arith.constant 1.0 : f64
  %v20 = arith.mulf %v16, %v19 : f64
  %v21 = arith.constant -0.0 : f16
  %v22 = arith.minimumf %arg0, %v21 fastmath<fast> : f16
  %v23 = arith.bitcast %arg2 : f64 to i64
  return %v20, %v16, %v2 : f64, f64, i64
}
