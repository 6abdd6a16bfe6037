// Random func/arith module, seed 182.
func.func @f0(%arg0: bf16) -> (index, index) {
  %v0 = arith.minnumf %arg0, %arg0 : bf16
  %v1 = arith.constant 1 : i32
  %v2 = arith.uitofp %v1 : i32 to f16
  %v3 = arith.constant -1 : index
  %v4 = arith.xori %v3, %v3 : index
  %v5 = arith.xori %v4, %v3 : index
  %v6 = arith.xori %v3, %v3 : index
  %v7 = arith.xori %v4, %v3 : index
  %v8 = arith.xori %v3, %v3 : index
  return %v6, %v8 : index, index
}
func.func @f1(%arg0: i33) -> i64 {
  %v0 = arith.extui %arg0 {tag = 0 : i64} : i33 to i64
  %v1 = arith.constant -7 : i64
  %v2 = arith.maxsi %v0, %v1 : i64
  %v3 = arith.constant 0xBF800000 : f32
  %v4 = arith.constant 0xFFC00000 : f32
  %v5 = arith.cmpf ole, %v3, %v4 fastmath<nsz> : f32
  %v6 = arith.constant 0xFFC0 : bf16
  %v7:2 = func.call @f0(%v6) : (bf16) -> (index, index)
  %v8 = arith.constant -3 : index
  %v9 = arith.floordivsi %v7#1, %v8 : index
  %v10 = arith.constant -1.0 : bf16
  %v11 = arith.cmpf one, %v10, %v6 : bf16
  %v12 = arith.constant -220901904 : i33
  %v13 = arith.shli %arg0, %v12 : i33
  %v14 = arith.constant 10 : i32
  %v15 = arith.cmpi ugt, %v14, %v14 : i32
  %v16 = arith.maxsi %v0, %v1 : i64
  %v17 = arith.cmpf ole, %v3, %v4 fastmath<nsz> : f32
  %v18 = arith.constant -1 : index
  %v19 = arith.xori %v9, %v18 : index
  %v20 = arith.xori %v19, %v18 : index
  %v21 = arith.maxsi %v0, %v1 : i64
  %v22 = arith.constant 0x7F7F : bf16
  %v23 = arith.constant 0x007F : bf16
  %v24 = arith.addf %v22, %v23 : bf16
  %v25 = arith.constant -1.0 : f32
  %v26 = arith.constant 2.0 : f32
  %v27 = arith.addf %v25, %v26 : f32
  %v28 = arith.sitofp %arg0 : i33 to f8E4M3FNUZ
  %v29 = arith.sitofp %arg0 : i33 to f8E4M3FNUZ
  %v30 = arith.constant 6 : index
  %v31 = arith.maxsi %v19, %v30 : index
  return %v21 : i64
}
func.func @f2(%arg0: i1) -> i1 {
  %v0 = arith.constant false
  %v1 = arith.shli %arg0, %v0 overflow<none> : i1
  %v2 = arith.constant 0xA9675D15351941FDDBD17B92C1F5C4C3 : f128
  %v3 = arith.constant -2.5 : f128
  %v4 = arith.addf %v2, %v3 : f128
  %v5 = arith.constant false
  %v6 = arith.constant false
  %v7 = arith.select %v5, %v1, %v6 : i1
  %v8 = arith.ceildivsi %v7, %arg0 : i1
  %v9 = arith.constant 0.1 : f128
  %v10 = arith.constant 0x5EA5A4A87690D35F37A6A86F64515F81 : f128
  %v11 = arith.minimumf %v9, %v10 fastmath<arcp,afn> : f128
  %v12 = arith.constant true
  %v13 = arith.uitofp %v12 {tag = 0 : i64} : i1 to f64
  %v14 = arith.constant 3.0 : f64
  %v15 = arith.subf %v14, %v14 fastmath<arcp,afn> : f64
  %v16 = arith.constant true
  %v17 = arith.sitofp %v16 : i1 to f8E4M3
  %v18 = arith.constant 8 : i33
  %v19 = func.call @f1(%v18) : (i33) -> i64
  %v20 = arith.constant true
  %v21 = arith.ori %v8, %v20 : i1
  return %v21 : i1
}
func.func @f3(%arg0: bf16, %arg1: f8E4M3FNUZ) {
  %v0 = arith.constant -4044 : i16
  %v1 = arith.constant 0 : i16
  %v2 = arith.ceildivui %v0, %v1 : i16
  %v3 = arith.constant -3.0e-05 : f32
  %v4 = arith.cmpf oeq, %v3, %v3 fastmath<reassoc,contract> : f32
  %v5 = arith.extsi %v0 : i16 to i64
  %v6 = arith.constant -32768 : i16
  %v7 = arith.extsi %v6 : i16 to i64
  %v8 = arith.cmpi ne, %v5, %v7 : i64
  %v9 = arith.sitofp %v7 : i64 to f8E5M2FNUZ
  %v10 = arith.constant 1 : i64
  %v11 = arith.constant 0 : i64
  %v12 = arith.ceildivsi %v10, %v11 : i64
  %v13 = arith.constant 0x8000 : bf16
  %v14 = arith.fptosi %v13 : bf16 to i32
  %v15 = arith.constant 9223372036854775807 : i64
  %v16 = arith.constant -6 : i64
  %v17 = arith.cmpi ugt, %v15, %v16 : i64
  %v18 = arith.constant false
  %v19 = arith.cmpi eq, %v8, %v18 : i1
  %v20 = arith.select %v19, %v18, %v8 : i1
  %v21 = arith.constant 2.0 : f8E4M3FNUZ
  %v22 = arith.subf %arg1, %v21 : f8E4M3FNUZ
  %v23 = arith.constant 3.0 : f32
  %v24 = arith.constant -3.0e-05 : f32
  %v25 = arith.cmpf one, %v23, %v24 fastmath<nsz> : f32
  %v26 = arith.constant 2.0 : f8E4M3FNUZ
  %v27 = arith.select %v20, %v21, %v26 : f8E4M3FNUZ
  %v28 = arith.constant 0x0080 : bf16
  %v29:2 = func.call @f0(%v28) : (bf16) -> (index, index)
  %v30 = arith.select %v25, %arg0, %arg0 : bf16
  %v31 = arith.constant 6 : i32
  %v32 = arith.constant 2147483647 : i32
  %v33 = arith.subi %v31, %v32 : i32
  return
}
