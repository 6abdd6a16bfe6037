// Random func/arith module, seed 162.
func.func @f0(%arg0: vector<f16>, %arg1: vector<2x3xf32>) {
  %v0 = arith.constant dense<0xFFC00000> : vector<2x3xf32>
  %v1 = arith.mulf %v0, %arg1 fastmath<nnan> : vector<2x3xf32>
  %v2 = arith.constant dense<-2.5> : vector<2x3xf32>
  %v3 = arith.maxnumf %v2, %v0 fastmath<fast> : vector<2x3xf32>
  %v4 = arith.constant dense<6> : vector<2xi16>
  %v5 = arith.constant dense<[-32768, 17]> : vector<2xi16>
  %v6 = arith.minsi %v4, %v5 : vector<2xi16>
  %v7 = arith.minsi %v5, %v4 : vector<2xi16>
  %v8 = arith.constant dense<[32767, 32767]> : vector<2xi16>
  %v9 = arith.index_cast %v8 : vector<2xi16> to vector<2xindex>
  %v10 = arith.extf %arg0 : vector<f16> to vector<f64>
  %v11 = arith.constant dense<1> : vector<2xi64>
  %v12 = arith.constant dense<2> : vector<2xi64>
  %v13:2 = arith.addui_extended %v11, %v12 : vector<2xi64>, vector<2xi1>
  %v14 = arith.constant dense<0x440CF19E1D2B0591> : vector<f64>
  %v15 = arith.remf %v14, %v10 fastmath<nnan> : vector<f64>
  %v16 = arith.constant dense<[1, 32767]> : vector<2xi16>
  %v17 = arith.addi %v5, %v16 : vector<2xi16>
  %v18 = arith.constant -1 : i8
  %v19 = arith.uitofp %v18 : i8 to f128
  %v20 = arith.constant 0.5 : f8E5M2FNUZ
  %v21 = arith.extf %v20 fastmath<nnan> : f8E5M2FNUZ to tf32
  %v22 = arith.constant dense<[33554432, 4611686018427387904]> : vector<2xi64>
  %v23 = arith.cmpi slt, %v11, %v22 : vector<2xi64>
  %v24 = arith.extsi %v23 : vector<2xi1> to vector<2xi32>
  %v25 = arith.constant dense<0x7E00> : vector<f16>
  %v26 = arith.bitcast %v25 : vector<f16> to vector<i16>
  %v27 = arith.xori %v22, %v12 : vector<2xi64>
  %v28 = arith.constant 1 : i8
  %v29 = arith.shli %v18, %v28 : i8
  %v30 = arith.addi %v5, %v16 : vector<2xi16>
  %v31 = arith.negf %v2 fastmath<fast> : vector<2x3xf32>
  %v32 = arith.index_castui %v13#0 : vector<2xi64> to vector<2xindex>
  %v33 = arith.negf %v1 : vector<2x3xf32>
  %v34 = arith.negf %v33 : vector<2x3xf32>
  %v35 = arith.negf %v33 : vector<2x3xf32>
  %v36 = arith.constant dense<true> : vector<2xi1>
  %v37 = arith.extui %v36 : vector<2xi1> to vector<2xi8>
  return
}
func.func @f1(%arg0: tensor<3xf32>, %arg1: tensor<2x2xbf16>, %arg2: i7, %arg3: i33) -> i33 {
  %v0 = arith.constant dense<[[0x1147, 0xFF80], [1.0, 0xBF80]]> : tensor<2x2xbf16>
  %v1 = arith.cmpf ugt, %v0, %v0 : tensor<2x2xbf16>
  %v2 = arith.constant dense<-0.75> : tensor<3xf32>
  %v3 = arith.maximumf %v2, %arg0 fastmath<fast> : tensor<3xf32>
  %v4 = arith.constant dense<-0.0> : tensor<2x2xbf16>
  %v5 = arith.subf %arg1, %v4 fastmath<reassoc,contract> : tensor<2x2xbf16>
  %v6 = arith.extui %arg2 : i7 to i33
  %v7 = arith.cmpi eq, %arg2, %arg2 : i7
  %v8 = arith.constant -8 : i7
  %v9:2 = arith.mului_extended %arg2, %v8 : i7
  %v10 = arith.negf %v3 : tensor<3xf32>
  %v11 = arith.negf %v10 : tensor<3xf32>
  %v12 = arith.constant dense<0xFC00> : vector<f16>
  %v13 = arith.constant dense<0x7F7FFFFF> : vector<2x3xf32>
  func.call @f0(%v12, %v13) : (vector<f16>, vector<2x3xf32>) -> ()
  %v15 = arith.constant dense<[0x00000000, -1.0, 0x3F800000]> : tensor<3xf32>
  %v16 = arith.cmpf false, %v2, %v15 fastmath<fast> : tensor<3xf32>
  %v17 = arith.extsi %v6 : i33 to i64
  %v18 = arith.constant 7 : i64
  %v19 = arith.cmpi ne, %v17, %v18 : i64
  %v20 = arith.constant dense<-0.0> : tensor<3xf32>
  %v21 = arith.subf %v10, %v20 fastmath<none> : tensor<3xf32>
  %v22 = arith.negf %v10 : tensor<3xf32>
  %v23 = arith.constant false
  %v24 = arith.remsi %v23, %v7 : i1
  %v25 = arith.constant -1 : i33
  %v26 = arith.shrsi %v6, %v25 : i33
  %v27 = arith.constant dense<-2.5> : vector<f16>
  func.call @f0(%v27, %v13) : (vector<f16>, vector<2x3xf32>) -> ()
  %v29 = arith.constant -1 : i32
  %v30 = arith.divui %v29, %v29 exact : i32
  return %v26 : i33
}
