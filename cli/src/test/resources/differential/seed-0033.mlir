// Random func/arith module, seed 33.
func.func @f0(%arg0: tensor<3xbf16>, %arg1: i1, %arg2: i64) -> i1 {
  %v0 = arith.shrui %arg1, %arg1 : i1
  %v1 = arith.select %arg1, %arg0, %arg0 : tensor<3xbf16>
  %v2 = arith.minnumf %arg0, %v1 : tensor<3xbf16>
  %v3 = arith.constant true
  %v4 = arith.constant true
  %v5 = arith.select %v3, %arg1, %v4 : i1
  %v6 = arith.shrui %arg1, %arg1 : i1
  %v7 = arith.select %arg1, %arg0, %arg0 : tensor<3xbf16>
  %v8 = arith.ori %arg2, %arg2 : i64
  %v9 = arith.constant 0x01 : f8E5M2
  %v10 = arith.mulf %v9, %v9 fastmath<nnan> : f8E5M2
  %v11 = arith.constant false
  %v12 = arith.ori %v11, %v6 : i1
  %v13 = arith.shrui %arg1, %arg1 : i1
  %v14 = arith.select %arg1, %arg0, %arg0 : tensor<3xbf16>
  %v15 = arith.bitcast %v2 : tensor<3xbf16> to tensor<3xf16>
  %v16:2 = arith.mului_extended %v12, %v6 : i1
  %v17 = arith.constant 1884168158 : i32
  %v18 = arith.constant 33 : i32
  %v19 = arith.remsi %v17, %v18 : i32
  %v20 = arith.constant 0xE8 : f8E5M2
  %v21 = arith.negf %v20 fastmath<fast> : f8E5M2
  %v22 = arith.cmpi eq, %v6, %v16#0 : i1
  return %v16#1 : i1
}
func.func @f1(%arg0: vector<2xi16>, %arg1: vector<2xi16>) -> (tensor<3xbf16>, f8E5M2) {
  %v0 = arith.constant dense<[0x7F80, 0x0080, 0.0]> : tensor<3xbf16>
  %v1 = arith.constant false
  %v2 = arith.constant -7 : i64
  %v3 = func.call @f0(%v0, %v1, %v2) : (tensor<3xbf16>, i1, i64) -> i1
  %v4 = arith.constant true
  %v5 = arith.ceildivsi %v3, %v4 : i1
  %v6 = arith.ceildivsi %v3, %v4 : i1
  %v7 = arith.subi %arg1, %arg1 overflow<nsw> : vector<2xi16>
  %v8 = arith.constant dense<[false, true, false]> : tensor<3xi1>
  %v9 = arith.constant dense<100.0> : tensor<3xbf16>
  %v10 = arith.constant dense<0x0001> : tensor<3xbf16>
  %v11 = arith.select %v8, %v9, %v10 : tensor<3xi1>, tensor<3xbf16>
  %v12 = arith.subi %arg1, %arg0 : vector<2xi16>
  %v13 = arith.constant dense<0x3F80> : tensor<3xbf16>
  %v14 = arith.cmpf oeq, %v10, %v13 : tensor<3xbf16>
  %v15 = arith.constant 0x01 : f8E5M2
  %v16 = arith.select %v5, %v15, %v15 : f8E5M2
  %v17 = arith.constant 0x04 : f8E5M2
  %v18 = arith.minnumf %v16, %v17 fastmath<none> : f8E5M2
  %v19 = arith.uitofp %v1 : i1 to bf16
  %v20 = arith.constant 0xFFC0 : bf16
  %v21 = arith.constant 0xFF80 : bf16
  %v22 = arith.remf %v20, %v21 fastmath<fast> : bf16
  return %v9, %v18 : tensor<3xbf16>, f8E5M2
}
