// Random func/arith module, seed 11.
func.func @f0(%arg0: vector<i32>, %arg1: i8, %arg2: tensor<2x2xi32>) -> (tensor<2x2xi32>, tensor<2x2xi32>, tensor<2x2xi32>, tensor<2x2xi32>) {
  %v0 = arith.constant 4.0 : f8E4M3
  %v1 = arith.extf %v0 fastmath<arcp,afn> : f8E4M3 to f32
  %v2 = arith.constant 0xC8 : f8E4M3
  %v3 = arith.cmpf ugt, %v2, %v0 : f8E4M3
  %v4 = arith.extf %v0 fastmath<arcp,afn> : f8E4M3 to f32
  %v5 = arith.constant 0x3F800000 : f32
  %v6 = arith.constant 7.0 : f32
  %v7 = arith.addf %v5, %v6 fastmath<nsz> : f32
  %v8 = arith.constant true
  %v9 = arith.constant false
  %v10 = arith.andi %v8, %v9 : i1
  %v11 = arith.index_castui %arg0 : vector<i32> to vector<index>
  %v12 = arith.index_castui %v11 : vector<index> to vector<i32>
  %v13 = arith.constant dense<0> : tensor<2x2xi32>
  %v14 = arith.shrsi %arg2, %v13 : tensor<2x2xi32>
  %v15 = arith.constant dense<-1> : vector<2xi64>
  %v16 = arith.floordivsi %v15, %v15 : vector<2xi64>
  %v17 = arith.cmpf ord, %v5, %v7 : f32
  %v18 = arith.subi %v9, %v10 overflow<nsw, nuw> : i1
  %v19 = arith.constant -0.75 : f32
  %v20 = arith.truncf %v19 fastmath<nsz> : f32 to f16
  return %v14, %v14, %v14, %v14 : tensor<2x2xi32>, tensor<2x2xi32>, tensor<2x2xi32>, tensor<2x2xi32>
}
func.func @f1(%arg0: tensor<0xi8>, %arg1: vector<2x3xi64>) -> (tensor<0xi1>, i7, tensor<0xi1>, tensor<0xf64>) {
  %v0 = arith.constant dense<[]> : tensor<0xf64>
  %v1 = arith.constant dense<0.0> : tensor<0xf64>
  %v2 = arith.minnumf %v0, %v1 fastmath<nnan,ninf> : tensor<0xf64>
  %v3 = arith.constant dense<1> : tensor<0xi8>
  %v4 = arith.ceildivsi %arg0, %v3 : tensor<0xi8>
  %v5 = arith.minnumf %v1, %v0 fastmath<nnan,ninf> {tag = 0 : i64} : tensor<0xf64>
  %v6 = arith.extsi %arg0 : tensor<0xi8> to tensor<0xi64>
  %v7 = arith.constant dense<[]> : tensor<0xi64>
  %v8 = arith.cmpi eq, %v6, %v7 : tensor<0xi64>
  %v9 = arith.constant dense<-9223372036854775808> : tensor<0xi64>
  %v10 = arith.cmpi ult, %v9, %v6 : tensor<0xi64>
  %v11 = arith.maxui %v7, %v9 : tensor<0xi64>
  %v12 = arith.ceildivui %v4, %arg0 : tensor<0xi8>
  %v13 = arith.constant dense<[]> : tensor<0xf64>
  %v14 = arith.truncf %v13 : tensor<0xf64> to tensor<0xf32>
  %v15 = arith.cmpi ult, %v9, %v6 : tensor<0xi64>
  %v16 = arith.extsi %arg0 : tensor<0xi8> to tensor<0xi64>
  %v17 = arith.constant dense<true> : tensor<0xi1>
  %v18:2 = arith.mului_extended %v15, %v17 : tensor<0xi1>
  %v19 = arith.ceildivui %v4, %arg0 : tensor<0xi8>
  %v20 = arith.constant 288230376151711744 : i64
  %v21 = arith.trunci %v20 : i64 to i7
  %v22 = arith.extsi %v19 : tensor<0xi8> to tensor<0xi64>
  %v23 = arith.extsi %v19 : tensor<0xi8> to tensor<0xi64>
  %v24 = arith.cmpi sle, %v22, %v23 : tensor<0xi64>
  %v25 = arith.extsi %v3 : tensor<0xi8> to tensor<0xi64>
  %v26 = arith.constant dense<0xA720DFE486499F23> : tensor<0xf64>
  %v27 = arith.cmpf oeq, %v2, %v26 fastmath<ninf> : tensor<0xf64>
  %v28 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v29 = arith.constant 0x0000000000000001 : f64
  %v30 = arith.remf %v28, %v29 fastmath<reassoc,contract> : f64
  %v31 = arith.constant dense<1.0> : tensor<0xf64>
  %v32 = arith.cmpf uno, %v13, %v31 : tensor<0xf64>
  %v33 = arith.constant dense<0x3FF0000000000000> : tensor<0xf64>
  %v34 = arith.mulf %v31, %v33 fastmath<ninf> : tensor<0xf64>
  %v35 = arith.constant 1 : i7
  %v36 = arith.uitofp %v35 : i7 to f8E8M0FNU
  %v37 = arith.uitofp %v6 : tensor<0xi64> to tensor<0xf64>
  %v38 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : tensor<0xf64>
  %v39 = arith.mulf %v38, %v37 : tensor<0xf64>
  return %v24, %v21, %v32, %v37 : tensor<0xi1>, i7, tensor<0xi1>, tensor<0xf64>
}
