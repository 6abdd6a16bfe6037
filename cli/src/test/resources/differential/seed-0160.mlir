// Random func/arith module, seed 160.
func.func @f0(%arg0: f64) -> vector<4xi1> {
  %v0 = arith.constant dense<11> : vector<4xi32>
  %v1:2 = arith.addui_extended %v0, %v0 : vector<4xi32>, vector<4xi1>
  %v2 = arith.constant dense<-2.5> : tensor<3xf64>
  %v3 = arith.constant dense<1.0> : tensor<3xf64>
  %v4 = arith.minimumf %v2, %v3 : tensor<3xf64>
  %v5 = arith.constant true
  %v6 = arith.select %v5, %arg0, %arg0 : f64
  %v7 = arith.constant true
  %v8 = arith.minsi %v5, %v7 : i1
  %v9 = arith.constant dense<true> : vector<4xi1>
  %v10 = arith.cmpi ne, %v1#1, %v9 : vector<4xi1>
  %v11 = arith.divui %v7, %v5 : i1
  %v12 = arith.divui %v7, %v5 : i1
  %v13 = arith.constant dense<1> : vector<4xi32>
  %v14 = arith.remsi %v13, %v1#0 : vector<4xi32>
  return %v10 : vector<4xi1>
}
func.func @f1(%arg0: f32, %arg1: bf16) -> (bf16, bf16, f32) {
  %v0 = arith.constant false
  %v1 = arith.cmpi ne, %v0, %v0 : i1
  %v2 = arith.select %v1, %v0, %v0 : i1
  %v3 = arith.constant false
  %v4 = arith.constant 100.0 : f8E5M2
  %v5 = arith.constant 2.0 : f8E5M2
  %v6 = arith.select %v3, %v4, %v5 : f8E5M2
  %v7 = arith.constant true
  %v8 = arith.extui %v7 : i1 to i64
  %v9 = arith.constant true
  %v10 = arith.constant false
  %v11 = arith.remsi %v9, %v10 : i1
  %v12 = arith.maxnumf %arg0, %arg0 fastmath<ninf> : f32
  %v13 = arith.addf %arg0, %v12 : f32
  %v14 = arith.extf %v13 : f32 to f80
  %v15 = arith.minsi %v0, %v7 : i1
  %v16 = arith.ori %v7, %v11 : i1
  %v17 = arith.constant 0xFFC0 : bf16
  %v18 = arith.addf %arg1, %v17 fastmath<reassoc,contract> : bf16
  return %v18, %v18, %v12 : bf16, bf16, f32
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: f64) -> (i1, i16) {
  %v0 = arith.constant 0 : index
  %v1 = arith.constant -9223372036854775808 : index
  %v2 = arith.cmpi ne, %v0, %v1 : index
  %v3 = arith.constant dense<true> : vector<i1>
  %v4 = arith.cmpi slt, %v3, %v3 : vector<i1>
  %v5 = arith.select %v4, %v3, %v3 : vector<i1>, vector<i1>
  %v6 = arith.cmpf ord, %arg1, %arg1 : f64
  %v7 = arith.cmpi ne, %v0, %v1 : index
  %v8 = arith.constant 0.0 : f8E5M2FNUZ
  %v9 = arith.divf %arg0, %v8 : f8E5M2FNUZ
  %v10 = arith.constant false
  %v11 = arith.minsi %v10, %v6 : i1
  %v12 = arith.negf %v9 : f8E5M2FNUZ
  %v13 = arith.constant 0x007FFFFF : f32
  %v14 = arith.constant 0.5 : bf16
  %v15:3 = func.call @f1(%v13, %v14) : (f32, bf16) -> (bf16, bf16, f32)
  %v16 = arith.select %v6, %v10, %v10 : i1
  %v17 = arith.minsi %v6, %v10 : i1
  %v18 = arith.constant 2.0 : bf16
  %v19 = arith.fptoui %v18 : bf16 to i128
  %v20 = arith.constant dense<true> : vector<i1>
  %v21 = arith.ori %v4, %v20 : vector<i1>
  %v22 = arith.select %v2, %v8, %v12 : f8E5M2FNUZ
  %v23 = arith.minnumf %v15#2, %v13 : f32
  %v24 = arith.constant true
  %v25 = arith.select %v24, %v11, %v16 : i1
  %v26 = arith.bitcast %v15#1 : bf16 to i16
  %v27 = arith.uitofp %v26 : i16 to f64
  %v28 = arith.fptoui %v27 : f64 to i16
  %v29 = arith.extsi %v10 : i1 to i64
  %v30 = arith.constant 2 : i64
  %v31 = arith.cmpi ugt, %v29, %v30 : i64
  %v32 = arith.constant 10 : i16
  %v33 = arith.constant 7 : i16
  %v34:2 = arith.mului_extended %v32, %v33 : i16
  %v35 = arith.divui %v26, %v33 exact : i16
  %v36:2 = arith.addui_extended %v25, %v25 : i1, i1
  return %v36#0, %v28 : i1, i16
}
