// Random func/arith module, seed 125.
func.func @f0(%arg0: tensor<3xi64>, %arg1: i32, %arg2: i8, %arg3: i1) -> tensor<3xi64> {
  %v0 = arith.constant -128 : i8
  %v1 = arith.remui %arg2, %v0 : i8
  %v2 = arith.constant true
  %v3:2 = arith.mului_extended %v2, %arg3 : i1
  %v4 = arith.constant 3.0 : f8E4M3FNUZ
  %v5 = arith.constant 0x01 : f8E4M3FNUZ
  %v6 = arith.divf %v4, %v5 fastmath<arcp,afn> : f8E4M3FNUZ
  %v7 = arith.remui %arg2, %v0 : i8
  %v8 = arith.constant 0.0 : f8E4M3FNUZ
  %v9 = arith.cmpf ule, %v8, %v6 : f8E4M3FNUZ
  %v10 = arith.constant true
  %v11 = arith.select %arg3, %v3#1, %v10 : i1
  %v12 = arith.constant dense<[-6, 13, -1]> : tensor<3xi64>
  %v13 = arith.constant dense<1> : tensor<3xi64>
  %v14 = arith.ceildivsi %v12, %v13 : tensor<3xi64>
  %v15 = arith.remsi %arg1, %arg1 : i32
  %v16 = arith.constant true
  %v17 = arith.constant dense<1> : tensor<3xi64>
  %v18 = arith.select %v16, %v13, %v17 : tensor<3xi64>
  %v19 = arith.constant 0xFC : f8E4M3FNUZ
  %v20 = arith.constant 0x00 : f8E4M3FNUZ
  %v21 = arith.cmpf one, %v19, %v20 fastmath<nnan> : f8E4M3FNUZ
  %v22 = arith.constant dense<1> : vector<2x3xi64>
  %v23 = arith.addi %v22, %v22 : vector<2x3xi64>
  %v24 = arith.remui %arg2, %v0 : i8
  %v25 = arith.constant 0.0 : f8E4M3FNUZ
  %v26 = arith.constant 0xB8 : f8E4M3FNUZ
  %v27 = arith.cmpf uge, %v25, %v26 fastmath<nnan,ninf> : f8E4M3FNUZ
  return %v13 : tensor<3xi64>
}
func.func @f1(%arg0: vector<4xf16>, %arg1: i1) -> tensor<3xi64> {
  %v0 = arith.constant true
  %v1 = arith.xori %arg1, %v0 : i1
  %v2:2 = arith.addui_extended %v0, %v1 : i1, i1
  %v3 = arith.constant dense<0x7E00> : vector<4xf16>
  %v4 = arith.cmpf oge, %arg0, %v3 : vector<4xf16>
  %v5 = arith.bitcast %v3 : vector<4xf16> to vector<4xbf16>
  %v6 = arith.constant -1 : index
  %v7 = arith.constant 0 : index
  %v8 = arith.maxsi %v6, %v7 : index
  %v9 = arith.constant 0x00 : f8E5M2
  %v10 = arith.fptoui %v9 : f8E5M2 to i1
  %v11 = arith.constant dense<[2.0, 0.5, 0.1, -3.0e-05]> : vector<4xbf16>
  %v12 = arith.cmpf uno, %v5, %v11 : vector<4xbf16>
  %v13 = arith.constant dense<0xB0D3> : vector<4xf16>
  %v14 = arith.constant dense<0x7BFF> : vector<4xf16>
  %v15 = arith.cmpf une, %v13, %v14 : vector<4xf16>
  %v16 = arith.constant true
  %v17 = arith.subi %v16, %v0 : i1
  %v18 = arith.constant true
  %v19 = arith.index_cast %v18 : i1 to index
  %v20 = arith.cmpf uno, %v5, %v11 : vector<4xbf16>
  %v21 = arith.constant dense<-9223372036854775808> : tensor<3xi64>
  %v22 = arith.constant 33 : i32
  %v23 = arith.constant 9 : i8
  %v24 = func.call @f0(%v21, %v22, %v23, %v16) : (tensor<3xi64>, i32, i8, i1) -> tensor<3xi64>
  %v25 = arith.minimumf %v3, %arg0 fastmath<reassoc,contract> : vector<4xf16>
  %v26 = func.call @f0(%v21, %v22, %v23, %v16) : (tensor<3xi64>, i32, i8, i1) -> tensor<3xi64>
  %v27 = arith.cmpf une, %arg0, %v3 : vector<4xf16>
  %v28 = arith.negf %arg0 : vector<4xf16>
  %v29 = arith.select %v27, %v25, %v3 : vector<4xi1>, vector<4xf16>
  %v30 = arith.divf %v28, %v3 fastmath<nnan,ninf> : vector<4xf16>
  %v31:2 = arith.addui_extended %v24, %v24 : tensor<3xi64>, tensor<3xi1>
  return %v24 : tensor<3xi64>
}
