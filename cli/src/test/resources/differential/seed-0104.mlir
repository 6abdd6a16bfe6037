// Random func/arith module, seed 104.
func.func @f0(%arg0: f16, %arg1: f64, %arg2: i1, %arg3: bf16) -> (i16, i16) {
  %v0 = arith.shrui %arg2, %arg2 : i1
  %v1 = arith.extui %v0 : i1 to i64
  %v2 = arith.constant 9223372036854775807 : i64
  %v3 = arith.cmpi slt, %v1, %v2 : i64
  %v4 = arith.extui %v0 : i1 to i64
  %v5 = arith.mulf %arg0, %arg0 : f16
  %v6 = arith.constant false
  %v7 = arith.constant true
  %v8 = arith.shli %v6, %v7 : i1
  %v9 = arith.bitcast %arg3 : bf16 to i16
  %v10 = arith.constant 32767 : i16
  %v11 = arith.select %v8, %v9, %v10 : i16
  %v12 = arith.index_cast %v9 : i16 to index
  return %v9, %v9 : i16, i16
}
func.func @f1(%arg0: tensor<0xf32>, %arg1: vector<2x3xf64>, %arg2: bf16) {
  %v0 = arith.constant 0x03FF : f16
  %v1 = arith.constant 0.1 : f64
  %v2 = arith.constant false
  %v3:2 = func.call @f0(%v0, %v1, %v2, %arg2) : (f16, f64, i1, bf16) -> (i16, i16)
  %v4 = arith.extsi %v3#1 : i16 to i64
  %v5 = arith.constant 0 : i16
  %v6 = arith.extsi %v5 : i16 to i64
  %v7 = arith.cmpi ule, %v4, %v6 : i64
  %v8 = arith.constant 11101948106020847794 : i64
  %v9 = arith.shrui %v8, %v6 : i64
  %v10 = arith.negf %arg1 fastmath<nsz> : vector<2x3xf64>
  %v11 = arith.constant true
  %v12 = arith.ori %v2, %v11 : i1
  %v13 = arith.constant true
  %v14 = arith.ori %v12, %v13 : i1
  %v15 = arith.constant dense<-3.0e-05> : vector<2x3xf64>
  %v16 = arith.constant dense<[[0x3FF0000000000000, 0.5, 0x000FFFFFFFFFFFFF], [0x7FEFFFFFFFFFFFFF, 7.0, 0x0010000000000000]]> : vector<2x3xf64>
  %v17 = arith.cmpf une, %v15, %v16 fastmath<reassoc,contract> : vector<2x3xf64>
  %v18 = arith.sitofp %v3#1 : i16 to f8E3M4
  %v19 = arith.constant 0 : i16
  %v20 = arith.divui %v3#1, %v19 : i16
  %v21 = arith.maxui %v8, %v4 : i64
  %v22 = arith.constant dense<4> : vector<2xindex>
  %v23 = arith.constant dense<-1> : vector<2xindex>
  %v24 = arith.cmpi ugt, %v22, %v23 : vector<2xindex>
  %v25 = arith.constant true
  %v26:2 = func.call @f0(%v0, %v1, %v25, %arg2) : (f16, f64, i1, bf16) -> (i16, i16)
  %v27 = arith.cmpi ugt, %v4, %v6 : i64
  return
}
