// Random func/arith module, seed 185.
func.func @f0(%arg0: tensor<0xbf16>) -> (tensor<2x2xi1>, vector<4xi64>) {
  %v0 = arith.constant 32 : i32
  %v1 = arith.constant 776583391 : i32
  %v2 = arith.ceildivsi %v0, %v1 : i32
  %v3 = arith.ceildivsi %v0, %v1 : i32
  %v4 = arith.constant 16 : i32
  %v5 = arith.constant 5 : i32
  %v6 = arith.ceildivui %v4, %v5 : i32
  %v7 = arith.constant dense<2.0> : tensor<0xbf16>
  %v8 = arith.maximumf %v7, %v7 fastmath<nnan,ninf> : tensor<0xbf16>
  %v9 = arith.constant dense<1> : tensor<2x2xi32>
  %v10 = arith.constant dense<972335696> : tensor<2x2xi32>
  %v11 = arith.cmpi ne, %v9, %v10 : tensor<2x2xi32>
  %v12 = arith.constant 1 : i8
  %v13 = arith.constant -1 : i8
  %v14 = arith.cmpi ult, %v12, %v13 : i8
  %v15 = arith.constant 10 : i32
  %v16 = arith.constant -1 : i32
  %v17 = arith.ceildivui %v15, %v16 : i32
  %v18 = arith.cmpi ne, %v9, %v10 : tensor<2x2xi32>
  %v19 = arith.constant dense<[false, false, true, true]> : vector<4xi1>
  %v20 = arith.extsi %v19 : vector<4xi1> to vector<4xi64>
  %v21 = arith.extsi %v19 : vector<4xi1> to vector<4xi64>
  %v22 = arith.cmpi ne, %v20, %v21 : vector<4xi64>
  %v23 = arith.constant dense<2.0> : tensor<0xbf16>
  %v24 = arith.constant dense<[]> : tensor<0xbf16>
  %v25 = arith.divf %v23, %v24 fastmath<nsz> : tensor<0xbf16>
  %v26 = arith.remui %v10, %v10 : tensor<2x2xi32>
  %v27 = arith.constant dense<-3> : vector<4xi64>
  %v28 = arith.ceildivui %v21, %v27 : vector<4xi64>
  return %v18, %v20 : tensor<2x2xi1>, vector<4xi64>
}
func.func @f1(%arg0: i33, %arg1: index, %arg2: f8E5M2, %arg3: tensor<3xindex>) -> tensor<2x2xi1> {
  %v0 = arith.constant 8 : index
  %v1 = arith.cmpi ugt, %v0, %arg1 : index
  %v2 = arith.select %v1, %v0, %arg1 : index
  %v3 = arith.extui %v1 : i1 to i64
  %v4 = arith.constant -9223372036854775808 : i64
  %v5 = arith.cmpi eq, %v3, %v4 : i64
  %v6 = arith.constant 1 : index
  %v7 = arith.index_cast %v6 : index to i8
  %v8 = arith.index_cast %v6 : index to i8
  %v9 = arith.constant dense<[]> : tensor<0xbf16>
  %v10:2 = func.call @f0(%v9) : (tensor<0xbf16>) -> (tensor<2x2xi1>, vector<4xi64>)
  %v11:2 = func.call @f0(%v9) : (tensor<0xbf16>) -> (tensor<2x2xi1>, vector<4xi64>)
  %v12 = arith.xori %arg0, %arg0 : i33
  %v13 = arith.extui %v1 : i1 to i64
  %v14 = arith.constant 0x01 : f8E8M0FNU
  %v15 = arith.constant 0x00 : f8E8M0FNU
  %v16 = arith.addf %v14, %v15 : f8E8M0FNU
  %v17 = arith.cmpf olt, %arg2, %arg2 fastmath<nnan,ninf> : f8E5M2
  %v18 = arith.constant dense<[]> : tensor<0xbf16>
  %v19 = arith.cmpf false, %v18, %v9 : tensor<0xbf16>
  %v20 = arith.constant false
  %v21 = arith.constant -0.75 : f16
  %v22 = arith.constant 0.5 : f16
  %v23 = arith.select %v20, %v21, %v22 : f16
  return %v11#0 : tensor<2x2xi1>
}
