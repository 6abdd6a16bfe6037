// Random func/arith module, seed 9.
func.func @f0(%arg0: f8E3M4, %arg1: f8E4M3FN) -> f8E4M3FN {
  %v0 = arith.constant 15 : i33
  %v1 = arith.constant -2 : i33
  %v2 = arith.shrui %v0, %v1 : i33
  %v3 = arith.constant 2690373832989500698 : i64
  %v4 = arith.constant -1 : i64
  %v5 = arith.maxui %v3, %v4 : i64
  %v6 = arith.remsi %v0, %v2 : i33
  %v7 = arith.remsi %v0, %v2 : i33
  %v8 = arith.constant 3039862512 : i33
  %v9 = arith.constant -1 : i33
  %v10 = arith.ceildivui %v8, %v9 : i33
  %v11 = arith.constant 9223372036854775807 : i64
  %v12 = arith.constant -6279447460520245199 : i64
  %v13 = arith.minui %v11, %v12 : i64
  %v14 = arith.constant -259036538 : i33
  %v15 = arith.cmpi ugt, %v0, %v14 : i33
  %v16 = arith.constant 3.0 : f8E3M4
  %v17 = arith.bitcast %v16 : f8E3M4 to f8E4M3
  %v18 = arith.constant 2097152 : i33
  %v19 = arith.subi %v0, %v18 : i33
  %v20 = arith.constant -1 : i33
  %v21 = arith.subi %v20, %v19 : i33
  %v22 = arith.constant 0xB8 : f8E4M3
  %v23 = arith.constant 0x38 : f8E4M3
  %v24 = arith.addf %v22, %v23 : f8E4M3
  %v25 = arith.maximumf %arg1, %arg1 fastmath<nnan> : f8E4M3FN
  %v26 = arith.shrui %v0, %v1 : i33
  %v27 = arith.constant 4294967295 : i33
  %v28 = arith.ori %v8, %v27 : i33
  return %v25 : f8E4M3FN
}
func.func @f1(%arg0: i32, %arg1: f8E4M3FNUZ, %arg2: f64) -> (i64, i64) {
  %v0 = arith.constant 0x7E00 : f16
  %v1 = arith.fptoui %v0 : f16 to i33
  %v2 = arith.constant false
  %v3 = arith.constant -2 : i33
  %v4 = arith.select %v2, %v3, %v3 : i33
  %v5 = arith.constant 0x01 : f8E3M4
  %v6 = arith.constant 0xB8 : f8E4M3FN
  %v7 = func.call @f0(%v5, %v6) : (f8E3M4, f8E4M3FN) -> f8E4M3FN
  %v8 = func.call @f0(%v5, %v6) : (f8E3M4, f8E4M3FN) -> f8E4M3FN
  %v9 = arith.fptoui %arg2 : f64 to i64
  %v10 = arith.constant false
  %v11 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v12 = arith.select %v10, %arg2, %v11 : f64
  %v13 = arith.constant -2 : index
  %v14 = arith.cmpi ule, %v13, %v13 : index
  %v15 = arith.constant 0.0 : f64
  %v16 = arith.bitcast %v15 : f64 to i64
  %v17 = arith.constant 9 : i64
  %v18:2 = arith.addui_extended %v17, %v9 : i64, i1
  %v19 = arith.constant 134217728 : i32
  %v20 = arith.minui %arg0, %v19 : i32
  %v21 = arith.constant 0x6F : f8E3M4
  %v22 = func.call @f0(%v21, %v7) : (f8E3M4, f8E4M3FN) -> f8E4M3FN
  %v23 = arith.constant 271942580953102879 : i64
  %v24 = arith.minsi %v23, %v9 : i64
  %v25 = arith.bitcast %v16 : i64 to f64
  %v26 = arith.floordivsi %v18#1, %v18#1 : i1
  %v27 = arith.muli %v24, %v9 : i64
  %v28 = arith.fptoui %v8 : f8E4M3FN to i64
  %v29 = arith.subi %v23, %v24 overflow<none> : i64
  %v30:2 = arith.addui_extended %v17, %v9 : i64, i1
  %v31 = func.call @f0(%v5, %v6) : (f8E3M4, f8E4M3FN) -> f8E4M3FN
  %v32 = arith.extui %v19 : i32 to i64
  %v33 = arith.trunci %v32 : i64 to i32
  return %v27, %v28 : i64, i64
}
func.func @f2(%arg0: tensor<3xi16>) -> (f8E5M2, tensor<3xi16>, f64) {
  %v0:2 = arith.mului_extended %arg0, %arg0 : tensor<3xi16>
  %v1:2 = arith.mului_extended %arg0, %arg0 : tensor<3xi16>
  %v2 = arith.constant 3.0 : f8E5M2
  %v3 = arith.extf %v2 : f8E5M2 to f64
  %v4 = arith.constant dense<[false, true, true, false]> : vector<4xi1>
  %v5 = arith.cmpi slt, %v4, %v4 : vector<4xi1>
  %v6 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v7 = arith.constant dense<16384> : tensor<3xi16>
  %v8 = arith.select %v6, %v7, %v1#1 : tensor<3xi1>, tensor<3xi16>
  %v9 = arith.constant false
  %v10 = arith.constant false
  %v11 = arith.divui %v9, %v10 : i1
  return %v2, %v8, %v3 : f8E5M2, tensor<3xi16>, f64
}
