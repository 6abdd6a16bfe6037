// Random func/arith module, seed 89.
func.func @f0(%arg0: f8E4M3FNUZ) -> (bf16, f8E4M3FNUZ) {
  %v0 = arith.constant dense<[[-3, -7], [-1, 11]]> : tensor<2x2xi16>
  %v1 = arith.constant dense<16> : tensor<2x2xi16>
  %v2 = arith.remui %v0, %v1 : tensor<2x2xi16>
  %v3 = arith.remui %v0, %v1 : tensor<2x2xi16>
  %v4 = arith.extf %arg0 : f8E4M3FNUZ to bf16
  %v5 = arith.constant dense<1> : tensor<2x2xi16>
  %v6 = arith.index_cast %v5 : tensor<2x2xi16> to tensor<2x2xindex>
  %v7 = arith.constant 0x7F80 : bf16
  %v8 = arith.minimumf %v4, %v7 : bf16
  %v9 = arith.remf %v7, %v4 : bf16
  %v10 = arith.constant dense<-4765084611129469589> : tensor<2x2xi64>
  %v11:2 = arith.mului_extended %v10, %v10 : tensor<2x2xi64>
  %v12 = arith.maxnumf %arg0, %arg0 fastmath<arcp,afn> : f8E4M3FNUZ
  %v13 = arith.constant 0xBF80 : bf16
  %v14 = arith.subf %v4, %v13 : bf16
  %v15 = arith.mulf %v12, %arg0 fastmath<nnan> : f8E4M3FNUZ
  %v16 = arith.constant dense<[[-1, -1], [0, -9223372036854775808]]> : tensor<2x2xi64>
  %v17 = arith.uitofp %v16 : tensor<2x2xi64> to tensor<2x2xf64>
  %v18 = arith.constant dense<[[64, 17592186044416], [1, 0]]> : tensor<2x2xindex>
  %v19 = arith.remsi %v18, %v18 : tensor<2x2xindex>
  %v20 = arith.remui %v0, %v1 : tensor<2x2xi16>
  %v21 = arith.remf %v9, %v8 : bf16
  %v22 = arith.remf %v9, %v8 : bf16
  %v23 = arith.remui %v0, %v1 : tensor<2x2xi16>
  %v24 = arith.remf %v13, %v22 : bf16
  %v25 = arith.constant dense<[[-1, 1], [0, 14]]> : tensor<2x2xi64>
  %v26 = arith.ceildivui %v25, %v10 : tensor<2x2xi64>
  %v27 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v28 = arith.maxsi %v20, %v27 : tensor<2x2xi16>
  return %v21, %v15 : bf16, f8E4M3FNUZ
}
func.func @f1(%arg0: i32, %arg1: f8E3M4, %arg2: i64) -> (i1, i1) {
  %v0 = arith.constant 2.0 : f8E3M4
  %v1 = arith.constant 2.0 : f8E3M4
  %v2 = arith.cmpf ole, %v0, %v1 : f8E3M4
  %v3:2 = arith.mului_extended %arg0, %arg0 : i32
  %v4 = arith.constant -9223372036854775808 : i64
  %v5 = arith.select %v2, %v4, %v4 : i64
  %v6 = arith.constant 0x7C00 : f16
  %v7 = arith.minimumf %v6, %v6 : f16
  %v8 = arith.constant 6 : i32
  %v9 = arith.constant 5 : i32
  %v10 = arith.addi %v8, %v9 : i32
  %v11 = arith.constant -2147483648 : i32
  %v12 = arith.subi %v11, %v10 : i32
  %v13 = arith.constant 9223372036854775807 : i64
  %v14 = arith.bitcast %v13 : i64 to f64
  %v15 = arith.cmpi uge, %arg2, %arg2 : i64
  %v16 = arith.constant 0xFFF8000000000000 : f64
  %v17 = arith.cmpf ugt, %v16, %v14 fastmath<none> : f64
  return %v15, %v15 : i1, i1
}
func.func @f2(%arg0: i8, %arg1: f64, %arg2: f64) -> i8 {
  %v0 = arith.constant 16 : i8
  %v1 = arith.minsi %arg0, %v0 : i8
  %v2 = arith.minsi %arg0, %v0 : i8
  %v3 = arith.constant dense<0x0000000000000000> : tensor<3xf64>
  %v4 = arith.constant dense<0.0> : tensor<3xf64>
  %v5 = arith.subf %v3, %v4 fastmath<ninf> : tensor<3xf64>
  %v6 = arith.constant -8 : i8
  %v7 = arith.subi %v6, %v6 overflow<none> : i8
  %v8 = arith.trunci %arg0 : i8 to i1
  %v9 = arith.minsi %arg0, %v0 : i8
  %v10 = arith.shli %v0, %v2 overflow<nsw> : i8
  %v11 = arith.constant true
  %v12 = arith.shli %v8, %v11 overflow<nsw> : i1
  return %v10 : i8
}
