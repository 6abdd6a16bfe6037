// Random func/arith module, seed 135.
func.func @f0(%arg0: index) -> (index, index, index) {
  %v0 = arith.constant 0x0400 : f16
  %v1 = arith.addf %v0, %v0 : f16
  %v2 = arith.remui %arg0, %arg0 : index
  %v3 = arith.remui %arg0, %arg0 : index
  %v4 = arith.constant 3.0 : f16
  %v5 = arith.mulf %v0, %v4 : f16
  %v6 = arith.constant 0.1 : f16
  %v7 = arith.subf %v6, %v5 : f16
  %v8 = arith.constant true
  %v9:2 = arith.addui_extended %v8, %v8 : i1, i1
  %v10 = arith.constant 67108864 : index
  %v11 = arith.shrui %v10, %v2 : index
  %v12 = arith.constant 1125899906842624 : index
  %v13 = arith.constant -9223372036854775808 : index
  %v14 = arith.ceildivui %v12, %v13 : index
  %v15 = arith.constant dense<4> : vector<i8>
  %v16 = arith.constant dense<1> : vector<i8>
  %v17 = arith.divui %v15, %v16 : vector<i8>
  %v18 = arith.muli %v11, %v3 : index
  return %v11, %v11, %v11 : index, index, index
}
func.func @f1(%arg0: vector<2x3xi32>, %arg1: tensor<0xbf16>) -> (i16, tensor<0xbf16>, tensor<0xbf16>) {
  %v0 = arith.minsi %arg0, %arg0 : vector<2x3xi32>
  %v1 = arith.constant dense<2.0> : tensor<3xf16>
  %v2 = arith.remf %v1, %v1 fastmath<nsz> : tensor<3xf16>
  %v3 = arith.constant 5 : i16
  %v4 = arith.divui %v3, %v3 exact {tag = 0 : i64} : i16
  %v5 = arith.constant dense<-2097568480> : vector<2x3xi32>
  %v6 = arith.maxsi %v0, %v5 : vector<2x3xi32>
  %v7 = arith.constant dense<[[32, -1, 2147483647], [-1, 13, 117315657]]> : vector<2x3xi32>
  %v8 = arith.maxsi %v6, %v7 : vector<2x3xi32>
  %v9 = arith.divf %arg1, %arg1 fastmath<ninf> : tensor<0xbf16>
  %v10 = arith.constant -0.75 : f64
  %v11 = arith.addf %v10, %v10 : f64
  %v12 = arith.constant dense<[6, -3, -9223372036854775808]> : tensor<3xindex>
  %v13 = arith.constant dense<6> : tensor<3xindex>
  %v14 = arith.xori %v12, %v13 : tensor<3xindex>
  %v15 = arith.constant dense<[65, 9223372036854775807, 11]> : tensor<3xindex>
  %v16 = arith.xori %v14, %v15 : tensor<3xindex>
  %v17 = arith.constant dense<[[15, 8, 384259827], [2, -2147483648, 8388608]]> : vector<2x3xi32>
  %v18 = arith.constant dense<[[3, -1, -1850346935], [8, -1, -3]]> : vector<2x3xi32>
  %v19 = arith.remsi %v17, %v18 : vector<2x3xi32>
  %v20 = arith.constant dense<1> : vector<2x3xi32>
  %v21 = arith.divsi %v20, %v0 : vector<2x3xi32>
  %v22 = arith.remsi %v17, %v18 : vector<2x3xi32>
  %v23 = arith.ceildivui %v7, %v18 : vector<2x3xi32>
  %v24 = arith.constant 0x7FF0000000000000 : f64
  %v25 = arith.fptosi %v24 : f64 to i16
  %v26 = arith.shrsi %v5, %arg0 : vector<2x3xi32>
  %v27 = arith.constant dense<[]> : tensor<0xbf16>
  %v28 = arith.remf %v9, %v27 : tensor<0xbf16>
  %v29 = arith.minnumf %v27, %arg1 : tensor<0xbf16>
  %v30 = arith.constant dense<4> : vector<2x3xi32>
  %v31 = arith.remsi %v7, %v30 : vector<2x3xi32>
  %v32 = arith.constant dense<true> : vector<2x3xi1>
  %v33 = arith.constant dense<[[-7, 31, -2147483648], [262144, 0, 1048576]]> : vector<2x3xi32>
  %v34 = arith.select %v32, %v23, %v33 : vector<2x3xi1>, vector<2x3xi32>
  %v35 = arith.constant false
  %v36 = arith.constant true
  %v37 = arith.maxui %v35, %v36 : i1
  %v38 = arith.constant 9223372036854775807 : index
  %v39:3 = func.call @f0(%v38) : (index) -> (index, index, index)
  %v40 = arith.constant dense<1.0> : tensor<0xbf16>
  %v41 = arith.constant dense<[]> : tensor<0xbf16>
  %v42 = arith.cmpf ule, %v40, %v41 : tensor<0xbf16>
  %v43 = arith.constant dense<[]> : tensor<0xbf16>
  %v44 = arith.constant dense<[]> : tensor<0xbf16>
  %v45 = arith.cmpf false, %v43, %v44 : tensor<0xbf16>
  %v46 = arith.constant 0x7FF0000000000000 : f64
  %v47 = arith.fptoui %v46 : f64 to i32
  %v48 = arith.constant dense<[-9223372036854775808, -8, 6]> : tensor<3xindex>
  %v49 = arith.ceildivui %v48, %v12 {tag = 0 : i64} : tensor<3xindex>
  return %v25, %v29, %v28 : i16, tensor<0xbf16>, tensor<0xbf16>
}
