// Random func/arith module, seed 55.
func.func @f0(%arg0: index, %arg1: index, %arg2: f32, %arg3: i8) -> (i1, i1) {
  %v0 = arith.constant dense<13> : tensor<2x2xi16>
  %v1 = arith.cmpi sgt, %v0, %v0 : tensor<2x2xi16>
  %v2 = arith.constant 0x7F800000 : f32
  %v3 = arith.divf %arg2, %v2 : f32
  %v4 = arith.divf %arg2, %v2 : f32
  %v5 = arith.constant 1024 : index
  %v6 = arith.cmpi ugt, %v5, %arg1 : index
  %v7 = arith.ceildivui %arg1, %arg1 : index
  %v8 = arith.shrui %arg1, %arg0 : index
  %v9 = arith.fptosi %v2 : f32 to i32
  %v10 = arith.truncf %v3 : f32 to bf16
  %v11 = arith.constant 0xFC00 : f16
  %v12 = arith.constant 0x0400 : f16
  %v13 = arith.minnumf %v11, %v12 : f16
  %v14 = arith.constant dense<false> : tensor<2x2xi1>
  %v15 = arith.extui %v14 : tensor<2x2xi1> to tensor<2x2xi16>
  %v16 = arith.constant true
  %v17 = arith.constant true
  %v18 = arith.subi %v16, %v17 : i1
  %v19 = arith.constant 7.0 : f16
  %v20 = arith.cmpf ugt, %v12, %v19 : f16
  %v21 = arith.remf %v2, %v3 fastmath<nnan> : f32
  %v22 = arith.mulf %v3, %v21 : f32
  %v23 = arith.cmpi eq, %v20, %v6 : i1
  %v24 = arith.subi %v16, %v17 : i1
  %v25 = arith.cmpi eq, %v8, %arg1 : index
  return %v25, %v23 : i1, i1
}
func.func @f1(%arg0: tensor<0xf64>) {
  %v0 = arith.constant true
  %v1 = arith.constant true
  %v2 = arith.ori %v0, %v1 : i1
  %v3 = arith.constant true
  %v4 = arith.constant false
  %v5 = arith.subi %v3, %v4 : i1
  %v6 = arith.cmpi sgt, %v3, %v2 : i1
  %v7 = arith.subi %v3, %v4 : i1
  %v8 = arith.constant true
  %v9:2 = arith.mulsi_extended %v0, %v8 : i1
  %v10 = arith.constant dense<[2048, 1, 7, 32767]> : vector<4xi16>
  %v11 = arith.constant dense<15> : vector<4xi16>
  %v12 = arith.minui %v10, %v11 : vector<4xi16>
  %v13 = arith.constant dense<-7> : vector<4xi16>
  %v14 = arith.divui %v12, %v13 exact : vector<4xi16>
  %v15 = arith.constant dense<[]> : tensor<0xf64>
  %v16 = arith.bitcast %v15 : tensor<0xf64> to tensor<0xi64>
  %v17 = arith.constant dense<13> : tensor<0xi64>
  %v18 = arith.ceildivsi %v17, %v17 : tensor<0xi64>
  %v19 = arith.constant 11 : index
  %v20 = arith.constant -8 : index
  %v21 = arith.constant 0x00000000 : f32
  %v22 = arith.constant 10 : i8
  %v23:2 = func.call @f0(%v19, %v20, %v21, %v22) : (index, index, f32, i8) -> (i1, i1)
  %v24:2 = func.call @f0(%v19, %v19, %v21, %v22) : (index, index, f32, i8) -> (i1, i1)
  %v25 = arith.constant -0.0 : f8E4M3FN
  %v26 = arith.negf %v25 fastmath<none> : f8E4M3FN
  %v27 = arith.constant 4294967295 : i33
  %v28 = arith.uitofp %v27 : i33 to tf32
  %v29:2 = func.call @f0(%v19, %v20, %v21, %v22) : (index, index, f32, i8) -> (i1, i1)
  %v30 = arith.remsi %v19, %v19 : index
  %v31 = arith.maximumf %arg0, %v15 fastmath<arcp,afn> : tensor<0xf64>
  %v32 = arith.constant 15 : index
  %v33 = arith.constant 0xFF800000 : f32
  %v34 = arith.constant 1 : i8
  %v35:2 = func.call @f0(%v32, %v30, %v33, %v34) : (index, index, f32, i8) -> (i1, i1)
  return
}
func.func @f2(%arg0: f8E5M2, %arg1: vector<2xi64>) -> i1 {
  %v0 = arith.constant -3.0e-05 : f8E5M2
  %v1 = arith.cmpf false, %v0, %arg0 : f8E5M2
  %v2 = arith.constant false
  %v3 = arith.constant false
  %v4 = arith.shli %v2, %v3 overflow<nsw> : i1
  %v5 = arith.constant true
  %v6 = arith.constant 0xFC : f8E5M2
  %v7 = arith.select %v5, %v6, %arg0 : f8E5M2
  %v8 = arith.shrui %arg1, %arg1 exact : vector<2xi64>
  %v9 = arith.constant dense<[]> : tensor<0xf64>
  func.call @f1(%v9) : (tensor<0xf64>) -> ()
  %v11 = arith.extui %v1 : i1 to i64
  %v12 = arith.extui %v1 : i1 to i64
  %v13 = arith.cmpi ne, %v11, %v12 : i64
  %v14 = arith.select %v5, %v6, %arg0 : f8E5M2
  %v15 = arith.cmpi ne, %v11, %v12 : i64
  %v16 = arith.remf %v7, %v6 : f8E5M2
  %v17 = arith.select %v1, %v12, %v12 : i64
  %v18 = arith.constant true
  %v19 = arith.constant false
  %v20 = arith.addi %v18, %v19 : i1
  %v21 = arith.constant 0 : i64
  %v22 = arith.cmpi slt, %v11, %v21 : i64
  return %v20 : i1
}
