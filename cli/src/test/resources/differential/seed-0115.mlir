// Random func/arith module, seed 115.
func.func @f0(%arg0: f32) -> (f32, f32) {
  %v0 = arith.constant 5 : i32
  %v1 = arith.minui %v0, %v0 : i32
  %v2 = arith.constant 0.0 : f32
  %v3 = arith.maximumf %arg0, %v2 fastmath<arcp,afn> : f32
  %v4 = arith.constant 1 : i32
  %v5 = arith.xori %v4, %v4 : i32
  %v6 = arith.addf %v3, %v2 : f32
  %v7 = arith.constant -1 : i32
  %v8 = arith.remui %v5, %v7 : i32
  %v9 = arith.constant false
  %v10 = arith.select %v9, %v0, %v7 : i32
  %v11 = arith.constant -2147483648 : i32
  %v12 = arith.cmpi sle, %v11, %v11 : i32
  return %v6, %v6 : f32, f32
}
func.func @f1(%arg0: i64, %arg1: i16, %arg2: f16) {
  %v0 = arith.index_cast %arg0 : i64 to index
  %v1 = arith.ori %arg0, %arg0 : i64
  %v2 = arith.constant 9 : i16
  %v3 = arith.shli %arg1, %v2 : i16
  %v4 = arith.constant 1.0 : f32
  %v5:2 = func.call @f0(%v4) : (f32) -> (f32, f32)
  %v6:2 = func.call @f0(%v5#1) : (f32) -> (f32, f32)
  %v7 = arith.sitofp %v3 : i16 to bf16
  %v8 = arith.constant dense<[[-0.75, 0x7FEFFFFFFFFFFFFF, 0x7FF0000000000000], [0.1, 0xBFF0000000000000, 1.0]]> : vector<2x3xf64>
  %v9 = arith.maxnumf %v8, %v8 : vector<2x3xf64>
  %v10:2 = func.call @f0(%v4) : (f32) -> (f32, f32)
  %v11 = arith.constant 0x3F80 : bf16
  %v12 = arith.addf %v7, %v11 fastmath<ninf> : bf16
  %v13 = arith.addf %v7, %v11 fastmath<ninf> : bf16
  %v14 = arith.constant 536870912 : index
  %v15 = arith.remsi %v14, %v0 : index
  %v16 = arith.constant dense<0xFFF8000000000000> : vector<2x3xf64>
  %v17 = arith.maxnumf %v16, %v16 : vector<2x3xf64>
  %v18 = arith.bitcast %v11 : bf16 to i16
  %v19 = arith.constant 7219361204862680823 : index
  %v20 = arith.subi %v19, %v15 : index
  %v21 = arith.minsi %v0, %v20 : index
  %v22 = arith.constant 3.0 : f16
  %v23 = arith.truncf %v22 : f16 to f8E4M3FNUZ
  %v24 = arith.constant true
  %v25 = arith.select %v24, %v1, %arg0 : i64
  %v26:2 = arith.mulsi_extended %v25, %v1 : i64
  return
}
func.func @f2(%arg0: f32, %arg1: f8E4M3FNUZ, %arg2: f8E5M2, %arg3: index) -> (f32, f32) {
  %v0 = arith.constant 0xBC : f8E5M2
  %v1 = arith.cmpf oeq, %arg2, %v0 fastmath<reassoc,contract> : f8E5M2
  %v2 = arith.cmpf oeq, %arg2, %v0 fastmath<reassoc,contract> : f8E5M2
  %v3 = arith.cmpf oeq, %arg2, %v0 fastmath<reassoc,contract> : f8E5M2
  %v4 = arith.constant false
  %v5 = arith.minui %v2, %v4 : i1
  %v6 = arith.constant 14 : i64
  %v7 = arith.constant -665 : i16
  %v8 = arith.constant 0xFC00 : f16
  func.call @f1(%v6, %v7, %v8) : (i64, i16, f16) -> ()
  %v10 = arith.index_castui %arg3 : index to i32
  %v11 = arith.constant 1.0 : f32
  %v12:2 = func.call @f0(%v11) : (f32) -> (f32, f32)
  %v13 = arith.cmpf ole, %arg1, %arg1 fastmath<nsz> : f8E4M3FNUZ
  %v14 = arith.constant 0 : i32
  %v15 = arith.cmpi ugt, %v10, %v14 : i32
  %v16 = arith.constant 0x7FF0000000000000 : f64
  %v17 = arith.constant 0x7FF0000000000000 : f64
  %v18 = arith.divf %v16, %v17 fastmath<reassoc,contract> : f64
  return %v12#0, %v12#0 : f32, f32
}
