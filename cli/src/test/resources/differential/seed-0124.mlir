// Random func/arith module, seed 124.
func.func @f0(%arg0: f16, %arg1: i1, %arg2: f16) -> i1 {
  %v0 = arith.cmpf ult, %arg2, %arg0 : f16
  %v1 = arith.cmpf ult, %arg2, %arg0 : f16
  %v2 = arith.cmpf ult, %arg2, %arg0 : f16
  %v3 = arith.xori %arg1, %v2 : i1
  %v4 = arith.constant false
  %v5 = arith.maxsi %v3, %v4 : i1
  %v6 = arith.constant 10 : i32
  %v7 = arith.constant 15 : i32
  %v8 = arith.xori %v6, %v7 : i32
  %v9 = arith.constant -1 : i32
  %v10 = arith.xori %v9, %v8 : i32
  %v11 = arith.xori %v6, %v7 : i32
  %v12 = arith.floordivsi %v1, %v5 : i1
  %v13 = arith.xori %arg1, %v2 : i1
  %v14 = arith.cmpf ult, %arg2, %arg0 : f16
  %v15 = arith.xori %v6, %v7 : i32
  %v16 = arith.negf %arg2 : f16
  %v17 = arith.constant false
  %v18 = arith.select %arg1, %v4, %v17 : i1
  %v19 = arith.muli %v5, %v12 overflow<none> : i1
  %v20 = arith.cmpf ult, %arg2, %arg0 : f16
  %v21 = arith.constant false
  %v22 = arith.ceildivui %v21, %v12 : i1
  %v23 = arith.cmpf ult, %arg2, %arg0 : f16
  %v24 = arith.constant 0xB8 : f8E4M3FN
  %v25 = arith.select %v14, %v24, %v24 : f8E4M3FN
  %v26 = arith.floordivsi %v1, %v5 : i1
  return %v26 : i1
}
func.func @f1(%arg0: f8E4M3FN, %arg1: tensor<3xindex>, %arg2: index, %arg3: tensor<2x2xf16>) -> tensor<3xf32> {
  %v0 = arith.constant dense<[15, 16, -1]> : tensor<3xindex>
  %v1 = arith.cmpi sgt, %v0, %arg1 : tensor<3xindex>
  %v2 = arith.constant 0x78 : f8E4M3FN
  %v3 = arith.maxnumf %v2, %arg0 fastmath<fast> : f8E4M3FN
  %v4 = arith.constant 0x80 : f8E4M3FN
  %v5 = arith.maximumf %v4, %v2 : f8E4M3FN
  %v6 = arith.cmpi sgt, %v0, %arg1 : tensor<3xindex>
  %v7:2 = arith.mulsi_extended %v6, %v6 : tensor<3xi1>
  %v8 = arith.constant 0x7C : f8E4M3
  %v9 = arith.mulf %v8, %v8 : f8E4M3
  %v10 = arith.constant dense<8> : vector<4xi8>
  %v11 = arith.constant dense<[8, 0, 1, 0]> : vector<4xi8>
  %v12 = arith.minui %v10, %v11 : vector<4xi8>
  %v13 = arith.constant dense<[127, 5, 1, 32]> : vector<4xi8>
  %v14 = arith.minui %v12, %v13 : vector<4xi8>
  %v15 = arith.sitofp %v1 : tensor<3xi1> to tensor<3xf32>
  %v16:2 = arith.mulsi_extended %v6, %v6 : tensor<3xi1>
  %v17 = arith.truncf %v15 fastmath<fast> : tensor<3xf32> to tensor<3xbf16>
  %v18 = arith.constant 1 : i32
  %v19 = arith.bitcast %v18 : i32 to f32
  %v20 = arith.bitcast %v19 : f32 to i32
  %v21 = arith.mulf %v8, %v8 : f8E4M3
  %v22 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %v23 = arith.index_castui %v22 : tensor<3xi1> to tensor<3xindex>
  return %v15 : tensor<3xf32>
}
func.func @f2(%arg0: tensor<2x2xi64>, %arg1: index, %arg2: i64, %arg3: f8E4M3) -> (tensor<2x2xi64>, i32, f8E4M3, tensor<2x2xi64>) {
  %v0 = arith.xori %arg2, %arg2 : i64
  %v1 = arith.bitcast %arg3 : f8E4M3 to f8E5M2FNUZ
  %v2 = arith.maximumf %arg3, %arg3 : f8E4M3
  %v3 = arith.bitcast %arg3 : f8E4M3 to f8E4M3FNUZ
  %v4 = arith.constant 8 : index
  %v5 = arith.index_cast %v4 : index to i32
  %v6 = arith.maximumf %arg3, %arg3 : f8E4M3
  %v7 = arith.constant -2 : i32
  %v8 = arith.constant 10 : i32
  %v9 = arith.cmpi eq, %v7, %v8 : i32
  %v10 = arith.constant dense<-9223372036854775808> : tensor<2x2xi64>
  %v11 = arith.ceildivui %arg0, %v10 : tensor<2x2xi64>
  return %v11, %v7, %v6, %v11 : tensor<2x2xi64>, i32, f8E4M3, tensor<2x2xi64>
}
func.func @f3(%arg0: i1) -> (vector<2xf16>, vector<2xf16>, vector<2xf16>) {
  %v0 = arith.constant 3.0 : f64
  %v1 = arith.negf %v0 fastmath<ninf> : f64
  %v2 = arith.constant true
  %v3 = arith.muli %v2, %arg0 : i1
  %v4 = arith.constant true
  %v5 = arith.cmpi uge, %v4, %v3 : i1
  %v6 = arith.divui %v3, %v5 exact : i1
  %v7 = arith.constant 0.0 : f64
  %v8 = arith.constant 0x3FF0000000000000 : f64
  %v9 = arith.minnumf %v7, %v8 fastmath<nnan,ninf> : f64
  %v10 = arith.maxsi %arg0, %v6 : i1
  %v11 = arith.constant dense<[-0.75, 0.5]> : vector<2xf16>
  %v12 = arith.constant dense<0.0> : vector<2xf16>
  %v13 = arith.subf %v11, %v12 fastmath<none> : vector<2xf16>
  %v14 = arith.minnumf %v7, %v8 fastmath<nnan,ninf> : f64
  %v15 = arith.constant 0x8000000000000000 : f64
  %v16 = arith.divf %v15, %v8 fastmath<nnan,ninf> : f64
  %v17 = arith.select %v6, %v11, %v12 : vector<2xf16>
  %v18 = arith.minnumf %v7, %v8 fastmath<nnan,ninf> : f64
  %v19 = arith.constant 0x0000000000000000 : f64
  %v20 = arith.cmpf true, %v19, %v9 : f64
  return %v17, %v17, %v17 : vector<2xf16>, vector<2xf16>, vector<2xf16>
}
