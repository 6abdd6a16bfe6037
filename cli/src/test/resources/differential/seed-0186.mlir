// Random func/arith module, seed 186.
func.func @f0(%arg0: i32, %arg1: i8) -> (f32, f8E8M0FNU, vector<2x3xi64>, f8E8M0FNU) {
  %v0 = arith.muli %arg0, %arg0 overflow<nuw> : i32
  %v1 = arith.constant false
  %v2 = arith.constant 0xFE : f8E8M0FNU
  %v3 = arith.constant 0xFF : f8E8M0FNU
  %v4 = arith.select %v1, %v2, %v3 : f8E8M0FNU
  %v5 = arith.constant 2147483647 : i32
  %v6 = arith.remsi %v5, %v0 : i32
  %v7 = arith.select %v1, %v2, %v3 : f8E8M0FNU
  %v8 = arith.ceildivui %v1, %v1 : i1
  %v9 = arith.fptosi %v2 : f8E8M0FNU to i128
  %v10 = arith.ceildivui %v1, %v1 : i1
  %v11 = arith.constant dense<-2147483648> : vector<[4]xi32>
  %v12 = arith.maxsi %v11, %v11 : vector<[4]xi32>
  %v13 = arith.select %v1, %v2, %v3 {tag = 1 : i64} : f8E8M0FNU
  %v14 = arith.constant 0x01 : f8E8M0FNU
  %v15 = arith.minnumf %v7, %v14 fastmath<nsz> : f8E8M0FNU
  %v16 = arith.constant 0.0 : f8E8M0FNU
  %v17 = arith.mulf %v15, %v16 : f8E8M0FNU
  %v18 = arith.index_castui %v0 : i32 to index
  %v19 = arith.remf %v3, %v14 : f8E8M0FNU
  %v20 = arith.cmpf ord, %v16, %v7 fastmath<nsz> : f8E8M0FNU
  %v21 = arith.constant 0x00 : f8E8M0FNU
  %v22 = arith.subf %v21, %v16 : f8E8M0FNU
  %v23 = arith.truncf %v21 to_nearest_even fastmath<fast> : f8E8M0FNU to f4E2M1FN
  %v24 = arith.constant dense<false> : vector<2x3xi1>
  %v25 = arith.extui %v24 : vector<2x3xi1> to vector<2x3xi64>
  %v26 = arith.constant dense<true> : vector<2x3xi1>
  %v27 = arith.extui %v26 : vector<2x3xi1> to vector<2x3xi64>
  %v28 = arith.cmpi sge, %v25, %v27 : vector<2x3xi64>
  %v29 = arith.fptosi %v23 : f4E2M1FN to i64
  %v30 = arith.cmpi ult, %v1, %v20 : i1
  %v31 = arith.constant 0xFF800000 : f32
  %v32 = arith.bitcast %v31 : f32 to i32
  %v33 = arith.cmpf ueq, %v15, %v7 : f8E8M0FNU
  %v34 = arith.constant 1 : i128
  %v35 = arith.remsi %v9, %v34 : i128
  return %v31, %v14, %v25, %v19 : f32, f8E8M0FNU, vector<2x3xi64>, f8E8M0FNU
}
func.func @f1(%arg0: i32, %arg1: index) -> index {
  %v0 = arith.index_cast %arg0 : i32 to index
  %v1 = arith.index_cast %v0 : index to i32
  %v2 = arith.index_cast %v0 : index to i32
  %v3 = arith.constant 9223372036854775807 : index
  %v4 = arith.shrsi %v0, %v3 exact : index
  %v5 = arith.constant 1 : index
  %v6 = arith.addi %v5, %v4 overflow<nuw> : index
  %v7 = arith.constant -1 : i32
  %v8 = arith.shrsi %v7, %arg0 exact : i32
  %v9 = arith.constant dense<0x000FFFFFFFFFFFFF> : tensor<0xf64>
  %v10 = arith.constant dense<[]> : tensor<0xf64>
  %v11 = arith.subf %v9, %v10 {tag = 1 : i64} : tensor<0xf64>
  %v12 = arith.subi %arg1, %v4 : index
  return %v12 : index
}
func.func @f2(%arg0: vector<4xi64>, %arg1: vector<i32>) -> vector<2x3xi64> {
  %v0 = arith.constant 2048 : i32
  %v1 = arith.minui %v0, %v0 : i32
  %v2 = arith.constant -128 : i8
  %v3:4 = func.call @f0(%v0, %v2) : (i32, i8) -> (f32, f8E8M0FNU, vector<2x3xi64>, f8E8M0FNU)
  %v4 = arith.minimumf %v3#0, %v3#0 : f32
  %v5:4 = func.call @f0(%v0, %v2) : (i32, i8) -> (f32, f8E8M0FNU, vector<2x3xi64>, f8E8M0FNU)
  %v6 = arith.bitcast %v5#3 : f8E8M0FNU to f8E5M2FNUZ
  %v7 = arith.constant 0xFC : f8E5M2FNUZ
  %v8 = arith.cmpf ult, %v6, %v7 fastmath<nsz> : f8E5M2FNUZ
  %v9 = arith.constant 0xFF : f8E8M0FNU
  %v10 = arith.subf %v3#1, %v9 fastmath<nnan,ninf> : f8E8M0FNU
  return %v5#2 : vector<2x3xi64>
}
