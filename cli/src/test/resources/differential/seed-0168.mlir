// Random func/arith module, seed 168.
func.func @f0(%arg0: tensor<3xi1>) -> (tensor<3xindex>, tensor<3xi1>, tensor<3xi1>) {
  %v0 = arith.andi %arg0, %arg0 {tag = 0 : i64} : tensor<3xi1>
  %v1 = arith.constant dense<true> : tensor<3xi1>
  %v2 = arith.xori %v0, %v1 : tensor<3xi1>
  %v3 = arith.xori %v2, %v1 : tensor<3xi1>
  %v4 = arith.divui %v1, %v0 : tensor<3xi1>
  %v5 = arith.constant true
  %v6 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %v7 = arith.select %v5, %v6, %v2 : tensor<3xi1>
  %v8 = arith.constant 1 : i16
  %v9 = arith.index_castui %v8 : i16 to index
  %v10 = arith.constant 0x3F800000 : f32
  %v11 = arith.constant 0.1 : f32
  %v12 = arith.select %v5, %v10, %v11 : f32
  %v13 = arith.divui %v1, %v0 : tensor<3xi1>
  %v14 = arith.index_cast %v2 : tensor<3xi1> to tensor<3xindex>
  return %v14, %v13, %v6 : tensor<3xindex>, tensor<3xi1>, tensor<3xi1>
}
func.func @f1(%arg0: tensor<0xf32>) -> i1 {
  %v0 = arith.constant dense<0x3F800000> : tensor<0xf32>
  %v1 = arith.mulf %arg0, %v0 : tensor<0xf32>
  %v2 = arith.constant -26656924217270834629600683271258814174 : i128
  %v3 = arith.constant 94754289043624709708408092561589724596 : i128
  %v4 = arith.cmpi ult, %v2, %v3 : i128
  %v5 = arith.constant true
  %v6 = arith.subi %v4, %v5 : i1
  %v7 = arith.addf %v1, %v1 : tensor<0xf32>
  %v8 = arith.subi %v4, %v5 : i1
  %v9 = arith.constant dense<0.0> : tensor<0xf32>
  %v10 = arith.addf %v7, %v9 : tensor<0xf32>
  %v11 = arith.constant dense<0xFC00> : vector<[4]xf16>
  %v12 = arith.bitcast %v11 : vector<[4]xf16> to vector<[4]xbf16>
  %v13 = arith.cmpi ult, %v2, %v3 : i128
  %v14 = arith.constant dense<[]> : tensor<0xf32>
  %v15 = arith.remf %arg0, %v14 fastmath<nnan,ninf> : tensor<0xf32>
  %v16 = arith.constant dense<0.5> : vector<[4]xf16>
  %v17 = arith.constant dense<4.0> : vector<[4]xf16>
  %v18 = arith.cmpf ogt, %v16, %v17 : vector<[4]xf16>
  %v19 = arith.constant dense<-2.5> : vector<[4]xbf16>
  %v20 = arith.constant dense<0.0> : vector<[4]xbf16>
  %v21 = arith.divf %v19, %v20 : vector<[4]xbf16>
  %v22:2 = arith.mulsi_extended %v6, %v13 : i1
  %v23 = arith.constant dense<0x0080> : vector<[4]xbf16>
  %v24 = arith.cmpf false, %v19, %v23 fastmath<fast> : vector<[4]xbf16>
  %v25 = arith.constant true
  %v26 = arith.constant 127 : i8
  %v27 = arith.constant -2 : i8
  %v28 = arith.select %v25, %v26, %v27 : i8
  %v29 = arith.constant 0x0C : f6E3M2FN
  %v30 = arith.constant 0x1A : f6E3M2FN
  %v31 = arith.remf %v29, %v30 : f6E3M2FN
  %v32 = arith.constant true
  %v33:2 = arith.addui_extended %v6, %v32 : i1, i1
  return %v22#1 : i1
}
func.func @f2(%arg0: i16) -> (i1, i1, i8) {
  %v0 = arith.constant 1 : i8
  %v1 = arith.sitofp %v0 : i8 to f32
  %v2 = arith.fptosi %v1 : f32 to i8
  %v3 = arith.minsi %v2, %v0 : i8
  %v4 = arith.constant 65528 : i16
  %v5 = arith.addi %v4, %arg0 overflow<nsw, nuw> : i16
  %v6 = arith.mulf %v1, %v1 fastmath<arcp,afn> : f32
  %v7 = arith.constant 9223372036854775807 : index
  %v8 = arith.constant 9223372036854775807 : index
  %v9 = arith.ori %v7, %v8 : index
  %v10 = arith.constant 127 : i8
  %v11 = arith.constant 127 : i8
  %v12 = arith.maxsi %v10, %v11 : i8
  %v13 = arith.constant 16 : i8
  %v14 = arith.maxsi %v12, %v13 : i8
  %v15 = arith.muli %arg0, %v5 : i16
  %v16 = arith.constant dense<[]> : tensor<0xf32>
  %v17 = func.call @f1(%v16) : (tensor<0xf32>) -> i1
  %v18 = arith.index_cast %v15 : i16 to index
  %v19 = arith.constant dense<0x00000000> : tensor<0xf32>
  %v20 = arith.constant dense<2.0> : tensor<0xf32>
  %v21 = arith.addf %v19, %v20 fastmath<reassoc,contract> : tensor<0xf32>
  %v22 = arith.constant dense<0xFF800000> : tensor<0xf32>
  %v23 = arith.maximumf %v19, %v22 fastmath<reassoc,contract> {tag = 1 : i64} : tensor<0xf32>
  %v24 = arith.ori %v8, %v7 : index
  %v25 = arith.divf %v19, %v23 fastmath<arcp,afn> : tensor<0xf32>
  %v26 = arith.constant false
  %v27 = arith.select %v17, %v26, %v26 {tag = 1 : i64} : i1
  %v28 = arith.remui %v17, %v27 : i1
  %v29 = arith.constant false
  %v30 = arith.maxsi %v29, %v28 : i1
  %v31 = arith.minimumf %v21, %v25 fastmath<fast> : tensor<0xf32>
  %v32 = arith.constant 1396121454072934113 : index
  %v33 = arith.shli %v32, %v8 overflow<nuw> : index
  return %v27, %v27, %v10 : i1, i1, i8
}
func.func @f3(%arg0: f32) -> (i32, i1) {
  %v0 = arith.constant 1 : i8
  %v1 = arith.cmpi sle, %v0, %v0 : i8
  %v2 = arith.constant 0x00000001 : f32
  %v3 = arith.cmpf olt, %arg0, %v2 : f32
  %v4 = arith.cmpi uge, %v3, %v3 : i1
  %v5 = arith.constant 7 : i8
  %v6 = arith.remsi %v0, %v5 : i8
  %v7 = arith.shli %v5, %v5 overflow<none> : i8
  %v8 = arith.constant false
  %v9 = arith.extui %v8 : i1 to i16
  %v10 = arith.ceildivsi %v8, %v4 : i1
  %v11 = arith.constant 0x7FC00000 : f32
  %v12 = arith.minnumf %v11, %v11 : f32
  %v13 = arith.fptoui %v12 : f32 to i64
  %v14 = arith.constant false
  %v15 = arith.constant false
  %v16 = arith.andi %v14, %v15 : i1
  %v17 = arith.constant 0.0 : f32
  %v18 = arith.bitcast %v17 : f32 to i32
  %v19 = arith.constant -6 : i33
  %v20 = arith.divsi %v19, %v19 exact : i33
  %v21 = arith.constant false
  %v22 = arith.muli %v10, %v21 : i1
  %v23 = arith.constant false
  %v24 = arith.muli %v22, %v23 : i1
  %v25 = arith.muli %v22, %v23 : i1
  %v26 = arith.constant 15 : i8
  %v27 = arith.maxui %v6, %v26 : i8
  %v28 = arith.divf %v12, %arg0 : f32
  %v29 = arith.constant false
  %v30 = arith.select %v29, %v28, %arg0 : f32
  %v31:2 = arith.mului_extended %v27, %v0 : i8
  return %v18, %v22 : i32, i1
}
