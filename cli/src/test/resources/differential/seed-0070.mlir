// Random func/arith module, seed 70.
func.func @f0(%arg0: i64, %arg1: tensor<2x2xindex>, %arg2: i16) -> (i128, i64) {
  %v0 = arith.constant dense<0x7F80> : tensor<3xbf16>
  %v1 = arith.constant dense<3.0> : tensor<3xbf16>
  %v2 = arith.remf %v0, %v1 : tensor<3xbf16>
  %v3 = arith.constant dense<1> : tensor<2x2xindex>
  %v4 = arith.subi %v3, %arg1 : tensor<2x2xindex>
  %v5 = arith.constant 0x01 : f8E4M3FNUZ
  %v6 = arith.negf %v5 : f8E4M3FNUZ
  %v7 = arith.remf %v0, %v1 : tensor<3xbf16>
  %v8 = arith.constant dense<1.0e+10> : tensor<3xbf16>
  %v9 = arith.remf %v8, %v7 : tensor<3xbf16>
  %v10 = arith.constant 0x8000 : f16
  %v11 = arith.negf %v10 : f16
  %v12 = arith.negf %v11 fastmath<fast> : f16
  %v13 = arith.constant dense<4.0> : vector<4xbf16>
  %v14 = arith.constant dense<7.0> : vector<4xbf16>
  %v15 = arith.addf %v13, %v14 fastmath<arcp,afn> : vector<4xbf16>
  %v16 = arith.constant 0xFC : f8E4M3
  %v17 = arith.bitcast %v16 : f8E4M3 to f8E4M3FN
  %v18 = arith.ceildivui %arg0, %arg0 : i64
  %v19 = arith.extui %arg0 : i64 to i128
  %v20 = arith.constant 0 : i128
  %v21 = arith.constant 12 : i128
  %v22 = arith.minui %v20, %v21 : i128
  %v23 = arith.index_cast %arg1 : tensor<2x2xindex> to tensor<2x2xi64>
  %v24 = arith.cmpf une, %v5, %v5 : f8E4M3FNUZ
  %v25 = arith.constant 1.0 : f8E4M3
  %v26 = arith.fptosi %v25 : f8E4M3 to i8
  %v27 = arith.remf %v0, %v1 : tensor<3xbf16>
  return %v19, %v18 : i128, i64
}
func.func @f1(%arg0: vector<2xf32>, %arg1: f8E3M4, %arg2: f32, %arg3: i32) -> (i1, vector<2xi1>, i1, i1) {
  %v0 = arith.constant -1 : i32
  %v1 = arith.constant -3 : i32
  %v2 = arith.cmpi ult, %v0, %v1 : i32
  %v3 = arith.constant false
  %v4 = arith.divsi %v2, %v3 : i1
  %v5 = arith.constant dense<true> : vector<2xi1>
  %v6 = arith.constant dense<-3.0e-05> : vector<2xf32>
  %v7 = arith.constant dense<-0.75> : vector<2xf32>
  %v8 = arith.select %v5, %v6, %v7 : vector<2xi1>, vector<2xf32>
  %v9 = arith.cmpf ueq, %v7, %arg0 : vector<2xf32>
  %v10 = arith.divsi %v2, %v3 : i1
  %v11 = arith.constant 0.1 : f32
  %v12 = arith.cmpf oeq, %arg2, %v11 : f32
  %v13 = arith.remsi %v12, %v12 : i1
  %v14 = arith.constant dense<false> : vector<2xi1>
  %v15 = arith.cmpi ugt, %v14, %v5 : vector<2xi1>
  %v16 = arith.constant 0 : i32
  %v17 = arith.muli %v0, %v16 overflow<nsw> : i32
  return %v10, %v15, %v10, %v12 : i1, vector<2xi1>, i1, i1
}
