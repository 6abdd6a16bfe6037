// Random func/arith module, seed 123.
func.func @f0(%arg0: f16) -> (f16, f16) {
  %v0 = arith.maximumf %arg0, %arg0 fastmath<reassoc,contract> : f16
  %v1 = arith.constant -1.0 : f16
  %v2 = arith.minnumf %arg0, %v1 : f16
  %v3 = arith.constant 0x38 : f8E4M3FN
  %v4 = arith.constant 0x77 : f8E4M3FN
  %v5 = arith.cmpf ord, %v3, %v4 fastmath<nnan,ninf> : f8E4M3FN
  %v6 = arith.maximumf %arg0, %arg0 fastmath<reassoc,contract> : f16
  %v7 = arith.constant true
  %v8 = arith.cmpi ule, %v5, %v7 : i1
  %v9 = arith.constant 2.0 : f8E5M2FNUZ
  %v10 = arith.constant 0x7E : f8E5M2FNUZ
  %v11 = arith.divf %v9, %v10 : f8E5M2FNUZ
  %v12 = arith.constant 0xFC00 : f16
  %v13 = arith.maxnumf %v6, %v12 fastmath<nnan> : f16
  %v14 = arith.subf %v3, %v4 : f8E4M3FN
  %v15 = arith.addi %v8, %v5 : i1
  %v16 = arith.constant dense<15> : tensor<2x2xi16>
  %v17 = arith.cmpi sge, %v16, %v16 : tensor<2x2xi16>
  %v18:2 = arith.mulsi_extended %v16, %v16 : tensor<2x2xi16>
  return %v13, %v13 : f16, f16
}
func.func @f1(%arg0: vector<2xf16>, %arg1: i1, %arg2: f16) -> i33 {
  %v0 = arith.constant 0x0001 : f16
  %v1:2 = func.call @f0(%v0) : (f16) -> (f16, f16)
  %v2 = arith.subf %v1#1, %arg2 fastmath<reassoc,contract> : f16
  %v3 = arith.subf %v1#1, %arg2 fastmath<reassoc,contract> : f16
  %v4 = arith.constant 0x0400 : f16
  %v5 = arith.truncf %v4 : f16 to f8E5M2
  %v6 = arith.bitcast %v3 : f16 to bf16
  %v7 = arith.constant 0x0001 : f16
  %v8:2 = func.call @f0(%v7) : (f16) -> (f16, f16)
  %v9:2 = func.call @f0(%v4) : (f16) -> (f16, f16)
  %v10 = arith.fptoui %v5 : f8E5M2 to i33
  %v11 = arith.constant 100.0 : f8E5M2
  %v12 = arith.subf %v5, %v11 fastmath<nnan> : f8E5M2
  return %v10 : i33
}
func.func @f2(%arg0: i32) -> (i1, f16) {
  %v0 = arith.index_cast %arg0 : i32 to index
  %v1 = arith.constant dense<2.0> : tensor<3xf64>
  %v2 = arith.mulf %v1, %v1 fastmath<ninf> : tensor<3xf64>
  %v3 = arith.maxui %arg0, %arg0 : i32
  %v4 = arith.constant dense<[7.0, -2.5, 0x3FF0000000000000]> : tensor<3xf64>
  %v5 = arith.fptosi %v4 : tensor<3xf64> to tensor<3xi16>
  %v6 = arith.fptosi %v4 : tensor<3xf64> to tensor<3xi32>
  %v7 = arith.constant -1 : i32
  %v8 = arith.addi %v3, %v7 overflow<nsw> : i32
  %v9 = arith.sitofp %arg0 : i32 to bf16
  %v10 = arith.constant false
  %v11 = arith.constant 9 : i32
  %v12 = arith.select %v10, %v11, %v7 : i32
  %v13 = arith.constant 7.0 : bf16
  %v14 = arith.maxnumf %v9, %v13 : bf16
  %v15 = arith.divf %v14, %v14 fastmath<ninf> : bf16
  %v16 = arith.constant -1 : index
  %v17 = arith.index_castui %v16 : index to i8
  %v18 = arith.fptosi %v1 : tensor<3xf64> to tensor<3xi32>
  %v19 = arith.cmpf ueq, %v14, %v13 : bf16
  %v20 = arith.constant 1 : index
  %v21 = arith.constant 65 : index
  %v22 = arith.maxsi %v20, %v21 : index
  %v23 = arith.shrsi %v21, %v0 exact : index
  %v24 = arith.constant 0x227F : f16
  %v25:2 = func.call @f0(%v24) : (f16) -> (f16, f16)
  %v26 = arith.select %v10, %v11, %v7 : i32
  %v27 = arith.constant false
  %v28 = arith.uitofp %v27 : i1 to f16
  %v29 = arith.constant 8 : i32
  %v30 = arith.cmpi slt, %v26, %v29 : i32
  %v31 = arith.cmpf ogt, %v14, %v15 fastmath<fast> : bf16
  %v32 = arith.constant 8 : i32
  %v33 = arith.cmpi ne, %v32, %v11 : i32
  return %v19, %v25#0 : i1, f16
}
func.func @f3(%arg0: f32, %arg1: vector<2xf16>, %arg2: i32, %arg3: f8E3M4) -> i32 {
  %v0 = arith.muli %arg2, %arg2 : i32
  %v1 = arith.constant 0x63A7DAE7 : f32
  %v2 = arith.divf %v1, %arg0 : f32
  %v3 = arith.divf %v1, %arg0 : f32
  %v4 = arith.constant 2147483647 : i32
  %v5 = arith.andi %v0, %v4 : i32
  %v6 = arith.constant 33 : i32
  %v7 = arith.xori %v6, %v0 : i32
  %v8 = arith.xori %v6, %v0 : i32
  %v9 = arith.muli %arg2, %arg2 : i32
  %v10 = arith.minui %v0, %v7 : i32
  %v11 = arith.floordivsi %v7, %v8 : i32
  %v12 = arith.constant 31 : i32
  %v13 = arith.subi %v12, %v5 : i32
  %v14 = arith.cmpi ugt, %v9, %v12 : i32
  %v15 = arith.maxsi %v8, %v7 : i32
  %v16 = arith.subi %v12, %v5 : i32
  %v17 = arith.constant true
  %v18 = arith.select %v17, %v17, %v14 : i1
  %v19 = arith.constant true
  %v20 = arith.ceildivui %v19, %v18 : i1
  %v21 = arith.constant dense<100.0> : vector<2xf16>
  %v22 = arith.negf %v21 : vector<2xf16>
  %v23 = arith.constant true
  %v24 = arith.remui %v23, %v20 : i1
  return %v13 : i32
}
