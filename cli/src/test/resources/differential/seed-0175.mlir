// Random func/arith module, seed 175.
func.func @f0(%arg0: f16, %arg1: vector<4xi16>, %arg2: vector<[4]xf16>, %arg3: i33) -> (i1, i1) {
  %v0 = arith.constant dense<[32767, 32767, -5, 0]> : vector<4xi16>
  %v1 = arith.minui %v0, %arg1 : vector<4xi16>
  %v2 = arith.constant 0xBC00 : f16
  %v3 = arith.subf %arg0, %v2 fastmath<ninf> : f16
  %v4 = arith.minui %v0, %arg1 : vector<4xi16>
  %v5 = arith.shli %v1, %arg1 : vector<4xi16>
  %v6 = arith.constant -2147483648 : i32
  %v7 = arith.floordivsi %v6, %v6 : i32
  %v8 = arith.constant dense<-2.5> : vector<[4]xf16>
  %v9 = arith.minnumf %arg2, %v8 : vector<[4]xf16>
  %v10 = arith.constant 1 : i33
  %v11 = arith.ceildivsi %arg3, %v10 {tag = 1 : i64} : i33
  %v12 = arith.shli %v1, %arg1 : vector<4xi16>
  %v13 = arith.truncf %v2 upward : f16 to f6E3M2FN
  %v14 = arith.minimumf %v13, %v13 : f6E3M2FN
  %v15 = arith.cmpi ult, %v11, %arg3 : i33
  %v16 = arith.constant true
  %v17 = arith.constant false
  %v18 = arith.select %v15, %v17, %v16 : i1
  %v19 = arith.constant 5 : i7
  %v20 = arith.constant -1 : i7
  %v21 = arith.floordivsi %v19, %v20 : i7
  %v22 = arith.constant -0.0 : f6E3M2FN
  %v23 = arith.constant 0x10 : f6E3M2FN
  %v24 = arith.subf %v22, %v23 : f6E3M2FN
  %v25 = arith.constant 3 : i32
  %v26 = arith.constant 2147483647 : i32
  %v27 = arith.muli %v25, %v26 overflow<nsw> : i32
  %v28 = arith.constant 0x3C00 : f16
  %v29 = arith.maximumf %v28, %arg0 : f16
  %v30 = arith.constant true
  %v31 = arith.andi %v15, %v30 : i1
  %v32 = arith.select %v15, %v17, %v16 : i1
  %v33 = arith.constant 100.0 : f6E3M2FN
  %v34 = arith.constant 1.0 : f6E3M2FN
  %v35 = arith.divf %v33, %v34 : f6E3M2FN
  %v36 = arith.trunci %arg3 : i33 to i32
  return %v15, %v31 : i1, i1
}
func.func @f1(%arg0: f4E2M1FN, %arg1: f8E4M3FN) -> (i1, i1) {
  %v0 = arith.constant 9223372036854775807 : i64
  %v1 = arith.constant 4 : i64
  %v2 = arith.subi %v0, %v1 : i64
  %v3 = arith.constant -6 : i64
  %v4 = arith.subi %v2, %v3 : i64
  %v5 = arith.constant 1 : i64
  %v6 = arith.xori %v0, %v5 : i64
  %v7 = arith.constant 0.0 : f16
  %v8 = arith.bitcast %v7 : f16 to bf16
  %v9 = arith.constant false
  %v10 = arith.constant 0.5 : f4E2M1FN
  %v11 = arith.select %v9, %v10, %v10 : f4E2M1FN
  %v12 = arith.constant 3.0 : f8E4M3FN
  %v13 = arith.cmpf ueq, %arg1, %v12 : f8E4M3FN
  %v14 = arith.bitcast %v7 : f16 to bf16
  %v15 = arith.shli %v9, %v13 : i1
  %v16 = arith.subf %v10, %arg0 : f4E2M1FN
  %v17 = arith.constant false
  %v18 = arith.maxsi %v15, %v17 : i1
  %v19 = arith.extsi %v18 : i1 to i64
  %v20 = arith.constant -813753526169538606 : i64
  %v21 = arith.cmpi eq, %v19, %v20 : i64
  %v22 = arith.constant -2.5 : bf16
  %v23 = arith.maximumf %v22, %v8 fastmath<fast> : bf16
  %v24 = arith.index_castui %v5 : i64 to index
  %v25 = arith.constant true
  %v26 = arith.muli %v18, %v25 : i1
  %v27 = arith.muli %v20, %v19 overflow<none> {tag = 1 : i64} : i64
  %v28 = arith.cmpi ule, %v27, %v6 : i64
  %v29 = arith.constant false
  %v30:2 = arith.mulsi_extended %v18, %v29 : i1
  return %v30#0, %v30#1 : i1, i1
}
func.func @f2(%arg0: f6E2M3FN, %arg1: i7, %arg2: tensor<2x2xbf16>, %arg3: i1) -> (i1, f6E2M3FN) {
  %v0 = arith.divsi %arg3, %arg3 : i1
  %v1 = arith.constant false
  %v2 = arith.xori %arg3, %v1 : i1
  %v3 = arith.extui %arg1 : i7 to i64
  %v4 = arith.constant -1 : i64
  %v5 = arith.cmpi sge, %v3, %v4 : i64
  %v6 = arith.select %v1, %arg0, %arg0 : f6E2M3FN
  %v7 = arith.muli %v3, %v3 overflow<none> : i64
  %v8 = arith.constant 0x08 : f6E2M3FN
  %v9 = arith.cmpf one, %arg0, %v8 : f6E2M3FN
  return %v9, %v6 : i1, f6E2M3FN
}
