// Random func/arith module, seed 63.
func.func @f0(%arg0: tensor<2x2xf64>) -> (tensor<2x2xf64>, tensor<2x2xf64>) {
  %v0 = arith.constant false
  %v1 = arith.constant false
  %v2 = arith.shli %v0, %v1 : i1
  %v3 = arith.constant false
  %v4 = arith.shrsi %v0, %v3 : i1
  %v5 = arith.constant dense<-1.0> : tensor<2x2xf64>
  %v6 = arith.constant dense<[[7.0, 0x000FFFFFFFFFFFFF], [-0.0, 0x0010000000000000]]> : tensor<2x2xf64>
  %v7 = arith.remf %v5, %v6 fastmath<nsz> : tensor<2x2xf64>
  %v8 = arith.shli %v0, %v1 : i1
  %v9 = arith.cmpf ord, %v7, %v5 fastmath<nnan,ninf> : tensor<2x2xf64>
  %v10 = arith.bitcast %arg0 : tensor<2x2xf64> to tensor<2x2xi64>
  %v11 = arith.constant dense<-2147483648> : vector<2x3xi32>
  %v12 = arith.constant dense<-1> : vector<2x3xi32>
  %v13 = arith.andi %v11, %v12 : vector<2x3xi32>
  %v14 = arith.constant true
  %v15 = arith.constant 2 : i8
  %v16 = arith.select %v14, %v15, %v15 : i8
  %v17 = arith.constant dense<1> : tensor<2x2xi64>
  %v18 = arith.constant dense<[[1, -7], [1152921504606846976, 9223372036854775807]]> : tensor<2x2xi64>
  %v19 = arith.ceildivsi %v17, %v18 : tensor<2x2xi64>
  %v20 = arith.index_castui %v10 : tensor<2x2xi64> to tensor<2x2xindex>
  %v21 = arith.constant dense<13> : tensor<2x2xindex>
  %v22 = arith.select %v9, %v21, %v20 : tensor<2x2xi1>, tensor<2x2xindex>
  %v23 = arith.constant dense<0x0000000000000001> : tensor<2x2xf64>
  %v24 = arith.mulf %v23, %v6 fastmath<arcp,afn> : tensor<2x2xf64>
  %v25 = arith.cmpf ord, %v7, %v5 fastmath<nnan,ninf> : tensor<2x2xf64>
  %v26 = arith.divf %arg0, %arg0 : tensor<2x2xf64>
  %v27 = arith.remf %v5, %v6 fastmath<nsz> : tensor<2x2xf64>
  %v28 = arith.constant dense<[[0x0010000000000000, 0x0000000000000001], [0xF0C8E94F1B7F8ADA, 0x8000000000000000]]> : tensor<2x2xf64>
  %v29 = arith.mulf %v23, %v28 : tensor<2x2xf64>
  %v30 = arith.constant dense<0x0000000000000001> : tensor<3xf64>
  %v31 = arith.constant dense<0.0> : tensor<3xf64>
  %v32 = arith.remf %v30, %v31 fastmath<nnan,ninf> : tensor<3xf64>
  %v33 = arith.cmpf ord, %v7, %v5 fastmath<nnan,ninf> : tensor<2x2xf64>
  %v34 = arith.select %v14, %v19, %v10 : tensor<2x2xi64>
  %v35 = arith.constant dense<[-2700677204597784269, 668085699788900551, 9]> : tensor<3xi64>
  %v36 = arith.constant dense<[-9223372036854775808, -9223372036854775808, -9223372036854775808]> : tensor<3xi64>
  %v37 = arith.xori %v35, %v36 : tensor<3xi64>
  %v38 = arith.select %v14, %v15, %v15 : i8
  %v39 = arith.bitcast %v26 : tensor<2x2xf64> to tensor<2x2xi64>
  %v40 = arith.constant dense<false> : tensor<2x2xi1>
  %v41 = arith.select %v40, %v26, %arg0 : tensor<2x2xi1>, tensor<2x2xf64>
  return %v41, %v41 : tensor<2x2xf64>, tensor<2x2xf64>
}
func.func @f1(%arg0: i128, %arg1: tensor<3xi16>) {
  %v0 = arith.constant 0x30 : f8E3M4
  %v1 = arith.cmpf uno, %v0, %v0 : f8E3M4
  %v2 = arith.index_castui %arg0 : i128 to index
  %v3 = arith.fptoui %v0 : f8E3M4 to i7
  %v4 = arith.constant 129 : i128
  %v5 = arith.remsi %arg0, %v4 : i128
  %v6 = arith.addi %v2, %v2 : index
  %v7 = arith.constant 0x70 : f8E3M4
  %v8 = arith.cmpf oeq, %v0, %v7 fastmath<nnan,ninf> : f8E3M4
  %v9 = arith.constant 0xF8 : f8E3M4
  %v10 = arith.fptosi %v9 : f8E3M4 to i64
  %v11 = arith.constant 2.0 : f8E4M3FN
  %v12 = arith.minimumf %v11, %v11 : f8E4M3FN
  %v13 = arith.constant -9223372036854775808 : index
  %v14 = arith.constant 536870912 : index
  %v15 = arith.divui %v13, %v14 : index
  %v16 = arith.index_castui %v6 : index to i1
  %v17 = arith.mulf %v11, %v11 : f8E4M3FN
  %v18 = arith.constant true
  %v19 = arith.constant true
  %v20 = arith.xori %v18, %v19 : i1
  %v21 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v22 = arith.constant -0.0 : f64
  %v23 = arith.maxnumf %v21, %v22 : f64
  %v24 = arith.minimumf %v11, %v11 : f8E4M3FN
  %v25 = arith.constant dense<[[4.0, 0x3FF0000000000000], [0x8000000000000000, 100.0]]> : tensor<2x2xf64>
  %v26:2 = func.call @f0(%v25) : (tensor<2x2xf64>) -> (tensor<2x2xf64>, tensor<2x2xf64>)
  %v27 = arith.sitofp %v16 : i1 to f64
  %v28 = arith.fptoui %v27 : f64 to i1
  return
}
func.func @f2(%arg0: tensor<3xi32>, %arg1: vector<4xi16>, %arg2: tensor<2x2xi16>, %arg3: i32) -> (tensor<2x2xi16>, tensor<3xi16>) {
  %v0 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v1 = arith.muli %v0, %arg2 : tensor<2x2xi16>
  %v2 = arith.constant dense<[-2147483648, 1, 7]> : tensor<3xi32>
  %v3 = arith.minui %arg0, %v2 : tensor<3xi32>
  %v4 = arith.constant dense<-2147483648> : tensor<3xi32>
  %v5 = arith.minui %v4, %v3 : tensor<3xi32>
  %v6 = arith.cmpi sle, %v0, %v1 : tensor<2x2xi16>
  %v7 = arith.select %v6, %v1, %v0 : tensor<2x2xi1>, tensor<2x2xi16>
  %v8 = arith.constant -2147483648 : i32
  %v9 = arith.addi %arg3, %v8 : i32
  %v10 = arith.constant 13 : i128
  %v11 = arith.constant dense<0> : tensor<3xi16>
  func.call @f1(%v10, %v11) : (i128, tensor<3xi16>) -> ()
  %v13 = arith.constant 0.5 : bf16
  %v14 = arith.constant 3.0 : bf16
  %v15 = arith.maximumf %v13, %v14 fastmath<nnan> : bf16
  %v16 = arith.addf %v13, %v13 fastmath<reassoc,contract> : bf16
  %v17 = arith.addi %arg3, %v8 : i32
  %v18 = arith.minui %arg0, %v2 : tensor<3xi32>
  %v19 = arith.constant 4.0 : bf16
  %v20 = arith.subf %v19, %v19 : bf16
  %v21 = arith.muli %arg2, %v0 : tensor<2x2xi16>
  %v22 = arith.constant 0x0001 : bf16
  %v23 = arith.minnumf %v22, %v19 fastmath<arcp,afn> : bf16
  %v24 = arith.constant 0xFFF8000000000000 : f64
  %v25 = arith.remf %v24, %v24 : f64
  %v26 = arith.fptoui %v22 : bf16 to i7
  %v27 = arith.constant dense<0> : tensor<3xi16>
  func.call @f1(%v10, %v27) : (i128, tensor<3xi16>) -> ()
  %v29 = arith.constant 16 : i128
  func.call @f1(%v29, %v11) : (i128, tensor<3xi16>) -> ()
  %v31 = arith.constant 0 : i128
  %v32 = arith.maxui %v10, %v31 : i128
  %v33 = arith.constant dense<[1, -32768, 0]> : tensor<3xi16>
  %v34 = arith.xori %v27, %v33 : tensor<3xi16>
  %v35 = arith.constant dense<-32768> : tensor<3xi16>
  %v36 = arith.xori %v34, %v35 : tensor<3xi16>
  %v37 = arith.fptoui %v22 : bf16 to i7
  %v38 = arith.constant dense<5> : tensor<3xi16>
  %v39 = arith.extui %v38 : tensor<3xi16> to tensor<3xi64>
  %v40:2 = arith.mului_extended %v0, %arg2 : tensor<2x2xi16>
  return %v21, %v34 : tensor<2x2xi16>, tensor<3xi16>
}
func.func @f3(%arg0: tensor<2x2xf64>) -> (tensor<2x2xf64>, tensor<2x2xi64>) {
  %v0 = arith.constant 1048576 : i64
  %v1 = arith.divsi %v0, %v0 exact : i64
  %v2 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : tensor<2x2xf64>
  %v3 = arith.constant dense<0x3FF0000000000000> : tensor<2x2xf64>
  %v4 = arith.maximumf %v2, %v3 : tensor<2x2xf64>
  %v5 = arith.constant 3 : i64
  %v6 = arith.extsi %v5 : i64 to i128
  %v7 = arith.fptosi %arg0 : tensor<2x2xf64> to tensor<2x2xi1>
  %v8 = arith.constant false
  %v9 = arith.constant -7 : i128
  %v10 = arith.select %v8, %v6, %v9 : i128
  %v11 = arith.constant dense<1> : vector<4xi8>
  %v12 = arith.constant dense<-3> : vector<4xi8>
  %v13 = arith.addi %v11, %v12 : vector<4xi8>
  %v14 = arith.constant dense<45> : vector<4xi8>
  %v15 = arith.addi %v14, %v13 : vector<4xi8>
  %v16 = arith.negf %v4 : tensor<2x2xf64>
  %v17 = arith.bitcast %arg0 : tensor<2x2xf64> to tensor<2x2xi64>
  %v18 = arith.select %v8, %v8, %v8 : i1
  %v19 = arith.divsi %v0, %v0 exact : i64
  %v20 = arith.constant dense<[[0x7FF0000000000000, -0.0], [100.0, 0xA85BEF220F64397B]]> : tensor<2x2xf64>
  %v21 = arith.remf %v20, %arg0 : tensor<2x2xf64>
  return %v21, %v17 : tensor<2x2xf64>, tensor<2x2xi64>
}
