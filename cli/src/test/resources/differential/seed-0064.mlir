// Random func/arith module, seed 64.
func.func @f0(%arg0: i32) -> (i32, i32) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.ceildivui %arg0, %v0 : i32
  %v2 = arith.constant 0x87 : f8E5M2
  %v3 = arith.fptosi %v2 : f8E5M2 to i64
  %v4 = arith.fptosi %v2 : f8E5M2 to i64
  %v5 = arith.muli %v1, %v1 overflow<none> : i32
  %v6 = arith.ceildivui %arg0, %v0 : i32
  %v7 = arith.constant 4 : i32
  %v8 = arith.constant 1 : i32
  %v9:2 = arith.addui_extended %v7, %v8 : i32, i1
  %v10 = arith.constant 33 : i32
  %v11 = arith.divsi %v8, %v10 exact : i32
  %v12 = arith.constant -7 : i32
  %v13 = arith.xori %v6, %v12 : i32
  %v14 = arith.muli %v1, %v10 : i32
  %v15 = arith.constant 0xFE : f8E5M2
  %v16 = arith.minimumf %v2, %v15 fastmath<nsz> : f8E5M2
  %v17 = arith.constant 0x01 : f8E5M2
  %v18 = arith.constant 100.0 : f8E5M2
  %v19 = arith.subf %v17, %v18 fastmath<ninf> : f8E5M2
  %v20 = arith.subf %v17, %v18 fastmath<ninf> : f8E5M2
  return %v14, %v14 : i32, i32
}
func.func @f1(%arg0: f8E4M3, %arg1: f32, %arg2: i16, %arg3: index) -> f8E4M3 {
  %v0 = arith.fptosi %arg0 : f8E4M3 to i33
  %v1 = arith.constant 9223372036854775807 : index
  %v2 = arith.andi %arg3, %v1 : index
  %v3 = arith.constant true
  %v4 = arith.constant 5 : i33
  %v5 = arith.select %v3, %v4, %v0 : i33
  %v6 = arith.constant 10 : i32
  %v7:2 = func.call @f0(%v6) : (i32) -> (i32, i32)
  %v8 = arith.constant -9223372036854775808 : index
  %v9 = arith.ceildivui %v8, %v1 : index
  %v10 = arith.constant 0x01 : f8E4M3
  %v11 = arith.fptosi %v10 : f8E4M3 to i128
  %v12 = arith.constant 0x7F7FFFFF : f32
  %v13 = arith.bitcast %v12 : f32 to i32
  %v14 = arith.constant 0 : i16
  %v15 = arith.cmpi slt, %arg2, %v14 : i16
  %v16 = arith.constant 100.0 : f32
  %v17 = arith.minimumf %arg1, %v16 fastmath<nsz> : f32
  %v18 = arith.divf %arg0, %arg0 fastmath<ninf> : f8E4M3
  %v19 = arith.constant 0 : i16
  %v20 = arith.muli %v14, %v19 : i16
  %v21 = arith.divf %v18, %arg0 fastmath<arcp,afn> : f8E4M3
  %v22 = arith.constant 0x03FF : f16
  %v23 = arith.constant 0x0400 : f16
  %v24 = arith.cmpf ole, %v22, %v23 : f16
  return %v18 : f8E4M3
}
func.func @f2(%arg0: tensor<2x2xf16>) -> (tensor<2x2xf16>, tensor<2x2xi1>) {
  %v0 = arith.constant 2 : i32
  %v1 = arith.constant -2147483648 : i32
  %v2 = arith.ceildivui %v0, %v1 : i32
  %v3 = arith.constant 7 : i32
  %v4 = arith.cmpi eq, %v1, %v3 : i32
  %v5 = arith.minsi %v4, %v4 : i1
  %v6 = arith.constant 0x31 : f8E4M3
  %v7 = arith.constant 3.0 : f32
  %v8 = arith.constant -1 : i16
  %v9 = arith.constant 63 : index
  %v10 = func.call @f1(%v6, %v7, %v8, %v9) : (f8E4M3, f32, i16, index) -> f8E4M3
  %v11 = arith.constant 0x7F800000 : f32
  %v12 = arith.constant -0.75 : f32
  %v13 = arith.remf %v11, %v12 : f32
  %v14 = arith.addi %v8, %v8 : i16
  %v15 = arith.constant 3 : i64
  %v16:2 = arith.mulsi_extended %v15, %v15 : i64
  %v17 = arith.constant 0x00800000 : f32
  %v18 = arith.truncf %v17 upward : f32 to f8E4M3
  %v19 = arith.cmpi eq, %v1, %v3 : i32
  %v20 = arith.subi %v9, %v9 overflow<nsw, nuw> : index
  %v21 = arith.constant dense<0x7C00> : tensor<2x2xf16>
  %v22 = arith.cmpf true, %v21, %arg0 : tensor<2x2xf16>
  %v23 = arith.constant dense<true> : tensor<2x2xi1>
  %v24 = arith.select %v23, %v23, %v22 : tensor<2x2xi1>, tensor<2x2xi1>
  %v25 = arith.constant dense<false> : tensor<3xi1>
  %v26 = arith.extsi %v25 : tensor<3xi1> to tensor<3xi16>
  %v27 = arith.constant dense<-0.0> : tensor<2x2xf16>
  %v28 = arith.cmpf ugt, %v27, %v21 : tensor<2x2xf16>
  %v29 = arith.cmpf true, %v21, %arg0 : tensor<2x2xf16>
  return %v27, %v24 : tensor<2x2xf16>, tensor<2x2xi1>
}
func.func @f3(%arg0: tensor<3xi8>, %arg1: f8E5M2FNUZ, %arg2: tensor<2x2xf32>, %arg3: i64) -> (i64, tensor<3xi8>, f8E5M2FNUZ) {
  %v0 = arith.constant -9223372036854775808 : index
  %v1 = arith.constant 14 : index
  %v2 = arith.minsi %v0, %v1 : index
  %v3 = arith.addi %v0, %v0 overflow<nsw, nuw> : index
  %v4 = arith.maxnumf %arg2, %arg2 : tensor<2x2xf32>
  %v5 = arith.maximumf %v4, %arg2 : tensor<2x2xf32>
  %v6 = arith.constant dense<[-1, 127, 1]> : tensor<3xi8>
  %v7 = arith.constant dense<-2> : tensor<3xi8>
  %v8 = arith.minui %v6, %v7 : tensor<3xi8>
  %v9 = arith.constant 9223372036854775807 : i64
  %v10 = arith.cmpi ule, %arg3, %v9 : i64
  %v11 = arith.constant 14 : i64
  %v12 = arith.remui %v11, %arg3 : i64
  %v13 = arith.minnumf %arg1, %arg1 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v14 = arith.constant 0x00 : f8E5M2FNUZ
  %v15 = arith.cmpf ogt, %arg1, %v14 : f8E5M2FNUZ
  %v16 = arith.ceildivsi %v11, %arg3 : i64
  %v17 = arith.maximumf %v13, %arg1 : f8E5M2FNUZ
  %v18:2 = arith.mulsi_extended %v10, %v15 : i1
  return %v12, %v8, %v13 : i64, tensor<3xi8>, f8E5M2FNUZ
}
