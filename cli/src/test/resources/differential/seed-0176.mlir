// Random func/arith module, seed 176.
func.func @f0(%arg0: i8, %arg1: bf16, %arg2: i32) -> (i32, i8, i32, i32) {
  %v0 = arith.ceildivui %arg0, %arg0 : i8
  %v1 = arith.extui %arg2 : i32 to i64
  %v2 = arith.uitofp %arg0 {tag = 0 : i64} : i8 to f8E8M0FNU
  %v3 = arith.constant 1 : i8
  %v4 = arith.maxui %v3, %arg0 : i8
  %v5 = arith.constant -8 : i32
  %v6 = arith.maxui %v5, %arg2 : i32
  %v7 = arith.subi %v5, %v6 overflow<nsw, nuw> : i32
  %v8 = arith.constant 12 : i32
  %v9 = arith.muli %arg2, %v8 : i32
  %v10 = arith.constant 0x00 : f8E8M0FNU
  %v11 = arith.cmpf ueq, %v10, %v2 fastmath<nsz> : f8E8M0FNU
  %v12 = arith.constant 1 : i32
  %v13 = arith.remsi %v12, %v7 : i32
  %v14 = arith.constant false
  %v15 = arith.constant 7 : i8
  %v16 = arith.select %v14, %arg0, %v15 : i8
  %v17 = arith.extui %v16 : i8 to i16
  %v18 = arith.trunci %v17 : i16 to i8
  %v19 = arith.index_castui %v17 {tag = 1 : i64} : i16 to index
  %v20 = arith.constant 31 : i32
  %v21 = arith.constant -8 : i32
  %v22 = arith.shli %v20, %v21 : i32
  %v23:2 = arith.mului_extended %arg2, %v20 : i32
  return %v5, %v16, %v13, %v23#1 : i32, i8, i32, i32
}
func.func @f1(%arg0: f16) -> f16 {
  %v0 = arith.constant dense<65> : tensor<0xindex>
  %v1 = arith.cmpi eq, %v0, %v0 : tensor<0xindex>
  %v2 = arith.constant dense<[]> : tensor<0xi64>
  %v3:2 = arith.addui_extended %v2, %v2 : tensor<0xi64>, tensor<0xi1>
  %v4 = arith.constant dense<9> : tensor<0xi64>
  %v5 = arith.addi %v4, %v3#0 : tensor<0xi64>
  %v6:2 = arith.addui_extended %v2, %v2 : tensor<0xi64>, tensor<0xi1>
  %v7 = arith.cmpi eq, %v0, %v0 : tensor<0xindex>
  %v8 = arith.constant false
  %v9 = arith.select %v8, %arg0, %arg0 : f16
  %v10 = arith.constant 0x3F800000 : f32
  %v11 = arith.constant 0.5 : f32
  %v12 = arith.cmpf uge, %v10, %v11 : f32
  %v13 = arith.constant false
  %v14 = arith.constant dense<false> : tensor<0xi1>
  %v15 = arith.constant dense<true> : tensor<0xi1>
  %v16 = arith.select %v13, %v14, %v15 : tensor<0xi1>
  %v17 = arith.cmpi eq, %v0, %v0 : tensor<0xindex>
  %v18 = arith.constant 0x03FF : f16
  %v19 = arith.divf %v18, %v9 : f16
  %v20 = arith.constant 0.1 : f16
  %v21 = arith.constant 0xA0B6 : f16
  %v22 = arith.cmpf ueq, %v20, %v21 : f16
  %v23 = arith.constant 4.0 : f32
  %v24 = arith.constant -1.0 : f32
  %v25 = arith.mulf %v23, %v24 : f32
  %v26 = arith.constant dense<-128> : tensor<0xi8>
  %v27 = arith.extsi %v26 : tensor<0xi8> to tensor<0xi64>
  %v28 = arith.extsi %v26 : tensor<0xi8> to tensor<0xi64>
  %v29 = arith.cmpi ne, %v27, %v28 : tensor<0xi64>
  %v30 = arith.constant 1.0 : f8E4M3B11FNUZ
  %v31 = arith.cmpf uno, %v30, %v30 : f8E4M3B11FNUZ
  %v32 = arith.constant 8 : i8
  %v33 = arith.constant 2.0 : bf16
  %v34 = arith.constant -2147483648 : i32
  %v35:4 = func.call @f0(%v32, %v33, %v34) : (i8, bf16, i32) -> (i32, i8, i32, i32)
  %v36 = arith.constant 0x07 : f8E4M3B11FNUZ
  %v37 = arith.subf %v30, %v36 fastmath<nnan,ninf> : f8E4M3B11FNUZ
  %v38 = arith.mulf %v18, %v19 : f16
  %v39 = arith.select %v8, %arg0, %arg0 : f16
  %v40 = arith.cmpf olt, %v33, %v33 : bf16
  %v41:4 = func.call @f0(%v32, %v33, %v35#2) : (i8, bf16, i32) -> (i32, i8, i32, i32)
  %v42 = arith.constant 0x7F800000 : f32
  %v43 = arith.minnumf %v24, %v42 : f32
  %v44 = arith.select %v8, %arg0, %arg0 : f16
  return %v38 : f16
}
func.func @f2(%arg0: i32, %arg1: f64) -> (f16, i64) {
  %v0 = arith.bitcast %arg1 : f64 to i64
  %v1 = arith.constant 0xBC : f8E5M2
  %v2 = arith.constant 0x3C : f8E5M2
  %v3 = arith.maxnumf %v1, %v2 fastmath<ninf> : f8E5M2
  %v4 = arith.constant 0x7C : f8E5M2
  %v5 = arith.fptosi %v4 : f8E5M2 to i1
  %v6 = arith.constant 63 : i7
  %v7 = arith.constant 0 : i7
  %v8 = arith.cmpi slt, %v6, %v7 : i7
  %v9 = arith.trunci %arg0 : i32 to i1
  %v10 = arith.constant 0x0010000000000000 : f64
  %v11 = arith.constant 4.0 : f64
  %v12 = arith.cmpf oge, %v10, %v11 : f64
  %v13 = arith.index_cast %arg0 : i32 to index
  %v14 = arith.constant 0x8D52A4E0AE6F6BFA : f64
  %v15 = arith.constant 0x3FF0000000000000 : f64
  %v16 = arith.select %v9, %v14, %v15 : f64
  %v17 = arith.index_castui %v13 : index to i8
  %v18 = arith.addf %arg1, %arg1 : f64
  %v19 = arith.constant 1557457669026012307 : i64
  %v20 = arith.constant 7 : i64
  %v21:2 = arith.mului_extended %v19, %v20 : i64
  %v22 = arith.constant 0x7FF0000000000000 : f64
  %v23 = arith.cmpf ogt, %v22, %v16 : f64
  %v24 = arith.minimumf %v16, %v16 : f64
  %v25 = arith.constant 0x0001 : f16
  %v26 = func.call @f1(%v25) : (f16) -> f16
  %v27 = arith.cmpi eq, %arg0, %arg0 : i32
  %v28 = arith.select %v27, %arg0, %arg0 : i32
  %v29 = arith.constant dense<[32767, -3, 9]> : tensor<3xi16>
  %v30 = arith.constant dense<[8192, -1, 32767]> : tensor<3xi16>
  %v31 = arith.cmpi slt, %v29, %v30 : tensor<3xi16>
  %v32 = arith.constant 1 : i8
  %v33 = arith.cmpi ule, %v32, %v17 : i8
  %v34 = arith.constant 0xFC00 : f16
  %v35 = func.call @f1(%v34) : (f16) -> f16
  %v36 = arith.cmpi slt, %v6, %v7 : i7
  %v37 = arith.constant dense<[true, true, false]> : tensor<3xi1>
  %v38 = arith.remui %v31, %v37 : tensor<3xi1>
  %v39 = arith.constant dense<false> : vector<[4]xi1>
  %v40 = arith.muli %v39, %v39 : vector<[4]xi1>
  %v41 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %v42 = arith.extsi %v41 : tensor<3xi1> to tensor<3xi32>
  %v43 = arith.cmpi slt, %v29, %v30 : tensor<3xi16>
  return %v35, %v19 : f16, i64
}
