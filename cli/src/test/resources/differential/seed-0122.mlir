// Random func/arith module, seed 122.
func.func @f0(%arg0: f8E5M2FNUZ, %arg1: f6E3M2FN, %arg2: index, %arg3: tensor<2x2xf16>) -> index {
  %v0 = arith.constant 1 : index
  %v1 = arith.constant 9223372036854775807 : index
  %v2 = arith.ceildivsi %v0, %v1 : index
  %v3 = arith.constant 63 : index
  %v4 = arith.constant 12 : index
  %v5 = arith.cmpi sge, %v3, %v4 : index
  %v6 = arith.select %v5, %v4, %v3 : index
  %v7 = arith.constant 0 : index
  %v8 = arith.maxsi %arg2, %v7 : index
  %v9 = arith.constant -1 : index
  %v10 = arith.maxsi %v8, %v9 : index
  %v11 = arith.ceildivsi %v0, %v1 : index
  %v12 = arith.constant 0x2C : f6E3M2FN
  %v13 = arith.addf %arg1, %v12 : f6E3M2FN
  %v14 = arith.constant 9223372036854775808 : i64
  %v15:2 = arith.mulsi_extended %v14, %v14 : i64
  %v16 = arith.constant 32767 : i16
  %v17 = arith.constant 1 : i16
  %v18 = arith.ceildivsi %v16, %v17 : i16
  %v19 = arith.ceildivsi %v0, %v1 : index
  %v20 = arith.maxsi %arg2, %v7 : index
  %v21 = arith.constant 0x80 : f8E3M4
  %v22 = arith.negf %v21 : f8E3M4
  %v23 = arith.constant -1 : i8
  %v24 = arith.constant 5 : i8
  %v25 = arith.cmpi eq, %v23, %v24 : i8
  return %v20 : index
}
func.func @f1(%arg0: f64, %arg1: i32, %arg2: i33) -> f8E4M3 {
  %v0 = arith.constant 10 : i33
  %v1 = arith.cmpi eq, %arg2, %v0 : i33
  %v2 = arith.select %v1, %arg2, %v0 : i33
  %v3 = arith.constant 0x0010000000000000 : f64
  %v4 = arith.mulf %arg0, %v3 fastmath<none> : f64
  %v5 = arith.sitofp %v0 : i33 to bf16
  %v6 = arith.constant 0x12F2 : bf16
  %v7 = arith.minnumf %v5, %v6 fastmath<ninf> : bf16
  %v8 = arith.constant false
  %v9:2 = arith.mulsi_extended %v8, %v1 : i1
  %v10 = arith.minnumf %v4, %arg0 fastmath<nnan,ninf> : f64
  %v11 = arith.constant 0 : i32
  %v12 = arith.xori %arg1, %v11 : i32
  %v13 = arith.constant true
  %v14 = arith.muli %v13, %v9#0 overflow<nuw> : i1
  %v15 = arith.uitofp %arg2 : i33 to f8E4M3
  %v16 = arith.muli %v13, %v9#0 overflow<nuw> : i1
  %v17 = arith.constant 0x7C : f8E4M3
  %v18 = arith.divf %v15, %v17 fastmath<reassoc,contract> : f8E4M3
  %v19 = arith.constant 0x7C : f8E5M2FNUZ
  %v20 = arith.constant 2.0 : f6E3M2FN
  %v21 = arith.constant -1 : index
  %v22 = arith.constant dense<0x0001> : tensor<2x2xf16>
  %v23 = func.call @f0(%v19, %v20, %v21, %v22) : (f8E5M2FNUZ, f6E3M2FN, index, tensor<2x2xf16>) -> index
  %v24 = arith.constant 4.0 : f8E5M2FNUZ
  %v25 = arith.constant dense<0x7C00> : tensor<2x2xf16>
  %v26 = func.call @f0(%v24, %v20, %v23, %v25) : (f8E5M2FNUZ, f6E3M2FN, index, tensor<2x2xf16>) -> index
  %v27 = arith.constant 2147483647 : i32
  %v28 = arith.shli %v11, %v27 : i32
  return %v18 : f8E4M3
}
func.func @f2(%arg0: tensor<2x2xi1>, %arg1: f32, %arg2: i64, %arg3: bf16) -> bf16 {
  %v0 = arith.constant dense<[[true, true], [false, true]]> : tensor<2x2xi1>
  %v1 = arith.cmpi slt, %arg0, %v0 : tensor<2x2xi1>
  %v2 = arith.select %arg0, %arg0, %arg0 : tensor<2x2xi1>, tensor<2x2xi1>
  %v3 = arith.addi %v1, %v0 overflow<nsw, nuw> : tensor<2x2xi1>
  %v4 = arith.addi %v1, %v0 overflow<nsw, nuw> : tensor<2x2xi1>
  %v5 = arith.addi %v0, %v1 overflow<nsw, nuw> : tensor<2x2xi1>
  %v6 = arith.constant -2.5 : f8E5M2FNUZ
  %v7 = arith.constant 0x1C : f6E3M2FN
  %v8 = arith.constant -8521386486512857757 : index
  %v9 = arith.constant dense<[[2.0, 1.0e+10], [0x69AB, 0.0]]> : tensor<2x2xf16>
  %v10 = func.call @f0(%v6, %v7, %v8, %v9) : (f8E5M2FNUZ, f6E3M2FN, index, tensor<2x2xf16>) -> index
  %v11 = arith.extf %arg1 : f32 to f128
  %v12 = arith.constant 0xBFFF0000000000000000000000000000 : f128
  %v13 = arith.constant 0x80000000000000000000000000000000 : f128
  %v14 = arith.remf %v12, %v13 : f128
  %v15 = arith.constant 7.0 : f6E3M2FN
  %v16 = func.call @f0(%v6, %v15, %v10, %v9) : (f8E5M2FNUZ, f6E3M2FN, index, tensor<2x2xf16>) -> index
  %v17 = arith.addi %v0, %v1 overflow<nsw, nuw> : tensor<2x2xi1>
  %v18:2 = arith.mului_extended %v0, %v2 : tensor<2x2xi1>
  %v19 = arith.mulf %v11, %v13 fastmath<ninf> : f128
  %v20 = arith.constant 0.1 : bf16
  %v21 = arith.minnumf %v20, %arg3 fastmath<nnan> : bf16
  %v22 = arith.minimumf %v21, %arg3 fastmath<nsz> : bf16
  return %v22 : bf16
}
func.func @f3(%arg0: i33, %arg1: tensor<3xi8>, %arg2: f80, %arg3: tensor<0xi16>) {
  %v0 = arith.constant 100.0 : f80
  %v1 = arith.constant 0.0 : f80
  %v2 = arith.remf %v0, %v1 : f80
  %v3 = arith.constant 1.0 : f64
  %v4 = arith.constant -1 : i32
  %v5 = func.call @f1(%v3, %v4, %arg0) : (f64, i32, i33) -> f8E4M3
  %v6 = arith.mulf %v2, %v2 : f80
  %v7 = arith.constant -1 : i64
  %v8 = arith.constant 1 : i64
  %v9 = arith.addi %v7, %v8 : i64
  %v10 = arith.constant false
  %v11 = arith.constant -6 : i33
  %v12 = arith.select %v10, %arg0, %v11 : i33
  %v13 = arith.constant 4294967295 : i33
  %v14 = arith.constant 9 : i33
  %v15 = arith.shli %v13, %v14 : i33
  %v16 = arith.shrsi %arg3, %arg3 : tensor<0xi16>
  return
}
