// Random func/arith module, seed 144.
func.func @f0(%arg0: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %v0 = arith.constant 0 : i8
  %v1 = arith.constant 8 : i8
  %v2 = arith.ceildivsi %v0, %v1 : i8
  %v3 = arith.ceildivsi %v0, %v1 : i8
  %v4 = arith.constant 8 : i8
  %v5 = arith.constant -128 : i8
  %v6 = arith.minui %v4, %v5 : i8
  %v7 = arith.constant 127 : i8
  %v8 = arith.minui %v6, %v7 : i8
  %v9 = arith.constant 1 : i8
  %v10 = arith.cmpi sge, %v9, %v4 : i8
  %v11 = arith.ceildivsi %v0, %v1 : i8
  %v12 = arith.constant dense<[[100.0, 3.0], [0x00000001, 0x7FC00000]]> : tensor<2x2xf32>
  %v13 = arith.minimumf %v12, %arg0 fastmath<nsz> : tensor<2x2xf32>
  %v14 = arith.cmpi sge, %v9, %v4 : i8
  %v15 = arith.constant dense<[[0x007FFFFF, 1.0], [0x80000000, 0x6C53D8DB]]> : tensor<2x2xf32>
  %v16 = arith.divf %v15, %v12 fastmath<nnan,ninf> {tag = 0 : i64} : tensor<2x2xf32>
  %v17 = arith.constant false
  %v18 = arith.xori %v17, %v17 : i1
  %v19 = arith.bitcast %v16 : tensor<2x2xf32> to tensor<2x2xi32>
  %v20 = arith.constant dense<4096> : tensor<2x2xi32>
  %v21 = arith.constant dense<1> : tensor<2x2xi32>
  %v22 = arith.ceildivsi %v20, %v21 : tensor<2x2xi32>
  %v23 = arith.constant dense<0> : vector<i16>
  %v24 = arith.shrsi %v23, %v23 exact : vector<i16>
  %v25 = arith.minimumf %v13, %v13 : tensor<2x2xf32>
  %v26 = arith.uitofp %v22 : tensor<2x2xi32> to tensor<2x2xbf16>
  return %v25 : tensor<2x2xf32>
}
func.func @f1(%arg0: f6E3M2FN) -> (i1, f8E3M4) {
  %v0 = arith.constant 0x01 : f6E3M2FN
  %v1 = arith.truncf %v0 : f6E3M2FN to f4E2M1FN
  %v2 = arith.truncf %v0 : f6E3M2FN to f4E2M1FN
  %v3 = arith.constant 2147483647 : i32
  %v4 = arith.divui %v3, %v3 : i32
  %v5 = arith.constant 31 : i32
  %v6 = arith.muli %v3, %v5 : i32
  %v7 = arith.constant -1 : i32
  %v8 = arith.constant 0 : i32
  %v9 = arith.xori %v8, %v7 : i32
  %v10 = arith.xori %v9, %v7 : i32
  %v11 = arith.maxnumf %arg0, %arg0 : f6E3M2FN
  %v12 = arith.constant 0x2C : f6E3M2FN
  %v13 = arith.cmpf ueq, %arg0, %v12 fastmath<nnan> : f6E3M2FN
  %v14 = arith.extui %v13 : i1 to i32
  %v15 = arith.constant 100.0 : f4E2M1FN
  %v16 = arith.fptosi %v15 : f4E2M1FN to i8
  %v17 = arith.constant 0 : i8
  %v18 = arith.select %v13, %v16, %v17 : i8
  %v19 = arith.constant -0.0 : f6E3M2FN
  %v20 = arith.constant 0x0C : f6E3M2FN
  %v21 = arith.select %v13, %v19, %v20 : f6E3M2FN
  %v22 = arith.cmpf ugt, %v21, %v11 fastmath<nnan> : f6E3M2FN
  %v23 = arith.maxsi %v13, %v22 : i1
  %v24 = arith.constant -1 : i8
  %v25 = arith.xori %v18, %v24 : i8
  %v26 = arith.xori %v25, %v24 : i8
  %v27 = arith.sitofp %v22 : i1 to f8E3M4
  %v28 = arith.truncf %v0 : f6E3M2FN to f4E2M1FN
  %v29 = arith.constant 5 : index
  %v30 = arith.index_cast %v29 : index to i8
  %v31 = arith.constant -1 : i32
  %v32 = arith.minui %v31, %v14 : i32
  %v33 = arith.constant 5 : index
  %v34 = arith.constant 10 : index
  %v35 = arith.cmpi ne, %v33, %v34 : index
  %v36 = arith.cmpi eq, %v23, %v22 : i1
  %v37 = arith.select %v36, %v22, %v23 : i1
  %v38 = arith.divf %v12, %v19 : f6E3M2FN
  %v39 = arith.select %v35, %v1, %v15 : f4E2M1FN
  %v40:2 = arith.addui_extended %v16, %v18 : i8, i1
  return %v23, %v27 : i1, f8E3M4
}
func.func @f2(%arg0: bf16, %arg1: i33, %arg2: i32) -> i1 {
  %v0 = arith.extsi %arg2 : i32 to i128
  %v1 = arith.constant 0x78 : f8E4M3FN
  %v2 = arith.cmpf ueq, %v1, %v1 fastmath<arcp,afn> {tag = 1 : i64} : f8E4M3FN
  %v3 = arith.constant 65 : index
  %v4 = arith.constant 5 : index
  %v5 = arith.minui %v3, %v4 : index
  %v6 = arith.constant true
  %v7 = arith.select %v6, %arg0, %arg0 : bf16
  %v8 = arith.cmpf ueq, %v1, %v1 fastmath<arcp,afn> {tag = 1 : i64} : f8E4M3FN
  %v9 = arith.index_castui %arg2 : i32 to index
  %v10 = arith.constant 12 : i33
  %v11 = arith.cmpi ugt, %arg1, %v10 {tag = 1 : i64} : i33
  %v12 = arith.cmpf ugt, %v1, %v1 : f8E4M3FN
  %v13 = arith.constant 0xA635 : bf16
  %v14 = arith.cmpf ord, %v7, %v13 fastmath<arcp,afn> : bf16
  return %v14 : i1
}
