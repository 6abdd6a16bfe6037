// Random func/arith module, seed 26.
func.func @f0(%arg0: f4E2M1FN) -> f4E2M1FN {
  %v0 = arith.constant 7123197739288154176 : i64
  %v1:2 = arith.mulsi_extended %v0, %v0 : i64
  %v2 = arith.constant 35184372088832 : i64
  %v3 = arith.sitofp %v2 : i64 to f8E4M3
  %v4 = arith.constant false
  %v5 = arith.constant 100.0 : f4E2M1FN
  %v6 = arith.select %v4, %arg0, %v5 : f4E2M1FN
  %v7 = arith.constant dense<128> : vector<[4]xi32>
  %v8 = arith.cmpi ule, %v7, %v7 : vector<[4]xi32>
  %v9 = arith.select %v8, %v7, %v7 {tag = 1 : i64} : vector<[4]xi1>, vector<[4]xi32>
  %v10 = arith.mulf %v6, %arg0 : f4E2M1FN
  %v11 = arith.sitofp %v7 : vector<[4]xi32> to vector<[4]xf64>
  %v12:2 = arith.mulsi_extended %v0, %v0 : i64
  return %v10 : f4E2M1FN
}
func.func @f1(%arg0: f8E3M4, %arg1: f16, %arg2: f8E5M2, %arg3: f64) -> (f8E4M3FNUZ, i64, f64, i1) {
  %v0 = arith.constant -0.0 : f16
  %v1 = arith.remf %arg1, %v0 fastmath<nnan> : f16
  %v2 = arith.constant 1 : i32
  %v3 = arith.extsi %v2 {tag = 0 : i64} : i32 to i64
  %v4 = arith.trunci %v3 : i64 to i32
  %v5 = arith.constant -1 : i64
  %v6:2 = arith.addui_extended %v2, %v2 : i32, i1
  %v7 = arith.constant true
  %v8 = arith.maxui %v7, %v7 : i1
  %v9 = arith.constant 0x00000000 : f32
  %v10 = arith.constant 1.0 : f32
  %v11 = arith.addf %v9, %v10 fastmath<none> : f32
  %v12 = arith.constant 32 : i32
  %v13 = arith.index_cast %v12 : i32 to index
  %v14 = arith.index_cast %v13 : index to i32
  %v15 = arith.constant 1.0e+10 : f4E2M1FN
  %v16 = func.call @f0(%v15) : (f4E2M1FN) -> f4E2M1FN
  %v17 = func.call @f0(%v15) : (f4E2M1FN) -> f4E2M1FN
  %v18 = arith.maxui %v7, %v7 : i1
  %v19 = arith.constant -1 : index
  %v20 = arith.cmpi ne, %v13, %v19 : index
  %v21 = arith.cmpi ne, %v13, %v19 : index
  %v22 = arith.constant dense<3> : vector<[4]xi32>
  %v23 = arith.constant dense<0> : vector<[4]xi32>
  %v24 = arith.subi %v22, %v23 : vector<[4]xi32>
  %v25 = arith.constant 0x77 : f8E4M3FNUZ
  %v26 = arith.maxnumf %v25, %v25 fastmath<ninf> : f8E4M3FNUZ
  %v27 = arith.constant 6243421294913531893 : i64
  %v28 = arith.bitcast %v27 : i64 to f64
  %v29 = arith.bitcast %v28 : f64 to i64
  %v30:2 = arith.mulsi_extended %v29, %v29 : i64
  %v31:2 = arith.mulsi_extended %v29, %v29 : i64
  return %v26, %v30#0, %v28, %v20 : f8E4M3FNUZ, i64, f64, i1
}
