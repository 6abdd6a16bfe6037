// Random func/arith module, seed 138.
func.func @f0(%arg0: f32) -> (i16, i1, i1, i1) {
  %v0 = arith.constant -3 : index
  %v1 = arith.index_cast %v0 : index to i16
  %v2 = arith.constant 10 : i16
  %v3 = arith.divui %v2, %v2 exact : i16
  %v4 = arith.constant -5 : index
  %v5 = arith.constant 1 : index
  %v6 = arith.shrsi %v4, %v5 : index
  %v7 = arith.minimumf %arg0, %arg0 : f32
  %v8 = arith.constant true
  %v9 = arith.constant false
  %v10:2 = arith.addui_extended %v8, %v9 : i1, i1
  %v11 = arith.index_cast %v0 : index to i16
  %v12 = arith.constant 0x00000000 : f32
  %v13 = arith.constant 0x00800000 : f32
  %v14 = arith.remf %v12, %v13 : f32
  %v15 = arith.ceildivui %v2, %v2 : i16
  %v16 = arith.ceildivui %v2, %v2 : i16
  %v17 = arith.constant 8796093022208 : index
  %v18 = arith.constant 1 : index
  %v19 = arith.cmpi ule, %v17, %v18 : index
  return %v16, %v19, %v10#1, %v10#1 : i16, i1, i1, i1
}
func.func @f1(%arg0: i1, %arg1: index, %arg2: vector<2x3xi64>, %arg3: f80) -> (i1, f80) {
  %v0 = arith.constant 2401531057571529020 : index
  %v1 = arith.xori %v0, %arg1 : index
  %v2 = arith.minsi %arg0, %arg0 : i1
  %v3 = arith.constant -4 : i33
  %v4 = arith.constant 0 : i33
  %v5 = arith.muli %v3, %v4 : i33
  %v6 = arith.divf %arg3, %arg3 fastmath<nnan> : f80
  %v7 = arith.constant 0xF0A77126 : f32
  %v8:4 = func.call @f0(%v7) : (f32) -> (i16, i1, i1, i1)
  %v9 = arith.constant 0xFFFF8000000000000000 : f80
  %v10 = arith.minimumf %v9, %v6 fastmath<nnan,ninf> : f80
  %v11 = arith.constant dense<[[-9223372036854775808, -6, 144115188075855872], [5882346658503567478, 0, 1]]> : vector<2x3xi64>
  %v12 = arith.uitofp %v11 : vector<2x3xi64> to vector<2x3xbf16>
  %v13 = arith.constant 0x03FF : f16
  %v14 = arith.fptosi %v13 : f16 to i128
  %v15 = arith.divf %arg3, %arg3 fastmath<nnan> : f80
  %v16 = arith.constant dense<-1> : vector<2x3xi64>
  %v17 = arith.xori %arg2, %v16 {tag = 1 : i64} : vector<2x3xi64>
  %v18 = arith.xori %v17, %v16 : vector<2x3xi64>
  %v19 = arith.xori %v17, %v16 : vector<2x3xi64>
  %v20 = arith.muli %arg1, %v0 : index
  %v21 = arith.negf %arg3 : f80
  %v22 = arith.uitofp %v11 : vector<2x3xi64> to vector<2x3xbf16>
  %v23 = arith.cmpi eq, %arg1, %v1 : index
  %v24:4 = func.call @f0(%v7) : (f32) -> (i16, i1, i1, i1)
  %v25 = arith.constant -0.75 : f8E3M4
  %v26 = arith.negf %v25 : f8E3M4
  %v27 = arith.negf %v26 fastmath<nnan,ninf> : f8E3M4
  %v28 = arith.constant -3.0e-05 : f32
  %v29:4 = func.call @f0(%v28) : (f32) -> (i16, i1, i1, i1)
  %v30 = arith.cmpf ord, %v9, %v10 fastmath<fast> : f80
  %v31 = arith.constant 0x00010000000000000000 : f80
  %v32 = arith.mulf %v6, %v31 fastmath<reassoc,contract> : f80
  %v33:2 = arith.addui_extended %v17, %v17 : vector<2x3xi64>, vector<2x3xi1>
  return %v29#3, %v21 : i1, f80
}
func.func @f2(%arg0: f6E3M2FN, %arg1: tensor<3xf16>, %arg2: f16) -> tensor<3xi1> {
  %v0 = arith.constant true
  %v1 = arith.select %v0, %v0, %v0 : i1
  %v2 = arith.constant false
  %v3 = arith.addi %v2, %v2 : i1
  %v4 = arith.constant dense<0x7BFF> : tensor<3xf16>
  %v5 = arith.cmpf uge, %arg1, %v4 : tensor<3xf16>
  %v6 = arith.constant dense<false> : tensor<3xi1>
  %v7 = arith.shrsi %v5, %v6 : tensor<3xi1>
  %v8 = arith.constant 0x03 : f8E5M2FNUZ
  %v9 = arith.constant 0x7B : f8E5M2FNUZ
  %v10 = arith.divf %v8, %v9 : f8E5M2FNUZ
  %v11 = arith.constant true
  %v12 = arith.constant true
  %v13 = arith.select %v11, %v2, %v12 : i1
  %v14 = arith.remsi %v7, %v5 : tensor<3xi1>
  %v15 = arith.constant dense<true> : tensor<3xi1>
  %v16 = arith.xori %v14, %v15 : tensor<3xi1>
  %v17 = arith.xori %v16, %v15 : tensor<3xi1>
  %v18 = arith.sitofp %v14 : tensor<3xi1> to tensor<3xbf16>
  %v19 = arith.constant false
  %v20 = arith.constant false
  %v21 = arith.cmpi eq, %v19, %v20 {tag = 1 : i64} : i1
  %v22 = arith.select %v21, %v20, %v19 : i1
  %v23 = arith.select %v11, %v2, %v12 : i1
  %v24 = arith.constant dense<true> : tensor<3xi1>
  %v25 = arith.xori %v16, %v24 : tensor<3xi1>
  %v26 = arith.xori %v25, %v24 : tensor<3xi1>
  %v27 = arith.constant 0.0 : f32
  %v28 = arith.minnumf %v27, %v27 : f32
  %v29 = arith.constant 7 : i64
  %v30 = arith.index_cast %v29 : i64 to index
  %v31 = arith.shrsi %v15, %v25 : tensor<3xi1>
  %v32 = arith.constant -7452600991642327727 : index
  %v33 = arith.constant 1073741824 : index
  %v34 = arith.cmpi ne, %v32, %v33 : index
  %v35 = arith.select %v34, %v33, %v32 : index
  %v36 = arith.constant dense<true> : tensor<3xi1>
  %v37 = arith.xori %v36, %v14 : tensor<3xi1>
  %v38 = arith.constant 0x00000000 : f32
  %v39 = arith.cmpf une, %v27, %v38 fastmath<arcp,afn> : f32
  %v40 = arith.constant dense<-0.0> : vector<[4]xbf16>
  %v41 = arith.constant dense<-2.5> : vector<[4]xbf16>
  %v42 = arith.remf %v40, %v41 : vector<[4]xbf16>
  %v43 = arith.constant true
  %v44 = arith.ceildivsi %v2, %v43 : i1
  %v45 = arith.cmpi ne, %v32, %v33 : index
  %v46 = arith.constant dense<0x0080> : tensor<3xbf16>
  %v47 = arith.minimumf %v18, %v46 fastmath<arcp,afn> : tensor<3xbf16>
  return %v31 : tensor<3xi1>
}
