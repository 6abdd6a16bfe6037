// Random func/arith module, seed 126.
func.func @f0(%arg0: index) -> (i1, i1) {
  %v0 = arith.constant dense<64> : tensor<3xi64>
  %v1 = arith.divsi %v0, %v0 : tensor<3xi64>
  %v2 = arith.constant 1 : index
  %v3 = arith.cmpi ult, %arg0, %v2 : index
  %v4 = arith.divsi %v0, %v0 : tensor<3xi64>
  %v5 = arith.divsi %v0, %v0 : tensor<3xi64>
  %v6 = arith.divsi %v0, %v0 : tensor<3xi64>
  %v7 = arith.constant 0 : i64
  %v8 = arith.constant -5 : i64
  %v9:2 = arith.addui_extended %v7, %v8 : i64, i1
  %v10 = arith.constant 2048 : i16
  %v11 = arith.index_cast %v10 : i16 to index
  %v12 = arith.constant true
  %v13 = arith.ceildivsi %v12, %v9#1 : i1
  %v14 = arith.constant -1 : i64
  %v15 = arith.constant 3 : i64
  %v16 = arith.xori %v15, %v14 : i64
  %v17 = arith.xori %v16, %v14 : i64
  %v18 = arith.maxsi %v10, %v10 : i16
  return %v13, %v9#1 : i1, i1
}
func.func @f1(%arg0: i1, %arg1: tensor<3xf32>) -> (i1, tensor<3xf32>) {
  %v0 = arith.constant true
  %v1 = arith.sitofp %v0 : i1 to f4E2M1FN
  %v2 = arith.ceildivsi %arg0, %v0 : i1
  %v3 = arith.remf %arg1, %arg1 : tensor<3xf32>
  %v4 = arith.constant dense<0x00000000> : tensor<3xf32>
  %v5 = arith.remf %v3, %v4 fastmath<nnan,ninf> : tensor<3xf32>
  %v6 = arith.constant dense<0xFFC00000> : tensor<3xf32>
  %v7 = arith.remf %v6, %v3 : tensor<3xf32>
  %v8 = arith.sitofp %v0 : i1 to f4E2M1FN
  %v9 = arith.constant dense<-0.75> : tensor<3xf32>
  %v10 = arith.constant dense<0xF67D8C96> : tensor<3xf32>
  %v11 = arith.remf %v9, %v10 fastmath<nsz> : tensor<3xf32>
  %v12 = arith.constant -1 : i8
  %v13 = arith.constant 1 : i8
  %v14 = arith.remsi %v12, %v13 : i8
  %v15 = arith.constant -1 : i8
  %v16 = arith.floordivsi %v15, %v13 : i8
  %v17 = arith.constant true
  %v18 = arith.andi %arg0, %v17 : i1
  %v19 = arith.constant false
  %v20 = arith.uitofp %v19 : i1 to f8E5M2FNUZ
  %v21 = arith.constant 0xFF : f8E5M2FNUZ
  %v22 = arith.constant 0xA9 : f8E5M2FNUZ
  %v23 = arith.cmpf ult, %v21, %v22 fastmath<none> : f8E5M2FNUZ
  %v24 = arith.maximumf %v21, %v22 : f8E5M2FNUZ
  %v25 = arith.constant -9223372036854775808 : i64
  %v26 = arith.divui %v25, %v25 : i64
  %v27 = arith.constant 0x98 : f8E5M2FNUZ
  %v28 = arith.truncf %v27 : f8E5M2FNUZ to f6E2M3FN
  %v29 = arith.constant dense<[false, false, false]> : tensor<3xi1>
  %v30 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %v31 = arith.remui %v29, %v30 : tensor<3xi1>
  %v32 = arith.constant 0xA : f4E2M1FN
  %v33 = arith.minnumf %v32, %v1 fastmath<arcp,afn> : f4E2M1FN
  return %v18, %v5 : i1, tensor<3xf32>
}
func.func @f2(%arg0: i32, %arg1: tensor<2x2xf16>, %arg2: i8) -> (index, i1) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.remsi %arg0, %v0 : i32
  %v2 = arith.cmpi sgt, %arg2, %arg2 : i8
  %v3 = arith.remsi %arg0, %v0 : i32
  %v4 = arith.constant -9223372036854775808 : i64
  %v5 = arith.bitcast %v4 : i64 to f64
  %v6 = arith.index_castui %v2 : i1 to index
  %v7 = arith.floordivsi %v2, %v2 : i1
  %v8 = arith.negf %arg1 : tensor<2x2xf16>
  %v9 = arith.shli %arg2, %arg2 : i8
  %v10 = arith.negf %v8 : tensor<2x2xf16>
  %v11 = arith.negf %v10 : tensor<2x2xf16>
  %v12 = arith.cmpi ugt, %v6, %v6 : index
  %v13 = arith.cmpf true, %arg1, %v10 fastmath<nsz> : tensor<2x2xf16>
  %v14 = arith.cmpi sgt, %arg2, %arg2 : i8
  %v15 = arith.constant dense<true> : tensor<2x2xi1>
  %v16 = arith.ori %v15, %v13 : tensor<2x2xi1>
  %v17 = arith.constant dense<-2.5> : tensor<3xf32>
  %v18:2 = func.call @f1(%v2, %v17) : (i1, tensor<3xf32>) -> (i1, tensor<3xf32>)
  %v19 = arith.constant dense<[-0.75, 0x3F800000, 0.0]> : tensor<3xf32>
  %v20 = arith.bitcast %v19 : tensor<3xf32> to tensor<3xi32>
  %v21 = arith.constant 64 : i8
  %v22 = arith.andi %arg2, %v21 : i8
  %v23 = arith.constant 63 : index
  %v24 = arith.minsi %v6, %v23 : index
  %v25 = arith.constant dense<0x3F800000> : tensor<3xf32>
  %v26 = arith.select %v12, %v18#1, %v25 : tensor<3xf32>
  %v27 = arith.addf %v8, %v10 : tensor<2x2xf16>
  %v28 = arith.constant dense<512> : vector<i64>
  %v29 = arith.constant dense<3> : vector<i64>
  %v30 = arith.cmpi sge, %v28, %v29 : vector<i64>
  %v31 = arith.constant dense<16> : tensor<0xi64>
  %v32 = arith.constant dense<[]> : tensor<0xi64>
  %v33 = arith.floordivsi %v31, %v32 : tensor<0xi64>
  %v34 = arith.floordivsi %v31, %v32 : tensor<0xi64>
  %v35 = arith.cmpi sge, %v28, %v29 : vector<i64>
  return %v24, %v14 : index, i1
}
