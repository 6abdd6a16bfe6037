// Random func/arith module, seed 27.
func.func @f0(%arg0: bf16, %arg1: f16) -> (i16, f16, index) {
  %v0 = arith.constant 0 : i16
  %v1 = arith.constant 1 : i16
  %v2:2 = arith.mulsi_extended %v0, %v1 : i16
  %v3 = arith.cmpi ule, %v2#0, %v1 : i16
  %v4 = arith.muli %v2#0, %v2#1 : i16
  %v5 = arith.muli %v2#1, %v2#0 : i16
  %v6 = arith.muli %v2#0, %v2#1 : i16
  %v7 = arith.constant -32768 : i16
  %v8 = arith.extsi %v7 : i16 to i64
  %v9 = arith.trunci %v8 : i64 to i16
  %v10 = arith.cmpi ule, %v2#0, %v1 : i16
  %v11 = arith.constant -5 : i16
  %v12 = arith.index_castui %v11 : i16 to index
  %v13 = arith.index_castui %v12 : index to i16
  %v14 = arith.negf %arg1 fastmath<reassoc,contract> : f16
  %v15 = arith.index_castui %v12 : index to i16
  return %v0, %v14, %v12 : i16, f16, index
}
func.func @f1(%arg0: i16, %arg1: vector<4xi8>, %arg2: f8E4M3FNUZ, %arg3: f8E5M2FNUZ) -> (f8E4M3FNUZ, f16) {
  %v0 = arith.constant 0.0 : f8E4M3FNUZ
  %v1 = arith.cmpf ule, %v0, %arg2 : f8E4M3FNUZ
  %v2 = arith.extui %v1 : i1 to i64
  %v3 = arith.constant true
  %v4 = arith.extui %v3 : i1 to i64
  %v5 = arith.cmpi sle, %v2, %v4 : i64
  %v6 = arith.constant -1.0 : bf16
  %v7 = arith.constant 1.0e+10 : f16
  %v8:3 = func.call @f0(%v6, %v7) : (bf16, f16) -> (i16, f16, index)
  %v9 = arith.constant 0x8000 : bf16
  %v10:3 = func.call @f0(%v9, %v8#1) : (bf16, f16) -> (i16, f16, index)
  %v11 = arith.maxui %v10#2, %v8#2 : index
  %v12 = arith.constant 1 : i8
  %v13 = arith.constant 0 : i8
  %v14:2 = arith.mulsi_extended %v12, %v13 : i8
  %v15 = arith.constant 0x04 : f8E5M2FNUZ
  %v16 = arith.divf %v15, %arg3 : f8E5M2FNUZ
  %v17:3 = func.call @f0(%v9, %v8#1) : (bf16, f16) -> (i16, f16, index)
  %v18 = arith.constant dense<9> : vector<4xi8>
  %v19 = arith.ceildivsi %arg1, %v18 : vector<4xi8>
  %v20 = arith.extsi %arg1 : vector<4xi8> to vector<4xi32>
  %v21 = arith.constant false
  %v22 = arith.constant true
  %v23 = arith.xori %v21, %v22 : i1
  %v24 = arith.constant true
  %v25 = arith.xori %v23, %v24 : i1
  %v26 = arith.trunci %v18 : vector<4xi8> to vector<4xi1>
  %v27 = arith.remf %arg2, %arg2 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v28 = arith.xori %v23, %v24 : i1
  %v29:3 = func.call @f0(%v6, %v10#1) : (bf16, f16) -> (i16, f16, index)
  %v30 = arith.divf %v15, %arg3 : f8E5M2FNUZ
  %v31:2 = arith.mulsi_extended %v19, %v19 : vector<4xi8>
  return %v27, %v29#1 : f8E4M3FNUZ, f16
}
func.func @f2(%arg0: index) -> (i1, i1) {
  %v0 = arith.floordivsi %arg0, %arg0 : index
  %v1 = arith.constant 3 : index
  %v2 = arith.constant 16 : index
  %v3 = arith.minsi %v1, %v2 : index
  %v4 = arith.constant false
  %v5 = arith.constant 1 : index
  %v6 = arith.select %v4, %v1, %v5 : index
  %v7 = arith.constant false
  %v8 = arith.remui %v4, %v7 : i1
  %v9 = arith.constant -9223372036854775808 : index
  %v10 = arith.maxsi %v1, %v9 : index
  %v11 = arith.remui %v4, %v7 : i1
  %v12 = arith.cmpi ugt, %v5, %v2 : index
  %v13 = arith.constant true
  %v14 = arith.divui %v11, %v13 : i1
  return %v14, %v12 : i1, i1
}
