// Random func/arith module, seed 93.
func.func @f0(%arg0: f8E4M3FNUZ) -> i1 {
  %v0 = arith.constant 4.0 : f8E4M3FNUZ
  %v1 = arith.minimumf %arg0, %v0 : f8E4M3FNUZ
  %v2 = arith.constant false
  %v3 = arith.constant false
  %v4 = arith.andi %v2, %v3 : i1
  %v5 = arith.andi %v3, %v2 : i1
  %v6 = arith.constant dense<1> : tensor<0xi16>
  %v7 = arith.constant dense<-1> : tensor<0xi16>
  %v8 = arith.subi %v6, %v7 overflow<none> : tensor<0xi16>
  %v9 = arith.constant 0.5 : bf16
  %v10 = arith.minnumf %v9, %v9 : bf16
  %v11 = arith.cmpi slt, %v2, %v2 : i1
  %v12 = arith.constant 0.5 : f8E4M3FNUZ
  %v13 = arith.constant 7.0 : f8E4M3FNUZ
  %v14 = arith.cmpf olt, %v12, %v13 fastmath<none> : f8E4M3FNUZ
  %v15 = arith.select %v5, %v13, %v0 : f8E4M3FNUZ
  %v16 = arith.constant dense<32767> : tensor<0xi16>
  %v17 = arith.bitcast %v16 : tensor<0xi16> to tensor<0xf16>
  %v18 = arith.constant -1 : i16
  %v19 = arith.constant -32768 : i16
  %v20:2 = arith.mulsi_extended %v18, %v19 : i16
  %v21 = arith.cmpf ord, %v1, %arg0 {tag = 1 : i64} : f8E4M3FNUZ
  %v22 = arith.subi %v6, %v7 overflow<none> : tensor<0xi16>
  return %v21 : i1
}
func.func @f1(%arg0: f64, %arg1: i8) -> i8 {
  %v0 = arith.constant true
  %v1 = arith.constant -3.0e-05 : f64
  %v2 = arith.select %v0, %v1, %arg0 : f64
  %v3 = arith.constant 0x03FF : f16
  %v4 = arith.constant 0x7C00 : f16
  %v5 = arith.subf %v3, %v4 fastmath<arcp,afn> : f16
  %v6 = arith.constant -1 : i8
  %v7 = arith.constant 9 : i8
  %v8 = arith.cmpi ule, %v6, %v7 : i8
  %v9 = arith.constant false
  %v10 = arith.index_cast %v9 : i1 to index
  %v11 = arith.muli %v6, %arg1 overflow<nsw> : i8
  %v12 = arith.fptosi %v1 : f64 to i128
  %v13 = arith.subf %arg0, %v1 : f64
  %v14 = arith.constant -8 : i8
  %v15 = arith.index_castui %v14 : i8 to index
  %v16 = arith.constant dense<9223372036854775807> : tensor<0xi64>
  %v17 = arith.bitcast %v16 {tag = 1 : i64} : tensor<0xi64> to tensor<0xf64>
  %v18 = arith.minnumf %v1, %v13 fastmath<arcp,afn> : f64
  %v19 = arith.subf %v3, %v4 fastmath<arcp,afn> : f16
  %v20:2 = arith.addui_extended %v7, %arg1 : i8, i1
  %v21 = arith.constant true
  %v22 = arith.andi %v21, %v0 : i1
  %v23 = arith.constant dense<33> : tensor<3xi32>
  %v24 = arith.constant dense<67108864> : tensor<3xi32>
  %v25 = arith.cmpi slt, %v23, %v24 : tensor<3xi32>
  %v26 = arith.constant 0 : i8
  %v27 = arith.cmpi uge, %v26, %v14 : i8
  %v28 = arith.constant 0x01 : f8E4M3FNUZ
  %v29 = func.call @f0(%v28) : (f8E4M3FNUZ) -> i1
  %v30 = arith.minnumf %v18, %v13 : f64
  %v31 = arith.floordivsi %v14, %v7 : i8
  %v32 = func.call @f0(%v28) : (f8E4M3FNUZ) -> i1
  return %v20#0 : i8
}
