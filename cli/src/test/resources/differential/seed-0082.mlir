// Random func/arith module, seed 82.
func.func @f0(%arg0: i64) -> (i64, i1) {
  %v0 = arith.constant dense<-0.75> : tensor<3xf32>
  %v1 = arith.cmpf une, %v0, %v0 fastmath<nnan,ninf> : tensor<3xf32>
  %v2 = arith.constant dense<false> : tensor<3xi1>
  %v3 = arith.constant dense<false> : tensor<3xi1>
  %v4 = arith.ceildivui %v2, %v3 : tensor<3xi1>
  %v5 = arith.constant 127 : i8
  %v6 = arith.extsi %v5 : i8 to i64
  %v7 = arith.extsi %v5 : i8 to i64
  %v8 = arith.cmpi sle, %v6, %v7 : i64
  %v9 = arith.constant dense<[0x3F800000, 0x00000001, 0x80000000]> : tensor<3xf32>
  %v10 = arith.cmpf ole, %v0, %v9 : tensor<3xf32>
  %v11 = arith.constant true
  %v12 = arith.constant -8 : i8
  %v13 = arith.select %v11, %v5, %v12 : i8
  %v14 = arith.negf %v0 : tensor<3xf32>
  %v15 = arith.xori %v6, %arg0 : i64
  %v16 = arith.constant false
  %v17 = arith.cmpi eq, %v16, %v11 : i1
  %v18 = arith.select %v17, %v11, %v16 : i1
  %v19 = arith.constant 0.1 : f8E4M3FNUZ
  %v20 = arith.maxnumf %v19, %v19 : f8E4M3FNUZ
  %v21 = arith.extf %v19 : f8E4M3FNUZ to bf16
  %v22 = arith.constant 9 : i64
  %v23:2 = arith.mului_extended %arg0, %v22 : i64
  %v24 = arith.constant 0xFC : f8E4M3FNUZ
  %v25 = arith.divf %v24, %v24 : f8E4M3FNUZ
  %v26 = arith.constant 0x80 : f8E4M3FNUZ
  %v27 = arith.cmpf oge, %v25, %v26 : f8E4M3FNUZ
  %v28 = arith.constant -0.0 : f8E4M3FNUZ
  %v29 = arith.remf %v28, %v24 fastmath<none> : f8E4M3FNUZ
  %v30 = arith.cmpf oge, %v25, %v26 : f8E4M3FNUZ
  %v31 = arith.constant 7 : i8
  %v32 = arith.shli %v5, %v31 : i8
  %v33 = arith.constant 0 : i64
  %v34 = arith.andi %v22, %v33 : i64
  return %v23#1, %v17 : i64, i1
}
func.func @f1(%arg0: f8E4M3FNUZ) -> (i1, i64) {
  %v0 = arith.constant 33 : i32
  %v1 = arith.constant -4 : i32
  %v2 = arith.xori %v0, %v1 : i32
  %v3 = arith.shrsi %v2, %v1 exact : i32
  %v4 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v5 = arith.minimumf %arg0, %v4 fastmath<fast> : f8E4M3FNUZ
  %v6 = arith.constant false
  %v7 = arith.constant 0x08 : f8E4M3
  %v8 = arith.constant -0.0 : f8E4M3
  %v9 = arith.select %v6, %v7, %v8 : f8E4M3
  %v10:2 = arith.mului_extended %v6, %v6 : i1
  %v11 = arith.extsi %v10#0 : i1 to i64
  %v12 = arith.constant 64 : i64
  %v13 = arith.cmpi sgt, %v11, %v12 : i64
  %v14 = arith.minnumf %arg0, %v4 fastmath<nsz> : f8E4M3FNUZ
  %v15 = arith.cmpi eq, %v11, %v12 : i64
  %v16 = arith.select %v15, %v11, %v12 : i64
  %v17:2 = arith.mului_extended %v6, %v6 : i1
  %v18 = arith.shli %v6, %v17#0 overflow<nuw> : i1
  %v19 = arith.constant true
  %v20 = arith.extsi %v19 : i1 to i128
  %v21 = arith.constant 3945030507308840142 : i64
  %v22:2 = func.call @f0(%v21) : (i64) -> (i64, i1)
  %v23 = arith.constant -9223372036854775808 : i64
  %v24 = arith.remsi %v22#0, %v23 : i64
  %v25 = arith.constant 1125899906842624 : i64
  %v26:2 = arith.mulsi_extended %v24, %v25 : i64
  return %v17#0, %v24 : i1, i64
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: i1, %arg2: index) -> (i32, index, f8E5M2FNUZ) {
  %v0 = arith.constant true
  %v1 = arith.index_cast %v0 : i1 to index
  %v2 = arith.constant dense<12> : vector<2x3xi8>
  %v3 = arith.minsi %v2, %v2 : vector<2x3xi8>
  %v4 = arith.cmpi ult, %arg1, %v0 : i1
  %v5 = arith.constant false
  %v6 = arith.constant true
  %v7 = arith.shrui %v5, %v6 : i1
  %v8 = arith.constant 2147483648 : i32
  %v9 = arith.index_castui %v8 : i32 to index
  %v10 = arith.index_castui %v9 : index to i32
  %v11 = arith.index_castui %v9 : index to i32
  %v12 = arith.constant dense<1> : vector<2x3xi8>
  %v13 = arith.minsi %v2, %v12 : vector<2x3xi8>
  %v14 = arith.constant 0x80 : f8E5M2FNUZ
  %v15 = arith.constant 0x3C : f8E5M2FNUZ
  %v16 = arith.remf %v14, %v15 : f8E5M2FNUZ
  return %v10, %v9, %v16 : i32, index, f8E5M2FNUZ
}
