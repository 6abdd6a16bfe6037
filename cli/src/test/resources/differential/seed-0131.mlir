// Random func/arith module, seed 131.
func.func @f0(%arg0: i64) -> (f8E3M4, i1) {
  %v0 = arith.constant -3627213775171221733 : i64
  %v1 = arith.constant 1 : i64
  %v2 = arith.shli %v0, %v1 : i64
  %v3 = arith.constant 11 : index
  %v4 = arith.constant 9223372036854775807 : index
  %v5 = arith.floordivsi %v3, %v4 : index
  %v6 = arith.constant 0x6F : f8E3M4
  %v7 = arith.fptosi %v6 : f8E3M4 to i7
  %v8 = arith.constant 0x31 : f8E3M4
  %v9 = arith.minnumf %v8, %v6 : f8E3M4
  %v10 = arith.mulf %v8, %v6 fastmath<nsz> : f8E3M4
  %v11 = arith.constant 0 : i64
  %v12 = arith.cmpi ne, %arg0, %v11 : i64
  %v13 = arith.constant true
  %v14 = arith.constant false
  %v15 = arith.select %v12, %v13, %v14 : i1
  %v16 = arith.ori %v14, %v12 : i1
  %v17 = arith.addi %v12, %v13 overflow<nuw> : i1
  %v18 = arith.constant false
  %v19 = arith.shrsi %v12, %v18 exact : i1
  %v20 = arith.cmpi ne, %arg0, %v11 : i64
  %v21 = arith.constant 0.1 : f8E3M4
  %v22 = arith.constant -1.0 : f8E3M4
  %v23 = arith.mulf %v21, %v22 : f8E3M4
  %v24 = arith.constant 0x6F : f8E3M4
  %v25 = arith.constant 0x70 : f8E3M4
  %v26 = arith.minnumf %v24, %v25 : f8E3M4
  %v27 = arith.minnumf %v6, %v8 : f8E3M4
  %v28 = arith.minui %v12, %v20 : i1
  %v29 = arith.constant false
  %v30 = arith.ceildivui %v29, %v20 : i1
  %v31 = arith.addf %v26, %v25 fastmath<ninf> : f8E3M4
  %v32 = arith.xori %v17, %v28 : i1
  %v33 = arith.constant true
  %v34 = arith.uitofp %v33 : i1 to f4E2M1FN
  return %v31, %v28 : f8E3M4, i1
}
func.func @f1(%arg0: f8E4M3B11FNUZ, %arg1: f8E3M4) -> tensor<2x2xi64> {
  %v0 = arith.constant dense<-1> : tensor<2x2xi32>
  %v1 = arith.constant dense<16> : tensor<2x2xi32>
  %v2 = arith.cmpi ule, %v0, %v1 : tensor<2x2xi32>
  %v3 = arith.constant 1.0 : f8E3M4
  %v4 = arith.bitcast %v3 : f8E3M4 to f8E4M3B11FNUZ
  %v5 = arith.remf %arg0, %arg0 fastmath<nsz> : f8E4M3B11FNUZ
  %v6 = arith.sitofp %v2 : tensor<2x2xi1> to tensor<2x2xf32>
  %v7 = arith.constant dense<[[false, true], [true, false]]> : tensor<2x2xi1>
  %v8 = arith.constant dense<[[true, true], [true, false]]> : tensor<2x2xi1>
  %v9 = arith.maxui %v7, %v8 : tensor<2x2xi1>
  %v10 = arith.constant dense<true> : tensor<2x2xi1>
  %v11 = arith.extsi %v10 : tensor<2x2xi1> to tensor<2x2xi64>
  %v12 = arith.constant dense<[[127, -128], [1, 1]]> : tensor<2x2xi8>
  %v13 = arith.extsi %v12 : tensor<2x2xi8> to tensor<2x2xi64>
  %v14 = arith.constant dense<[[-1, 1], [-5, -1]]> : tensor<2x2xi8>
  %v15 = arith.extsi %v14 : tensor<2x2xi8> to tensor<2x2xi64>
  %v16 = arith.cmpi ugt, %v13, %v15 : tensor<2x2xi64>
  %v17 = arith.constant -9223372036854775808 : i64
  %v18:2 = func.call @f0(%v17) : (i64) -> (f8E3M4, i1)
  return %v13 : tensor<2x2xi64>
}
func.func @f2(%arg0: i32, %arg1: index) -> i64 {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.divui %v0, %arg1 : index
  %v2 = arith.constant 0x7B : f8E5M2
  %v3 = arith.bitcast %v2 : f8E5M2 to f8E4M3FNUZ
  %v4 = arith.constant 0x7C : f8E5M2
  %v5 = arith.cmpf one, %v2, %v4 : f8E5M2
  %v6 = arith.constant 0x78 : f8E4M3FNUZ
  %v7 = arith.maximumf %v6, %v6 : f8E4M3FNUZ
  %v8 = arith.constant -1.0 : f8E5M2
  %v9 = arith.minimumf %v4, %v8 : f8E5M2
  %v10 = arith.fptosi %v9 : f8E5M2 to i64
  %v11 = arith.constant -0.75 : f8E5M2
  %v12 = arith.negf %v11 fastmath<nnan,ninf> : f8E5M2
  %v13 = arith.truncf %v2 : f8E5M2 to f4E2M1FN
  %v14 = arith.constant 15 : i64
  %v15:2 = func.call @f0(%v14) : (i64) -> (f8E3M4, i1)
  %v16 = arith.constant 248 : i8
  %v17 = arith.extui %v16 : i8 to i64
  %v18 = arith.extui %v16 : i8 to i64
  %v19 = arith.cmpi eq, %v17, %v18 : i64
  %v20 = arith.cmpi ule, %arg0, %arg0 : i32
  %v21 = arith.extsi %arg0 : i32 to i64
  %v22 = arith.constant 5 : i64
  %v23 = arith.cmpi eq, %v21, %v22 : i64
  %v24 = arith.constant 0xE : f4E2M1FN
  %v25 = arith.constant 0x2 : f4E2M1FN
  %v26 = arith.remf %v24, %v25 fastmath<nsz> : f4E2M1FN
  %v27 = arith.constant true
  %v28 = arith.constant true
  %v29 = arith.andi %v27, %v28 : i1
  return %v21 : i64
}
