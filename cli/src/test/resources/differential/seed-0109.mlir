// Random func/arith module, seed 109.
func.func @f0(%arg0: bf16) -> bf16 {
  %v0 = arith.constant dense<[]> : tensor<0xi1>
  %v1 = arith.remui %v0, %v0 : tensor<0xi1>
  %v2 = arith.xori %v1, %v0 : tensor<0xi1>
  %v3 = arith.constant dense<true> : tensor<0xi1>
  %v4 = arith.muli %v3, %v1 : tensor<0xi1>
  %v5 = arith.negf %arg0 : bf16
  %v6 = arith.negf %v5 fastmath<none> : bf16
  %v7 = arith.muli %v3, %v1 : tensor<0xi1>
  %v8 = arith.constant 63 : i64
  %v9 = arith.constant 1 : i64
  %v10 = arith.andi %v8, %v9 : i64
  %v11 = arith.constant 8 : i64
  %v12 = arith.andi %v10, %v11 : i64
  %v13 = arith.constant -128 : i8
  %v14 = arith.extui %v13 : i8 to i64
  %v15:2 = arith.mului_extended %v13, %v13 : i8
  %v16 = arith.andi %v2, %v0 : tensor<0xi1>
  %v17 = arith.constant 0x8000 : bf16
  %v18 = arith.negf %v17 : bf16
  %v19 = arith.constant -1 : i8
  %v20 = arith.shli %v19, %v13 : i8
  %v21 = arith.constant dense<true> : tensor<0xi1>
  %v22 = arith.xori %v21, %v21 : tensor<0xi1>
  %v23 = arith.cmpf une, %arg0, %v5 : bf16
  %v24 = arith.subf %v5, %v5 : bf16
  %v25 = arith.constant dense<0xBF800000> : vector<[4]xf32>
  %v26 = arith.constant dense<7.0> : vector<[4]xf32>
  %v27 = arith.mulf %v25, %v26 : vector<[4]xf32>
  %v28 = arith.constant 7.0 : f8E4M3FNUZ
  %v29 = arith.cmpf ole, %v28, %v28 : f8E4M3FNUZ
  return %v24 : bf16
}
func.func @f1(%arg0: tensor<0xf64>, %arg1: f6E2M3FN, %arg2: index, %arg3: vector<2x3xf16>) -> (tensor<0xf64>, bf16, bf16, bf16) {
  %v0 = arith.constant 4.0 : bf16
  %v1 = func.call @f0(%v0) : (bf16) -> bf16
  %v2 = arith.negf %arg3 fastmath<fast> : vector<2x3xf16>
  %v3 = arith.constant 0x01 : f8E4M3FN
  %v4 = arith.constant 0x77 : f8E4M3FN
  %v5 = arith.divf %v3, %v4 fastmath<nsz> : f8E4M3FN
  %v6 = arith.constant 13 : index
  %v7 = arith.index_cast %v6 {tag = 1 : i64} : index to i1
  %v8 = func.call @f0(%v0) : (bf16) -> bf16
  %v9 = arith.constant 0x07 : f8E4M3FN
  %v10 = arith.divf %v3, %v9 fastmath<fast> : f8E4M3FN
  %v11 = arith.constant dense<0.0> : vector<2x3xf16>
  %v12 = arith.extf %v11 : vector<2x3xf16> to vector<2x3xf64>
  %v13 = arith.constant 4.0 : f8E4M3B11FNUZ
  %v14 = arith.constant -3.0e-05 : f8E4M3B11FNUZ
  %v15 = arith.cmpf ogt, %v13, %v14 fastmath<nnan,ninf> : f8E4M3B11FNUZ
  %v16 = arith.constant true
  %v17 = arith.extui %v16 : i1 to i16
  %v18 = arith.trunci %v17 : i16 to i1
  %v19 = arith.negf %v8 : bf16
  %v20 = arith.negf %v19 fastmath<nsz> : bf16
  %v21 = arith.constant false
  %v22 = arith.ceildivsi %v16, %v21 : i1
  %v23 = arith.negf %v19 fastmath<nnan> : bf16
  %v24 = arith.negf %arg0 fastmath<arcp,afn> : tensor<0xf64>
  %v25 = arith.index_castui %v6 : index to i16
  %v26 = arith.index_castui %v15 : i1 to index
  %v27 = arith.index_castui %v26 : index to i1
  %v28 = arith.constant -2.5 : f16
  %v29 = arith.constant 2.0 : f16
  %v30 = arith.maxnumf %v28, %v29 fastmath<nnan> : f16
  return %v24, %v20, %v19, %v8 : tensor<0xf64>, bf16, bf16, bf16
}
func.func @f2(%arg0: vector<4xi64>, %arg1: index) {
  %v0 = arith.constant 1 : index
  %v1 = arith.divsi %arg1, %v0 : index
  %v2 = arith.constant 4.0 : f8E4M3B11FNUZ
  %v3 = arith.constant 0xF8 : f8E4M3B11FNUZ
  %v4 = arith.maxnumf %v2, %v3 {tag = 1 : i64} : f8E4M3B11FNUZ
  %v5 = arith.minui %arg0, %arg0 : vector<4xi64>
  %v6 = arith.constant -9223372036854775808 : index
  %v7 = arith.constant 0 : index
  %v8 = arith.andi %v6, %v7 : index
  %v9 = arith.constant 0x6D : f8E4M3B11FNUZ
  %v10 = arith.cmpf uno, %v4, %v9 fastmath<fast> : f8E4M3B11FNUZ
  %v11 = arith.constant 3.0 : bf16
  %v12 = func.call @f0(%v11) {tag = 0 : i64} : (bf16) -> bf16
  %v13 = arith.subi %v5, %v5 : vector<4xi64>
  %v14 = arith.index_castui %v7 : index to i33
  %v15 = arith.constant 0x8000 : bf16
  %v16 = arith.maximumf %v12, %v15 fastmath<fast> : bf16
  %v17 = arith.maxsi %arg1, %v0 : index
  %v18 = func.call @f0(%v16) : (bf16) -> bf16
  %v19 = arith.constant 137438953472 : index
  %v20 = arith.constant 12 : index
  %v21 = arith.maxui %v19, %v20 : index
  %v22 = arith.constant dense<[1, -7924098228821903703, 65, 1]> : vector<4xi64>
  %v23 = arith.maxsi %arg0, %v22 : vector<4xi64>
  %v24 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v25 = arith.maxsi %v23, %v24 : vector<4xi64>
  %v26 = arith.constant 0x3F80 : bf16
  %v27 = arith.mulf %v26, %v12 fastmath<nnan> : bf16
  %v28 = arith.constant dense<30686> : vector<2xi16>
  %v29 = arith.maxui %v28, %v28 : vector<2xi16>
  %v30 = arith.maxui %v5, %v23 : vector<4xi64>
  %v31 = arith.constant dense<false> : vector<4xi1>
  %v32 = arith.constant dense<1> : vector<4xi64>
  %v33 = arith.select %v31, %v32, %v23 : vector<4xi1>, vector<4xi64>
  return
}
func.func @f3(%arg0: i16, %arg1: i8) -> (f16, i16) {
  %v0 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v1 = arith.constant 16 : index
  func.call @f2(%v0, %v1) : (vector<4xi64>, index) -> ()
  %v3 = arith.constant 100.0 : f8E4M3FN
  %v4 = arith.negf %v3 : f8E4M3FN
  %v5 = arith.maxsi %arg0, %arg0 : i16
  %v6 = arith.constant 2.0 : f8E4M3FN
  %v7 = arith.maximumf %v4, %v6 : f8E4M3FN
  %v8 = arith.constant -4 : i8
  %v9 = arith.cmpi eq, %arg1, %v8 : i8
  %v10 = arith.constant true
  %v11 = arith.constant false
  %v12 = arith.select %v9, %v11, %v10 : i1
  %v13 = arith.constant -128 : i8
  %v14 = arith.cmpi ne, %v13, %arg1 : i8
  %v15 = arith.negf %v7 : f8E4M3FN
  %v16 = arith.negf %v15 : f8E4M3FN
  %v17 = arith.constant 0xFC : f8E4M3FN
  %v18 = arith.cmpf one, %v17, %v3 : f8E4M3FN
  %v19 = arith.subf %v7, %v17 : f8E4M3FN
  %v20 = arith.constant false
  %v21 = arith.maxui %v20, %v10 : i1
  %v22 = arith.cmpi slt, %arg1, %arg1 : i8
  %v23 = arith.constant 0xA346 : f16
  %v24 = arith.constant 0x0001 : f16
  %v25 = arith.remf %v23, %v24 : f16
  %v26 = arith.cmpi ne, %v13, %arg1 : i8
  %v27 = arith.select %v9, %v11, %v10 : i1
  %v28 = arith.constant 1.0 : f8E4M3FN
  %v29 = arith.fptosi %v28 : f8E4M3FN to i64
  %v30 = arith.constant false
  %v31 = arith.ceildivui %v30, %v14 : i1
  %v32 = arith.constant dense<0> : vector<4xi64>
  %v33 = arith.constant 9223372036854775807 : index
  func.call @f2(%v32, %v33) : (vector<4xi64>, index) -> ()
  %v35 = arith.constant 32767 : i16
  %v36 = arith.subi %v5, %v35 {tag = 0 : i64} : i16
  %v37 = arith.constant 1 : i16
  %v38 = arith.subi %v37, %v36 : i16
  return %v25, %v37 : f16, i16
}
