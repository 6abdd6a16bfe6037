// Random func/arith module, seed 89.
func.func @f0(%arg0: f8E3M4) -> (f8E3M4, f8E3M4) {
  %v0 = arith.constant dense<-10764> : vector<i16>
  %v1 = arith.remui %v0, %v0 : vector<i16>
  %v2 = arith.constant 0xB0 : f8E3M4
  %v3 = arith.mulf %v2, %v2 : f8E3M4
  %v4 = arith.constant 0x00 : f8E3M4
  %v5 = arith.divf %v4, %arg0 fastmath<nnan> : f8E3M4
  %v6 = arith.minimumf %v5, %v2 : f8E3M4
  %v7 = arith.constant dense<-1> : vector<i16>
  %v8 = arith.andi %v0, %v7 : vector<i16>
  %v9 = arith.andi %v7, %v1 : vector<i16>
  %v10 = arith.constant 0x00000001 : f32
  %v11 = arith.constant 0x007FFFFF : f32
  %v12 = arith.minimumf %v10, %v11 : f32
  %v13 = arith.andi %v7, %v1 : vector<i16>
  %v14 = arith.fptoui %v5 : f8E3M4 to i32
  %v15 = arith.constant 0x80000000 : f32
  %v16 = arith.constant 0xBF800000 : f32
  %v17 = arith.subf %v15, %v16 : f32
  %v18 = arith.mulf %v6, %arg0 fastmath<nnan> : f8E3M4
  %v19 = arith.constant -1 : i32
  %v20 = arith.sitofp %v19 : i32 to f80
  %v21 = arith.sitofp %v19 : i32 to f80
  %v22 = arith.constant 2048 : i16
  %v23 = arith.remui %v22, %v22 : i16
  %v24 = arith.constant -0.75 : bf16
  %v25 = arith.cmpf ole, %v24, %v24 fastmath<nnan,ninf> : bf16
  %v26 = arith.constant 1 : i32
  %v27 = arith.shrsi %v19, %v26 exact : i32
  %v28 = arith.cmpi slt, %v14, %v19 : i32
  %v29 = arith.index_castui %v28 : i1 to index
  %v30 = arith.index_castui %v29 : index to i1
  %v31 = arith.divsi %v19, %v26 : i32
  return %v18, %v18 : f8E3M4, f8E3M4
}
func.func @f1(%arg0: i64, %arg1: i32, %arg2: f8E4M3) -> (i1, i32, i1) {
  %v0 = arith.constant 7.0 : f8E4M3
  %v1 = arith.mulf %v0, %arg2 fastmath<arcp,afn> : f8E4M3
  %v2 = arith.negf %arg2 fastmath<nsz> : f8E4M3
  %v3 = arith.constant true
  %v4 = arith.select %v3, %arg1, %arg1 : i32
  %v5 = arith.constant 0x7C : f8E5M2FNUZ
  %v6 = arith.truncf %v5 : f8E5M2FNUZ to f6E3M2FN
  %v7 = arith.constant 1964073667089163575 : i64
  %v8 = arith.constant 0 : i64
  %v9 = arith.andi %v7, %v8 : i64
  %v10 = arith.negf %v0 : f8E4M3
  %v11 = arith.negf %arg2 : f8E4M3
  %v12 = arith.ceildivui %arg0, %v8 : i64
  %v13 = arith.constant 0 : i33
  %v14 = arith.constant 0 : i33
  %v15 = arith.shli %v13, %v14 overflow<nsw> : i33
  %v16 = arith.select %v3, %arg1, %arg1 : i32
  %v17 = arith.constant -1 : i32
  %v18 = arith.maxsi %v17, %v4 : i32
  %v19 = arith.cmpi uge, %v17, %v16 : i32
  %v20 = arith.andi %v8, %v7 : i64
  %v21 = arith.index_cast %v19 : i1 to index
  %v22 = arith.constant dense<0x0010000000000000> : vector<f64>
  %v23 = arith.constant dense<0.0> : vector<f64>
  %v24 = arith.subf %v22, %v23 fastmath<reassoc,contract> : vector<f64>
  %v25 = arith.negf %arg2 : f8E4M3
  %v26 = arith.constant 2.0 : f4E2M1FN
  %v27 = arith.fptoui %v26 : f4E2M1FN to i32
  return %v19, %v18, %v19 : i1, i32, i1
}
func.func @f2(%arg0: f32, %arg1: f4E2M1FN) -> (i1, i1, vector<2x3xi1>) {
  %v0 = arith.constant dense<-1> : vector<2x3xi32>
  %v1 = arith.constant dense<2147483647> : vector<2x3xi32>
  %v2 = arith.xori %v0, %v1 : vector<2x3xi32>
  %v3 = arith.index_castui %v1 : vector<2x3xi32> to vector<2x3xindex>
  %v4 = arith.constant 0x0 : f4E2M1FN
  %v5 = arith.remf %arg1, %v4 : f4E2M1FN
  %v6 = arith.cmpf uno, %v5, %v4 : f4E2M1FN
  %v7 = arith.constant dense<[[2, 1, 70368744177664], [8192, 0, 2435241201799130068]]> : vector<2x3xindex>
  %v8 = arith.cmpi slt, %v3, %v7 : vector<2x3xindex>
  %v9 = arith.select %v8, %v3, %v7 : vector<2x3xi1>, vector<2x3xindex>
  %v10 = arith.constant true
  %v11 = arith.ori %v6, %v10 : i1
  %v12 = arith.constant true
  %v13 = arith.ori %v11, %v12 : i1
  %v14 = arith.constant -2147483648 : i32
  %v15 = arith.bitcast %v14 : i32 to f32
  %v16 = arith.ori %v6, %v10 : i1
  %v17 = arith.cmpi uge, %v8, %v8 : vector<2x3xi1>
  %v18 = arith.constant 0x6F : f8E3M4
  %v19:2 = func.call @f0(%v18) : (f8E3M4) -> (f8E3M4, f8E3M4)
  %v20 = arith.andi %v6, %v16 : i1
  %v21 = arith.ori %v6, %v10 : i1
  %v22 = arith.maximumf %arg0, %arg0 : f32
  %v23 = arith.uitofp %v20 : i1 to tf32
  %v24 = arith.uitofp %v16 : i1 to tf32
  return %v16, %v21, %v17 : i1, i1, vector<2x3xi1>
}
