// Random func/arith module, seed 168.
func.func @f0(%arg0: tensor<3xi1>) -> tensor<3xi1> {
  %v0 = arith.andi %arg0, %arg0 : tensor<3xi1>
  %v1 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v2:2 = arith.mului_extended %arg0, %v1 : tensor<3xi1>
  %v3 = arith.constant 0xFFF0000000000000 : f64
  %v4 = arith.constant 2.0 : f64
  %v5 = arith.cmpf uge, %v3, %v4 : f64
  %v6 = arith.cmpf uge, %v3, %v4 : f64
  %v7:2 = arith.mului_extended %arg0, %v1 : tensor<3xi1>
  %v8:2 = arith.addui_extended %v1, %v2#1 : tensor<3xi1>, tensor<3xi1>
  %v9 = arith.constant true
  %v10 = arith.cmpi sge, %v9, %v6 : i1
  %v11 = arith.extsi %v1 : tensor<3xi1> to tensor<3xi32>
  return %v7#1 : tensor<3xi1>
}
func.func @f1(%arg0: i32) -> (i1, tensor<3xi1>, i32) {
  %v0 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v1 = func.call @f0(%v0) : (tensor<3xi1>) -> tensor<3xi1>
  %v2 = arith.constant 0x77 : f8E4M3
  %v3 = arith.constant 0x77 : f8E4M3
  %v4 = arith.remf %v2, %v3 fastmath<nsz> : f8E4M3
  %v5 = arith.minsi %arg0, %arg0 : i32
  %v6 = arith.constant 0xFC : f8E4M3
  %v7 = arith.cmpf ule, %v3, %v6 : f8E4M3
  %v8 = arith.select %v7, %v6, %v2 : f8E4M3
  %v9 = func.call @f0(%v0) : (tensor<3xi1>) -> tensor<3xi1>
  %v10 = arith.constant false
  %v11 = arith.select %v10, %v5, %v5 : i32
  %v12 = arith.select %v10, %v5, %v5 : i32
  %v13 = arith.constant dense<true> : tensor<3xi1>
  %v14:2 = arith.mulsi_extended %v0, %v13 : tensor<3xi1>
  %v15 = arith.constant 0x00 : f8E4M3
  %v16 = arith.maximumf %v15, %v15 fastmath<nsz> : f8E4M3
  %v17 = arith.constant false
  %v18 = arith.select %v17, %arg0, %v12 : i32
  %v19 = arith.cmpf uno, %v16, %v2 fastmath<nnan,ninf> : f8E4M3
  %v20 = arith.constant 0xF8 : f8E4M3
  %v21 = arith.divf %v20, %v3 : f8E4M3
  %v22 = arith.constant 1 : i32
  %v23 = arith.cmpi slt, %arg0, %v22 : i32
  return %v23, %v14#0, %v18 : i1, tensor<3xi1>, i32
}
func.func @f2(%arg0: f8E3M4, %arg1: vector<2x3xf64>, %arg2: i8) -> i8 {
  %v0 = arith.minnumf %arg1, %arg1 : vector<2x3xf64>
  %v1 = arith.minsi %arg2, %arg2 : i8
  %v2 = arith.constant 9 : i8
  %v3 = arith.cmpi ule, %v2, %arg2 : i8
  %v4 = arith.maximumf %arg1, %v0 : vector<2x3xf64>
  %v5 = arith.constant 3 : i7
  %v6 = arith.index_cast %v5 : i7 to index
  %v7 = arith.constant 0xF0 : f8E3M4
  %v8 = arith.constant 4.0 : f8E3M4
  %v9 = arith.subf %v7, %v8 : f8E3M4
  %v10 = arith.constant -92 : i8
  %v11 = arith.cmpi sle, %v10, %v1 : i8
  %v12 = arith.constant dense<false> : tensor<3xi1>
  %v13 = func.call @f0(%v12) : (tensor<3xi1>) -> tensor<3xi1>
  %v14 = arith.maxui %v2, %v10 : i8
  %v15 = arith.minnumf %arg1, %arg1 : vector<2x3xf64>
  %v16 = arith.constant true
  %v17 = arith.select %v16, %v8, %arg0 : f8E3M4
  %v18 = arith.select %v16, %v8, %arg0 : f8E3M4
  return %v14 : i8
}
func.func @f3(%arg0: bf16, %arg1: tensor<3xf64>, %arg2: f64, %arg3: i64) -> f64 {
  %v0 = arith.constant 63 : i64
  %v1 = arith.ori %arg3, %v0 : i64
  %v2 = arith.ori %v0, %arg3 : i64
  %v3 = arith.constant 12 : i64
  %v4:2 = arith.addui_extended %v2, %v3 : i64, i1
  %v5 = arith.cmpi ule, %arg3, %v2 : i64
  %v6 = arith.constant true
  %v7:2 = arith.mului_extended %v6, %v4#1 : i1
  %v8 = arith.constant 0x7F7F : bf16
  %v9 = arith.addf %v8, %arg0 fastmath<reassoc,contract> : bf16
  %v10 = arith.constant 4 : i64
  %v11 = arith.constant 7 : i64
  %v12 = arith.cmpi eq, %v10, %v11 : i64
  %v13 = arith.constant 9223372036854775807 : index
  %v14 = arith.constant 0 : index
  %v15 = arith.ceildivsi %v13, %v14 : index
  %v16 = arith.constant true
  %v17 = arith.andi %v16, %v6 : i1
  %v18 = arith.constant dense<0x0010000000000000> : tensor<3xf64>
  %v19 = arith.bitcast %v18 : tensor<3xf64> to tensor<3xi64>
  %v20 = arith.shrui %v12, %v17 : i1
  %v21 = arith.cmpi eq, %v10, %v11 : i64
  %v22 = arith.sitofp %v7#1 : i1 to f8E4M3
  %v23 = arith.maxnumf %arg2, %arg2 fastmath<reassoc,contract> : f64
  %v24 = arith.negf %v8 : bf16
  %v25 = arith.fptoui %v22 : f8E4M3 to i8
  %v26 = arith.constant dense<0.5> : tensor<2x2xf16>
  %v27 = arith.fptosi %v26 : tensor<2x2xf16> to tensor<2x2xi16>
  %v28 = arith.minimumf %arg1, %v18 fastmath<arcp,afn> : tensor<3xf64>
  return %v23 : f64
}
