// Random func/arith module, seed 82.
func.func @f0(%arg0: i64) -> i8 {
  %v0 = arith.constant dense<2.0> : vector<f32>
  %v1 = arith.cmpf ult, %v0, %v0 fastmath<arcp,afn> : vector<f32>
  %v2 = arith.constant dense<0x80000000> : vector<f32>
  %v3 = arith.maximumf %v0, %v2 : vector<f32>
  %v4 = arith.constant 127 : i8
  %v5 = arith.extsi %v4 : i8 to i64
  %v6 = arith.constant 16 : i64
  %v7 = arith.cmpi ult, %v5, %v6 : i64
  %v8 = arith.constant dense<true> : vector<i1>
  %v9:2 = arith.addui_extended %v8, %v1 : vector<i1>, vector<i1>
  %v10 = arith.cmpi ugt, %v6, %arg0 : i64
  %v11:2 = arith.addui_extended %v8, %v1 : vector<i1>, vector<i1>
  %v12 = arith.constant dense<0x5A8FA15E> : vector<f32>
  %v13 = arith.maximumf %v12, %v3 : vector<f32>
  %v14 = arith.shrsi %arg0, %v5 : i64
  %v15 = arith.constant dense<0xFFC00000> : vector<f32>
  %v16 = arith.constant dense<0xFF800000> : vector<f32>
  %v17 = arith.maxnumf %v15, %v16 fastmath<none> : vector<f32>
  %v18 = arith.cmpf one, %v2, %v13 fastmath<none> : vector<f32>
  %v19 = arith.constant dense<0x00000001> : vector<f32>
  %v20 = arith.truncf %v19 fastmath<none> : vector<f32> to vector<bf16>
  %v21 = arith.constant 9223372036854775807 : i64
  %v22:2 = arith.mului_extended %arg0, %v21 : i64
  %v23 = arith.minimumf %v20, %v20 fastmath<fast> : vector<bf16>
  %v24 = arith.constant false
  %v25 = arith.constant 520722883 : i32
  %v26 = arith.select %v24, %v25, %v25 : i32
  %v27 = arith.constant dense<-1.0> : vector<bf16>
  %v28 = arith.constant dense<-2.5> : vector<bf16>
  %v29 = arith.divf %v27, %v28 fastmath<nnan,ninf> : vector<bf16>
  %v30 = arith.uitofp %v22#1 : i64 to f8E8M0FNU
  %v31 = arith.constant dense<[]> : tensor<0xi16>
  %v32 = arith.constant dense<[]> : tensor<0xi16>
  %v33 = arith.cmpi ult, %v31, %v32 : tensor<0xi16>
  return %v4 : i8
}
func.func @f1(%arg0: f8E4M3FNUZ) -> (i128, tensor<3xi32>, i128) {
  %v0 = arith.constant 33 : i32
  %v1 = arith.constant -4 : i32
  %v2 = arith.xori %v0, %v1 : i32
  %v3 = arith.constant dense<0x0080> : tensor<3xbf16>
  %v4 = arith.mulf %v3, %v3 : tensor<3xbf16>
  %v5 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %v6 = arith.select %v5, %v3, %v3 : tensor<3xi1>, tensor<3xbf16>
  %v7 = arith.constant 0.5 : f8E4M3FNUZ
  %v8 = arith.bitcast %v7 : f8E4M3FNUZ to f8E3M4
  %v9 = arith.constant 0x01 : f8E4M3FNUZ
  %v10 = arith.constant -0.75 : f8E4M3FNUZ
  %v11 = arith.divf %v9, %v10 fastmath<fast> : f8E4M3FNUZ
  %v12 = arith.constant 0xF8 : f8E4M3FNUZ
  %v13 = arith.mulf %arg0, %v12 : f8E4M3FNUZ
  %v14 = arith.addi %v0, %v1 : i32
  %v15 = arith.constant dense<false> : tensor<3xi1>
  %v16 = arith.shrsi %v15, %v5 : tensor<3xi1>
  %v17 = arith.divf %v9, %v10 fastmath<fast> : f8E4M3FNUZ
  %v18 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %v19 = arith.constant dense<true> : tensor<3xi1>
  %v20 = arith.cmpi ugt, %v18, %v19 : tensor<3xi1>
  %v21 = arith.constant dense<true> : tensor<3xi1>
  %v22 = arith.extsi %v21 : tensor<3xi1> to tensor<3xi32>
  %v23 = arith.addi %v1, %v0 : i32
  %v24 = arith.constant -1 : i128
  %v25 = arith.constant 332306998946228968225951765070086144 : i128
  %v26 = arith.muli %v24, %v25 : i128
  %v27 = arith.constant 8589934592 : i128
  %v28 = arith.muli %v26, %v27 : i128
  %v29 = arith.constant dense<false> : tensor<3xi1>
  %v30 = arith.remsi %v29, %v18 {tag = 0 : i64} : tensor<3xi1>
  return %v28, %v22, %v28 : i128, tensor<3xi32>, i128
}
func.func @f2(%arg0: i16, %arg1: f8E5M2, %arg2: i64) -> (i16, i8, tensor<2x2xi16>, i128) {
  %v0 = arith.constant -1 : i64
  %v1 = arith.maxsi %arg2, %v0 : i64
  %v2 = arith.constant -2 : i64
  %v3 = arith.cmpi ugt, %v0, %v2 : i64
  %v4 = arith.maxnumf %arg1, %arg1 : f8E5M2
  %v5 = arith.constant dense<5> : tensor<2x2xi16>
  %v6 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v7 = arith.divsi %v5, %v6 : tensor<2x2xi16>
  %v8 = arith.constant 0x38 : f8E4M3FNUZ
  %v9:3 = func.call @f1(%v8) : (f8E4M3FNUZ) -> (i128, tensor<3xi32>, i128)
  %v10 = arith.constant 32767 : i16
  %v11 = arith.floordivsi %v10, %arg0 : i16
  %v12 = arith.constant 9223372036854775807 : index
  %v13 = arith.addi %v12, %v12 overflow<nuw> : index
  %v14 = func.call @f0(%v1) : (i64) -> i8
  %v15 = arith.constant dense<[1, 1, 1190030513]> : tensor<3xi32>
  %v16 = arith.sitofp %v15 : tensor<3xi32> to tensor<3xf32>
  %v17 = arith.constant false
  %v18 = arith.constant -7 : i128
  %v19 = arith.select %v17, %v18, %v9#0 : i128
  %v20 = arith.constant 100.0 : f8E4M3FNUZ
  %v21:3 = func.call @f1(%v20) : (f8E4M3FNUZ) -> (i128, tensor<3xi32>, i128)
  return %v11, %v14, %v7, %v19 : i16, i8, tensor<2x2xi16>, i128
}
