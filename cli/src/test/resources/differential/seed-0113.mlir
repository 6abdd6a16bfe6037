// Random func/arith module, seed 113.
func.func @f0(%arg0: f8E5M2, %arg1: i32, %arg2: vector<[4]xf16>) -> (vector<[4]xf16>, i32) {
  %v0 = arith.constant 2 : i32
  %v1:2 = arith.mulsi_extended %arg1, %v0 : i32
  %v2 = arith.constant 26629 : i16
  %v3 = arith.uitofp %v2 : i16 to f8E4M3FNUZ
  %v4 = arith.constant -0.75 : f8E4M3FNUZ
  %v5 = arith.minimumf %v4, %v3 : f8E4M3FNUZ
  %v6:2 = arith.mulsi_extended %arg1, %v0 : i32
  %v7 = arith.constant 0x80 : f8E5M2
  %v8 = arith.bitcast %v7 : f8E5M2 to f8E4M3B11FNUZ
  %v9 = arith.extui %v6#1 : i32 to i64
  %v10 = arith.constant -1 : i32
  %v11 = arith.extui %v10 : i32 to i64
  %v12 = arith.cmpi uge, %v9, %v11 : i64
  %v13 = arith.constant 1 : i64
  %v14 = arith.constant -2311173265296746377 : i64
  %v15 = arith.ori %v13, %v14 : i64
  %v16 = arith.constant dense<0xBC00> : vector<[4]xf16>
  %v17 = arith.minimumf %v16, %arg2 : vector<[4]xf16>
  %v18 = arith.cmpf uno, %arg0, %arg0 : f8E5M2
  %v19 = arith.bitcast %v10 : i32 to f32
  %v20 = arith.bitcast %v19 : f32 to i32
  %v21 = arith.constant 1670266874 : i32
  %v22:2 = arith.mulsi_extended %arg1, %v21 : i32
  %v23 = arith.minnumf %v17, %v16 fastmath<ninf> : vector<[4]xf16>
  %v24 = arith.constant 0x01 : f8E5M2
  %v25 = arith.minnumf %v24, %arg0 fastmath<fast> : f8E5M2
  %v26 = arith.cmpi ugt, %v18, %v12 : i1
  %v27 = arith.maxnumf %arg2, %v17 fastmath<nnan,ninf> : vector<[4]xf16>
  %v28 = arith.constant 0x7E : f8E5M2
  %v29 = arith.mulf %arg0, %v28 fastmath<reassoc,contract> : f8E5M2
  %v30 = arith.extsi %v26 : i1 to i64
  %v31 = arith.constant -9223372036854775808 : i64
  %v32 = arith.cmpi sgt, %v30, %v31 : i64
  %v33 = arith.extsi %v26 : i1 to i64
  %v34 = arith.extsi %v18 : i1 to i64
  %v35 = arith.cmpi ne, %v33, %v34 : i64
  %v36 = arith.bitcast %v17 : vector<[4]xf16> to vector<[4]xbf16>
  %v37 = arith.extui %v34 : i64 to i128
  %v38 = arith.maxsi %v37, %v37 : i128
  %v39 = arith.truncf %v3 : f8E4M3FNUZ to f4E2M1FN
  return %v23, %v22#0 : vector<[4]xf16>, i32
}
func.func @f1(%arg0: f4E2M1FN, %arg1: i1, %arg2: f32, %arg3: f32) -> (vector<2xbf16>, tensor<3xf64>, vector<2xbf16>) {
  %v0 = arith.constant dense<0x3FF0000000000000> : tensor<3xf64>
  %v1 = arith.constant dense<0.0> : tensor<3xf64>
  %v2 = arith.addf %v0, %v1 : tensor<3xf64>
  %v3 = arith.constant false
  %v4 = arith.constant true
  %v5 = arith.ceildivsi %v3, %v4 : i1
  %v6 = arith.constant dense<0xFC00> : vector<2xf16>
  %v7 = arith.bitcast %v6 : vector<2xf16> to vector<2xbf16>
  %v8 = arith.bitcast %v6 : vector<2xf16> to vector<2xbf16>
  %v9 = arith.addf %v0, %v1 : tensor<3xf64>
  return %v8, %v9, %v8 : vector<2xbf16>, tensor<3xf64>, vector<2xbf16>
}
func.func @f2(%arg0: tensor<3xbf16>, %arg1: f32) -> (i1, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %v0 = arith.constant dense<1.0e+10> : tensor<3xbf16>
  %v1 = arith.cmpf ueq, %v0, %arg0 : tensor<3xbf16>
  %v2 = arith.constant 0x9 : f4E2M1FN
  %v3 = arith.constant false
  %v4:3 = func.call @f1(%v2, %v3, %arg1, %arg1) : (f4E2M1FN, i1, f32, f32) -> (vector<2xbf16>, tensor<3xf64>, vector<2xbf16>)
  %v5 = arith.constant dense<[true, true, true]> : tensor<3xi1>
  %v6 = arith.constant dense<[false, false, true]> : tensor<3xi1>
  %v7:2 = arith.addui_extended %v5, %v6 : tensor<3xi1>, tensor<3xi1>
  %v8 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v9:2 = arith.mului_extended %v8, %v1 : tensor<3xi1>
  %v10 = arith.constant dense<true> : tensor<3xi1>
  %v11 = arith.constant dense<false> : tensor<3xi1>
  %v12 = arith.subi %v10, %v11 : tensor<3xi1>
  %v13 = arith.constant false
  %v14 = arith.cmpi sge, %v3, %v13 : i1
  return %v14, %v9#1, %v7#1, %v9#0 : i1, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>
}
func.func @f3(%arg0: f8E4M3) -> (tensor<3xf64>, vector<2xbf16>) {
  %v0 = arith.constant 0.0 : f8E4M3
  %v1 = arith.constant 1.0 : f8E4M3
  %v2 = arith.maximumf %v0, %v1 fastmath<nnan> : f8E4M3
  %v3 = arith.constant dense<9223372036854775807> : vector<2xi64>
  %v4:2 = arith.mulsi_extended %v3, %v3 : vector<2xi64>
  %v5 = arith.constant 63 : i7
  %v6 = arith.constant 11 : i7
  %v7 = arith.maxsi %v5, %v6 : i7
  %v8 = arith.maxnumf %arg0, %v0 : f8E4M3
  %v9 = arith.divui %v4#0, %v4#1 : vector<2xi64>
  %v10 = arith.constant -3.0e-05 : f4E2M1FN
  %v11 = arith.constant true
  %v12 = arith.constant 3.0 : f32
  %v13 = arith.constant -2.5 : f32
  %v14:3 = func.call @f1(%v10, %v11, %v12, %v13) : (f4E2M1FN, i1, f32, f32) -> (vector<2xbf16>, tensor<3xf64>, vector<2xbf16>)
  %v15 = arith.cmpi sgt, %v11, %v11 : i1
  %v16 = arith.constant -1 : i16
  %v17 = arith.constant 0 : i16
  %v18 = arith.shrui %v16, %v17 : i16
  %v19 = arith.constant dense<-0.75> : tensor<3xf64>
  %v20 = arith.maximumf %v14#1, %v19 fastmath<fast> : tensor<3xf64>
  %v21 = arith.subf %v1, %arg0 : f8E4M3
  %v22 = arith.constant 0xFC : f8E4M3
  %v23 = arith.constant 2.0 : f8E4M3
  %v24 = arith.remf %v22, %v23 fastmath<fast> : f8E4M3
  %v25 = arith.constant 0x0001 : bf16
  %v26 = arith.minimumf %v25, %v25 : bf16
  %v27 = arith.divui %v4#0, %v4#1 : vector<2xi64>
  return %v20, %v14#2 : tensor<3xf64>, vector<2xbf16>
}
