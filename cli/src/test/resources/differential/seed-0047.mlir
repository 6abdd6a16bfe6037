// Random func/arith module, seed 47.
func.func @f0(%arg0: vector<2xf32>, %arg1: i32) -> (vector<2xf32>, vector<2xi1>) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.minsi %v0, %arg1 : i32
  %v2 = arith.shrui %v1, %v0 exact : i32
  %v3 = arith.constant 0x62 : f8E4M3FNUZ
  %v4 = arith.constant -0.0 : f8E4M3FNUZ
  %v5 = arith.divf %v3, %v4 fastmath<ninf> : f8E4M3FNUZ
  %v6 = arith.constant dense<0x7F800000> : vector<2xf32>
  %v7 = arith.cmpf one, %arg0, %v6 : vector<2xf32>
  %v8 = arith.extsi %v2 : i32 to i64
  %v9 = arith.constant 140737488355328 : i64
  %v10 = arith.cmpi ugt, %v8, %v9 : i64
  %v11 = arith.constant 1 : i64
  %v12 = arith.floordivsi %v11, %v8 : i64
  %v13 = arith.constant 0xBC00 : f16
  %v14 = arith.remf %v13, %v13 fastmath<arcp,afn> : f16
  %v15 = arith.extsi %v8 : i64 to i128
  %v16 = arith.constant -2147483648 : i32
  %v17 = arith.addi %arg1, %v16 overflow<nsw> : i32
  %v18 = arith.constant 15 : i64
  %v19 = arith.cmpi sle, %v8, %v18 : i64
  %v20 = arith.constant dense<4.0> : vector<2xf32>
  %v21 = arith.minnumf %v20, %arg0 : vector<2xf32>
  %v22 = arith.minnumf %arg0, %v20 : vector<2xf32>
  %v23 = arith.divf %v3, %v4 fastmath<ninf> : f8E4M3FNUZ
  %v24 = arith.floordivsi %v15, %v15 : i128
  %v25 = arith.andi %v2, %v17 : i32
  %v26 = arith.minsi %v10, %v19 : i1
  %v27 = arith.constant dense<true> : vector<2xi1>
  %v28 = arith.constant dense<true> : vector<2xi1>
  %v29 = arith.cmpi slt, %v27, %v28 : vector<2xi1>
  %v30 = arith.select %v19, %v6, %arg0 : vector<2xf32>
  %v31 = arith.extsi %v9 : i64 to i128
  return %v30, %v29 : vector<2xf32>, vector<2xi1>
}
func.func @f1(%arg0: i32) -> i32 {
  %v0 = arith.constant 0x7C : f8E5M2
  %v1 = arith.fptoui %v0 : f8E5M2 to i7
  %v2 = arith.constant -2 : i32
  %v3 = arith.constant 2147483647 : i32
  %v4 = arith.divsi %v2, %v3 exact : i32
  %v5 = arith.constant 16 : i32
  %v6 = arith.minui %arg0, %v5 : i32
  %v7 = arith.constant -1 : i32
  %v8 = arith.minui %v6, %v7 : i32
  %v9 = arith.constant 5 : i32
  %v10 = arith.ori %v9, %v6 : i32
  %v11 = arith.constant true
  %v12 = arith.select %v11, %arg0, %v10 : i32
  %v13 = arith.constant 1.0 : f8E5M2
  %v14 = arith.divf %v0, %v13 : f8E5M2
  %v15 = arith.constant 9 : i7
  %v16 = arith.cmpi sle, %v1, %v15 : i7
  %v17 = arith.select %v11, %arg0, %v10 : i32
  %v18 = arith.shrui %v15, %v1 : i7
  return %v17 : i32
}
func.func @f2(%arg0: i32, %arg1: i1) -> (i32, f8E4M3FNUZ, i32, i1) {
  %v0 = arith.constant -1 : i16
  %v1 = arith.xori %v0, %v0 : i16
  %v2 = arith.xori %v1, %v0 : i16
  %v3 = arith.divui %arg1, %arg1 exact : i1
  %v4 = arith.constant 3012194301 : i32
  %v5 = arith.select %arg1, %v4, %arg0 : i32
  %v6 = arith.cmpi ule, %arg1, %v3 : i1
  %v7 = arith.ceildivui %v3, %arg1 : i1
  %v8 = arith.constant 0xFFF0000000000000 : f64
  %v9 = arith.constant -2.5 : f64
  %v10 = arith.maximumf %v8, %v9 fastmath<nnan,ninf> : f64
  %v11 = arith.fptosi %v8 : f64 to i8
  %v12 = arith.constant 0.0 : f64
  %v13 = arith.subf %v9, %v12 : f64
  %v14 = arith.sitofp %arg1 : i1 to f8E4M3FNUZ
  %v15 = arith.constant 1 : i16
  %v16 = arith.constant 6 : i16
  %v17 = arith.divui %v15, %v16 : i16
  %v18 = arith.select %arg1, %v4, %arg0 : i32
  %v19 = arith.trunci %v18 overflow<nuw> : i32 to i16
  %v20 = arith.constant 0xD4 : f8E4M3FNUZ
  %v21 = arith.constant 0x08 : f8E4M3FNUZ
  %v22 = arith.remf %v20, %v21 : f8E4M3FNUZ
  %v23 = arith.fptosi %v8 : f64 to i8
  return %v18, %v14, %v18, %arg1 : i32, f8E4M3FNUZ, i32, i1
}
func.func @f3(%arg0: i1) -> i1 {
  %v0 = arith.constant 4.0 : f32
  %v1 = arith.constant 0x7F800000 : f32
  %v2 = arith.remf %v0, %v1 fastmath<nnan> : f32
  %v3 = arith.constant false
  %v4 = arith.uitofp %v3 : i1 to f8E4M3FNUZ
  %v5 = arith.constant false
  %v6 = arith.constant 1.0 : f8E4M3FNUZ
  %v7 = arith.select %v5, %v6, %v6 : f8E4M3FNUZ
  %v8 = arith.select %v5, %v6, %v6 : f8E4M3FNUZ
  %v9 = arith.remsi %arg0, %arg0 : i1
  %v10 = arith.remf %v4, %v6 : f8E4M3FNUZ
  %v11 = arith.constant false
  %v12 = arith.xori %v9, %v11 : i1
  %v13 = arith.constant 2.0 : f32
  %v14 = arith.constant 0xBF800000 : f32
  %v15 = arith.minnumf %v13, %v14 : f32
  %v16 = arith.constant true
  %v17 = arith.constant true
  %v18 = arith.muli %v16, %v17 : i1
  %v19 = arith.select %v5, %v6, %v6 : f8E4M3FNUZ
  %v20 = arith.negf %v1 : f32
  %v21 = arith.negf %v20 fastmath<nnan> : f32
  %v22 = arith.divsi %v5, %v17 exact : i1
  %v23 = arith.constant true
  %v24 = arith.xori %v12, %v23 : i1
  %v25 = arith.constant true
  %v26 = arith.xori %v24, %v25 : i1
  %v27 = arith.negf %v14 : f32
  %v28 = arith.negf %v27 : f32
  %v29 = arith.constant 3.0 : f32
  %v30 = arith.negf %v29 : f32
  %v31 = arith.negf %v30 fastmath<arcp,afn> : f32
  %v32 = arith.constant 0x77 : f8E4M3FNUZ
  %v33 = arith.extf %v32 fastmath<reassoc,contract> : f8E4M3FNUZ to f16
  %v34 = arith.negf %v1 : f32
  %v35 = arith.cmpi slt, %v24, %v24 : i1
  %v36 = arith.select %v35, %v24, %v24 : i1
  %v37 = arith.constant 0xB8 : f8E4M3FNUZ
  %v38 = arith.extf %v37 fastmath<fast> : f8E4M3FNUZ to bf16
  return %v35 : i1
}
