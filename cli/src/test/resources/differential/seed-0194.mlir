// Random func/arith module, seed 194.
func.func @f0(%arg0: i32) -> index {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.shli %v0, %arg0 overflow<nsw> : i32
  %v2 = arith.constant dense<-9223372036854775808> : tensor<3xi64>
  %v3 = arith.constant dense<1> : tensor<3xi64>
  %v4 = arith.cmpi sle, %v2, %v3 : tensor<3xi64>
  %v5 = arith.constant 7.0 : f64
  %v6 = arith.negf %v5 : f64
  %v7 = arith.negf %v6 : f64
  %v8 = arith.constant 0xFFF8000000000000 : f64
  %v9 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v10 = arith.cmpf ord, %v8, %v9 fastmath<nsz> : f64
  %v11:2 = arith.mului_extended %arg0, %v0 : i32
  %v12 = arith.constant 1048576 : i32
  %v13 = arith.divsi %arg0, %v12 : i32
  %v14 = arith.negf %v6 : f64
  %v15 = arith.constant dense<[-75, 7, 13]> : tensor<3xi8>
  %v16 = arith.extui %v15 : tensor<3xi8> to tensor<3xi64>
  %v17 = arith.constant dense<9223372036854775807> : tensor<3xi64>
  %v18 = arith.cmpi ult, %v16, %v17 : tensor<3xi64>
  %v19 = arith.negf %v5 : f64
  %v20 = arith.cmpi sle, %v2, %v3 : tensor<3xi64>
  %v21 = arith.cmpi ugt, %v11#0, %arg0 : i32
  %v22 = arith.constant -0.75 : f64
  %v23 = arith.maximumf %v22, %v5 : f64
  %v24 = arith.index_cast %v21 : i1 to index
  %v25 = arith.index_cast %v24 : index to i1
  %v26 = arith.constant 1 : index
  %v27 = arith.floordivsi %v24, %v26 : index
  %v28 = arith.constant dense<[[0xFE00, 0x5692], [0x0400, 0x0000]]> : tensor<2x2xf16>
  %v29 = arith.mulf %v28, %v28 fastmath<ninf> : tensor<2x2xf16>
  %v30 = arith.constant 0 : index
  %v31 = arith.ori %v27, %v30 : index
  %v32 = arith.constant dense<[[0x7C00, 2.0], [-2.5, 0xFC00]]> : tensor<2x2xf16>
  %v33 = arith.constant dense<[[0x7C00, 0.0], [0x0400, 0x03FF]]> : tensor<2x2xf16>
  %v34 = arith.select %v21, %v32, %v33 : tensor<2x2xf16>
  return %v24 : index
}
func.func @f1(%arg0: f64, %arg1: vector<4xbf16>) -> (vector<4xbf16>, f64) {
  %v0 = arith.constant true
  %v1 = arith.constant true
  %v2 = arith.divsi %v0, %v1 exact : i1
  %v3 = arith.constant true
  %v4 = arith.cmpi slt, %v3, %v0 : i1
  %v5 = arith.constant -1 : i16
  %v6 = arith.constant -8 : i16
  %v7 = arith.ori %v5, %v6 : i16
  %v8 = arith.constant dense<[0x7FC0, -0.75, 7.0, 100.0]> : vector<4xbf16>
  %v9 = arith.select %v4, %v8, %arg1 : vector<4xbf16>
  %v10 = arith.fptosi %v9 : vector<4xbf16> to vector<4xi8>
  %v11 = arith.constant 11 : i32
  %v12 = func.call @f0(%v11) : (i32) -> index
  %v13 = func.call @f0(%v11) : (i32) -> index
  %v14 = arith.constant -9223372036854775808 : index
  %v15 = arith.cmpi uge, %v13, %v14 : index
  %v16 = arith.ori %v10, %v10 : vector<4xi8>
  %v17 = arith.divsi %v0, %v1 exact : i1
  %v18 = arith.ori %v5, %v6 : i16
  %v19 = arith.constant 8 : i32
  %v20 = func.call @f0(%v19) : (i32) -> index
  %v21 = arith.ori %v7, %v18 : i16
  %v22 = arith.constant dense<[-8, -39, 32, -4]> : vector<4xi8>
  %v23 = arith.index_castui %v22 : vector<4xi8> to vector<4xindex>
  %v24 = arith.constant 7.0 : f64
  %v25 = arith.maximumf %arg0, %v24 : f64
  %v26 = arith.negf %arg1 : vector<4xbf16>
  %v27 = arith.constant 1 : index
  %v28 = arith.cmpi ugt, %v27, %v27 : index
  return %v26, %arg0 : vector<4xbf16>, f64
}
func.func @f2(%arg0: i32, %arg1: tensor<3xf16>) -> (i32, i32, i32, i32) {
  %v0 = arith.remsi %arg0, %arg0 : i32
  %v1 = arith.fptosi %arg1 : tensor<3xf16> to tensor<3xi8>
  %v2 = arith.constant dense<[0xA481, 1.0e+10, 0x7C00]> : tensor<3xf16>
  %v3 = arith.maxnumf %arg1, %v2 fastmath<arcp,afn> : tensor<3xf16>
  %v4 = arith.remsi %arg0, %arg0 : i32
  %v5 = arith.xori %arg0, %v4 : i32
  %v6 = arith.remsi %arg0, %arg0 : i32
  %v7 = arith.xori %arg0, %v5 : i32
  %v8 = arith.maximumf %arg1, %v3 fastmath<nsz> : tensor<3xf16>
  return %v4, %v6, %v7, %v4 : i32, i32, i32, i32
}
func.func @f3(%arg0: f128, %arg1: i1) {
  %v0 = arith.constant 0.1 : f8E8M0FNU
  %v1 = arith.maximumf %v0, %v0 : f8E8M0FNU
  %v2 = arith.negf %arg0 fastmath<arcp,afn> : f128
  %v3 = arith.cmpf uno, %v2, %arg0 fastmath<nnan,ninf> : f128
  %v4 = arith.constant 100.0 : f8E8M0FNU
  %v5 = arith.select %arg1, %v0, %v4 : f8E8M0FNU
  %v6 = arith.select %arg1, %v0, %v4 : f8E8M0FNU
  %v7 = arith.constant 0x7FFF0000000000000000000000000000 : f128
  %v8 = arith.remf %arg0, %v7 : f128
  return
}
