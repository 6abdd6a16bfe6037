// Random func/arith module, seed 56.
func.func @f0(%arg0: i64, %arg1: f8E5M2FNUZ) -> i1 {
  %v0 = arith.constant 0x7C : f8E5M2FNUZ
  %v1 = arith.mulf %v0, %arg1 : f8E5M2FNUZ
  %v2 = arith.index_castui %arg0 : i64 to index
  %v3 = arith.constant 9 : i64
  %v4 = arith.shli %v3, %arg0 : i64
  %v5 = arith.constant false
  %v6 = arith.constant 0x04 : f8E5M2FNUZ
  %v7 = arith.select %v5, %v6, %arg1 : f8E5M2FNUZ
  %v8 = arith.constant -8 : i64
  %v9 = arith.select %v5, %v4, %v8 : i64
  %v10 = arith.cmpi sle, %v2, %v2 : index
  %v11 = arith.cmpi sle, %v2, %v2 : index
  %v12 = arith.constant -1.0 : f8E5M2FNUZ
  %v13 = arith.cmpf ord, %v1, %v12 : f8E5M2FNUZ
  %v14 = arith.mulf %arg1, %v6 : f8E5M2FNUZ
  %v15 = arith.constant -9223372036854775808 : i64
  %v16 = arith.maxsi %v8, %v15 : i64
  return %v11 : i1
}
func.func @f1(%arg0: i16, %arg1: f64, %arg2: i32, %arg3: f32) -> f64 {
  %v0 = arith.constant dense<-18228> : tensor<3xi16>
  %v1 = arith.constant dense<-3> : tensor<3xi16>
  %v2 = arith.ceildivsi %v0, %v1 : tensor<3xi16>
  %v3 = arith.constant 2.0 : f16
  %v4 = arith.addf %v3, %v3 : f16
  %v5 = arith.constant false
  %v6 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v7 = arith.select %v5, %arg1, %v6 : f64
  %v8 = arith.constant 16 : i32
  %v9 = arith.ori %v8, %arg2 : i32
  %v10 = arith.constant 0x10 : f8E3M4
  %v11 = arith.constant 0x80 : f8E3M4
  %v12 = arith.minnumf %v10, %v11 fastmath<nsz> : f8E3M4
  %v13 = arith.constant -2099175979 : i32
  %v14 = arith.ori %v8, %v13 : i32
  %v15 = arith.ceildivsi %v0, %v1 : tensor<3xi16>
  %v16 = arith.addf %arg3, %arg3 fastmath<ninf> : f32
  %v17 = arith.constant 2147483647 : i32
  %v18 = arith.shrsi %v9, %v17 : i32
  %v19 = arith.constant 1.0e+10 : f32
  %v20 = arith.select %v5, %v16, %v19 : f32
  %v21 = arith.constant 0x10 : f8E3M4
  %v22 = arith.bitcast %v21 : f8E3M4 to i8
  %v23 = arith.ceildivui %arg0, %arg0 : i16
  %v24 = arith.constant 1236573342 : i32
  %v25 = arith.minui %v24, %v18 : i32
  return %v6 : f64
}
func.func @f2(%arg0: f32, %arg1: i16, %arg2: i64) -> (i1, i1) {
  %v0 = arith.divsi %arg2, %arg2 : i64
  %v1 = arith.constant true
  %v2 = arith.constant 0.0 : f32
  %v3 = arith.select %v1, %arg0, %v2 : f32
  %v4 = arith.constant 0.1 : f8E5M2FNUZ
  %v5 = func.call @f0(%v0, %v4) : (i64, f8E5M2FNUZ) -> i1
  %v6 = arith.constant true
  %v7 = arith.ceildivsi %v6, %v5 : i1
  %v8 = arith.divsi %arg2, %arg2 : i64
  %v9 = arith.maxsi %v1, %v5 : i1
  %v10 = arith.ceildivsi %v6, %v5 : i1
  %v11 = arith.constant -9223372036854775808 : index
  %v12 = arith.constant 34359738368 : index
  %v13 = arith.andi %v11, %v12 : index
  %v14 = arith.constant 0x7FF0000000000000 : f64
  %v15 = arith.constant 9 : i32
  %v16 = func.call @f1(%arg1, %v14, %v15, %arg0) : (i16, f64, i32, f32) -> f64
  %v17 = arith.muli %arg2, %v8 overflow<nsw> : i64
  %v18 = arith.constant 5 : i16
  %v19 = arith.minui %v18, %arg1 : i16
  %v20 = arith.constant false
  %v21 = arith.cmpi eq, %v20, %v5 : i1
  %v22 = arith.divsi %v19, %arg1 : i16
  %v23 = arith.minui %v8, %v17 : i64
  %v24 = arith.shli %v21, %v7 : i1
  %v25 = arith.xori %v11, %v12 : index
  %v26 = arith.minnumf %v3, %v2 : f32
  %v27 = arith.constant 100.0 : bf16
  %v28 = arith.truncf %v27 : bf16 to f8E4M3FNUZ
  %v29 = arith.addf %v2, %v26 : f32
  %v30 = arith.uitofp %v10 : i1 to f8E5M2FNUZ
  %v31 = arith.constant true
  %v32 = arith.select %v5, %v7, %v31 : i1
  %v33 = arith.constant -0.0 : f64
  %v34 = arith.maxnumf %v14, %v33 : f64
  %v35 = arith.cmpf ole, %v27, %v27 : bf16
  return %v1, %v21 : i1, i1
}
