// Random func/arith module, seed 87.
func.func @f0(%arg0: f64, %arg1: i64, %arg2: vector<i8>) -> i64 {
  %v0 = arith.divui %arg1, %arg1 : i64
  %v1 = arith.constant 0xBFF0000000000000 : f64
  %v2 = arith.maxnumf %v1, %arg0 : f64
  %v3 = arith.constant dense<0x0000> : vector<f16>
  %v4 = arith.addf %v3, %v3 fastmath<nnan,ninf> : vector<f16>
  %v5 = arith.maxnumf %v1, %arg0 : f64
  %v6 = arith.addf %v3, %v3 fastmath<nnan,ninf> : vector<f16>
  %v7 = arith.constant dense<49445492> : vector<2xi32>
  %v8 = arith.constant dense<-1> : vector<2xi32>
  %v9 = arith.muli %v7, %v8 overflow<none> : vector<2xi32>
  %v10 = arith.addi %v0, %v0 : i64
  %v11 = arith.index_cast %arg1 : i64 to index
  return %v10 : i64
}
func.func @f1(%arg0: f80, %arg1: f4E2M1FN, %arg2: f16, %arg3: i16) -> (f8E4M3, f64, vector<i8>) {
  %v0 = arith.constant 14 : i32
  %v1 = arith.constant 31 : i32
  %v2 = arith.shrui %v0, %v1 exact : i32
  %v3 = arith.remf %arg2, %arg2 : f16
  %v4 = arith.constant 0x0000000000000000 : f64
  %v5 = arith.constant 15 : i64
  %v6 = arith.constant dense<1> : vector<i8>
  %v7 = func.call @f0(%v4, %v5, %v6) : (f64, i64, vector<i8>) -> i64
  %v8 = arith.constant dense<0xFFF0000000000000> : tensor<3xf64>
  %v9 = arith.bitcast %v8 : tensor<3xf64> to tensor<3xi64>
  %v10 = arith.truncf %arg0 toward_zero : f80 to f6E2M3FN
  %v11 = arith.shrui %v0, %v1 exact : i32
  %v12 = arith.constant false
  %v13 = arith.constant 1 : i16
  %v14 = arith.select %v12, %arg3, %v13 : i16
  %v15 = arith.bitcast %v8 : tensor<3xf64> to tensor<3xi64>
  %v16 = func.call @f0(%v4, %v5, %v6) : (f64, i64, vector<i8>) -> i64
  %v17 = arith.sitofp %v5 : i64 to f8E4M3
  %v18 = arith.bitcast %v16 : i64 to f64
  %v19 = arith.bitcast %v18 : f64 to i64
  %v20 = arith.constant -3.0e-05 : f6E2M3FN
  %v21 = arith.divf %v20, %v20 fastmath<nnan> : f6E2M3FN
  %v22 = arith.constant dense<0> : vector<i8>
  %v23:2 = arith.addui_extended %v6, %v22 : vector<i8>, vector<i1>
  %v24 = arith.constant 63 : i64
  %v25:2 = arith.mului_extended %v24, %v7 : i64
  %v26 = arith.constant 4.0 : f6E2M3FN
  %v27 = arith.constant 0x17 : f6E2M3FN
  %v28 = arith.remf %v26, %v27 : f6E2M3FN
  return %v17, %v18, %v23#0 : f8E4M3, f64, vector<i8>
}
func.func @f2(%arg0: f8E4M3B11FNUZ, %arg1: bf16) -> vector<i1> {
  %v0 = arith.constant -2 : i64
  %v1 = arith.constant 0 : i64
  %v2 = arith.floordivsi %v0, %v1 : i64
  %v3 = arith.constant 0.1 : f8E4M3B11FNUZ
  %v4 = arith.divf %arg0, %v3 : f8E4M3B11FNUZ
  %v5 = arith.floordivsi %v0, %v1 : i64
  %v6 = arith.remsi %v1, %v0 : i64
  %v7 = arith.constant 15 : i64
  %v8 = arith.constant 0 : i64
  %v9 = arith.muli %v7, %v8 : i64
  %v10 = arith.constant dense<-9223372036854775808> : tensor<2x2xindex>
  %v11 = arith.constant dense<[[6, -4461638188879181301], [-8568881150894722475, 1]]> : tensor<2x2xindex>
  %v12 = arith.addi %v10, %v11 : tensor<2x2xindex>
  %v13 = arith.negf %arg1 : bf16
  %v14 = arith.constant 3 : i64
  %v15 = arith.remui %v14, %v5 : i64
  %v16 = arith.ceildivui %v7, %v5 : i64
  %v17 = arith.constant dense<true> : vector<i1>
  %v18 = arith.constant dense<false> : vector<i1>
  %v19:2 = arith.mului_extended %v17, %v18 : vector<i1>
  %v20 = arith.constant -1 : i32
  %v21 = arith.constant 1376249027 : i32
  %v22 = arith.xori %v21, %v20 : i32
  %v23 = arith.xori %v22, %v20 : i32
  %v24 = arith.constant 33 : i32
  %v25 = arith.muli %v23, %v24 : i32
  %v26 = arith.constant 346280602 : i32
  %v27 = arith.muli %v25, %v26 : i32
  return %v19#0 : vector<i1>
}
