// Random func/arith module, seed 74.
func.func @f0(%arg0: index, %arg1: i7, %arg2: f64) -> (i64, index, i64) {
  %v0 = arith.constant -1 : i7
  %v1 = arith.shrui %arg1, %v0 exact : i7
  %v2 = arith.shrui %arg1, %v0 exact : i7
  %v3 = arith.maxsi %arg0, %arg0 : index
  %v4 = arith.extui %v2 : i7 to i64
  %v5 = arith.extui %v0 : i7 to i64
  %v6 = arith.cmpi ne, %v4, %v5 : i64
  %v7 = arith.cmpi sgt, %v3, %arg0 : index
  %v8 = arith.select %v7, %arg0, %v3 : index
  %v9 = arith.constant 1.0e+10 : f64
  %v10 = arith.negf %v9 fastmath<fast> : f64
  %v11 = arith.constant 100.0 : f64
  %v12 = arith.minnumf %v10, %v11 fastmath<nsz> : f64
  %v13 = arith.constant dense<[]> : tensor<0xi8>
  %v14 = arith.subi %v13, %v13 : tensor<0xi8>
  %v15 = arith.extui %v2 : i7 to i64
  %v16 = arith.maxsi %arg0, %arg0 : index
  %v17 = arith.constant true
  %v18 = arith.index_castui %v17 : i1 to index
  return %v15, %v16, %v15 : i64, index, i64
}
func.func @f1(%arg0: f8E8M0FNU) -> (i1, f8E8M0FNU, index, index) {
  %v0 = arith.constant -6 : i64
  %v1:2 = arith.mului_extended %v0, %v0 : i64
  %v2 = arith.constant 0x7F : f8E8M0FNU
  %v3 = arith.maxnumf %v2, %arg0 : f8E8M0FNU
  %v4 = arith.constant false
  %v5 = arith.select %v4, %v3, %v2 : f8E8M0FNU
  %v6 = arith.constant true
  %v7 = arith.constant true
  %v8 = arith.shrsi %v6, %v7 exact : i1
  %v9 = arith.constant 9223372036854775807 : index
  %v10 = arith.constant 8 : i7
  %v11 = arith.constant -0.75 : f64
  %v12:3 = func.call @f0(%v9, %v10, %v11) : (index, i7, f64) -> (i64, index, i64)
  %v13 = arith.constant true
  %v14 = arith.maxui %v13, %v8 : i1
  %v15 = arith.remf %arg0, %v3 fastmath<ninf> : f8E8M0FNU
  return %v14, %v15, %v12#1, %v12#1 : i1, f8E8M0FNU, index, index
}
func.func @f2(%arg0: i64, %arg1: i33) -> (i1, i1) {
  %v0 = arith.constant 0.0 : f8E4M3FN
  %v1 = arith.constant 0.1 : f8E4M3FN
  %v2 = arith.cmpf ugt, %v0, %v1 fastmath<nsz> : f8E4M3FN
  %v3 = arith.cmpf ugt, %v0, %v1 fastmath<nsz> : f8E4M3FN
  %v4 = arith.minimumf %v1, %v1 : f8E4M3FN
  %v5 = arith.cmpi sle, %arg0, %arg0 : i64
  %v6 = arith.select %v5, %arg0, %arg0 : i64
  %v7 = arith.constant 0xF8 : f8E4M3FN
  %v8 = arith.constant -0.0 : f8E4M3FN
  %v9 = arith.maxnumf %v7, %v8 : f8E4M3FN
  %v10 = arith.constant 9223372036854775807 : i64
  %v11 = arith.select %v5, %v10, %arg0 : i64
  %v12 = arith.constant 0xB8 : f8E4M3FN
  %v13 = arith.cmpf ule, %v12, %v7 : f8E4M3FN
  %v14 = arith.constant 14 : i33
  %v15:2 = arith.addui_extended %v14, %arg1 : i33, i1
  %v16 = arith.constant false
  %v17 = arith.floordivsi %v16, %v15#1 : i1
  %v18 = arith.divsi %arg1, %v15#0 {tag = 0 : i64} : i33
  %v19 = arith.floordivsi %v16, %v15#1 : i1
  %v20 = arith.constant 0 : index
  %v21 = arith.constant -9223372036854775808 : index
  %v22 = arith.divui %v20, %v21 exact : index
  %v23 = arith.cmpi sle, %v11, %v10 : i64
  %v24 = arith.constant -8841388582691393295 : i64
  %v25 = arith.subi %v11, %v24 : i64
  %v26 = arith.constant 8504554190752494908 : i64
  %v27 = arith.subi %v25, %v26 : i64
  %v28 = arith.constant 0x78 : f8E4M3FN
  %v29 = arith.minnumf %v28, %v8 fastmath<nnan> : f8E4M3FN
  %v30 = arith.cmpf ugt, %v0, %v1 fastmath<nsz> : f8E4M3FN
  %v31 = arith.constant true
  %v32 = arith.shli %v30, %v31 : i1
  %v33 = arith.shli %v15#0, %v18 : i33
  %v34 = arith.constant true
  %v35 = arith.ceildivsi %v34, %v16 : i1
  %v36 = arith.cmpf ogt, %v0, %v9 fastmath<nnan> : f8E4M3FN
  %v37 = arith.muli %v30, %v31 overflow<none> : i1
  %v38 = arith.constant dense<[9, 426876263, 1]> : tensor<3xi32>
  %v39:2 = arith.mului_extended %v38, %v38 : tensor<3xi32>
  return %v23, %v23 : i1, i1
}
func.func @f3(%arg0: bf16) -> i64 {
  %v0 = arith.constant 0x00000000 : f32
  %v1 = arith.remf %v0, %v0 : f32
  %v2 = arith.constant 1.0 : f32
  %v3 = arith.mulf %v0, %v2 : f32
  %v4 = arith.constant 64 : i8
  %v5 = arith.constant 15 : i8
  %v6 = arith.cmpi ne, %v4, %v5 : i8
  %v7 = arith.select %v6, %v5, %v4 : i8
  %v8 = arith.cmpi ne, %v4, %v5 : i8
  %v9 = arith.constant true
  %v10 = arith.remui %v9, %v8 : i1
  %v11 = arith.constant 0 : i8
  %v12 = arith.extsi %v11 : i8 to i64
  %v13 = arith.constant 65 : i64
  %v14 = arith.cmpi ule, %v12, %v13 : i64
  return %v12 : i64
}
