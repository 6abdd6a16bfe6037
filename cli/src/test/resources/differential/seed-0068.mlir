// Random func/arith module, seed 68.
func.func @f0(%arg0: tensor<3xf64>) -> (tensor<3xf64>, tensor<3xi64>, tensor<3xi1>) {
  %v0 = arith.constant 16 : i32
  %v1 = arith.constant -65147547 : i32
  %v2 = arith.shli %v0, %v1 : i32
  %v3 = arith.shli %v0, %v1 : i32
  %v4 = arith.sitofp %v3 {tag = 1 : i64} : i32 to f8E5M2
  %v5 = arith.sitofp %v3 {tag = 1 : i64} : i32 to f8E5M2
  %v6 = arith.shli %v0, %v1 : i32
  %v7 = arith.sitofp %v3 {tag = 1 : i64} : i32 to f8E5M2
  %v8 = arith.constant 31 : i32
  %v9 = arith.shrui %v0, %v8 {tag = 1 : i64} : i32
  %v10 = arith.constant dense<67108864> : vector<[4]xi32>
  %v11 = arith.minsi %v10, %v10 : vector<[4]xi32>
  %v12 = arith.sitofp %v3 {tag = 1 : i64} : i32 to f8E5M2
  %v13 = arith.constant 0 : i32
  %v14 = arith.subi %v13, %v1 overflow<nsw> : i32
  %v15 = arith.constant 1 : i32
  %v16 = arith.addi %v13, %v15 : i32
  %v17 = arith.constant 31 : i32
  %v18 = arith.subi %v16, %v17 : i32
  %v19 = arith.constant 2147483647 : i32
  %v20 = arith.divsi %v15, %v19 exact : i32
  %v21 = arith.addi %v13, %v15 : i32
  %v22 = arith.bitcast %arg0 : tensor<3xf64> to tensor<3xi64>
  %v23 = arith.constant dense<[2.0, -3.0e-05]> : vector<2xf64>
  %v24 = arith.constant dense<[0x000FFFFFFFFFFFFF, -3.0e-05]> : vector<2xf64>
  %v25 = arith.cmpf true, %v23, %v24 fastmath<arcp,afn> : vector<2xf64>
  %v26 = arith.constant 0x28 : f6E2M3FN
  %v27 = arith.constant 0x07 : f6E2M3FN
  %v28 = arith.minnumf %v26, %v27 fastmath<none> : f6E2M3FN
  %v29 = arith.constant dense<0x3FF0000000000000> : tensor<3xf64>
  %v30 = arith.cmpf ord, %v29, %arg0 : tensor<3xf64>
  %v31 = arith.constant dense<[9223372036854775807, -9223372036854775808, 0]> : tensor<3xi64>
  %v32 = arith.ceildivui %v31, %v22 : tensor<3xi64>
  %v33 = arith.constant dense<0.5> : tensor<3xf64>
  %v34 = arith.fptoui %v33 : tensor<3xf64> to tensor<3xi1>
  %v35:2 = arith.addui_extended %v30, %v30 : tensor<3xi1>, tensor<3xi1>
  %v36 = arith.minimumf %arg0, %v29 : tensor<3xf64>
  %v37 = arith.constant dense<0x3FF0000000000000> : vector<2xf64>
  %v38 = arith.subf %v23, %v37 : vector<2xf64>
  return %v36, %v32, %v34 : tensor<3xf64>, tensor<3xi64>, tensor<3xi1>
}
func.func @f1(%arg0: i1, %arg1: index) -> index {
  %v0 = arith.constant dense<-1> : vector<4xi8>
  %v1 = arith.constant dense<-128> : vector<4xi8>
  %v2 = arith.minsi %v0, %v1 : vector<4xi8>
  %v3 = arith.constant -32768 : i16
  %v4 = arith.constant -32768 : i16
  %v5 = arith.shli %v3, %v4 : i16
  %v6 = arith.constant dense<2.0> : vector<4xf16>
  %v7 = arith.extf %v6 fastmath<ninf> {tag = 0 : i64} : vector<4xf16> to vector<4xf64>
  %v8 = arith.constant -6 : index
  %v9 = arith.maxui %arg1, %v8 : index
  %v10 = arith.constant true
  %v11 = arith.constant dense<[[0x7FF0000000000000, 0x000FFFFFFFFFFFFF], [0x0000000000000001, 0x7FEFFFFFFFFFFFFF]]> : tensor<2x2xf64>
  %v12 = arith.select %v10, %v11, %v11 : tensor<2x2xf64>
  %v13 = arith.constant 0x8408 : f16
  %v14 = arith.minimumf %v13, %v13 fastmath<fast> : f16
  %v15 = arith.constant true
  %v16 = arith.ceildivui %arg0, %v15 : i1
  %v17 = arith.shli %v15, %arg0 : i1
  %v18 = arith.constant dense<0x680D7EAAE4085C21> : vector<4xf64>
  %v19 = arith.minimumf %v7, %v18 : vector<4xf64>
  %v20 = arith.constant 0xBC00 : f16
  %v21 = arith.negf %v20 fastmath<fast> : f16
  %v22 = arith.extf %v6 fastmath<ninf> {tag = 0 : i64} : vector<4xf16> to vector<4xf64>
  %v23 = arith.extui %v3 : i16 to i64
  %v24 = arith.constant 2147483648 : i64
  %v25 = arith.cmpi eq, %v23, %v24 : i64
  %v26 = arith.constant 4 : index
  %v27 = arith.shli %v26, %v9 : index
  %v28 = arith.negf %v6 {tag = 0 : i64} : vector<4xf16>
  %v29 = arith.constant dense<[13, 1, 16, -1]> : vector<4xi8>
  %v30 = arith.trunci %v29 : vector<4xi8> to vector<4xi1>
  %v31 = arith.constant 30854 : i16
  %v32 = arith.andi %v3, %v31 : i16
  %v33 = arith.constant true
  %v34 = arith.cmpi uge, %v17, %v33 : i1
  %v35 = arith.constant true
  %v36 = arith.constant false
  %v37 = arith.select %v34, %v35, %v36 : i1
  %v38 = arith.constant true
  %v39 = arith.subi %v15, %v38 : i1
  %v40 = arith.constant dense<0x8000000000000000> : tensor<2x2xf64>
  %v41 = arith.addf %v40, %v11 : tensor<2x2xf64>
  return %v27 : index
}
func.func @f2(%arg0: i8, %arg1: f8E5M2, %arg2: index, %arg3: vector<[4]xf16>) -> (vector<[4]xf16>, i1, tensor<3xi1>, vector<[4]xf16>) {
  %v0 = arith.constant 10 : index
  %v1 = arith.index_cast %v0 : index to i16
  %v2 = arith.constant -5 : index
  %v3 = arith.maxui %arg2, %v2 : index
  %v4 = arith.maxui %arg2, %v2 : index
  %v5 = arith.constant dense<1.0e+10> : tensor<3xf64>
  %v6:3 = func.call @f0(%v5) : (tensor<3xf64>) -> (tensor<3xf64>, tensor<3xi64>, tensor<3xi1>)
  %v7 = arith.constant -3.0e-05 : f16
  %v8 = arith.constant 100.0 : f16
  %v9 = arith.subf %v7, %v8 fastmath<none> : f16
  %v10 = arith.ori %v6#1, %v6#1 : tensor<3xi64>
  %v11 = arith.constant -1 : i8
  %v12 = arith.xori %v11, %v11 : i8
  %v13 = arith.xori %v12, %v11 : i8
  %v14 = arith.divf %arg3, %arg3 : vector<[4]xf16>
  %v15 = arith.addf %v14, %v14 : vector<[4]xf16>
  %v16 = arith.constant 0x7C00 : f16
  %v17 = arith.maximumf %v8, %v16 : f16
  %v18 = arith.constant 0x00 : f8E5M2
  %v19 = arith.cmpf ole, %v18, %arg1 fastmath<nnan,ninf> : f8E5M2
  %v20 = arith.constant dense<false> : tensor<3xi1>
  %v21 = arith.addi %v6#2, %v20 overflow<none> : tensor<3xi1>
  return %v14, %v19, %v21, %v14 : vector<[4]xf16>, i1, tensor<3xi1>, vector<[4]xf16>
}
