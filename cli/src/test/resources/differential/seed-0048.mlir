// Random func/arith module, seed 48.
func.func @f0(%arg0: f16) -> (i7, vector<f32>) {
  %v0 = arith.constant dense<0x00000001> : vector<f32>
  %v1 = arith.constant dense<0xBF800000> : vector<f32>
  %v2 = arith.maxnumf %v0, %v1 : vector<f32>
  %v3 = arith.constant -64 : i7
  %v4 = arith.sitofp %v3 : i7 to f6E2M3FN
  %v5 = arith.sitofp %v3 : i7 to f6E2M3FN
  %v6 = arith.constant -1.0 : f16
  %v7 = arith.divf %arg0, %v6 : f16
  %v8 = arith.constant 14 : i32
  %v9 = arith.constant 4294967295 : i32
  %v10 = arith.floordivsi %v8, %v9 : i32
  %v11 = arith.constant dense<0x00800000> : vector<f32>
  %v12 = arith.divf %v2, %v11 fastmath<nnan,ninf> : vector<f32>
  %v13 = arith.constant 0 : i7
  %v14 = arith.shli %v3, %v13 overflow<nuw> : i7
  return %v14, %v11 : i7, vector<f32>
}
func.func @f1(%arg0: tensor<2x2xf16>, %arg1: i7, %arg2: vector<f16>, %arg3: tensor<0xi1>) {
  %v0 = arith.cmpi sge, %arg1, %arg1 : i7
  %v1 = arith.constant dense<false> : tensor<0xi1>
  %v2 = arith.constant dense<true> : tensor<0xi1>
  %v3 = arith.select %arg3, %v1, %v2 : tensor<0xi1>, tensor<0xi1>
  %v4 = arith.constant true
  %v5 = arith.ceildivsi %v0, %v4 : i1
  %v6 = arith.constant 103 : i7
  %v7 = arith.floordivsi %arg1, %v6 {tag = 1 : i64} : i7
  %v8 = arith.cmpi sle, %arg3, %v3 : tensor<0xi1>
  %v9 = arith.constant 0x7BFF : f16
  %v10:2 = func.call @f0(%v9) : (f16) -> (i7, vector<f32>)
  %v11 = arith.constant dense<0x007FFFFF> : vector<f32>
  %v12 = arith.addf %v11, %v10#1 : vector<f32>
  %v13 = arith.constant -0.0 : f16
  %v14 = arith.divf %v9, %v13 : f16
  %v15 = arith.constant dense<true> : vector<i1>
  %v16 = arith.select %v15, %arg2, %arg2 : vector<i1>, vector<f16>
  %v17 = arith.constant 0x2 : f4E2M1FN
  %v18 = arith.maxnumf %v17, %v17 fastmath<reassoc,contract> : f4E2M1FN
  %v19 = arith.constant dense<false> : tensor<0xi1>
  %v20 = arith.maxsi %v8, %v19 : tensor<0xi1>
  %v21 = arith.constant dense<false> : tensor<0xi1>
  %v22 = arith.maxsi %v20, %v21 : tensor<0xi1>
  %v23 = arith.constant dense<0xBF800000> : vector<f32>
  %v24 = arith.constant dense<0.1> : vector<f32>
  %v25 = arith.cmpf uno, %v23, %v24 fastmath<ninf> {tag = 0 : i64} : vector<f32>
  return
}
func.func @f2(%arg0: vector<2xi32>, %arg1: vector<i1>, %arg2: i8) -> vector<2xi1> {
  %v0 = arith.constant dense<1> : vector<2xi32>
  %v1 = arith.cmpi ugt, %arg0, %v0 : vector<2xi32>
  %v2 = arith.cmpi ugt, %arg0, %v0 : vector<2xi32>
  %v3 = arith.constant dense<false> : vector<2xi1>
  %v4 = arith.muli %v3, %v1 : vector<2xi1>
  %v5 = arith.constant 0x3F : f8E4M3FN
  %v6 = arith.cmpf true, %v5, %v5 : f8E4M3FN
  %v7 = arith.constant -9223372036854775808 : index
  %v8 = arith.index_castui %v7 : index to i7
  %v9 = arith.constant -0.0 : f8E4M3FN
  %v10 = arith.constant 7.0 : f8E4M3FN
  %v11 = arith.mulf %v9, %v10 fastmath<arcp,afn> : f8E4M3FN
  %v12 = arith.maxnumf %v5, %v9 fastmath<fast> : f8E4M3FN
  %v13 = arith.constant 6 : i16
  %v14 = arith.addi %v13, %v13 : i16
  %v15 = arith.constant dense<[true, true]> : vector<2xi1>
  %v16:2 = arith.mulsi_extended %v3, %v15 : vector<2xi1>
  %v17 = arith.constant 0x03FF : f16
  %v18:2 = func.call @f0(%v17) : (f16) -> (i7, vector<f32>)
  return %v2 : vector<2xi1>
}
func.func @f3(%arg0: i16, %arg1: vector<2xf64>, %arg2: i16) -> (i16, i1) {
  %v0 = arith.constant 6 : i16
  %v1 = arith.addi %v0, %v0 overflow<nuw> : i16
  %v2 = arith.ori %v0, %v1 {tag = 1 : i64} : i16
  %v3 = arith.addi %v0, %v0 overflow<nuw> : i16
  %v4 = arith.constant 32767 : i16
  %v5 = arith.subi %arg2, %v4 : i16
  %v6 = arith.constant true
  %v7 = arith.select %v6, %v4, %v5 : i16
  %v8 = arith.constant -3 : i8
  %v9 = arith.extsi %v8 : i8 to i64
  %v10 = arith.constant 4 : i64
  %v11 = arith.cmpi eq, %v9, %v10 : i64
  %v12 = arith.constant dense<true> : vector<2xi1>
  %v13 = arith.constant dense<0x0000000000000001> : vector<2xf64>
  %v14 = arith.select %v12, %v13, %arg1 : vector<2xi1>, vector<2xf64>
  %v15 = arith.constant dense<0.1> : vector<2xf64>
  %v16 = arith.minnumf %v14, %v15 : vector<2xf64>
  %v17 = arith.constant dense<[0x7FF0000000000000, -0.75]> : vector<2xf64>
  %v18 = arith.remf %v17, %v14 fastmath<none> {tag = 0 : i64} : vector<2xf64>
  %v19 = arith.uitofp %v7 : i16 to f80
  %v20 = arith.ori %v2, %v5 : i16
  return %v20, %v11 : i16, i1
}
