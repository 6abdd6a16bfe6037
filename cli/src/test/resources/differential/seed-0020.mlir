// Random func/arith module, seed 20.
func.func @f0(%arg0: index, %arg1: vector<4xf16>, %arg2: bf16) -> i1 {
  %v0 = arith.fptoui %arg1 : vector<4xf16> to vector<4xi1>
  %v1 = arith.fptoui %arg1 : vector<4xf16> to vector<4xi1>
  %v2 = arith.constant 4.0 : bf16
  %v3 = arith.cmpf ult, %arg2, %v2 fastmath<ninf> : bf16
  %v4 = arith.constant dense<[false, false, false, false]> : vector<4xi1>
  %v5 = arith.ceildivui %v4, %v1 : vector<4xi1>
  %v6 = arith.fptosi %arg1 : vector<4xf16> to vector<4xi16>
  %v7 = arith.minsi %v6, %v6 : vector<4xi16>
  %v8 = arith.constant 2147483647 : i32
  %v9 = arith.minsi %v8, %v8 : i32
  %v10 = arith.constant false
  %v11 = arith.remui %v3, %v10 : i1
  %v12 = arith.constant 0x7F80 : bf16
  %v13 = arith.divf %arg2, %v12 fastmath<nnan> : bf16
  %v14 = arith.constant true
  %v15 = arith.select %v14, %v0, %v4 : vector<4xi1>
  %v16 = arith.constant dense<7> : tensor<3xi32>
  %v17 = arith.constant dense<-1783012714> : tensor<3xi32>
  %v18 = arith.cmpi sge, %v16, %v17 : tensor<3xi32>
  return %v11 : i1
}
func.func @f1(%arg0: f64, %arg1: i64, %arg2: f8E4M3FNUZ) {
  %v0 = arith.constant 0 : i64
  %v1 = arith.addi %arg1, %v0 : i64
  %v2 = arith.constant 1 : i64
  %v3 = arith.cmpi ule, %v2, %v0 : i64
  %v4 = arith.constant 0x3FF0000000000000 : f64
  %v5 = arith.subf %arg0, %v4 fastmath<ninf> : f64
  %v6 = arith.constant 0x00000000 : f32
  %v7 = arith.maxnumf %v6, %v6 : f32
  %v8 = arith.constant 100.0 : f8E4M3
  %v9 = arith.addf %v8, %v8 fastmath<nnan> : f8E4M3
  %v10 = arith.constant false
  %v11 = arith.constant true
  %v12 = arith.select %v3, %v10, %v11 : i1
  %v13 = arith.addf %v8, %v8 : f8E4M3
  %v14 = arith.constant 9223372036854775807 : index
  %v15 = arith.constant dense<[0xFE00, 0xD0ED, 0xFE00, 0x0000]> : vector<4xf16>
  %v16 = arith.constant 0x7F7F : bf16
  %v17 = func.call @f0(%v14, %v15, %v16) : (index, vector<4xf16>, bf16) -> i1
  %v18 = arith.extf %arg2 : f8E4M3FNUZ to f16
  %v19 = arith.ceildivui %v12, %v17 : i1
  %v20 = arith.minnumf %v5, %v4 : f64
  %v21 = arith.maxsi %v1, %v1 : i64
  %v22:2 = arith.addui_extended %v19, %v17 : i1, i1
  %v23 = func.call @f0(%v14, %v15, %v16) : (index, vector<4xf16>, bf16) -> i1
  %v24 = arith.constant 12 : i64
  %v25 = arith.cmpi eq, %v24, %v21 : i64
  %v26 = arith.cmpi slt, %v22#0, %v11 : i1
  return
}
func.func @f2(%arg0: vector<2xi1>, %arg1: f64) -> i64 {
  %v0 = arith.mulf %arg1, %arg1 : f64
  %v1 = arith.mulf %arg1, %arg1 : f64
  %v2 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v3 = arith.subf %v1, %v2 : f64
  %v4 = arith.bitcast %v3 : f64 to i64
  %v5 = arith.constant true
  %v6 = arith.constant true
  %v7:2 = arith.mulsi_extended %v5, %v6 : i1
  %v8 = arith.negf %v3 : f64
  %v9 = arith.constant false
  %v10 = arith.shli %v9, %v7#0 overflow<none> : i1
  %v11 = arith.constant 0x3F800000 : f32
  %v12 = arith.constant 4.0 : f32
  %v13 = arith.divf %v11, %v12 fastmath<fast> : f32
  %v14:2 = arith.mulsi_extended %v5, %v6 : i1
  %v15 = arith.constant 1 : i64
  %v16 = arith.xori %v4, %v15 : i64
  %v17 = arith.constant 9223372036854775807 : i64
  %v18 = arith.cmpi ugt, %v4, %v17 : i64
  %v19 = arith.bitcast %v3 : f64 to i64
  %v20 = arith.ceildivui %v17, %v15 : i64
  %v21 = arith.shli %v19, %v15 : i64
  %v22 = arith.subi %arg0, %arg0 overflow<none> : vector<2xi1>
  return %v21 : i64
}
func.func @f3(%arg0: vector<2x3xindex>, %arg1: i32, %arg2: i8) {
  %v0 = arith.constant 0.1 : f8E4M3
  %v1 = arith.constant 0x38 : f8E4M3
  %v2 = arith.maxnumf %v0, %v1 fastmath<fast> : f8E4M3
  %v3 = arith.minnumf %v1, %v2 : f8E4M3
  %v4 = arith.constant 4.0 : f8E4M3
  %v5 = arith.mulf %v1, %v4 : f8E4M3
  %v6 = arith.constant 4.0 : f64
  %v7 = arith.constant -9223372036854775808 : i64
  %v8 = arith.constant 0.5 : f8E4M3FNUZ
  func.call @f1(%v6, %v7, %v8) : (f64, i64, f8E4M3FNUZ) -> ()
  %v10 = arith.constant 0 : i32
  %v11 = arith.constant 128 : i32
  %v12 = arith.cmpi sgt, %v10, %v11 : i32
  %v13 = arith.mulf %v6, %v6 : f64
  func.call @f1(%v6, %v7, %v8) : (f64, i64, f8E4M3FNUZ) -> ()
  %v15 = arith.trunci %v7 : i64 to i7
  %v16 = arith.shli %arg1, %v11 overflow<nuw> : i32
  return
}
