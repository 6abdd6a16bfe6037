// Random func/arith module, seed 111.
func.func @f0(%arg0: i8, %arg1: index, %arg2: vector<4xi1>) -> i8 {
  %v0 = arith.constant dense<-635552501> : vector<4xi32>
  %v1 = arith.constant dense<-2147483648> : vector<4xi32>
  %v2 = arith.xori %v0, %v1 : vector<4xi32>
  %v3 = arith.constant dense<false> : vector<2xi1>
  %v4 = arith.constant dense<0x7F7FFFFF> : vector<2xf32>
  %v5 = arith.constant dense<0x7FC00000> : vector<2xf32>
  %v6 = arith.select %v3, %v4, %v5 : vector<2xi1>, vector<2xf32>
  %v7 = arith.maxnumf %v5, %v4 : vector<2xf32>
  %v8 = arith.constant 64 : i8
  %v9 = arith.constant 128 : i8
  %v10 = arith.muli %v8, %v9 : i8
  %v11 = arith.negf %v7 fastmath<fast> : vector<2xf32>
  %v12 = arith.constant -128 : i8
  %v13 = arith.constant 0 : i8
  %v14 = arith.addi %v12, %v13 overflow<nsw> : i8
  %v15 = arith.constant dense<0xA05E1492> : vector<2xf32>
  %v16 = arith.constant dense<2.0> : vector<2xf32>
  %v17 = arith.addf %v15, %v16 : vector<2xf32>
  %v18 = arith.constant false
  %v19 = arith.uitofp %v18 : i1 to f8E3M4
  %v20 = arith.constant 0x7E : f8E5M2
  %v21 = arith.remf %v20, %v20 : f8E5M2
  %v22 = arith.shrsi %arg0, %v12 : i8
  %v23:2 = arith.mulsi_extended %v9, %arg0 : i8
  return %v23#0 : i8
}
func.func @f1(%arg0: bf16, %arg1: tensor<3xf16>, %arg2: f64, %arg3: i16) -> tensor<3xf16> {
  %v0 = arith.constant -32768 : i16
  %v1 = arith.constant -3 : i16
  %v2 = arith.remsi %v0, %v1 : i16
  %v3 = arith.constant 0x0000 : bf16
  %v4 = arith.negf %v3 : bf16
  %v5 = arith.negf %v3 : bf16
  %v6 = arith.addf %arg0, %v4 fastmath<reassoc,contract> : bf16
  %v7 = arith.constant false
  %v8 = arith.constant dense<3.0> : tensor<3xf16>
  %v9 = arith.select %v7, %v8, %arg1 : tensor<3xf16>
  %v10 = arith.cmpf ule, %v8, %v9 : tensor<3xf16>
  %v11 = arith.cmpf ule, %v8, %v9 : tensor<3xf16>
  %v12 = arith.constant -3.0e-05 : f8E5M2FNUZ
  %v13 = arith.fptoui %v12 : f8E5M2FNUZ to i7
  return %v9 : tensor<3xf16>
}
func.func @f2(%arg0: tensor<2x2xf16>, %arg1: f32) -> (i1, i1, tensor<2x2xf16>) {
  %v0 = arith.extf %arg1 fastmath<arcp,afn> : f32 to f64
  %v1 = arith.constant true
  %v2 = arith.constant -1 : i32
  %v3 = arith.select %v1, %v2, %v2 : i32
  %v4 = arith.constant 0x5FA93E21 : f32
  %v5 = arith.remf %v4, %arg1 fastmath<nsz> : f32
  %v6 = arith.constant 0x3F800000 : f32
  %v7 = arith.mulf %arg1, %v6 : f32
  %v8 = arith.cmpf uno, %v0, %v0 : f64
  %v9 = arith.constant -1.0 : f64
  %v10 = arith.addf %v9, %v0 fastmath<arcp,afn> : f64
  %v11 = arith.fptosi %v9 : f64 to i33
  %v12 = arith.extui %v2 : i32 to i128
  %v13 = arith.constant false
  %v14 = arith.select %v13, %v1, %v8 : i1
  %v15 = arith.maximumf %arg0, %arg0 : tensor<2x2xf16>
  %v16 = arith.fptosi %v9 : f64 to i33
  %v17 = arith.select %v1, %v2, %v2 : i32
  %v18 = arith.cmpi uge, %v13, %v14 : i1
  %v19 = arith.constant 0 : i32
  %v20:2 = arith.mulsi_extended %v19, %v17 : i32
  %v21:2 = arith.mului_extended %v8, %v13 : i1
  return %v18, %v14, %v15 : i1, i1, tensor<2x2xf16>
}
