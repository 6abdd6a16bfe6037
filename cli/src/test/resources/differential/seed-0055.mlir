// Random func/arith module, seed 55.
func.func @f0(%arg0: index, %arg1: index, %arg2: f32, %arg3: i8) -> (i1, i1, i1) {
  %v0 = arith.constant dense<13> : tensor<2x2xi16>
  %v1 = arith.cmpi sgt, %v0, %v0 : tensor<2x2xi16>
  %v2 = arith.constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %v3 = arith.uitofp %v2 : tensor<2x2xi1> to tensor<2x2xf16>
  %v4 = arith.truncf %arg2 fastmath<fast> : f32 to f8E8M0FNU
  %v5 = arith.constant 100.0 : f8E8M0FNU
  %v6 = arith.minnumf %v5, %v4 : f8E8M0FNU
  %v7 = arith.constant dense<[[true, true], [true, true]]> : tensor<2x2xi1>
  %v8 = arith.constant dense<false> : tensor<2x2xi1>
  %v9 = arith.minui %v7, %v8 : tensor<2x2xi1>
  %v10 = arith.constant dense<true> : tensor<2x2xi1>
  %v11 = arith.minui %v10, %v9 : tensor<2x2xi1>
  %v12 = arith.constant 5 : i7
  %v13 = arith.constant -1 : i7
  %v14 = arith.cmpi ugt, %v12, %v13 : i7
  %v15 = arith.constant dense<[[true, true], [true, false]]> : tensor<2x2xi1>
  %v16 = arith.extui %v15 : tensor<2x2xi1> to tensor<2x2xi16>
  %v17 = arith.constant -1 : i8
  %v18 = arith.constant 9 : i8
  %v19:2 = arith.addui_extended %v17, %v18 : i8, i1
  %v20 = arith.uitofp %v2 : tensor<2x2xi1> to tensor<2x2xf16>
  %v21 = arith.constant 0x01 : f8E8M0FNU
  %v22 = arith.minnumf %v21, %v4 fastmath<arcp,afn> : f8E8M0FNU
  %v23 = arith.index_castui %arg0 : index to i1
  %v24 = arith.constant false
  %v25 = arith.maxsi %v24, %v23 : i1
  %v26 = arith.uitofp %v2 : tensor<2x2xi1> to tensor<2x2xf16>
  %v27 = arith.ceildivui %v19#1, %v25 : i1
  %v28 = arith.constant 8 : i7
  %v29 = arith.minui %v28, %v13 : i7
  %v30 = arith.constant -9223372036854775808 : index
  %v31 = arith.remsi %v30, %arg1 : index
  %v32 = arith.muli %arg3, %v19#0 overflow<nsw, nuw> : i8
  return %v27, %v25, %v25 : i1, i1, i1
}
func.func @f1(%arg0: i64, %arg1: f8E4M3FNUZ) -> i33 {
  %v0 = arith.constant 2 : i64
  %v1 = arith.andi %arg0, %v0 : i64
  %v2 = arith.constant -1 : i64
  %v3 = arith.andi %v1, %v2 : i64
  %v4 = arith.constant dense<-7> : tensor<0xi16>
  %v5 = arith.constant dense<-3> : tensor<0xi16>
  %v6 = arith.divui %v4, %v5 : tensor<0xi16>
  %v7 = arith.constant -1 : i64
  %v8 = arith.xori %v1, %v7 : i64
  %v9 = arith.xori %v8, %v7 : i64
  %v10 = arith.divui %v4, %v5 : tensor<0xi16>
  %v11 = arith.shli %v4, %v4 : tensor<0xi16>
  %v12 = arith.cmpf ole, %arg1, %arg1 {tag = 0 : i64} : f8E4M3FNUZ
  %v13 = arith.fptosi %arg1 : f8E4M3FNUZ to i33
  %v14 = arith.constant 0x7F800000 : f32
  %v15 = arith.cmpf une, %v14, %v14 : f32
  return %v13 : i33
}
func.func @f2(%arg0: tensor<3xi8>, %arg1: f16) -> (i1, i1, i1) {
  %v0 = arith.constant dense<[7, 13, -4]> : tensor<3xi8>
  %v1 = arith.divsi %v0, %arg0 : tensor<3xi8>
  %v2 = arith.constant dense<0> : tensor<3xi8>
  %v3 = arith.uitofp %v2 : tensor<3xi8> to tensor<3xf64>
  %v4 = arith.constant dense<[-8, 7, -128]> : tensor<3xi8>
  %v5 = arith.cmpi ult, %arg0, %v4 : tensor<3xi8>
  %v6 = arith.constant 9223372036854775807 : i64
  %v7 = arith.constant 0xB8 : f8E4M3FNUZ
  %v8 = func.call @f1(%v6, %v7) {tag = 1 : i64} : (i64, f8E4M3FNUZ) -> i33
  %v9 = arith.constant 64 : index
  %v10 = arith.constant -1 : index
  %v11 = arith.constant 0x7F800000 : f32
  %v12 = arith.constant 127 : i8
  %v13:3 = func.call @f0(%v9, %v10, %v11, %v12) : (index, index, f32, i8) -> (i1, i1, i1)
  %v14 = arith.constant 0 : i32
  %v15 = arith.constant 1024 : i32
  %v16 = arith.andi %v14, %v15 : i32
  return %v13#1, %v13#0, %v13#0 : i1, i1, i1
}
