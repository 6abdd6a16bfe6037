// Random func/arith module, seed 151.
func.func @f0(%arg0: i8, %arg1: vector<bf16>, %arg2: f8E5M2FNUZ, %arg3: f32) {
  %v0 = arith.constant 7 : i8
  %v1 = arith.cmpi sgt, %arg0, %v0 : i8
  %v2 = arith.trunci %v0 overflow<nsw, nuw> : i8 to i1
  %v3:2 = arith.mulsi_extended %arg0, %v0 : i8
  %v4 = arith.negf %arg1 : vector<bf16>
  %v5 = arith.negf %v4 : vector<bf16>
  %v6 = arith.constant false
  %v7:2 = arith.mului_extended %v1, %v6 : i1
  %v8 = arith.constant -128 : i8
  %v9 = arith.ori %v0, %v8 : i8
  %v10 = arith.trunci %v0 overflow<nsw, nuw> : i8 to i1
  %v11 = arith.constant 0 : i8
  %v12 = arith.maxui %arg0, %v11 : i8
  %v13 = arith.ori %v0, %v8 : i8
  %v14 = arith.constant 0 : i16
  %v15 = arith.extsi %v14 : i16 to i64
  %v16 = arith.constant 5 : i16
  %v17 = arith.extsi %v16 : i16 to i64
  %v18 = arith.cmpi sgt, %v15, %v17 : i64
  %v19 = arith.cmpf false, %arg3, %arg3 fastmath<fast> : f32
  %v20 = arith.constant -9223372036854775808 : i64
  %v21:2 = arith.mului_extended %v20, %v15 : i64
  return
}
func.func @f1(%arg0: i64) -> (i64, i64, tensor<3xf16>) {
  %v0 = arith.constant dense<0xFF80> : tensor<3xbf16>
  %v1 = arith.bitcast %v0 : tensor<3xbf16> to tensor<3xf16>
  %v2 = arith.constant dense<0xFC00> : tensor<3xf16>
  %v3 = arith.maxnumf %v2, %v1 fastmath<ninf> : tensor<3xf16>
  %v4 = arith.maxnumf %v2, %v1 fastmath<ninf> : tensor<3xf16>
  %v5 = arith.constant 17848844135595253336 : i64
  %v6 = arith.cmpi sle, %v5, %arg0 : i64
  %v7 = arith.constant true
  %v8 = arith.constant true
  %v9:2 = arith.mului_extended %v7, %v8 : i1
  %v10 = arith.constant dense<0xBC00> : tensor<3xf16>
  %v11 = arith.divf %v3, %v10 : tensor<3xf16>
  %v12 = arith.constant dense<[3.0, 0xFC00, 0xDA3B]> : tensor<3xf16>
  %v13 = arith.minimumf %v12, %v11 fastmath<nnan> : tensor<3xf16>
  %v14 = arith.maxnumf %v1, %v2 fastmath<ninf> : tensor<3xf16>
  %v15 = arith.constant 5 : i64
  %v16 = arith.floordivsi %v15, %arg0 : i64
  %v17 = arith.constant 0xFF80 : bf16
  %v18 = arith.maxnumf %v17, %v17 : bf16
  %v19 = arith.divf %v3, %v10 : tensor<3xf16>
  %v20 = arith.constant dense<[-2.5, 7.0, 0xFE00]> : tensor<3xf16>
  %v21 = arith.fptosi %v20 : tensor<3xf16> to tensor<3xi16>
  %v22 = arith.constant 0xF001 : bf16
  %v23 = arith.cmpf oeq, %v17, %v22 fastmath<arcp,afn> : bf16
  %v24 = arith.constant 5421464874734095821 : i64
  %v25 = arith.constant 0 : i64
  %v26 = arith.select %v7, %v24, %v25 : i64
  %v27 = arith.constant 128 : i64
  %v28 = arith.remsi %v27, %arg0 : i64
  return %v16, %v16, %v14 : i64, i64, tensor<3xf16>
}
