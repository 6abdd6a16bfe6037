// Random func/arith module, seed 29.
func.func @f0(%arg0: tensor<2x2xf16>) -> (tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.constant 6770404092835672569 : i64
  %v1 = arith.constant -9223372036854775808 : i64
  %v2 = arith.ori %v0, %v1 : i64
  %v3 = arith.index_cast %v2 : i64 to index
  %v4 = arith.divui %v0, %v1 : i64
  %v5 = arith.constant 0 : i64
  %v6:2 = arith.mului_extended %v5, %v0 : i64
  %v7:2 = arith.mului_extended %v5, %v0 : i64
  %v8 = arith.constant dense<-1.0> : tensor<2x2xf16>
  %v9 = arith.subf %arg0, %v8 fastmath<none> : tensor<2x2xf16>
  %v10 = arith.constant 0 : index
  %v11 = arith.cmpi ule, %v3, %v10 : index
  %v12 = arith.constant -64 : i7
  %v13 = arith.extui %v12 : i7 to i33
  %v14 = arith.constant 1 : i33
  %v15 = arith.remsi %v14, %v14 : i33
  %v16 = arith.index_cast %v2 : i64 to index
  %v17 = arith.divui %v0, %v1 : i64
  %v18 = arith.constant true
  %v19 = arith.constant true
  %v20 = arith.remsi %v18, %v19 : i1
  %v21 = arith.cmpf ole, %arg0, %v8 : tensor<2x2xf16>
  return %v21, %v21 : tensor<2x2xi1>, tensor<2x2xi1>
}
func.func @f1(%arg0: i16) -> (tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.constant 8056 : i16
  %v1 = arith.maxui %arg0, %v0 : i16
  %v2 = arith.constant dense<0x03FF> : tensor<2x2xf16>
  %v3:2 = func.call @f0(%v2) : (tensor<2x2xf16>) -> (tensor<2x2xi1>, tensor<2x2xi1>)
  %v4 = arith.constant true
  %v5 = arith.select %v4, %v3#0, %v3#1 : tensor<2x2xi1>
  %v6 = arith.select %v4, %v3#0, %v3#0 : tensor<2x2xi1>
  %v7 = arith.constant -1 : i16
  %v8 = arith.uitofp %v7 : i16 to f32
  %v9 = arith.constant false
  %v10 = arith.minui %v4, %v9 : i1
  %v11 = arith.constant dense<-0.75> : tensor<2x2xf16>
  %v12 = arith.cmpf ole, %v11, %v2 : tensor<2x2xf16>
  %v13:2 = arith.mulsi_extended %v3#1, %v5 : tensor<2x2xi1>
  %v14 = arith.cmpi eq, %v1, %arg0 : i16
  %v15 = arith.constant dense<false> : tensor<2x2xi1>
  %v16:2 = arith.mului_extended %v15, %v6 : tensor<2x2xi1>
  %v17 = arith.constant -3.0e-05 : f64
  %v18 = arith.fptosi %v17 : f64 to i128
  %v19 = arith.constant 0x7FC00000 : f32
  %v20 = arith.maxnumf %v19, %v19 : f32
  %v21 = arith.cmpf ole, %v11, %v2 : tensor<2x2xf16>
  %v22 = arith.ceildivui %v3#1, %v6 : tensor<2x2xi1>
  return %v21, %v16#1, %v16#0 : tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>
}
func.func @f2(%arg0: f8E5M2, %arg1: tensor<2x2xbf16>) -> (tensor<2x2xi1>, tensor<2x2xi1>, f8E5M2, i1) {
  %v0 = arith.constant -4 : i32
  %v1 = arith.constant 128 : i32
  %v2 = arith.cmpi sgt, %v0, %v1 : i32
  %v3 = arith.cmpi sgt, %v0, %v1 : i32
  %v4 = arith.constant false
  %v5 = arith.constant true
  %v6 = arith.minui %v4, %v5 : i1
  %v7 = arith.cmpf une, %arg0, %arg0 fastmath<fast> : f8E5M2
  %v8 = arith.constant dense<2.0> : vector<2x3xf16>
  %v9 = arith.cmpf ole, %v8, %v8 : vector<2x3xf16>
  %v10 = arith.constant false
  %v11 = arith.constant true
  %v12 = arith.maxui %v10, %v11 : i1
  %v13 = arith.constant -3.0e-05 : f8E5M2
  %v14 = arith.divf %v13, %arg0 fastmath<nnan,ninf> : f8E5M2
  %v15 = arith.constant dense<0x7E00> : tensor<2x2xf16>
  %v16:2 = func.call @f0(%v15) : (tensor<2x2xf16>) -> (tensor<2x2xi1>, tensor<2x2xi1>)
  %v17 = arith.remf %arg1, %arg1 fastmath<nnan,ninf> : tensor<2x2xbf16>
  %v18 = arith.constant 4 : i32
  %v19 = arith.remsi %v18, %v1 : i32
  %v20 = arith.constant false
  %v21 = arith.andi %v7, %v20 : i1
  %v22 = arith.cmpf ole, %v8, %v8 : vector<2x3xf16>
  %v23 = arith.constant dense<0xBC00> : tensor<2x2xf16>
  %v24 = arith.constant dense<[[0x7C00, 0x7BFF], [2.0, 0.1]]> : tensor<2x2xf16>
  %v25 = arith.cmpf olt, %v23, %v24 : tensor<2x2xf16>
  return %v16#1, %v16#1, %arg0, %v21 : tensor<2x2xi1>, tensor<2x2xi1>, f8E5M2, i1
}
