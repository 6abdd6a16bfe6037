// Random func/arith module, seed 27.
func.func @f0(%arg0: f64, %arg1: bf16) -> (f64, f64, f64) {
  %v0 = arith.constant dense<10> : vector<4xindex>
  %v1 = arith.index_cast %v0 : vector<4xindex> to vector<4xi16>
  %v2 = arith.constant dense<-1> : vector<4xindex>
  %v3 = arith.constant dense<[35184372088832, 9223372036854775807, 512, 1]> : vector<4xindex>
  %v4 = arith.cmpi ugt, %v2, %v3 : vector<4xindex>
  %v5 = arith.constant dense<false> : vector<4xi1>
  %v6 = arith.cmpi ugt, %v5, %v4 : vector<4xi1>
  %v7 = arith.cmpi ugt, %v5, %v4 : vector<4xi1>
  %v8 = arith.cmpi ugt, %v5, %v4 : vector<4xi1>
  %v9 = arith.constant dense<[14, 1658365340942506491, 12, 3]> : vector<4xindex>
  %v10 = arith.cmpi ule, %v0, %v9 : vector<4xindex>
  %v11 = arith.constant false
  %v12 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v13 = arith.select %v11, %v12, %arg0 : f64
  %v14 = arith.select %v11, %v12, %arg0 : f64
  %v15 = arith.constant dense<[-0.0, 2.0, 0xFC00]> : tensor<3xf16>
  %v16 = arith.fptosi %v15 : tensor<3xf16> to tensor<3xi8>
  %v17 = arith.maximumf %v13, %v14 fastmath<fast> : f64
  return %v13, %v13, %v14 : f64, f64, f64
}
func.func @f1(%arg0: i8) -> (f64, i1) {
  %v0 = arith.constant -128 : i8
  %v1 = arith.constant -128 : i8
  %v2 = arith.floordivsi %v0, %v1 : i8
  %v3 = arith.muli %arg0, %arg0 overflow<none> : i8
  %v4 = arith.floordivsi %v3, %arg0 : i8
  %v5 = arith.constant 0xDD : f8E4M3FN
  %v6 = arith.cmpf ueq, %v5, %v5 : f8E4M3FN
  %v7 = arith.cmpi ugt, %v0, %v3 : i8
  %v8 = arith.constant dense<127> : tensor<3xi8>
  %v9 = arith.constant dense<-1> : tensor<3xi8>
  %v10 = arith.remsi %v8, %v9 : tensor<3xi8>
  %v11 = arith.constant true
  %v12:2 = arith.addui_extended %v11, %v7 : i1, i1
  %v13:2 = arith.addui_extended %v11, %v7 : i1, i1
  %v14 = arith.constant -3.0e-05 : f64
  %v15 = arith.constant 0x0000 : bf16
  %v16:3 = func.call @f0(%v14, %v15) : (f64, bf16) -> (f64, f64, f64)
  %v17 = arith.constant -128 : i8
  %v18 = arith.xori %arg0, %v17 : i8
  %v19 = arith.constant false
  %v20 = arith.cmpi ult, %v19, %v13#0 : i1
  %v21 = arith.constant dense<0x0000> : tensor<2x2xf16>
  %v22 = arith.negf %v21 fastmath<nsz> : tensor<2x2xf16>
  %v23 = arith.cmpi uge, %v18, %arg0 : i8
  %v24 = arith.maxnumf %v16#2, %v14 : f64
  %v25 = arith.constant false
  %v26 = arith.cmpi ugt, %v20, %v25 : i1
  %v27 = arith.constant 0x30 : f8E3M4
  %v28 = arith.bitcast %v27 : f8E3M4 to f8E5M2FNUZ
  return %v16#0, %v23 : f64, i1
}
func.func @f2(%arg0: i7, %arg1: i32, %arg2: vector<4xf64>) -> (vector<4xi1>, vector<4xf64>, vector<4xi1>) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.trunci %v0 : i32 to i16
  %v2 = arith.ceildivsi %v1, %v1 : i16
  %v3 = arith.constant dense<[0xBFF0000000000000, 0.5, 2.0, -1.0]> : vector<4xf64>
  %v4 = arith.cmpf false, %arg2, %v3 fastmath<nnan> : vector<4xf64>
  %v5 = arith.trunci %v0 : i32 to i16
  %v6 = arith.constant dense<true> : vector<4xi1>
  %v7 = arith.divui %v4, %v6 : vector<4xi1>
  %v8:2 = arith.mului_extended %v4, %v4 : vector<4xi1>
  %v9 = arith.divui %v4, %v6 : vector<4xi1>
  return %v8#0, %v3, %v8#0 : vector<4xi1>, vector<4xf64>, vector<4xi1>
}
