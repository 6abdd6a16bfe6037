// Random func/arith module, seed 133.
func.func @f0(%arg0: tensor<3xindex>, %arg1: i128, %arg2: index) -> (f64, f64) {
  %v0 = arith.constant 0x6DD4E93D06FDF962 : f64
  %v1 = arith.constant 0.1 : f64
  %v2 = arith.subf %v0, %v1 : f64
  %v3 = arith.constant 0x0010000000000000 : f64
  %v4 = arith.truncf %v3 toward_zero : f64 to f16
  %v5 = arith.constant dense<10> : tensor<3xindex>
  %v6 = arith.divui %v5, %arg0 : tensor<3xindex>
  %v7 = arith.constant 0x7E00 : f16
  %v8 = arith.bitcast %v7 : f16 to i16
  %v9 = arith.constant -32768 : i16
  %v10 = arith.constant -8 : i16
  %v11 = arith.cmpi sge, %v9, %v10 : i16
  %v12 = arith.select %v11, %v9, %v10 : i16
  %v13 = arith.constant true
  %v14 = arith.constant 0xBFF0000000000000 : f64
  %v15 = arith.constant 0.5 : f64
  %v16 = arith.select %v13, %v14, %v15 : f64
  %v17 = arith.cmpf ord, %v0, %v0 : f64
  %v18 = arith.select %v13, %v14, %v15 : f64
  return %v16, %v3 : f64, f64
}
func.func @f1(%arg0: vector<2x3xi64>, %arg1: i8) -> i8 {
  %v0 = arith.constant 0xF8 : f8E4M3FNUZ
  %v1 = arith.cmpf oeq, %v0, %v0 : f8E4M3FNUZ
  %v2 = arith.cmpf oeq, %v0, %v0 : f8E4M3FNUZ
  %v3 = arith.negf %v0 : f8E4M3FNUZ
  %v4 = arith.negf %v3 : f8E4M3FNUZ
  %v5 = arith.constant dense<[3, -8, 12]> : tensor<3xindex>
  %v6 = arith.constant -8 : i128
  %v7 = arith.constant 1 : index
  %v8:2 = func.call @f0(%v5, %v6, %v7) : (tensor<3xindex>, i128, index) -> (f64, f64)
  %v9 = arith.constant dense<false> : vector<2x3xi1>
  %v10 = arith.constant dense<-1> : vector<2x3xi64>
  %v11 = arith.select %v9, %arg0, %v10 : vector<2x3xi1>, vector<2x3xi64>
  %v12 = arith.constant 5 : i8
  %v13 = arith.shrsi %arg1, %v12 : i8
  %v14 = arith.cmpi ne, %v11, %arg0 : vector<2x3xi64>
  %v15 = arith.constant dense<1> : tensor<3xindex>
  %v16:2 = func.call @f0(%v15, %v6, %v7) : (tensor<3xindex>, i128, index) -> (f64, f64)
  %v17 = arith.minnumf %v16#0, %v16#1 : f64
  %v18 = arith.constant 7 : i8
  %v19 = arith.addi %v18, %arg1 overflow<none> : i8
  %v20 = arith.constant false
  %v21 = arith.select %v20, %v8#1, %v16#0 : f64
  %v22 = arith.constant dense<true> : vector<2x3xi1>
  %v23 = arith.constant dense<true> : vector<2x3xi1>
  %v24 = arith.cmpi ne, %v22, %v23 : vector<2x3xi1>
  %v25 = arith.cmpi ugt, %v22, %v23 : vector<2x3xi1>
  %v26 = arith.constant -128 : i8
  %v27 = arith.shrui %arg1, %v26 exact : i8
  %v28 = arith.sitofp %v14 : vector<2x3xi1> to vector<2x3xf64>
  %v29 = arith.fptoui %v28 : vector<2x3xf64> to vector<2x3xi1>
  %v30:2 = arith.mulsi_extended %v10, %arg0 : vector<2x3xi64>
  %v31 = arith.constant dense<false> : vector<2x3xi1>
  %v32 = arith.subi %v14, %v31 : vector<2x3xi1>
  %v33 = arith.constant dense<true> : vector<2x3xi1>
  %v34 = arith.remsi %v32, %v33 : vector<2x3xi1>
  %v35 = arith.constant dense<true> : vector<2x3xi1>
  %v36 = arith.maxui %v35, %v34 : vector<2x3xi1>
  %v37 = arith.negf %v17 fastmath<nsz> : f64
  return %v19 : i8
}
func.func @f2(%arg0: tensor<2x2xbf16>, %arg1: i32) -> tensor<2x2xi16> {
  %v0 = arith.constant 403016900 : i32
  %v1 = arith.addi %arg1, %v0 : i32
  %v2 = arith.constant 2.0 : f16
  %v3 = arith.constant 0x3C00 : f16
  %v4 = arith.cmpf ugt, %v2, %v3 : f16
  %v5 = arith.subf %arg0, %arg0 : tensor<2x2xbf16>
  %v6 = arith.constant -3 : i7
  %v7 = arith.sitofp %v6 : i7 to f8E4M3FNUZ
  %v8 = arith.maximumf %v5, %v5 : tensor<2x2xbf16>
  %v9 = arith.constant 2147483647 : i32
  %v10 = arith.cmpi ult, %v9, %arg1 : i32
  %v11 = arith.sitofp %arg1 : i32 to f8E4M3FN
  %v12 = arith.constant -1.0 : f8E4M3FNUZ
  %v13 = arith.constant -0.75 : f8E4M3FNUZ
  %v14 = arith.cmpf true, %v12, %v13 : f8E4M3FNUZ
  %v15 = arith.bitcast %arg0 : tensor<2x2xbf16> to tensor<2x2xi16>
  %v16 = arith.bitcast %arg0 : tensor<2x2xbf16> to tensor<2x2xi16>
  %v17 = arith.bitcast %arg0 : tensor<2x2xbf16> to tensor<2x2xi16>
  %v18 = arith.constant dense<0> : vector<2x3xi64>
  %v19 = arith.constant 127 : i8
  %v20 = func.call @f1(%v18, %v19) : (vector<2x3xi64>, i8) -> i8
  %v21 = arith.constant true
  %v22 = arith.ori %v14, %v21 : i1
  %v23 = arith.constant 479512626 : i32
  %v24 = arith.select %v10, %v9, %v23 : i32
  %v25 = arith.sitofp %v6 : i7 to f8E5M2FNUZ
  %v26 = arith.constant dense<[[0x0080, 0x007F], [0x7FC0, 0x7F80]]> : tensor<2x2xbf16>
  %v27 = arith.constant dense<-0.0> : tensor<2x2xbf16>
  %v28 = arith.minimumf %v26, %v27 : tensor<2x2xbf16>
  %v29 = arith.constant dense<-7204> : tensor<2x2xi16>
  %v30 = arith.select %v10, %v29, %v17 : tensor<2x2xi16>
  %v31 = arith.constant 0.1 : f8E4M3FN
  %v32 = arith.maxnumf %v11, %v31 : f8E4M3FN
  %v33 = arith.constant dense<0> : tensor<2x2xi16>
  %v34 = arith.cmpi ule, %v29, %v33 : tensor<2x2xi16>
  %v35 = arith.constant dense<9223372036854775807> : tensor<3xindex>
  %v36 = arith.constant 340282366920938463463374607431768211455 : i128
  %v37 = arith.constant 13 : index
  %v38:2 = func.call @f0(%v35, %v36, %v37) : (tensor<3xindex>, i128, index) -> (f64, f64)
  return %v30 : tensor<2x2xi16>
}
