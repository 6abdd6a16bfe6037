// Random func/arith module, seed 143.
func.func @f0(%arg0: i32, %arg1: vector<i64>) -> (bf16, bf16, f8E4M3) {
  %v0 = arith.constant 0x00 : f8E4M3
  %v1 = arith.minnumf %v0, %v0 fastmath<ninf> : f8E4M3
  %v2 = arith.sitofp %arg1 : vector<i64> to vector<f16>
  %v3 = arith.constant 0x00800000 : f32
  %v4 = arith.constant 0x007FFFFF : f32
  %v5 = arith.divf %v3, %v4 : f32
  %v6 = arith.constant 1.0 : f8E4M3
  %v7 = arith.negf %v6 : f8E4M3
  %v8 = arith.negf %v7 fastmath<nnan> : f8E4M3
  %v9 = arith.constant 0x00000000 : f32
  %v10 = arith.negf %v9 fastmath<fast> : f32
  %v11 = arith.constant 2147483647 : i32
  %v12 = arith.minui %arg0, %v11 : i32
  %v13 = arith.constant 1422769151 : i32
  %v14 = arith.minui %v12, %v13 : i32
  %v15 = arith.constant -0.0 : f64
  %v16 = arith.cmpf ueq, %v15, %v15 : f64
  %v17 = arith.constant dense<-2> : vector<i64>
  %v18:2 = arith.addui_extended %v17, %arg1 : vector<i64>, vector<i1>
  %v19 = arith.muli %v12, %v12 overflow<none> : i32
  %v20 = arith.sitofp %v19 : i32 to bf16
  return %v20, %v20, %v7 : bf16, bf16, f8E4M3
}
func.func @f1(%arg0: i16) -> (i32, tensor<2x2xbf16>, i32, i32) {
  %v0 = arith.extui %arg0 : i16 to i32
  %v1 = arith.ceildivsi %v0, %v0 : i32
  %v2 = arith.constant dense<[[0.0, 0x007F], [0xFF80, 0x7F80]]> : tensor<2x2xbf16>
  %v3 = arith.constant dense<0x7FC0> : tensor<2x2xbf16>
  %v4 = arith.maximumf %v2, %v3 : tensor<2x2xbf16>
  %v5 = arith.maximumf %v3, %v2 : tensor<2x2xbf16>
  %v6:2 = arith.mulsi_extended %v0, %v1 : i32
  %v7 = arith.divf %v3, %v5 : tensor<2x2xbf16>
  %v8 = arith.constant 0 : index
  %v9 = arith.constant 1 : index
  %v10 = arith.remsi %v8, %v9 : index
  %v11 = arith.maximumf %v3, %v2 : tensor<2x2xbf16>
  return %v6#1, %v4, %v6#1, %v6#0 : i32, tensor<2x2xbf16>, i32, i32
}
func.func @f2(%arg0: f8E4M3FN, %arg1: f64, %arg2: f4E2M1FN) -> (f8E4M3FN, f64) {
  %v0 = arith.constant false
  %v1 = arith.cmpi sge, %v0, %v0 : i1
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg0, %arg0 : f8E4M3FN
  %v4 = arith.constant 0x01 : f8E5M2FNUZ
  %v5 = arith.constant -2.5 : f8E5M2FNUZ
  %v6 = arith.subf %v4, %v5 : f8E5M2FNUZ
  %v7 = arith.fptoui %arg0 : f8E4M3FN to i7
  %v8 = arith.constant true
  %v9 = arith.ori %v2, %v8 : i1
  %v10 = arith.constant true
  %v11 = arith.ori %v10, %v9 {tag = 1 : i64} : i1
  %v12 = arith.constant true
  %v13 = arith.cmpi eq, %v2, %v12 : i1
  %v14 = arith.select %v13, %v2, %v12 : i1
  %v15 = arith.constant -61 : i7
  %v16 = arith.constant -1 : i7
  %v17 = arith.cmpi ne, %v15, %v16 : i7
  %v18 = arith.constant true
  %v19 = arith.constant false
  %v20 = arith.select %v17, %v18, %v19 : i1
  %v21 = arith.constant 0 : i7
  %v22 = arith.constant -64 : i7
  %v23 = arith.cmpi sgt, %v21, %v22 : i7
  %v24 = arith.constant 0.5 : f8E4M3FN
  %v25 = arith.maxnumf %arg0, %v24 fastmath<reassoc,contract> : f8E4M3FN
  %v26 = arith.constant 11 : i7
  %v27 = arith.constant -64 : i7
  %v28 = arith.select %v19, %v26, %v27 : i7
  %v29 = arith.fptoui %arg0 : f8E4M3FN to i7
  %v30 = arith.ori %v10, %v9 {tag = 1 : i64} : i1
  %v31 = arith.xori %v29, %v7 : i7
  %v32 = arith.constant 1.0 : f8E4M3FN
  %v33 = arith.minimumf %v3, %v32 : f8E4M3FN
  %v34 = arith.constant -64 : i7
  %v35 = arith.constant 7 : i7
  %v36:2 = arith.mului_extended %v34, %v35 : i7
  %v37 = arith.constant 100.0 : f64
  %v38 = arith.mulf %arg1, %v37 : f64
  return %v25, %v38 : f8E4M3FN, f64
}
