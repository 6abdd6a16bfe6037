// Random func/arith module, seed 32.
func.func @f0(%arg0: tensor<2x2xf32>, %arg1: f32) -> (f16, f32) {
  %v0 = arith.remf %arg0, %arg0 : tensor<2x2xf32>
  %v1 = arith.remf %arg0, %arg0 : tensor<2x2xf32>
  %v2 = arith.constant 0x00 : f8E5M2
  %v3 = arith.constant -0.75 : f8E5M2
  %v4 = arith.cmpf ole, %v2, %v3 : f8E5M2
  %v5 = arith.remf %arg0, %arg0 : tensor<2x2xf32>
  %v6 = arith.cmpf ogt, %arg0, %v0 : tensor<2x2xf32>
  %v7 = arith.constant dense<[0x649CCE92, 0.0, 0x00000000]> : tensor<3xf32>
  %v8 = arith.constant dense<4.0> : tensor<3xf32>
  %v9 = arith.cmpf one, %v7, %v8 : tensor<3xf32>
  %v10 = arith.constant 0.5 : f16
  %v11 = arith.negf %v10 : f16
  %v12 = arith.constant dense<false> : tensor<3xi1>
  %v13 = arith.select %v9, %v12, %v12 : tensor<3xi1>, tensor<3xi1>
  %v14 = arith.constant 0xFF800000 : f32
  %v15 = arith.divf %arg1, %v14 : f32
  %v16 = arith.addi %v6, %v6 overflow<none> : tensor<2x2xi1>
  return %v11, %v15 : f16, f32
}
func.func @f1(%arg0: vector<2xi16>) -> vector<2xi8> {
  %v0 = arith.constant dense<[-6, 14]> : vector<2xi16>
  %v1 = arith.cmpi ne, %arg0, %v0 : vector<2xi16>
  %v2 = arith.constant dense<[true, false]> : vector<2xi1>
  %v3 = arith.cmpi ule, %v2, %v1 : vector<2xi1>
  %v4 = arith.extui %v3 : vector<2xi1> to vector<2xi32>
  %v5 = arith.constant dense<-32768> : vector<2xi16>
  %v6 = arith.extsi %v5 : vector<2xi16> to vector<2xi64>
  %v7 = arith.constant dense<-1> : vector<2xi16>
  %v8 = arith.divui %arg0, %v7 exact : vector<2xi16>
  %v9 = arith.constant 2.0 : f64
  %v10 = arith.negf %v9 : f64
  %v11 = arith.constant -2147483648 : i32
  %v12 = arith.ceildivsi %v11, %v11 : i32
  %v13 = arith.constant 0x8000000000000000 : f64
  %v14 = arith.fptoui %v13 : f64 to i1
  %v15 = arith.trunci %arg0 : vector<2xi16> to vector<2xi8>
  %v16 = arith.ceildivsi %v11, %v11 : i32
  %v17 = arith.constant -9223372036854775808 : index
  %v18 = arith.index_castui %v17 : index to i1
  %v19 = arith.constant dense<7> : vector<2xi8>
  %v20 = arith.shrui %v15, %v19 : vector<2xi8>
  %v21 = arith.constant 0x0000000000000001 : f64
  %v22 = arith.cmpf oge, %v13, %v21 : f64
  return %v20 : vector<2xi8>
}
func.func @f2(%arg0: f32, %arg1: i16, %arg2: index) -> f32 {
  %v0 = arith.constant 1.0e+10 : f32
  %v1 = arith.truncf %v0 fastmath<arcp,afn> : f32 to f8E4M3FN
  %v2 = arith.minimumf %arg0, %arg0 : f32
  %v3 = arith.constant 0 : i16
  %v4 = arith.muli %arg1, %v3 : i16
  %v5:2 = arith.mului_extended %v4, %v3 : i16
  %v6 = arith.maximumf %arg0, %arg0 fastmath<nsz> : f32
  %v7 = arith.shrui %arg2, %arg2 : index
  %v8 = arith.maximumf %arg0, %v2 fastmath<nnan,ninf> : f32
  %v9 = arith.constant dense<8> : vector<2xi16>
  %v10 = func.call @f1(%v9) : (vector<2xi16>) -> vector<2xi8>
  %v11 = arith.cmpi sgt, %arg1, %arg1 : i16
  %v12 = arith.constant 1.0e+10 : f32
  %v13 = arith.extf %v12 fastmath<fast> : f32 to f64
  %v14 = arith.constant dense<1.0> : tensor<2x2xf32>
  %v15:2 = func.call @f0(%v14, %v0) : (tensor<2x2xf32>, f32) -> (f16, f32)
  %v16 = arith.constant 0xBC00 : f16
  %v17 = arith.cmpf ogt, %v16, %v15#0 fastmath<ninf> : f16
  return %v8 : f32
}
func.func @f3(%arg0: tensor<2x2xi1>) -> tensor<2x2xi1> {
  %v0 = arith.constant dense<0xB2F6B64CFE4A3CF8> : vector<4xf64>
  %v1 = arith.minimumf %v0, %v0 : vector<4xf64>
  %v2 = arith.constant dense<[[0x0E73, 1.0e+10], [1.0e+10, 7.0]]> : tensor<2x2xbf16>
  %v3 = arith.fptoui %v2 : tensor<2x2xbf16> to tensor<2x2xi8>
  %v4 = arith.minimumf %v0, %v0 : vector<4xf64>
  %v5 = arith.constant dense<-1> : tensor<2x2xi8>
  %v6 = arith.cmpi sge, %v3, %v5 : tensor<2x2xi8>
  %v7 = arith.constant dense<-1.0> : vector<4xf64>
  %v8 = arith.maximumf %v0, %v7 fastmath<none> : vector<4xf64>
  %v9 = arith.constant dense<true> : tensor<2x2xi1>
  %v10 = arith.extsi %v9 : tensor<2x2xi1> to tensor<2x2xi8>
  %v11 = arith.negf %v2 fastmath<none> : tensor<2x2xbf16>
  %v12 = arith.constant 3.0 : bf16
  %v13 = arith.constant -0.75 : bf16
  %v14 = arith.remf %v12, %v13 fastmath<reassoc,contract> : bf16
  %v15 = arith.select %arg0, %arg0, %v9 : tensor<2x2xi1>, tensor<2x2xi1>
  %v16 = arith.minnumf %v2, %v2 : tensor<2x2xbf16>
  %v17 = arith.cmpi sge, %v3, %v5 : tensor<2x2xi8>
  %v18 = arith.constant 0xFF80 : bf16
  %v19 = arith.constant 7.0 : bf16
  %v20 = arith.divf %v18, %v19 fastmath<nnan> : bf16
  return %v15 : tensor<2x2xi1>
}
