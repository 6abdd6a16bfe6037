// Random func/arith module, seed 75.
func.func @f0(%arg0: i32, %arg1: tensor<2x2xf64>, %arg2: vector<2xbf16>, %arg3: i33) -> (i1, i1) {
  %v0 = arith.cmpi ne, %arg0, %arg0 : i32
  %v1 = arith.select %v0, %arg0, %arg0 : i32
  %v2 = arith.extui %v0 : i1 to i64
  %v3 = arith.constant 18446744073709551610 : i64
  %v4 = arith.cmpi eq, %v2, %v3 : i64
  %v5 = arith.constant dense<[[3.0, -2.5], [0.5, 0.1]]> : tensor<2x2xf64>
  %v6 = arith.remf %v5, %arg1 fastmath<fast> : tensor<2x2xf64>
  %v7 = arith.constant false
  %v8 = arith.andi %v0, %v7 : i1
  %v9 = arith.constant true
  %v10 = arith.andi %v9, %v8 : i1
  %v11 = arith.cmpi ne, %arg0, %arg0 : i32
  %v12 = arith.constant dense<-2.5> : vector<2xbf16>
  %v13 = arith.divf %arg2, %v12 fastmath<nnan> : vector<2xbf16>
  %v14 = arith.shrui %v2, %v2 exact : i64
  return %v11, %v11 : i1, i1
}
func.func @f1(%arg0: i33) -> i1 {
  %v0 = arith.constant dense<4.0> : tensor<0xbf16>
  %v1 = arith.fptoui %v0 : tensor<0xbf16> to tensor<0xi64>
  %v2 = arith.constant dense<0x0000> : tensor<0xbf16>
  %v3 = arith.cmpf oge, %v0, %v2 : tensor<0xbf16>
  %v4 = arith.constant dense<-0.75> : tensor<0xbf16>
  %v5 = arith.divf %v0, %v4 : tensor<0xbf16>
  %v6 = arith.maximumf %v0, %v4 fastmath<nnan,ninf> : tensor<0xbf16>
  %v7 = arith.cmpf oge, %v0, %v2 : tensor<0xbf16>
  %v8 = arith.constant 3254301653 : i33
  %v9:2 = arith.addui_extended %v8, %arg0 : i33, i1
  %v10 = arith.maximumf %v0, %v4 fastmath<nnan,ninf> : tensor<0xbf16>
  %v11 = arith.index_castui %v9#1 : i1 to index
  %v12 = arith.index_castui %v11 : index to i1
  %v13 = arith.constant dense<0xFFC0> : tensor<0xbf16>
  %v14 = arith.cmpf ugt, %v0, %v13 : tensor<0xbf16>
  %v15 = arith.index_cast %v3 : tensor<0xi1> to tensor<0xindex>
  %v16 = arith.subf %v6, %v4 {tag = 1 : i64} : tensor<0xbf16>
  %v17 = arith.ceildivsi %v9#1, %v9#1 : i1
  %v18 = arith.constant true
  %v19 = arith.constant true
  %v20 = arith.shrui %v18, %v19 : i1
  %v21 = arith.constant 2596148429267413814265248164610048 : i128
  %v22 = arith.constant 134217728 : i128
  %v23 = arith.divui %v21, %v22 exact : i128
  %v24 = arith.constant 34 : i33
  %v25 = arith.andi %v24, %arg0 : i33
  %v26 = arith.constant 0 : index
  %v27 = arith.shrsi %v11, %v26 : index
  %v28 = arith.constant dense<[]> : tensor<0xbf16>
  %v29 = arith.cmpf une, %v5, %v28 fastmath<nnan,ninf> : tensor<0xbf16>
  %v30 = arith.index_castui %v27 : index to i1
  %v31 = arith.constant true
  %v32 = arith.constant dense<0xBF80> : tensor<0xbf16>
  %v33 = arith.select %v31, %v28, %v32 {tag = 0 : i64} : tensor<0xbf16>
  return %v17 : i1
}
