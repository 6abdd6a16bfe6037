// Random func/arith module, seed 132.
func.func @f0(%arg0: i33, %arg1: i1) -> (f8E4M3, f8E4M3) {
  %v0 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v1 = arith.fptoui %v0 : f64 to i32
  %v2 = arith.constant 0x7FF0000000000000 : f64
  %v3 = arith.minimumf %v2, %v0 fastmath<ninf> : f64
  %v4 = arith.constant 0 : i33
  %v5 = arith.constant 1 : i33
  %v6:2 = arith.mulsi_extended %v4, %v5 : i33
  %v7 = arith.shli %arg0, %arg0 : i33
  %v8 = arith.constant 15 : i33
  %v9 = arith.constant 512 : i33
  %v10 = arith.subi %v8, %v9 : i33
  %v11 = arith.constant -4294967296 : i33
  %v12 = arith.subi %v11, %v10 : i33
  %v13 = arith.constant 0 : i33
  %v14 = arith.constant -4294967296 : i33
  %v15 = arith.subi %v13, %v14 : i33
  %v16 = arith.constant 0xBFF0000000000000 : f64
  %v17 = arith.constant 0x0000000000000001 : f64
  %v18 = arith.mulf %v16, %v17 : f64
  %v19 = arith.constant false
  %v20:2 = arith.mului_extended %v19, %arg1 : i1
  %v21 = arith.constant 0x01 : f8E8M0FNU
  %v22 = arith.negf %v21 : f8E8M0FNU
  %v23 = arith.constant 0 : i32
  %v24 = arith.shrsi %v1, %v23 exact : i32
  %v25 = arith.constant 1 : i33
  %v26 = arith.cmpi sge, %v14, %v25 : i33
  %v27 = arith.constant 0xB8 : f8E4M3
  %v28 = arith.mulf %v27, %v27 fastmath<none> : f8E4M3
  %v29 = arith.addi %arg1, %arg1 overflow<nsw, nuw> : i1
  %v30 = arith.remsi %v29, %v19 : i1
  %v31 = arith.select %v19, %v28, %v28 : f8E4M3
  %v32 = arith.constant -1 : i33
  %v33 = arith.remsi %v13, %v32 : i33
  %v34 = arith.constant 4.0 : f8E4M3
  %v35 = arith.minnumf %v31, %v34 fastmath<nnan,ninf> : f8E4M3
  %v36 = arith.minimumf %v2, %v0 fastmath<ninf> : f64
  %v37 = arith.select %v20#1, %v27, %v31 : f8E4M3
  %v38 = arith.constant -2.5 : f8E4M3FNUZ
  %v39 = arith.extf %v38 : f8E4M3FNUZ to tf32
  %v40 = arith.fptoui %v31 : f8E4M3 to i32
  return %v37, %v35 : f8E4M3, f8E4M3
}
func.func @f1(%arg0: f64) -> i128 {
  %v0 = arith.fptosi %arg0 : f64 to i16
  %v1 = arith.constant 32 : i33
  %v2 = arith.constant true
  %v3:2 = func.call @f0(%v1, %v2) : (i33, i1) -> (f8E4M3, f8E4M3)
  %v4 = arith.constant -8 : i64
  %v5 = arith.shrsi %v4, %v4 exact {tag = 0 : i64} : i64
  %v6 = arith.constant -1 : i16
  %v7 = arith.cmpi slt, %v0, %v6 : i16
  %v8 = arith.shrsi %v4, %v4 exact {tag = 0 : i64} : i64
  %v9 = arith.extui %v0 : i16 to i64
  %v10 = arith.constant dense<2> : vector<2x3xi16>
  %v11 = arith.constant dense<-6> : vector<2x3xi16>
  %v12 = arith.minsi %v10, %v11 : vector<2x3xi16>
  %v13 = arith.shrsi %v4, %v4 exact {tag = 0 : i64} : i64
  %v14 = arith.constant -2147483648 : i32
  %v15 = arith.cmpi slt, %v14, %v14 : i32
  %v16 = arith.constant -1 : i128
  %v17 = arith.minsi %v16, %v16 : i128
  %v18:2 = func.call @f0(%v1, %v2) : (i33, i1) -> (f8E4M3, f8E4M3)
  %v19 = arith.constant 0x80 : f8E5M2FNUZ
  %v20 = arith.constant 3.0 : f8E5M2FNUZ
  %v21 = arith.mulf %v19, %v20 : f8E5M2FNUZ
  %v22 = arith.constant 1 : i8
  %v23 = arith.extui %v22 : i8 to i64
  %v24 = arith.extui %v22 : i8 to i64
  %v25 = arith.cmpi sle, %v23, %v24 : i64
  %v26 = arith.constant 2 : i8
  %v27 = arith.ori %v22, %v26 : i8
  %v28 = arith.constant 8 : i8
  %v29 = arith.ori %v28, %v27 : i8
  %v30 = arith.constant 0x3C00 : f16
  %v31 = arith.negf %v30 : f16
  %v32 = arith.negf %v31 fastmath<fast> : f16
  %v33 = arith.constant 0.0 : f8E4M3
  %v34 = arith.minnumf %v18#0, %v33 : f8E4M3
  %v35 = arith.maximumf %v31, %v30 fastmath<reassoc,contract> {tag = 1 : i64} : f16
  %v36 = arith.constant 12 : i16
  %v37 = arith.maxsi %v36, %v0 : i16
  return %v17 : i128
}
