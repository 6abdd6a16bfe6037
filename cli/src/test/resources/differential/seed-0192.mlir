// Random func/arith module, seed 192.
func.func @f0(%arg0: i32, %arg1: f8E4M3, %arg2: bf16) -> i16 {
  %v0 = arith.constant 0x7C : f8E4M3
  %v1 = arith.cmpf ult, %v0, %arg1 : f8E4M3
  %v2 = arith.extui %v1 : i1 to i7
  %v3 = arith.constant dense<[[15, 33, -2147483648], [1, 31, -411779751]]> : vector<2x3xi32>
  %v4 = arith.andi %v3, %v3 : vector<2x3xi32>
  %v5 = arith.constant 0.0 : f8E5M2FNUZ
  %v6 = arith.fptosi %v5 : f8E5M2FNUZ to i7
  %v7 = arith.constant 0x7F80 : bf16
  %v8 = arith.constant -0.0 : bf16
  %v9 = arith.cmpf une, %v7, %v8 : bf16
  %v10 = arith.bitcast %v0 : f8E4M3 to i8
  %v11 = arith.fptosi %v5 : f8E5M2FNUZ to i7
  %v12 = arith.bitcast %arg2 : bf16 to i16
  %v13 = arith.constant 0x07 : f8E4M3
  %v14 = arith.maximumf %v13, %arg1 : f8E4M3
  %v15 = arith.constant 0 : i32
  %v16 = arith.andi %arg0, %v15 : i32
  %v17 = arith.fptosi %v5 : f8E5M2FNUZ to i7
  return %v12 : i16
}
func.func @f1(%arg0: i128) {
  %v0 = arith.constant dense<[1.0e+10, 0x0000, 0x8000]> : tensor<3xf16>
  %v1 = arith.constant dense<0xFC00> : tensor<3xf16>
  %v2 = arith.minimumf %v0, %v1 : tensor<3xf16>
  %v3 = arith.constant 9 : i8
  %v4 = arith.cmpi sle, %v3, %v3 : i8
  %v5 = arith.shrsi %arg0, %arg0 : i128
  %v6 = arith.index_cast %v3 : i8 to index
  %v7 = arith.constant dense<0x7BFF> : tensor<3xf16>
  %v8 = arith.maximumf %v7, %v1 fastmath<nsz> : tensor<3xf16>
  %v9 = arith.cmpi eq, %v5, %arg0 : i128
  %v10 = arith.constant true
  %v11:2 = arith.addui_extended %v9, %v10 : i1, i1
  %v12 = arith.constant -2 : i32
  %v13 = arith.constant -3.0e-05 : f8E4M3
  %v14 = arith.constant 3.0 : bf16
  %v15 = func.call @f0(%v12, %v13, %v14) : (i32, f8E4M3, bf16) -> i16
  %v16 = arith.cmpi sle, %v3, %v3 : i8
  %v17 = arith.constant 0 : i8
  %v18 = arith.constant -1 : i8
  %v19 = arith.select %v9, %v17, %v18 : i8
  %v20 = arith.cmpi ult, %v3, %v3 : i8
  %v21 = arith.xori %v15, %v15 : i16
  %v22 = arith.constant 170141183460469231731687303715884105727 : i128
  %v23 = arith.constant 0 : i128
  %v24 = arith.remsi %v22, %v23 : i128
  %v25 = arith.constant 0xD8D8064C4C233DF6 : f64
  %v26 = arith.cmpf olt, %v25, %v25 fastmath<nnan> : f64
  %v27:2 = arith.mulsi_extended %v9, %v20 : i1
  %v28 = arith.constant 32 : i32
  %v29 = arith.constant -0.0 : bf16
  %v30 = func.call @f0(%v28, %v13, %v29) : (i32, f8E4M3, bf16) -> i16
  %v31 = arith.constant true
  %v32 = arith.constant -3 : i128
  %v33 = arith.select %v31, %v32, %arg0 : i128
  %v34 = arith.constant dense<[0x7BFF, 0x0001, 4.0]> : tensor<3xf16>
  %v35 = arith.constant dense<0x0400> : tensor<3xf16>
  %v36 = arith.cmpf uno, %v34, %v35 : tensor<3xf16>
  return
}
