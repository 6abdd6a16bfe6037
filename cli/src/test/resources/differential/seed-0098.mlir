// Random func/arith module, seed 98.
func.func @f0(%arg0: index) -> (index, index, index) {
  %v0 = arith.constant 63 : i64
  %v1 = arith.constant -3 : i64
  %v2:2 = arith.addui_extended %v0, %v1 : i64, i1
  %v3 = arith.remui %arg0, %arg0 : index
  %v4 = arith.cmpi eq, %v3, %arg0 : index
  %v5 = arith.constant 0xFC : f8E5M2
  %v6 = arith.constant 0x7C : f8E5M2
  %v7 = arith.remf %v5, %v6 : f8E5M2
  %v8 = arith.constant 9223372036854775807 : index
  %v9 = arith.addi %v8, %v3 overflow<none> : index
  %v10 = arith.remf %v5, %v7 : f8E5M2
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.cmpi uge, %v11, %v12 : i1
  %v14 = arith.constant dense<true> : tensor<2x2xi1>
  %v15 = arith.divui %v14, %v14 : tensor<2x2xi1>
  %v16 = arith.constant false
  %v17 = arith.cmpi sle, %v4, %v16 : i1
  %v18 = arith.constant 0xFFF0000000000000 : f64
  %v19 = arith.fptoui %v18 : f64 to i64
  %v20 = arith.andi %v9, %v3 : index
  %v21 = arith.constant 7.0 : f8E5M2
  %v22 = arith.mulf %v7, %v21 fastmath<arcp,afn> : f8E5M2
  %v23 = arith.divsi %v2#1, %v2#1 : i1
  %v24 = arith.cmpi ule, %v1, %v0 : i64
  %v25 = arith.constant 12 : index
  %v26 = arith.andi %v20, %v25 : index
  %v27 = arith.constant 15 : i64
  %v28 = arith.constant 1073741824 : i64
  %v29:2 = arith.mulsi_extended %v27, %v28 : i64
  %v30 = arith.constant 0x0000000000000000 : f64
  %v31 = arith.constant 2.0 : f64
  %v32 = arith.cmpf ord, %v30, %v31 fastmath<nnan> : f64
  %v33 = arith.cmpi uge, %v11, %v12 : i1
  %v34 = arith.constant dense<false> : tensor<2x2xi1>
  %v35 = arith.shrsi %v34, %v14 : tensor<2x2xi1>
  %v36 = arith.constant true
  %v37 = arith.ceildivsi %v4, %v36 : i1
  %v38 = arith.cmpf ugt, %v21, %v6 fastmath<nnan,ninf> : f8E5M2
  return %v26, %v20, %v26 : index, index, index
}
func.func @f1(%arg0: vector<4xf64>, %arg1: vector<2x3xi8>, %arg2: tensor<3xi16>, %arg3: f32) -> f32 {
  %v0 = arith.constant -1 : index
  %v1 = arith.shrsi %v0, %v0 : index
  %v2 = arith.constant true
  %v3 = arith.constant true
  %v4 = arith.shli %v2, %v3 : i1
  %v5 = arith.shrsi %v0, %v0 : index
  %v6 = arith.constant dense<[-32768, 1, 32767]> : tensor<3xi16>
  %v7 = arith.subi %v6, %v6 : tensor<3xi16>
  %v8:3 = func.call @f0(%v0) : (index) -> (index, index, index)
  %v9 = arith.cmpf ord, %arg0, %arg0 : vector<4xf64>
  %v10 = arith.shli %v2, %v3 : i1
  %v11 = arith.constant 0xFFC00000 : f32
  %v12 = arith.minnumf %arg3, %v11 : f32
  return %v12 : f32
}
