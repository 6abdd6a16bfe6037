// Random func/arith module, seed 166.
func.func @f0(%arg0: index, %arg1: vector<2xf64>, %arg2: tensor<2x2xi64>) -> (index, tensor<2x2xi16>) {
  %v0 = arith.constant dense<0> : tensor<2x2xi64>
  %v1 = arith.shrsi %arg2, %v0 : tensor<2x2xi64>
  %v2 = arith.cmpi ult, %v0, %arg2 : tensor<2x2xi64>
  %v3 = arith.truncf %arg1 upward fastmath<nsz> : vector<2xf64> to vector<2xf16>
  %v4 = arith.constant 100.0 : f8E4M3
  %v5 = arith.constant 2.0 : f8E4M3
  %v6 = arith.cmpf olt, %v4, %v5 fastmath<nnan> : f8E4M3
  %v7:2 = arith.mulsi_extended %arg2, %v1 : tensor<2x2xi64>
  %v8 = arith.extui %v2 : tensor<2x2xi1> to tensor<2x2xi16>
  %v9 = arith.trunci %v8 : tensor<2x2xi16> to tensor<2x2xi1>
  %v10 = arith.constant 3 : i33
  %v11 = arith.constant 4294967295 : i33
  %v12:2 = arith.mulsi_extended %v10, %v11 : i33
  %v13 = arith.mulf %v3, %v3 fastmath<arcp,afn> : vector<2xf16>
  %v14 = arith.constant dense<[[16, 32767], [15, 0]]> : tensor<2x2xi16>
  %v15:2 = arith.mului_extended %v14, %v14 : tensor<2x2xi16>
  %v16 = arith.constant dense<17> : tensor<2x2xi16>
  %v17 = arith.subi %v8, %v16 : tensor<2x2xi16>
  %v18 = arith.constant dense<13> : tensor<2x2xi16>
  %v19 = arith.subi %v18, %v17 : tensor<2x2xi16>
  %v20 = arith.constant dense<false> : tensor<2x2xi1>
  %v21 = arith.xori %v2, %v20 : tensor<2x2xi1>
  %v22 = arith.constant dense<false> : tensor<2x2xi1>
  %v23 = arith.xori %v21, %v22 : tensor<2x2xi1>
  %v24 = arith.constant dense<0xFC00> : vector<2xf16>
  %v25 = arith.maxnumf %v13, %v24 fastmath<reassoc,contract> : vector<2xf16>
  %v26 = arith.extui %v2 : tensor<2x2xi1> to tensor<2x2xi16>
  %v27 = arith.extui %v2 : tensor<2x2xi1> to tensor<2x2xi16>
  return %arg0, %v26 : index, tensor<2x2xi16>
}
func.func @f1(%arg0: i32, %arg1: f8E3M4, %arg2: vector<2x3xf16>) -> i1 {
  %v0 = arith.maximumf %arg2, %arg2 fastmath<fast> : vector<2x3xf16>
  %v1 = arith.constant 8 : i32
  %v2 = arith.ceildivui %arg0, %v1 : i32
  %v3 = arith.cmpi sle, %v2, %v2 : i32
  %v4 = arith.constant 0x10 : f8E3M4
  %v5 = arith.constant 0x80 : f8E3M4
  %v6 = arith.subf %v4, %v5 : f8E3M4
  %v7 = arith.subf %arg2, %v0 fastmath<arcp,afn> : vector<2x3xf16>
  %v8 = arith.cmpi ne, %arg0, %v2 : i32
  %v9 = arith.fptoui %v7 : vector<2x3xf16> to vector<2x3xi16>
  %v10 = arith.constant false
  %v11 = arith.cmpi sgt, %v10, %v8 : i1
  %v12 = arith.constant dense<-3> : vector<2xindex>
  %v13 = arith.constant dense<1> : vector<2xindex>
  %v14 = arith.cmpi ule, %v12, %v13 : vector<2xindex>
  %v15 = arith.cmpi ule, %v12, %v13 : vector<2xindex>
  %v16 = arith.index_castui %v2 : i32 to index
  %v17 = arith.constant true
  %v18 = arith.remui %v11, %v17 : i1
  %v19 = arith.constant 0.0 : f8E3M4
  %v20 = arith.fptoui %v19 : f8E3M4 to i7
  %v21 = arith.constant -8 : index
  %v22 = arith.ceildivui %v16, %v21 : index
  %v23:2 = arith.mului_extended %v18, %v11 : i1
  %v24 = arith.index_cast %arg0 : i32 to index
  %v25 = arith.index_castui %v1 : i32 to index
  %v26 = arith.constant 0x3E : f8E4M3FN
  %v27 = arith.select %v23#0, %v26, %v26 : f8E4M3FN
  %v28 = arith.constant 1 : i64
  %v29 = arith.constant 8 : i64
  %v30:2 = arith.mului_extended %v28, %v29 : i64
  %v31 = arith.constant true
  %v32 = arith.xori %v23#1, %v31 : i1
  %v33 = arith.xori %v32, %v31 : i1
  return %v18 : i1
}
func.func @f2(%arg0: i1, %arg1: f32) -> f32 {
  %v0 = arith.constant false
  %v1 = arith.constant false
  %v2 = arith.minsi %v0, %v1 : i1
  %v3 = arith.constant false
  %v4:2 = arith.addui_extended %v1, %v3 : i1, i1
  %v5 = arith.extsi %v4#0 : i1 to i16
  %v6 = arith.constant dense<-7> : vector<4xi8>
  %v7 = arith.cmpi ule, %v6, %v6 : vector<4xi8>
  %v8 = arith.constant 0x6CAE9C7C3D5A601A : f64
  %v9 = arith.bitcast %v8 : f64 to i64
  %v10 = arith.constant false
  %v11 = arith.xori %v10, %arg0 : i1
  %v12 = arith.constant 0.5 : bf16
  %v13 = arith.cmpf ule, %v12, %v12 : bf16
  %v14 = arith.constant 0x007FFFFF : f32
  %v15 = arith.cmpf one, %arg1, %v14 : f32
  %v16 = arith.constant false
  %v17 = arith.maxsi %v1, %v16 : i1
  %v18 = arith.constant true
  %v19 = arith.maxsi %v17, %v18 : i1
  %v20 = arith.constant false
  %v21 = arith.maxsi %v20, %arg0 : i1
  %v22 = arith.constant true
  %v23 = arith.maxui %v15, %v22 : i1
  %v24 = arith.select %v2, %v14, %v14 : f32
  %v25 = arith.negf %arg1 : f32
  %v26 = arith.constant true
  %v27 = arith.cmpi ult, %arg0, %v26 : i1
  %v28 = arith.extsi %v4#0 : i1 to i16
  return %arg1 : f32
}
func.func @f3(%arg0: i64, %arg1: i33, %arg2: tensor<3xbf16>, %arg3: tensor<2x2xf64>) -> (i1, i64, i33) {
  %v0 = arith.cmpi slt, %arg0, %arg0 : i64
  %v1 = arith.remui %v0, %v0 : i1
  %v2:2 = arith.mulsi_extended %arg1, %arg1 : i33
  %v3 = arith.minnumf %arg3, %arg3 fastmath<nnan,ninf> : tensor<2x2xf64>
  %v4 = arith.constant 64 : i64
  %v5 = arith.index_castui %v4 : i64 to index
  %v6 = arith.constant dense<0x7F80> : tensor<3xbf16>
  %v7 = arith.subf %arg2, %v6 : tensor<3xbf16>
  %v8 = arith.constant dense<0xFFF0000000000000> : tensor<2x2xf64>
  %v9 = arith.constant dense<0x3FF0000000000000> : tensor<2x2xf64>
  %v10 = arith.maximumf %v8, %v9 : tensor<2x2xf64>
  %v11 = arith.constant true
  %v12 = arith.cmpi sgt, %v0, %v11 : i1
  %v13 = arith.constant -1 : i64
  %v14 = arith.ori %v13, %arg0 : i64
  %v15 = arith.constant 4 : i33
  %v16 = arith.andi %v15, %arg1 : i33
  return %v12, %v14, %v16 : i1, i64, i33
}
