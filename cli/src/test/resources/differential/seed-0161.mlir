// Random func/arith module, seed 161.
func.func @f0(%arg0: i32, %arg1: tensor<2x2xi64>) -> (tensor<2x2xi64>, tensor<2x2xi64>, tensor<2x2xi64>, tensor<2x2xi64>) {
  %v0 = arith.constant dense<[[-2509351988145609929, 0], [-9223372036854775808, 64]]> : tensor<2x2xi64>
  %v1 = arith.divui %v0, %arg1 : tensor<2x2xi64>
  %v2 = arith.shli %v0, %arg1 : tensor<2x2xi64>
  %v3 = arith.constant 2.0 : f8E4M3FNUZ
  %v4 = arith.constant 0x07 : f8E4M3FNUZ
  %v5 = arith.maximumf %v3, %v4 : f8E4M3FNUZ
  %v6 = arith.divui %v0, %arg1 : tensor<2x2xi64>
  %v7 = arith.fptoui %v3 : f8E4M3FNUZ to i33
  %v8 = arith.constant 2.0 : f8E4M3FNUZ
  %v9 = arith.addf %v5, %v8 : f8E4M3FNUZ
  %v10 = arith.constant 0x78 : f8E4M3FNUZ
  %v11 = arith.constant 0x08 : f8E4M3FNUZ
  %v12 = arith.subf %v10, %v11 fastmath<nsz> : f8E4M3FNUZ
  %v13 = arith.constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %v14 = arith.select %v13, %v1, %v2 : tensor<2x2xi1>, tensor<2x2xi64>
  %v15 = arith.cmpi sle, %v0, %v0 : tensor<2x2xi64>
  %v16 = arith.negf %v4 fastmath<nnan> : f8E4M3FNUZ
  return %v14, %v14, %v14, %arg1 : tensor<2x2xi64>, tensor<2x2xi64>, tensor<2x2xi64>, tensor<2x2xi64>
}
func.func @f1(%arg0: vector<2x3xbf16>, %arg1: vector<4xbf16>, %arg2: i64, %arg3: f32) -> (tensor<2x2xi64>, i64) {
  %v0 = arith.constant 13 : i64
  %v1 = arith.minui %v0, %arg2 : i64
  %v2 = arith.constant 576460752303423488 : index
  %v3 = arith.constant -8773121676076950604 : index
  %v4 = arith.cmpi sge, %v2, %v3 : index
  %v5 = arith.cmpf ugt, %arg3, %arg3 fastmath<nsz> : f32
  %v6 = arith.cmpi sge, %v2, %v3 : index
  %v7 = arith.negf %arg3 : f32
  %v8 = arith.remsi %v3, %v2 : index
  %v9 = arith.negf %arg3 : f32
  %v10 = arith.constant 1048576 : i64
  %v11 = arith.remsi %v10, %arg2 : i64
  %v12 = arith.cmpf ugt, %arg3, %arg3 fastmath<nsz> : f32
  %v13 = arith.extf %arg0 : vector<2x3xbf16> to vector<2x3xf64>
  %v14 = arith.index_cast %v2 : index to i16
  %v15 = arith.index_cast %v2 : index to i16
  %v16 = arith.select %v12, %v4, %v5 : i1
  %v17 = arith.shli %v2, %v8 overflow<nsw, nuw> : index
  %v18 = arith.constant false
  %v19 = arith.select %v18, %v11, %v1 : i64
  %v20 = arith.constant true
  %v21 = arith.subi %v20, %v18 : i1
  %v22 = arith.constant 1 : i32
  %v23 = arith.constant dense<0> : tensor<2x2xi64>
  %v24:4 = func.call @f0(%v22, %v23) : (i32, tensor<2x2xi64>) -> (tensor<2x2xi64>, tensor<2x2xi64>, tensor<2x2xi64>, tensor<2x2xi64>)
  %v25 = arith.constant dense<[0x7F7F, 0xBF80, -3.0e-05, 2.0]> : vector<4xbf16>
  %v26 = arith.fptoui %v25 : vector<4xbf16> to vector<4xi1>
  %v27 = arith.shli %v2, %v8 overflow<nsw, nuw> : index
  %v28 = arith.constant 1.0 : f64
  %v29 = arith.truncf %v28 fastmath<fast> : f64 to f8E4M3FNUZ
  %v30 = arith.remsi %v10, %arg2 : i64
  %v31 = arith.constant dense<0.1> : vector<2x3xf64>
  %v32 = arith.maximumf %v13, %v31 : vector<2x3xf64>
  %v33 = arith.constant 4294967292 : i32
  %v34:4 = func.call @f0(%v33, %v24#0) : (i32, tensor<2x2xi64>) -> (tensor<2x2xi64>, tensor<2x2xi64>, tensor<2x2xi64>, tensor<2x2xi64>)
  return %v24#1, %v19 : tensor<2x2xi64>, i64
}
func.func @f2(%arg0: vector<2xbf16>, %arg1: index) -> vector<2xbf16> {
  %v0 = arith.constant dense<[0x0001, 0x007F]> : vector<2xbf16>
  %v1 = arith.fptosi %v0 : vector<2xbf16> to vector<2xi32>
  %v2 = arith.constant true
  %v3 = arith.constant dense<-2.5> : vector<2xbf16>
  %v4 = arith.constant dense<0x7FC0> : vector<2xbf16>
  %v5 = arith.select %v2, %v3, %v4 : vector<2xbf16>
  %v6 = arith.cmpi ult, %arg1, %arg1 : index
  %v7 = arith.remsi %arg1, %arg1 : index
  %v8 = arith.constant true
  %v9 = arith.shli %v2, %v8 : i1
  %v10 = arith.fptosi %arg0 : vector<2xbf16> to vector<2xi32>
  %v11 = arith.constant true
  %v12 = arith.constant dense<[0.1, 0.0]> : vector<2xbf16>
  %v13 = arith.select %v11, %v12, %arg0 : vector<2xbf16>
  %v14 = arith.select %v2, %v3, %v4 : vector<2xbf16>
  return %v14 : vector<2xbf16>
}
