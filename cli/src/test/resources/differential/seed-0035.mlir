// Random func/arith module, seed 35.
func.func @f0(%arg0: i32) -> (i1, i1) {
  %v0 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v1 = arith.constant 0xDF : f8E4M3FNUZ
  %v2 = arith.cmpf oeq, %v0, %v1 : f8E4M3FNUZ
  %v3 = arith.constant -3 : i32
  %v4 = arith.remsi %arg0, %v3 : i32
  %v5 = arith.constant -8 : i32
  %v6 = arith.constant 0 : i32
  %v7 = arith.shrsi %v5, %v6 : i32
  %v8 = arith.constant 32 : i32
  %v9 = arith.minui %arg0, %v8 : i32
  %v10 = arith.maxnumf %v1, %v0 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v11 = arith.constant dense<-0.0> : vector<4xf32>
  %v12 = arith.constant dense<0xBF800000> : vector<4xf32>
  %v13 = arith.cmpf une, %v11, %v12 : vector<4xf32>
  %v14 = arith.constant dense<[0x44F5D8F8, 7.0, 2.0, 1.0]> : vector<4xf32>
  %v15 = arith.mulf %v11, %v14 : vector<4xf32>
  %v16 = arith.constant 1191483340 : i32
  %v17:2 = arith.mulsi_extended %arg0, %v16 : i32
  %v18 = arith.maxsi %v17#0, %v9 : i32
  %v19 = arith.cmpf une, %v11, %v12 : vector<4xf32>
  %v20 = arith.mulf %v11, %v14 : vector<4xf32>
  %v21 = arith.constant 0x07 : f8E4M3FNUZ
  %v22 = arith.addf %v21, %v21 fastmath<nnan> : f8E4M3FNUZ
  %v23 = arith.trunci %v17#1 : i32 to i1
  %v24 = arith.addf %v21, %v21 fastmath<nnan> : f8E4M3FNUZ
  %v25 = arith.constant false
  %v26 = arith.maxsi %v25, %v25 : i1
  %v27 = arith.minsi %v23, %v25 : i1
  %v28 = arith.constant false
  %v29 = arith.select %v28, %arg0, %v17#0 : i32
  %v30 = arith.fptosi %v21 : f8E4M3FNUZ to i1
  %v31 = arith.addf %v21, %v21 fastmath<nnan> : f8E4M3FNUZ
  %v32 = arith.index_castui %v18 : i32 to index
  %v33 = arith.constant true
  %v34 = arith.divsi %v23, %v33 : i1
  return %v34, %v23 : i1, i1
}
func.func @f1(%arg0: f64, %arg1: i1, %arg2: index, %arg3: f8E5M2) -> (f8E5M2, i128, i1) {
  %v0 = arith.constant 1 : index
  %v1 = arith.addi %v0, %arg2 : index
  %v2 = arith.minimumf %arg0, %arg0 fastmath<nnan,ninf> : f64
  %v3 = arith.constant -1 : i128
  %v4 = arith.constant 2 : i128
  %v5 = arith.cmpi ugt, %v3, %v4 : i128
  %v6 = arith.cmpf ueq, %arg0, %arg0 : f64
  %v7 = arith.cmpi ne, %v4, %v3 : i128
  %v8 = arith.addi %v3, %v4 : i128
  return %arg3, %v8, %v6 : f8E5M2, i128, i1
}
func.func @f2(%arg0: f64, %arg1: f8E3M4, %arg2: f8E4M3FNUZ, %arg3: bf16) -> (bf16, bf16, f8E4M3FNUZ) {
  %v0 = arith.constant 127 : i8
  %v1 = arith.constant 127 : i8
  %v2 = arith.floordivsi %v0, %v1 : i8
  %v3 = arith.cmpi sle, %v0, %v0 : i8
  %v4 = arith.addf %arg2, %arg2 : f8E4M3FNUZ
  %v5 = arith.constant true
  %v6 = arith.ceildivsi %v3, %v5 : i1
  %v7 = arith.constant true
  %v8 = arith.divui %v7, %v3 exact : i1
  %v9 = arith.constant false
  %v10 = arith.select %v9, %arg3, %arg3 : bf16
  %v11 = arith.maxui %v2, %v1 : i8
  %v12 = arith.constant 8 : i8
  %v13 = arith.floordivsi %v12, %v1 : i8
  %v14 = arith.maxui %v2, %v1 : i8
  %v15 = arith.constant true
  %v16 = arith.constant 127 : i8
  %v17 = arith.constant 7 : i8
  %v18 = arith.select %v15, %v16, %v17 : i8
  return %v10, %v10, %arg2 : bf16, bf16, f8E4M3FNUZ
}
func.func @f3(%arg0: i1) -> i128 {
  %v0 = arith.constant true
  %v1 = arith.constant false
  %v2 = arith.ceildivui %v0, %v1 : i1
  %v3 = arith.cmpi slt, %arg0, %arg0 : i1
  %v4 = arith.constant 0x007FFFFF : f32
  %v5 = arith.constant -1.0 : f32
  %v6 = arith.minimumf %v4, %v5 : f32
  %v7 = arith.constant 7.0 : f32
  %v8 = arith.maxnumf %v7, %v7 : f32
  %v9:2 = arith.addui_extended %v3, %arg0 : i1, i1
  %v10 = arith.constant 0xBF800000 : f32
  %v11 = arith.remf %v10, %v4 : f32
  %v12 = arith.andi %arg0, %v3 : i1
  %v13 = arith.extf %v4 fastmath<nnan,ninf> : f32 to f64
  %v14 = arith.maxnumf %v11, %v8 : f32
  %v15 = arith.constant true
  %v16 = arith.minsi %v15, %arg0 : i1
  %v17 = arith.index_cast %v0 : i1 to index
  %v18 = arith.constant 2 : index
  %v19 = arith.index_castui %v18 : index to i16
  %v20 = arith.constant 0.1 : f8E5M2
  %v21:3 = func.call @f1(%v13, %v15, %v18, %v20) : (f64, i1, index, f8E5M2) -> (f8E5M2, i128, i1)
  %v22:2 = arith.mului_extended %v21#1, %v21#1 : i128
  %v23 = arith.constant -2147483648 : i32
  %v24 = arith.constant 0 : i32
  %v25 = arith.minsi %v23, %v24 : i32
  %v26 = arith.constant -2 : i128
  %v27:2 = arith.mului_extended %v26, %v21#1 : i128
  %v28 = arith.constant true
  %v29 = arith.uitofp %v28 : i1 to f8E3M4
  %v30 = arith.constant 100.0 : f8E5M2
  %v31 = arith.bitcast %v30 : f8E5M2 to f8E3M4
  %v32 = arith.remf %v10, %v4 : f32
  %v33 = arith.truncf %v7 fastmath<arcp,afn> : f32 to f16
  %v34 = arith.ceildivui %v21#2, %arg0 : i1
  %v35 = arith.constant 0xFE00 : f16
  %v36 = arith.cmpf ole, %v35, %v35 : f16
  return %v22#1 : i128
}
