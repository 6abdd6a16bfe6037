// Random func/arith module, seed 67.
func.func @f0(%arg0: vector<2xf16>, %arg1: f8E4M3FN, %arg2: i32, %arg3: vector<4xf64>) {
  %v0 = arith.constant 3.0 : f8E4M3FN
  %v1 = arith.extf %v0 fastmath<nnan,ninf> : f8E4M3FN to f16
  %v2 = arith.constant 1 : i32
  %v3 = arith.constant 947557855 : i32
  %v4 = arith.cmpi ugt, %v2, %v3 : i32
  %v5 = arith.sitofp %arg2 : i32 to f8E5M2FNUZ
  %v6 = arith.constant false
  %v7 = arith.index_castui %v6 : i1 to index
  %v8 = arith.truncf %arg3 toward_zero : vector<4xf64> to vector<4xf32>
  %v9 = arith.constant 0x6E16 : f16
  %v10 = arith.subf %v1, %v9 : f16
  %v11 = arith.index_castui %v6 : i1 to index
  %v12 = arith.constant true
  %v13 = arith.muli %v6, %v12 : i1
  %v14 = arith.ori %arg2, %arg2 : i32
  %v15 = arith.cmpi ugt, %arg2, %v14 : i32
  %v16 = arith.constant 1 : i33
  %v17 = arith.constant 0 : i33
  %v18:2 = arith.mului_extended %v16, %v17 : i33
  %v19 = arith.minsi %v2, %v3 : i32
  %v20 = arith.constant -2.5 : f8E4M3FN
  %v21 = arith.cmpf ord, %arg1, %v20 : f8E4M3FN
  %v22 = arith.fptosi %arg3 : vector<4xf64> to vector<4xi8>
  %v23 = arith.muli %v6, %v12 : i1
  %v24 = arith.constant 0x8000 : f16
  %v25 = arith.truncf %v24 fastmath<reassoc,contract> : f16 to f8E4M3FN
  %v26 = arith.constant true
  %v27 = arith.select %v26, %arg2, %v2 : i32
  %v28 = arith.minsi %v2, %v3 : i32
  %v29 = arith.negf %arg0 fastmath<fast> : vector<2xf16>
  %v30 = arith.constant 0xBC00 : f16
  %v31 = arith.constant 100.0 : f16
  %v32 = arith.maxnumf %v30, %v31 fastmath<fast> : f16
  return
}
func.func @f1(%arg0: i32, %arg1: tensor<2x2xi32>, %arg2: f8E3M4, %arg3: i33) -> (index, i1) {
  %v0 = arith.constant 10 : i32
  %v1 = arith.addi %arg0, %v0 overflow<none> : i32
  %v2 = arith.index_castui %arg3 : i33 to index
  %v3 = arith.constant dense<false> : tensor<3xi1>
  %v4 = arith.constant dense<[false, false, true]> : tensor<3xi1>
  %v5 = arith.addi %v3, %v4 overflow<nsw> : tensor<3xi1>
  %v6 = arith.constant 1924740296 : i33
  %v7 = arith.subi %arg3, %v6 : i33
  %v8 = arith.index_castui %arg3 : i33 to index
  %v9 = arith.constant 12 : i32
  %v10:2 = arith.addui_extended %v0, %v9 : i32, i1
  %v11 = arith.cmpf ult, %arg2, %arg2 fastmath<reassoc,contract> : f8E3M4
  %v12 = arith.ceildivui %v2, %v8 : index
  %v13 = arith.constant dense<0x0001> : vector<2xf16>
  %v14 = arith.constant -0.0 : f8E4M3FN
  %v15 = arith.constant dense<0x7FF8000000000000> : vector<4xf64>
  func.call @f0(%v13, %v14, %v9, %v15) : (vector<2xf16>, f8E4M3FN, i32, vector<4xf64>) -> ()
  %v17 = arith.constant dense<-3.0e-05> : vector<2xf16>
  func.call @f0(%v17, %v14, %arg0, %v15) : (vector<2xf16>, f8E4M3FN, i32, vector<4xf64>) -> ()
  %v19 = arith.mulf %arg2, %arg2 fastmath<ninf> : f8E3M4
  %v20 = arith.constant 1.0e+10 : f8E3M4
  %v21 = arith.cmpf ugt, %v20, %arg2 fastmath<reassoc,contract> : f8E3M4
  %v22 = arith.constant 0x01 : f8E3M4
  %v23 = arith.cmpf ord, %v19, %v22 fastmath<nnan,ninf> : f8E3M4
  %v24 = arith.index_cast %v21 : i1 to index
  %v25 = arith.extui %v11 : i1 to i32
  %v26 = arith.cmpf false, %v22, %arg2 : f8E3M4
  return %v24, %v23 : index, i1
}
func.func @f2(%arg0: f64) -> index {
  %v0 = arith.constant dense<[2288447669098583301, 7, 14]> : tensor<3xindex>
  %v1 = arith.addi %v0, %v0 : tensor<3xindex>
  %v2 = arith.constant dense<[0, 10, 0]> : tensor<3xindex>
  %v3 = arith.floordivsi %v1, %v2 : tensor<3xindex>
  %v4 = arith.constant true
  %v5 = arith.constant dense<[17592186044416, -1, 64]> : tensor<3xindex>
  %v6 = arith.select %v4, %v2, %v5 : tensor<3xindex>
  %v7 = arith.constant dense<0xBC00> : vector<2xf16>
  %v8 = arith.constant 0x80 : f8E4M3FN
  %v9 = arith.constant 2147483648 : i32
  %v10 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<4xf64>
  func.call @f0(%v7, %v8, %v9, %v10) : (vector<2xf16>, f8E4M3FN, i32, vector<4xf64>) -> ()
  %v12 = arith.select %v4, %v2, %v5 : tensor<3xindex>
  %v13 = arith.select %v4, %v2, %v5 : tensor<3xindex>
  %v14 = arith.constant -1 : i64
  %v15 = arith.trunci %v14 overflow<nsw, nuw> : i64 to i32
  %v16 = arith.constant 32 : i32
  %v17 = arith.constant 2147483647 : i32
  %v18 = arith.cmpi uge, %v16, %v17 : i32
  %v19 = arith.constant dense<0x7BFF> : vector<2xf16>
  %v20 = arith.subf %v7, %v19 fastmath<none> : vector<2xf16>
  %v21 = arith.constant -2.5 : f64
  %v22 = arith.maxnumf %arg0, %v21 fastmath<nnan> : f64
  %v23 = arith.constant dense<true> : tensor<2x2xi1>
  %v24 = arith.constant dense<0xFE00> : tensor<2x2xf16>
  %v25 = arith.select %v23, %v24, %v24 : tensor<2x2xi1>, tensor<2x2xf16>
  %v26 = arith.maxnumf %arg0, %v21 fastmath<nnan> : f64
  %v27 = arith.constant 0x7C00 : f16
  %v28 = arith.negf %v27 fastmath<nnan,ninf> : f16
  %v29 = arith.select %v4, %v2, %v5 : tensor<3xindex>
  %v30 = arith.constant 0x3FF0000000000000 : f64
  %v31 = arith.constant -1.0 : f64
  %v32 = arith.subf %v30, %v31 fastmath<none> : f64
  %v33 = arith.constant dense<-2147483648> : tensor<2x2xi32>
  %v34 = arith.constant 0x01 : f8E3M4
  %v35 = arith.constant -1 : i33
  %v36:2 = func.call @f1(%v17, %v33, %v34, %v35) : (i32, tensor<2x2xi32>, f8E3M4, i33) -> (index, i1)
  %v37 = arith.bitcast %v22 : f64 to i64
  %v38 = arith.constant 33 : i32
  %v39 = arith.constant 0x6F : f8E3M4
  %v40:2 = func.call @f1(%v38, %v33, %v39, %v35) : (i32, tensor<2x2xi32>, f8E3M4, i33) -> (index, i1)
  %v41 = arith.subf %v7, %v19 fastmath<none> : vector<2xf16>
  %v42 = arith.constant -0.0 : f8E3M4
  %v43 = arith.cmpf ult, %v34, %v42 fastmath<nnan> : f8E3M4
  %v44 = arith.constant true
  %v45 = arith.ceildivsi %v44, %v40#1 : i1
  %v46 = arith.shli %v37, %v14 : i64
  %v47 = arith.sitofp %v40#1 : i1 to f8E4M3
  return %v36#0 : index
}
