// Random func/arith module, seed 88.
func.func @f0(%arg0: f8E4M3, %arg1: i64, %arg2: i8, %arg3: f64) -> (i8, i8) {
  %v0 = arith.constant 0x096F31AF294C7367 : f64
  %v1 = arith.negf %v0 : f64
  %v2 = arith.constant 15 : i8
  %v3 = arith.muli %arg2, %v2 : i8
  %v4 = arith.constant 235 : i8
  %v5 = arith.muli %v3, %v4 {tag = 0 : i64} : i8
  %v6 = arith.minnumf %arg3, %v1 fastmath<none> : f64
  %v7 = arith.constant 0 : i64
  %v8 = arith.extsi %v7 : i64 to i128
  %v9 = arith.constant -1 : i128
  %v10 = arith.xori %v8, %v9 : i128
  %v11 = arith.xori %v10, %v9 : i128
  %v12 = arith.constant dense<-2.5> : vector<2xbf16>
  %v13 = arith.cmpf ult, %v12, %v12 : vector<2xbf16>
  %v14 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v15 = arith.constant -1.0 : f64
  %v16 = arith.maximumf %v14, %v15 : f64
  %v17 = arith.constant dense<false> : vector<i1>
  %v18 = arith.constant dense<288230376151711744> : vector<index>
  %v19 = arith.constant dense<4> : vector<index>
  %v20 = arith.select %v17, %v18, %v19 : vector<i1>, vector<index>
  %v21 = arith.muli %arg2, %v2 : i8
  return %v21, %v21 : i8, i8
}
func.func @f1(%arg0: i32, %arg1: f32, %arg2: i32, %arg3: f8E5M2FNUZ) -> (i32, f32, i1, i32) {
  %v0 = arith.cmpi ule, %arg0, %arg2 : i32
  %v1 = arith.constant 0x7FC00000 : f32
  %v2 = arith.cmpf oeq, %arg1, %v1 : f32
  %v3 = arith.constant true
  %v4 = arith.cmpi sgt, %v3, %v2 : i1
  %v5 = arith.select %v4, %v3, %v2 : i1
  %v6 = arith.cmpi sgt, %v3, %v2 : i1
  %v7 = arith.addf %v1, %arg1 fastmath<nsz> : f32
  %v8 = arith.cmpi sgt, %v3, %v2 : i1
  %v9 = arith.constant false
  %v10 = arith.divui %v2, %v9 : i1
  %v11 = arith.constant 1 : i32
  %v12 = arith.ori %arg0, %v11 : i32
  %v13 = arith.shli %v11, %v12 : i32
  %v14 = arith.constant false
  %v15 = arith.constant -1 : i32
  %v16 = arith.select %v14, %v15, %v13 : i32
  %v17 = arith.remui %v16, %arg0 : i32
  %v18 = arith.constant 0xBF8DDCBA : f32
  %v19 = arith.cmpf true, %v18, %v7 : f32
  %v20 = arith.constant dense<11> : tensor<0xindex>
  %v21 = arith.index_cast %v20 : tensor<0xindex> to tensor<0xi1>
  %v22 = arith.cmpi eq, %v19, %v4 {tag = 1 : i64} : i1
  %v23 = arith.select %v22, %v19, %v4 : i1
  %v24 = arith.remsi %v6, %v10 : i1
  %v25 = arith.constant true
  %v26 = arith.constant 0xFC : f8E5M2FNUZ
  %v27 = arith.select %v25, %arg3, %v26 : f8E5M2FNUZ
  return %v16, %arg1, %v24, %v17 : i32, f32, i1, i32
}
