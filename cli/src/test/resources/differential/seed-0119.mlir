// Random func/arith module, seed 119.
func.func @f0(%arg0: vector<4xi1>) -> (vector<4xi1>, vector<4xi1>, vector<4xi1>) {
  %v0 = arith.constant 0xB8 : f8E4M3FNUZ
  %v1 = arith.constant 0xF8 : f8E4M3FNUZ
  %v2 = arith.cmpf one, %v0, %v1 : f8E4M3FNUZ
  %v3 = arith.constant 0xFC : f8E4M3FNUZ
  %v4 = arith.constant 0x31 : f8E4M3FNUZ
  %v5 = arith.minimumf %v3, %v4 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v6 = arith.constant -1 : i64
  %v7 = arith.constant -9223372036854775808 : i64
  %v8 = arith.ceildivsi %v6, %v7 : i64
  %v9 = arith.constant dense<[false, false, false, true]> : vector<4xi1>
  %v10 = arith.constant dense<true> : vector<4xi1>
  %v11 = arith.shrsi %v9, %v10 exact : vector<4xi1>
  %v12 = arith.cmpi ult, %v9, %v9 : vector<4xi1>
  %v13 = arith.constant 0x80 : f8E4M3FNUZ
  %v14 = arith.constant 0xE8 : f8E4M3FNUZ
  %v15 = arith.divf %v13, %v14 : f8E4M3FNUZ
  %v16 = arith.index_castui %v11 : vector<4xi1> to vector<4xindex>
  %v17 = arith.divf %v13, %v14 : f8E4M3FNUZ
  %v18 = arith.constant dense<false> : vector<4xi1>
  %v19 = arith.ori %v18, %v9 : vector<4xi1>
  %v20 = arith.index_castui %arg0 : vector<4xi1> to vector<4xindex>
  %v21 = arith.index_castui %arg0 : vector<4xi1> to vector<4xindex>
  %v22 = arith.constant false
  %v23 = arith.maxsi %v2, %v22 : i1
  %v24 = arith.constant dense<9223372036854775807> : vector<4xindex>
  %v25 = arith.cmpi sle, %v20, %v24 : vector<4xindex>
  %v26 = arith.constant 4503599627370496 : i64
  %v27 = arith.shli %v26, %v8 overflow<none> : i64
  %v28 = arith.ceildivsi %v6, %v7 : i64
  %v29 = arith.andi %v21, %v20 : vector<4xindex>
  %v30 = arith.cmpi sgt, %v21, %v29 : vector<4xindex>
  return %v9, %v30, %v30 : vector<4xi1>, vector<4xi1>, vector<4xi1>
}
func.func @f1(%arg0: i128, %arg1: i16, %arg2: index) -> (vector<4xi1>, tensor<2x2xf64>) {
  %v0 = arith.trunci %arg0 overflow<nuw> : i128 to i16
  %v1 = arith.index_cast %arg2 : index to i7
  %v2 = arith.constant 129 : i128
  %v3:2 = arith.mulsi_extended %v2, %v2 : i128
  %v4 = arith.constant true
  %v5 = arith.constant -32768 : i16
  %v6 = arith.select %v4, %v0, %v5 : i16
  %v7 = arith.extsi %v0 : i16 to i32
  %v8 = arith.constant dense<[true, true, false, false]> : vector<4xi1>
  %v9:3 = func.call @f0(%v8) : (vector<4xi1>) -> (vector<4xi1>, vector<4xi1>, vector<4xi1>)
  %v10:2 = arith.mulsi_extended %v2, %v2 : i128
  %v11 = arith.constant false
  %v12 = arith.constant 7 : i7
  %v13 = arith.constant 2 : i7
  %v14 = arith.select %v11, %v12, %v13 : i7
  %v15:2 = arith.mului_extended %v2, %v3#1 : i128
  %v16 = arith.constant dense<[[0x3F80, 0.0], [0x0001, 0x0001]]> : tensor<2x2xbf16>
  %v17 = arith.extf %v16 fastmath<arcp,afn> : tensor<2x2xbf16> to tensor<2x2xf64>
  %v18 = arith.constant dense<-1.0> : tensor<2x2xf64>
  %v19 = arith.remf %v17, %v18 fastmath<ninf> : tensor<2x2xf64>
  %v20 = arith.constant dense<true> : tensor<2x2xi1>
  %v21 = arith.constant dense<0x2D22773A2A7FA45E> : tensor<2x2xf64>
  %v22 = arith.select %v20, %v18, %v21 : tensor<2x2xi1>, tensor<2x2xf64>
  return %v9#2, %v17 : vector<4xi1>, tensor<2x2xf64>
}
