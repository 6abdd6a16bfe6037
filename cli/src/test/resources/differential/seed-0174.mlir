// Random func/arith module, seed 174.
func.func @f0(%arg0: f8E4M3B11FNUZ, %arg1: f6E3M2FN, %arg2: f8E4M3FN) -> i64 {
  %v0 = arith.constant -6 : index
  %v1 = arith.ceildivui %v0, %v0 : index
  %v2 = arith.index_cast %v0 : index to i33
  %v3 = arith.constant 1 : index
  %v4 = arith.index_castui %v3 : index to i8
  %v5 = arith.constant -8623345828094799255 : index
  %v6 = arith.index_cast %v5 : index to i16
  %v7 = arith.index_cast %v0 : index to i33
  %v8 = arith.fptosi %arg0 : f8E4M3B11FNUZ to i64
  %v9 = arith.extsi %v8 : i64 to i128
  %v10 = arith.fptosi %arg0 : f8E4M3B11FNUZ to i64
  %v11 = arith.constant -1 : i64
  %v12 = arith.xori %v10, %v11 : i64
  %v13 = arith.constant 33 : i32
  %v14:2 = arith.addui_extended %v13, %v13 : i32, i1
  %v15 = arith.constant 0x00 : f8E4M3FN
  %v16 = arith.minimumf %v15, %arg2 fastmath<none> : f8E4M3FN
  %v17 = arith.constant 4 : index
  %v18 = arith.constant 7992889348702033017 : index
  %v19 = arith.cmpi ne, %v17, %v18 : index
  %v20 = arith.fptosi %arg0 : f8E4M3B11FNUZ to i64
  %v21 = arith.constant true
  %v22 = arith.constant true
  %v23 = arith.remsi %v21, %v22 {tag = 1 : i64} : i1
  %v24 = arith.remf %arg1, %arg1 : f6E3M2FN
  %v25 = arith.minui %v10, %v8 : i64
  %v26 = arith.constant -9223372036854775808 : i64
  %v27 = arith.maxsi %v25, %v26 : i64
  %v28 = arith.constant -2 : i64
  %v29 = arith.maxsi %v28, %v27 : i64
  %v30 = arith.constant 0x007FFFFF : f32
  %v31 = arith.fptosi %v30 : f32 to i32
  %v32 = arith.constant -3810086902 : i33
  %v33 = arith.constant 0 : i33
  %v34 = arith.cmpi ule, %v32, %v33 {tag = 0 : i64} : i33
  %v35 = arith.constant 3.0 : f16
  %v36 = arith.constant 2.0 : f16
  %v37 = arith.maxnumf %v35, %v36 fastmath<nsz> : f16
  return %v25 : i64
}
func.func @f1(%arg0: i128) -> (i1, i64) {
  %v0 = arith.constant -6 : i64
  %v1 = arith.constant -1 : i64
  %v2 = arith.maxsi %v0, %v1 : i64
  %v3 = arith.constant 340282366920938463463374607431768211450 : i128
  %v4 = arith.cmpi sle, %arg0, %v3 {tag = 1 : i64} : i128
  %v5 = arith.constant 18446744073709551608 : i64
  %v6 = arith.constant 15 : i64
  %v7 = arith.floordivsi %v5, %v6 : i64
  %v8 = arith.constant -170141183460469231731687303715884105728 : i128
  %v9 = arith.remui %arg0, %v8 : i128
  %v10 = arith.constant dense<[-0.0, 0x3C00, 0x7BFF]> : tensor<3xf16>
  %v11 = arith.mulf %v10, %v10 fastmath<nsz> : tensor<3xf16>
  %v12 = arith.remui %arg0, %v8 {tag = 0 : i64} : i128
  %v13 = arith.constant 0x77 : f8E4M3B11FNUZ
  %v14 = arith.constant 0x0A : f6E3M2FN
  %v15 = arith.constant 0x08 : f8E4M3FN
  %v16 = func.call @f0(%v13, %v14, %v15) : (f8E4M3B11FNUZ, f6E3M2FN, f8E4M3FN) -> i64
  %v17 = arith.constant -0.75 : f8E4M3B11FNUZ
  %v18 = arith.constant 0x33 : f6E3M2FN
  %v19 = arith.constant -3.0e-05 : f8E4M3FN
  %v20 = func.call @f0(%v17, %v18, %v19) : (f8E4M3B11FNUZ, f6E3M2FN, f8E4M3FN) -> i64
  %v21 = arith.constant dense<0.1> : tensor<3xf16>
  %v22 = arith.divf %v11, %v21 fastmath<none> : tensor<3xf16>
  %v23 = arith.constant 0x00 : f6E3M2FN
  %v24 = func.call @f0(%v13, %v23, %v15) : (f8E4M3B11FNUZ, f6E3M2FN, f8E4M3FN) -> i64
  %v25 = arith.uitofp %arg0 : i128 to f8E4M3FN
  %v26 = arith.cmpi ugt, %v24, %v16 : i64
  %v27 = arith.constant 0xB8 : f8E4M3B11FNUZ
  %v28 = func.call @f0(%v27, %v18, %v25) : (f8E4M3B11FNUZ, f6E3M2FN, f8E4M3FN) -> i64
  %v29 = arith.constant 0 : i128
  %v30 = arith.andi %v12, %v29 : i128
  %v31 = arith.remui %arg0, %v8 {tag = 0 : i64} : i128
  %v32 = arith.remsi %v4, %v4 : i1
  %v33 = arith.bitcast %v22 : tensor<3xf16> to tensor<3xbf16>
  %v34 = arith.constant 0xB8 : f8E4M3B11FNUZ
  %v35 = func.call @f0(%v34, %v23, %v25) : (f8E4M3B11FNUZ, f6E3M2FN, f8E4M3FN) -> i64
  %v36 = arith.constant dense<true> : tensor<2x2xi1>
  %v37 = arith.constant dense<[[true, true], [true, false]]> : tensor<2x2xi1>
  %v38 = arith.xori %v37, %v36 : tensor<2x2xi1>
  %v39 = arith.xori %v38, %v36 : tensor<2x2xi1>
  %v40 = arith.constant 0 : i64
  %v41 = arith.remsi %v0, %v40 : i64
  %v42 = arith.constant -9223372036854775808 : i64
  %v43 = arith.maxui %v42, %v16 : i64
  return %v32, %v6 : i1, i64
}
