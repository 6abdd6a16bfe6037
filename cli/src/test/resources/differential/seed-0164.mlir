// Random func/arith module, seed 164.
func.func @f0(%arg0: f8E4M3FNUZ) -> (f8E4M3FNUZ, i1, f8E4M3FN) {
  %v0 = arith.constant 32768 : i16
  %v1 = arith.muli %v0, %v0 : i16
  %v2 = arith.subi %v1, %v0 : i16
  %v3 = arith.muli %v0, %v0 : i16
  %v4 = arith.index_castui %v1 : i16 to index
  %v5 = arith.constant 0x01 : f8E4M3FNUZ
  %v6 = arith.subf %arg0, %v5 fastmath<none> : f8E4M3FNUZ
  %v7 = arith.index_castui %v1 : i16 to index
  %v8 = arith.constant 16 : i16
  %v9 = arith.ceildivui %v8, %v2 : i16
  %v10 = arith.constant 0xFC : f8E4M3FNUZ
  %v11 = arith.addf %arg0, %v10 : f8E4M3FNUZ
  %v12 = arith.constant 0x77 : f8E4M3FNUZ
  %v13 = arith.cmpf ueq, %arg0, %v12 : f8E4M3FNUZ
  %v14 = arith.shrui %v13, %v13 exact : i1
  %v15 = arith.constant false
  %v16:2 = arith.mulsi_extended %v15, %v13 : i1
  %v17 = arith.uitofp %v14 : i1 to f8E4M3FN
  %v18 = arith.constant -32768 : i16
  %v19 = arith.divui %v18, %v2 : i16
  %v20 = arith.minnumf %v5, %arg0 : f8E4M3FNUZ
  %v21 = arith.constant 0x7FC0 : bf16
  %v22 = arith.subf %v21, %v21 : bf16
  %v23 = arith.constant -1 : i16
  %v24 = arith.minsi %v8, %v23 : i16
  %v25 = arith.constant false
  %v26 = arith.maxsi %v16#1, %v25 : i1
  %v27 = arith.select %v16#0, %v17, %v17 : f8E4M3FN
  %v28 = arith.negf %v6 : f8E4M3FNUZ
  return %v28, %v16#1, %v17 : f8E4M3FNUZ, i1, f8E4M3FN
}
func.func @f1(%arg0: vector<4xf32>) -> (i1, i1, i1, i1) {
  %v0 = arith.divf %arg0, %arg0 : vector<4xf32>
  %v1 = arith.addf %arg0, %arg0 fastmath<none> : vector<4xf32>
  %v2 = arith.constant -1 : index
  %v3 = arith.cmpi slt, %v2, %v2 : index
  %v4 = arith.divf %arg0, %arg0 : vector<4xf32>
  %v5 = arith.constant -1 : index
  %v6 = arith.constant -8 : index
  %v7 = arith.remui %v5, %v6 : index
  %v8 = arith.constant true
  %v9 = arith.constant false
  %v10 = arith.cmpi eq, %v8, %v9 : i1
  %v11 = arith.constant true
  %v12 = arith.remsi %v8, %v11 : i1
  %v13 = arith.divf %arg0, %arg0 : vector<4xf32>
  %v14 = arith.constant 9223372036854775807 : i64
  %v15 = arith.constant 16 : i64
  %v16 = arith.shli %v14, %v15 : i64
  %v17 = arith.constant 0x08 : f8E4M3FNUZ
  %v18:3 = func.call @f0(%v17) : (f8E4M3FNUZ) -> (f8E4M3FNUZ, i1, f8E4M3FN)
  %v19 = arith.constant false
  %v20 = arith.select %v10, %v19, %v10 : i1
  %v21:3 = func.call @f0(%v18#0) : (f8E4M3FNUZ) -> (f8E4M3FNUZ, i1, f8E4M3FN)
  %v22 = arith.fptosi %v21#2 : f8E4M3FN to i1
  %v23 = arith.constant false
  %v24 = arith.muli %v22, %v23 overflow<nsw, nuw> : i1
  %v25 = arith.constant true
  %v26 = arith.remui %v10, %v25 : i1
  %v27 = arith.divf %arg0, %arg0 : vector<4xf32>
  %v28 = arith.constant 1 : index
  %v29 = arith.constant 63 : index
  %v30 = arith.addi %v28, %v29 overflow<nuw> : index
  %v31 = arith.divf %arg0, %arg0 : vector<4xf32>
  %v32 = arith.cmpf true, %v21#2, %v18#2 fastmath<nnan> : f8E4M3FN
  %v33 = arith.select %v18#1, %v18#0, %v21#0 : f8E4M3FNUZ
  return %v20, %v32, %v21#1, %v21#1 : i1, i1, i1, i1
}
