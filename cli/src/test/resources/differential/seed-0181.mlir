// Random func/arith module, seed 181.
func.func @f0(%arg0: index) -> (i1, index, index) {
  %v0 = arith.constant true
  %v1 = arith.maxui %v0, %v0 : i1
  %v2 = arith.constant false
  %v3 = arith.extui %v2 : i1 to i64
  %v4 = arith.constant -2 : i64
  %v5 = arith.cmpi ult, %v3, %v4 : i64
  %v6 = arith.constant 0xFFF8000000000000 : f64
  %v7 = arith.mulf %v6, %v6 : f64
  %v8 = arith.constant -5 : i8
  %v9 = arith.extui %v8 : i8 to i64
  %v10 = arith.constant 0 : i64
  %v11 = arith.cmpi uge, %v9, %v10 : i64
  %v12 = arith.subf %v6, %v7 : f64
  %v13 = arith.constant -2 : i32
  %v14 = arith.minui %v13, %v13 : i32
  %v15 = arith.xori %arg0, %arg0 : index
  %v16 = arith.constant 15 : index
  %v17 = arith.maxsi %v15, %v16 : index
  %v18 = arith.cmpi ult, %v3, %v4 : i64
  %v19 = arith.constant -0.0 : f64
  %v20 = arith.subf %v7, %v19 : f64
  %v21 = arith.xori %v17, %arg0 : index
  %v22 = arith.muli %v0, %v1 : i1
  %v23 = arith.cmpi ult, %v16, %v16 : index
  %v24 = arith.maxsi %v15, %v15 : index
  %v25 = arith.constant 0xBFF0000000000000 : f64
  %v26 = arith.select %v5, %v25, %v19 : f64
  %v27 = arith.constant 1 : i32
  %v28 = arith.constant 1 : i32
  %v29 = arith.subi %v27, %v28 : i32
  %v30 = arith.constant 5 : i7
  %v31 = arith.constant 32 : i7
  %v32 = arith.cmpi ult, %v30, %v31 : i7
  %v33 = arith.constant 33 : i32
  %v34 = arith.remsi %v33, %v28 : i32
  %v35 = arith.remui %v15, %v15 : index
  %v36 = arith.subf %v6, %v7 : f64
  %v37 = arith.cmpi uge, %v9, %v10 : i64
  %v38 = arith.maxsi %v16, %v15 : index
  %v39 = arith.xori %v17, %v15 : index
  return %v1, %v21, %v38 : i1, index, index
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: f8E4M3) -> (i1, i1, f8E4M3, i32) {
  %v0 = arith.constant 65 : index
  %v1:3 = func.call @f0(%v0) : (index) -> (i1, index, index)
  %v2:3 = func.call @f0(%v0) : (index) -> (i1, index, index)
  %v3 = arith.constant 0 : index
  %v4 = arith.minui %v2#2, %v3 : index
  %v5 = arith.constant 9223372036854775807 : index
  %v6 = arith.minui %v5, %v4 : index
  %v7 = arith.addf %arg1, %arg1 : f8E4M3
  %v8 = arith.constant 2147483647 : i32
  %v9 = arith.uitofp %v8 : i32 to f64
  %v10 = arith.fptoui %v9 : f64 to i32
  %v11 = arith.constant 2147483647 : i32
  %v12 = arith.trunci %v11 overflow<nsw, nuw> : i32 to i7
  %v13 = arith.subf %v9, %v9 : f64
  %v14 = arith.constant 0 : i32
  %v15 = arith.cmpi sge, %v14, %v14 : i32
  %v16 = arith.select %v15, %v14, %v14 : i32
  %v17:3 = func.call @f0(%v0) : (index) -> (i1, index, index)
  %v18 = arith.constant true
  %v19 = arith.muli %v17#0, %v18 : i1
  %v20 = arith.constant false
  %v21 = arith.muli %v19, %v20 : i1
  %v22 = arith.constant 4.0 : f8E4M3FNUZ
  %v23 = arith.select %v18, %v22, %arg0 : f8E4M3FNUZ
  %v24 = arith.minnumf %v23, %v22 : f8E4M3FNUZ
  return %v21, %v17#0, %v7, %v16 : i1, i1, f8E4M3, i32
}
func.func @f2(%arg0: index, %arg1: tensor<3xi32>, %arg2: i7) {
  %v0 = arith.constant dense<-0.0> : tensor<3xf64>
  %v1 = arith.mulf %v0, %v0 fastmath<arcp,afn> : tensor<3xf64>
  %v2 = arith.constant 0x08 : f8E4M3FNUZ
  %v3 = arith.constant 0xB8 : f8E4M3
  %v4:4 = func.call @f1(%v2, %v3) : (f8E4M3FNUZ, f8E4M3) -> (i1, i1, f8E4M3, i32)
  %v5 = arith.constant dense<-9223372036854775808> : vector<2xindex>
  %v6 = arith.constant dense<[7854040719555765198, 5]> : vector<2xindex>
  %v7 = arith.xori %v5, %v6 : vector<2xindex>
  %v8 = arith.sitofp %arg1 : tensor<3xi32> to tensor<3xf64>
  %v9 = arith.xori %arg1, %arg1 : tensor<3xi32>
  %v10 = arith.constant -1.0 : bf16
  %v11 = arith.maxnumf %v10, %v10 : bf16
  %v12 = arith.constant 144115188075855872 : index
  %v13:3 = func.call @f0(%v12) : (index) -> (i1, index, index)
  %v14 = arith.constant dense<0x8000000000000000> : vector<2xf64>
  %v15 = arith.constant dense<[0x53219F46CF50156F, -1.0]> : vector<2xf64>
  %v16 = arith.minnumf %v14, %v15 fastmath<reassoc,contract> : vector<2xf64>
  return
}
