// Random func/arith module, seed 3.
func.func @f0(%arg0: index, %arg1: f64, %arg2: i32) -> i7 {
  %v0 = arith.constant dense<[1, -5]> : vector<2xi8>
  %v1 = arith.extui %v0 : vector<2xi8> to vector<2xi64>
  %v2 = arith.constant dense<2> : vector<2xi8>
  %v3 = arith.extui %v2 : vector<2xi8> to vector<2xi64>
  %v4 = arith.cmpi sge, %v1, %v3 : vector<2xi64>
  %v5 = arith.constant 0x7FF0000000000000 : f64
  %v6 = arith.divf %v5, %arg1 : f64
  %v7 = arith.constant 9223372036854775807 : i64
  %v8 = arith.constant 5 : i64
  %v9:2 = arith.addui_extended %v7, %v8 : i64, i1
  %v10 = arith.constant 0x7FF0000000000000 : f64
  %v11 = arith.cmpf false, %v10, %v6 fastmath<ninf> : f64
  %v12 = arith.cmpf ult, %arg1, %v5 : f64
  %v13 = arith.cmpf false, %v10, %v6 fastmath<ninf> : f64
  %v14 = arith.sitofp %arg2 : i32 to f32
  %v15 = arith.fptoui %v14 : f32 to i32
  %v16 = arith.constant -3.0e-05 : f64
  %v17 = arith.cmpf one, %v16, %v10 fastmath<fast> : f64
  %v18 = arith.fptoui %v14 : f32 to i32
  %v19 = arith.constant dense<0x0000> : tensor<3xbf16>
  %v20 = arith.constant dense<0x7F7F> : tensor<3xbf16>
  %v21 = arith.cmpf ogt, %v19, %v20 fastmath<nnan,ninf> : tensor<3xbf16>
  %v22 = arith.constant 5 : i64
  %v23 = arith.andi %v22, %v7 : i64
  %v24 = arith.constant 0 : i64
  %v25 = arith.shrsi %v22, %v24 : i64
  %v26 = arith.fptoui %arg1 : f64 to i7
  %v27 = arith.constant true
  %v28 = arith.xori %v13, %v27 : i1
  %v29 = arith.xori %v28, %v27 : i1
  %v30 = arith.select %v11, %v28, %v27 : i1
  %v31 = arith.constant 0x7E00 : f16
  %v32 = arith.constant 7.0 : f16
  %v33 = arith.cmpf oeq, %v31, %v32 fastmath<none> : f16
  return %v26 : i7
}
func.func @f1(%arg0: bf16) -> i1 {
  %v0 = arith.constant 1 : i8
  %v1 = arith.constant 16 : i8
  %v2 = arith.cmpi sgt, %v0, %v1 : i8
  %v3 = arith.extui %v0 : i8 to i64
  %v4 = arith.constant 9223372036854775807 : i64
  %v5 = arith.cmpi sge, %v3, %v4 : i64
  %v6 = arith.constant false
  %v7 = arith.extsi %v6 : i1 to i64
  %v8 = arith.constant true
  %v9 = arith.extsi %v8 : i1 to i64
  %v10 = arith.cmpi slt, %v7, %v9 : i64
  %v11 = arith.cmpi sge, %v3, %v4 : i64
  %v12 = arith.constant 17179869184 : index
  %v13 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v14 = arith.constant 0 : i32
  %v15 = func.call @f0(%v12, %v13, %v14) : (index, f64, i32) -> i7
  %v16 = arith.cmpi slt, %v7, %v9 : i64
  %v17 = arith.cmpi eq, %v15, %v15 : i7
  %v18 = arith.subi %v17, %v17 overflow<nsw> : i1
  %v19 = arith.constant true
  %v20 = arith.constant false
  %v21 = arith.xori %v20, %v19 : i1
  %v22 = arith.xori %v21, %v19 : i1
  %v23 = arith.constant -3 : i32
  %v24 = arith.maxui %v14, %v23 : i32
  %v25 = arith.constant 32 : i32
  %v26 = arith.divui %v25, %v25 : i32
  %v27 = arith.cmpi sge, %v3, %v4 : i64
  %v28 = arith.constant 1.0 : bf16
  %v29 = arith.maxnumf %v28, %arg0 : bf16
  %v30 = func.call @f0(%v12, %v13, %v24) : (index, f64, i32) -> i7
  %v31 = arith.addf %v13, %v13 fastmath<fast> : f64
  %v32 = arith.constant 0.0 : bf16
  %v33 = arith.subf %v29, %v32 fastmath<nnan> : bf16
  %v34 = arith.cmpi ule, %v30, %v30 : i7
  %v35 = arith.cmpi sge, %v1, %v0 : i8
  %v36 = arith.constant 7.0 : bf16
  %v37 = arith.truncf %v36 : bf16 to f8E5M2
  %v38 = arith.constant -1 : i7
  %v39 = arith.andi %v30, %v38 : i7
  %v40 = arith.constant -4 : i8
  %v41 = arith.divui %v40, %v40 : i8
  %v42 = func.call @f0(%v12, %v13, %v14) : (index, f64, i32) -> i7
  %v43 = arith.constant 13 : i64
  %v44 = arith.constant 512 : i64
  %v45 = arith.shli %v43, %v44 overflow<nsw, nuw> : i64
  return %v34 : i1
}
func.func @f2(%arg0: bf16, %arg1: bf16, %arg2: i32, %arg3: index) -> i1 {
  %v0 = arith.remui %arg3, %arg3 : index
  %v1 = arith.subf %arg1, %arg0 : bf16
  %v2 = arith.addi %arg2, %arg2 overflow<nsw, nuw> : i32
  %v3:2 = arith.addui_extended %v2, %arg2 : i32, i1
  %v4:2 = arith.addui_extended %v2, %v3#0 : i32, i1
  %v5 = arith.constant 14 : index
  %v6 = arith.andi %v5, %v0 : index
  %v7 = arith.constant true
  %v8 = arith.cmpi ne, %v7, %v4#1 : i1
  return %v8 : i1
}
func.func @f3(%arg0: i128, %arg1: f8E4M3FNUZ, %arg2: i32) -> (i1, f16) {
  %v0 = arith.constant 16 : i32
  %v1 = arith.cmpi uge, %v0, %v0 : i32
  %v2 = arith.constant 0xB8 : f8E4M3FNUZ
  %v3 = arith.constant 0x78 : f8E4M3FNUZ
  %v4 = arith.maxnumf %v2, %v3 : f8E4M3FNUZ
  %v5 = arith.constant dense<-128> : vector<2x3xi8>
  %v6 = arith.trunci %v5 : vector<2x3xi8> to vector<2x3xi1>
  %v7 = arith.constant -2.5 : bf16
  %v8 = arith.constant 63 : index
  %v9 = func.call @f2(%v7, %v7, %arg2, %v8) : (bf16, bf16, i32, index) -> i1
  %v10 = arith.constant 3.0 : f8E4M3FNUZ
  %v11 = arith.cmpf une, %arg1, %v10 : f8E4M3FNUZ
  %v12 = arith.shrsi %v9, %v11 : i1
  %v13 = arith.maximumf %v7, %v7 : bf16
  %v14 = arith.uitofp %v11 : i1 to f16
  %v15 = func.call @f2(%v7, %v7, %arg2, %v8) : (bf16, bf16, i32, index) -> i1
  %v16 = arith.constant true
  %v17 = arith.select %v16, %v11, %v9 : i1
  %v18 = arith.constant 1 : i128
  %v19 = arith.constant -8 : i128
  %v20 = arith.cmpi sge, %v18, %v19 : i128
  %v21 = arith.constant 0x3FF0000000000000 : f64
  %v22 = arith.constant 1.0 : f64
  %v23 = arith.divf %v21, %v22 : f64
  return %v17, %v14 : i1, f16
}
