// Random func/arith module, seed 189.
func.func @f0(%arg0: i8) -> (vector<2xi1>, i1) {
  %v0 = arith.constant 12 : index
  %v1 = arith.constant 16 : index
  %v2 = arith.shrui %v0, %v1 : index
  %v3 = arith.maxui %v2, %v0 : index
  %v4 = arith.constant false
  %v5 = arith.index_castui %v4 : i1 to index
  %v6 = arith.cmpi sle, %v5, %v3 : index
  %v7 = arith.constant dense<0xFC00> : vector<2xf16>
  %v8 = arith.constant dense<[1.0e+10, 0xBC00]> : vector<2xf16>
  %v9 = arith.maximumf %v7, %v8 fastmath<ninf> : vector<2xf16>
  %v10 = arith.constant 1 : i8
  %v11 = arith.ceildivsi %arg0, %v10 : i8
  %v12 = arith.constant -1 : i8
  %v13 = arith.cmpi uge, %v11, %v12 : i8
  %v14 = arith.constant 6 : i8
  %v15 = arith.shrsi %arg0, %v14 : i8
  %v16 = arith.cmpf ult, %v7, %v8 : vector<2xf16>
  return %v16, %v4 : vector<2xi1>, i1
}
func.func @f1(%arg0: vector<2xf16>, %arg1: i32, %arg2: i64, %arg3: bf16) {
  %v0 = arith.constant 10 : i64
  %v1 = arith.constant -5 : i64
  %v2 = arith.remsi %v0, %v1 : i64
  %v3 = arith.fptosi %arg0 : vector<2xf16> to vector<2xi8>
  %v4 = arith.constant false
  %v5 = arith.constant false
  %v6:2 = arith.addui_extended %v4, %v5 : i1, i1
  %v7 = arith.subf %arg3, %arg3 fastmath<arcp,afn> : bf16
  %v8 = arith.constant 11 : i8
  %v9 = arith.divsi %v8, %v8 : i8
  %v10 = arith.constant 127 : i8
  %v11 = arith.divui %v10, %v8 : i8
  return
}
func.func @f2(%arg0: f32, %arg1: f8E4M3FN) -> (vector<2xi8>, i1) {
  %v0 = arith.cmpf ugt, %arg1, %arg1 : f8E4M3FN
  %v1 = arith.constant 0x7BFF : f16
  %v2 = arith.cmpf ord, %v1, %v1 : f16
  %v3 = arith.cmpf ord, %v1, %v1 : f16
  %v4 = arith.constant 4.0 : f8E4M3FN
  %v5 = arith.mulf %v4, %arg1 fastmath<arcp,afn> : f8E4M3FN
  %v6 = arith.constant false
  %v7 = arith.maxui %v0, %v6 : i1
  %v8 = arith.constant 0x7F800000 : f32
  %v9 = arith.minimumf %v8, %arg0 : f32
  %v10:2 = arith.mului_extended %v0, %v6 : i1
  %v11 = arith.negf %v5 : f8E4M3FN
  %v12 = arith.constant dense<[-128, -20]> : vector<2xi8>
  %v13 = arith.index_cast %v12 : vector<2xi8> to vector<2xindex>
  %v14 = arith.constant true
  %v15 = arith.ceildivsi %v14, %v7 : i1
  %v16 = arith.cmpf ult, %v4, %v5 fastmath<none> : f8E4M3FN
  %v17 = arith.andi %v7, %v14 : i1
  %v18 = arith.minui %v0, %v17 : i1
  %v19 = arith.cmpi ule, %v10#1, %v15 : i1
  %v20 = arith.constant 0x007FFFFF : f32
  %v21 = arith.addf %v20, %arg0 fastmath<arcp,afn> : f32
  return %v12, %v15 : vector<2xi8>, i1
}
func.func @f3(%arg0: vector<2xbf16>, %arg1: i16, %arg2: tensor<3xf64>, %arg3: i8) -> vector<2xf32> {
  %v0 = arith.constant false
  %v1 = arith.constant -0.75 : f8E3M4
  %v2 = arith.constant -0.0 : f8E3M4
  %v3 = arith.select %v0, %v1, %v2 : f8E3M4
  %v4 = arith.select %v0, %v1, %v2 : f8E3M4
  %v5 = arith.constant 32767 : i16
  %v6 = arith.extsi %v5 : i16 to i64
  %v7 = arith.remf %arg0, %arg0 fastmath<ninf> : vector<2xbf16>
  %v8 = arith.constant dense<0x27A3> : vector<2xf16>
  %v9 = arith.constant -2147483648 : i32
  %v10 = arith.constant 1099511627776 : i64
  %v11 = arith.constant 0.1 : bf16
  func.call @f1(%v8, %v9, %v10, %v11) : (vector<2xf16>, i32, i64, bf16) -> ()
  %v13 = arith.constant dense<0x8000000000000000> : tensor<3xf64>
  %v14 = arith.addf %arg2, %v13 fastmath<nsz> : tensor<3xf64>
  %v15 = arith.constant 6 : i64
  %v16 = arith.shrui %v15, %v10 exact : i64
  %v17 = arith.remf %v14, %arg2 : tensor<3xf64>
  %v18 = arith.constant dense<0xBF80> : vector<2xbf16>
  %v19 = arith.negf %v18 : vector<2xbf16>
  %v20 = arith.constant dense<0x0001> : vector<2xbf16>
  %v21 = arith.extf %v20 : vector<2xbf16> to vector<2xf32>
  %v22 = arith.constant -2 : i8
  %v23 = arith.constant 13 : i8
  %v24 = arith.remui %v22, %v23 : i8
  %v25 = arith.constant 1 : i16
  %v26 = arith.constant 17 : i16
  %v27:2 = arith.mulsi_extended %v25, %v26 : i16
  %v28 = arith.constant 1 : i8
  %v29 = arith.cmpi slt, %v22, %v28 : i8
  %v30 = arith.sitofp %v25 : i16 to f64
  %v31 = arith.maxsi %v22, %arg3 : i8
  return %v21 : vector<2xf32>
}
