// Random func/arith module, seed 126.
func.func @f0(%arg0: index) -> (i1, i32, i32) {
  %v0 = arith.constant dense<64> : tensor<3xi64>
  %v1 = arith.divsi %v0, %v0 : tensor<3xi64>
  %v2 = arith.constant dense<1811> : vector<2x3xi16>
  %v3 = arith.maxui %v2, %v2 : vector<2x3xi16>
  %v4 = arith.constant 0x8290A44FAEE9EC1E : f64
  %v5 = arith.constant 0x3FF0000000000000 : f64
  %v6 = arith.cmpf ole, %v4, %v5 : f64
  %v7 = arith.cmpf ole, %v4, %v5 : f64
  %v8 = arith.constant -1.0 : f64
  %v9 = arith.mulf %v5, %v8 fastmath<ninf> : f64
  %v10 = arith.constant -3.0e-05 : f16
  %v11 = arith.constant 4.0 : f16
  %v12 = arith.cmpf ole, %v10, %v11 fastmath<none> : f16
  %v13 = arith.mulf %v5, %v8 fastmath<ninf> : f64
  %v14 = arith.divsi %v0, %v0 : tensor<3xi64>
  %v15 = arith.constant 31 : i32
  %v16 = arith.sitofp %v15 : i32 to f32
  %v17 = arith.fptosi %v16 {tag = 0 : i64} : f32 to i32
  %v18 = arith.constant 3.0 : f16
  %v19 = arith.maximumf %v10, %v18 : f16
  return %v12, %v17, %v17 : i1, i32, i32
}
func.func @f1(%arg0: i16, %arg1: index, %arg2: vector<[4]xf16>, %arg3: i33) -> (vector<[4]xf16>, i16) {
  %v0 = arith.constant dense<1.0e+10> : vector<[4]xf16>
  %v1 = arith.negf %v0 : vector<[4]xf16>
  %v2 = arith.constant 72057594037927936 : index
  %v3 = arith.maxsi %v2, %arg1 : index
  %v4 = arith.maxsi %v2, %arg1 : index
  %v5 = arith.maxsi %v2, %arg1 : index
  %v6 = arith.divsi %arg3, %arg3 exact : i33
  %v7 = arith.constant 0 : index
  %v8:3 = func.call @f0(%v7) : (index) -> (i1, i32, i32)
  %v9 = arith.divsi %arg3, %arg3 exact : i33
  %v10:3 = func.call @f0(%v7) : (index) -> (i1, i32, i32)
  %v11 = arith.constant -1 : i8
  %v12 = arith.constant 1 : i8
  %v13 = arith.remsi %v11, %v12 : i8
  %v14 = arith.constant -1 : i16
  %v15 = arith.floordivsi %v14, %arg0 : i16
  return %v1, %v15 : vector<[4]xf16>, i16
}
func.func @f2(%arg0: bf16, %arg1: i64) -> i16 {
  %v0 = arith.constant 4.0 : bf16
  %v1 = arith.cmpf ugt, %v0, %v0 : bf16
  %v2 = arith.mulf %arg0, %arg0 fastmath<reassoc,contract> : bf16
  %v3 = arith.constant 0x1FC00 : tf32
  %v4 = arith.mulf %v3, %v3 : tf32
  %v5 = arith.constant true
  %v6 = arith.cmpi uge, %v5, %v5 : i1
  %v7 = arith.constant 16 : i16
  %v8 = arith.constant 0 : index
  %v9 = arith.constant dense<0.5> : vector<[4]xf16>
  %v10 = arith.constant -1 : i33
  %v11:2 = func.call @f1(%v7, %v8, %v9, %v10) : (i16, index, vector<[4]xf16>, i33) -> (vector<[4]xf16>, i16)
  %v12 = arith.constant false
  %v13 = arith.select %v5, %v12, %v5 : i1
  %v14 = arith.constant 65 : i64
  %v15 = arith.constant 4 : i64
  %v16 = arith.minsi %v14, %v15 : i64
  %v17 = arith.constant 33 : i32
  %v18 = arith.constant -1 : i32
  %v19 = arith.ceildivui %v17, %v18 : i32
  %v20 = arith.constant 0 : i16
  %v21 = arith.muli %v20, %v11#1 : i16
  %v22 = arith.constant dense<-1.0> : vector<[4]xf16>
  %v23 = arith.negf %v22 : vector<[4]xf16>
  %v24 = arith.subi %v7, %v11#1 : i16
  %v25 = arith.constant -8 : i16
  %v26 = arith.shrsi %v25, %v11#1 : i16
  %v27 = arith.shrui %v11#1, %v21 {tag = 1 : i64} : i16
  %v28 = arith.cmpf false, %v11#0, %v11#0 : vector<[4]xf16>
  %v29 = arith.constant 1 : i64
  %v30 = arith.ori %v29, %v14 : i64
  %v31 = arith.cmpi ule, %v27, %v26 : i16
  return %v21 : i16
}
