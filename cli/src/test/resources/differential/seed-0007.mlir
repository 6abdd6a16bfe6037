// Random func/arith module, seed 7.
func.func @f0(%arg0: vector<4xbf16>, %arg1: f8E4M3FNUZ, %arg2: f16) -> (index, vector<4xbf16>, vector<4xbf16>, i16) {
  %v0 = arith.constant -9223372036854775808 : index
  %v1 = arith.constant 0 : index
  %v2 = arith.subi %v0, %v1 : index
  %v3 = arith.constant 1.0 : f16
  %v4 = arith.cmpf ole, %arg2, %v3 fastmath<none> : f16
  %v5 = arith.constant 0x8000 : f16
  %v6 = arith.addf %v3, %v5 : f16
  %v7 = arith.constant dense<[7.0, 0.0, -0.0, 0x007F]> : vector<4xbf16>
  %v8 = arith.addf %arg0, %v7 : vector<4xbf16>
  %v9 = arith.addf %arg0, %v7 : vector<4xbf16>
  %v10 = arith.cmpf ole, %arg2, %v3 fastmath<none> : f16
  %v11 = arith.constant true
  %v12 = arith.shrui %v10, %v11 : i1
  %v13 = arith.constant true
  %v14 = arith.cmpi slt, %v13, %v4 : i1
  %v15 = arith.maximumf %arg2, %v3 : f16
  %v16 = arith.fptoui %v15 : f16 to i16
  %v17 = arith.maximumf %arg2, %v3 : f16
  %v18 = arith.maximumf %arg2, %v3 : f16
  %v19 = arith.addf %arg0, %v7 : vector<4xbf16>
  %v20 = arith.constant 17 : i16
  %v21 = arith.subi %v16, %v20 : i16
  %v22 = arith.maxui %v10, %v12 : i1
  %v23 = arith.minnumf %v7, %arg0 : vector<4xbf16>
  %v24 = arith.bitcast %v5 : f16 to i16
  %v25 = arith.divsi %v16, %v20 exact : i16
  return %v0, %v8, %v19, %v16 : index, vector<4xbf16>, vector<4xbf16>, i16
}
func.func @f1(%arg0: f8E3M4, %arg1: bf16, %arg2: index) -> (i16, i1, i16) {
  %v0 = arith.constant 63 : index
  %v1 = arith.maxui %v0, %v0 : index
  %v2 = arith.constant 31430 : i16
  %v3 = arith.cmpi sge, %v2, %v2 : i16
  %v4 = arith.constant dense<[0xFFC0, 0x0080, -1.0, 0x0080]> : vector<4xbf16>
  %v5 = arith.constant -0.0 : f8E4M3FNUZ
  %v6 = arith.constant 3.0 : f16
  %v7:4 = func.call @f0(%v4, %v5, %v6) : (vector<4xbf16>, f8E4M3FNUZ, f16) -> (index, vector<4xbf16>, vector<4xbf16>, i16)
  %v8 = arith.constant 16 : index
  %v9 = arith.addi %v8, %v7#0 overflow<nsw, nuw> : index
  %v10 = arith.constant 1.0 : f8E4M3FNUZ
  %v11 = arith.constant 0xFE00 : f16
  %v12:4 = func.call @f0(%v7#1, %v10, %v11) : (vector<4xbf16>, f8E4M3FNUZ, f16) -> (index, vector<4xbf16>, vector<4xbf16>, i16)
  %v13 = arith.addi %v7#0, %v8 overflow<nsw, nuw> : index
  %v14 = arith.cmpf une, %v7#2, %v12#1 : vector<4xbf16>
  %v15 = arith.negf %v7#1 fastmath<none> : vector<4xbf16>
  %v16:4 = func.call @f0(%v15, %v10, %v6) : (vector<4xbf16>, f8E4M3FNUZ, f16) -> (index, vector<4xbf16>, vector<4xbf16>, i16)
  %v17 = arith.floordivsi %v7#0, %v13 : index
  %v18 = arith.constant -32768 : i16
  %v19 = arith.minsi %v18, %v16#3 : i16
  %v20 = arith.constant 0x3F80 : bf16
  %v21 = arith.maxnumf %v20, %arg1 : bf16
  %v22 = arith.floordivsi %v7#0, %v13 : index
  %v23 = arith.negf %v7#1 fastmath<ninf> : vector<4xbf16>
  %v24 = arith.cmpi sgt, %v18, %v12#3 : i16
  %v25 = arith.negf %v6 : f16
  %v26 = arith.fptosi %arg0 : f8E3M4 to i16
  %v27 = arith.negf %v23 : vector<4xbf16>
  %v28 = arith.constant true
  %v29 = arith.constant true
  %v30 = arith.minui %v28, %v29 : i1
  %v31 = arith.constant 0x75 : f8E3M4
  %v32 = arith.minimumf %arg0, %v31 : f8E3M4
  %v33 = arith.constant dense<true> : vector<4xi1>
  %v34 = arith.andi %v33, %v14 : vector<4xi1>
  return %v16#3, %v24, %v16#3 : i16, i1, i16
}
func.func @f2(%arg0: i64, %arg1: f8E4M3FN, %arg2: i32) -> tensor<3xi1> {
  %v0 = arith.constant -3.0e-05 : f8E4M3FN
  %v1 = arith.fptosi %v0 : f8E4M3FN to i64
  %v2 = arith.extsi %arg0 : i64 to i128
  %v3 = arith.constant dense<15> : vector<2xindex>
  %v4 = arith.constant dense<11> : vector<2xindex>
  %v5 = arith.divsi %v3, %v4 : vector<2xindex>
  %v6 = arith.constant dense<-1> : vector<2x3xi32>
  %v7 = arith.constant dense<32> : vector<2x3xi32>
  %v8 = arith.cmpi ne, %v6, %v7 : vector<2x3xi32>
  %v9 = arith.cmpi ult, %arg2, %arg2 : i32
  %v10 = arith.cmpi ult, %arg2, %arg2 : i32
  %v11 = arith.constant dense<[[13, -1], [2, 0]]> : tensor<2x2xi32>
  %v12 = arith.constant dense<1> : tensor<2x2xi32>
  %v13 = arith.remsi %v11, %v12 : tensor<2x2xi32>
  %v14 = arith.cmpf uge, %arg1, %arg1 fastmath<nnan,ninf> : f8E4M3FN
  %v15 = arith.constant false
  %v16 = arith.minui %v9, %v15 : i1
  %v17 = arith.constant 11 : i128
  %v18 = arith.divsi %v2, %v17 exact : i128
  %v19 = arith.shli %v1, %v1 : i64
  %v20 = arith.constant dense<0xCA23> : tensor<2x2xf16>
  %v21 = arith.maxnumf %v20, %v20 : tensor<2x2xf16>
  %v22 = arith.fptoui %v20 : tensor<2x2xf16> to tensor<2x2xi1>
  %v23 = arith.constant dense<true> : vector<2x3xi1>
  %v24 = arith.constant dense<true> : vector<2x3xi1>
  %v25 = arith.andi %v23, %v24 : vector<2x3xi1>
  %v26 = arith.constant dense<0x7F7FFFFF> : tensor<3xf32>
  %v27 = arith.constant dense<-0.75> : tensor<3xf32>
  %v28 = arith.cmpf une, %v26, %v27 fastmath<ninf> : tensor<3xf32>
  %v29 = arith.remf %arg1, %arg1 : f8E4M3FN
  %v30 = arith.andi %v23, %v24 : vector<2x3xi1>
  return %v28 : tensor<3xi1>
}
