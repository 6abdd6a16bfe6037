// Random func/arith module, seed 6.
func.func @f0(%arg0: vector<[4]xf64>, %arg1: vector<2x3xindex>) -> vector<[4]xf64> {
  %v0 = arith.constant dense<-1> : vector<[4]xi8>
  %v1 = arith.constant dense<41> : vector<[4]xi8>
  %v2:2 = arith.mulsi_extended %v0, %v1 : vector<[4]xi8>
  %v3 = arith.fptosi %arg0 : vector<[4]xf64> to vector<[4]xi64>
  %v4 = arith.constant -1 : i64
  %v5:2 = arith.mului_extended %v4, %v4 : i64
  %v6 = arith.cmpi uge, %arg1, %arg1 : vector<2x3xindex>
  %v7 = arith.select %v6, %arg1, %arg1 : vector<2x3xi1>, vector<2x3xindex>
  %v8 = arith.minimumf %arg0, %arg0 : vector<[4]xf64>
  %v9 = arith.constant dense<0x7FF0000000000000> : vector<[4]xf64>
  %v10 = arith.constant dense<-2.5> : vector<[4]xf64>
  %v11 = arith.cmpf uge, %v9, %v10 : vector<[4]xf64>
  %v12 = arith.constant dense<0> : vector<[4]xi64>
  %v13:2 = arith.addui_extended %v3, %v12 : vector<[4]xi64>, vector<[4]xi1>
  %v14 = arith.constant dense<5> : vector<2x3xi8>
  %v15 = arith.extsi %v14 : vector<2x3xi8> to vector<2x3xi64>
  %v16 = arith.constant dense<16> : vector<2x3xi64>
  %v17 = arith.cmpi ule, %v15, %v16 : vector<2x3xi64>
  %v18:2 = arith.mului_extended %v4, %v4 : i64
  %v19 = arith.cmpf one, %arg0, %arg0 fastmath<ninf> : vector<[4]xf64>
  %v20 = arith.constant dense<true> : vector<[4]xi1>
  %v21 = arith.cmpi eq, %v20, %v13#1 : vector<[4]xi1>
  %v22 = arith.muli %v20, %v19 : vector<[4]xi1>
  %v23 = arith.bitcast %arg0 : vector<[4]xf64> to vector<[4]xi64>
  %v24 = arith.constant 0 : i8
  %v25 = arith.constant 0 : i8
  %v26 = arith.divsi %v24, %v25 : i8
  %v27 = arith.constant dense<true> : vector<[4]xi1>
  %v28 = arith.constant dense<0xAB76768273A01975> : vector<[4]xf64>
  %v29 = arith.select %v27, %v8, %v28 : vector<[4]xi1>, vector<[4]xf64>
  %v30 = arith.constant 0x80000000 : f32
  %v31 = arith.fptosi %v30 {tag = 0 : i64} : f32 to i1
  return %v29 : vector<[4]xf64>
}
func.func @f1(%arg0: i33, %arg1: f8E3M4) -> (i1, vector<[4]xf64>, i1) {
  %v0 = arith.constant false
  %v1 = arith.select %v0, %arg1, %arg1 : f8E3M4
  %v2 = arith.constant 7 : i32
  %v3 = arith.constant 1472422828 : i32
  %v4 = arith.divsi %v2, %v3 exact : i32
  %v5 = arith.constant -1 : i64
  %v6:2 = arith.addui_extended %v5, %v5 : i64, i1
  %v7 = arith.constant -1 : i33
  %v8 = arith.extui %v7 : i33 to i128
  %v9 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : vector<[4]xf64>
  %v10 = arith.constant dense<[[15, 0, 15], [9223372036854775807, 0, 64]]> : vector<2x3xindex>
  %v11 = func.call @f0(%v9, %v10) : (vector<[4]xf64>, vector<2x3xindex>) -> vector<[4]xf64>
  %v12 = arith.select %v0, %arg1, %arg1 : f8E3M4
  %v13 = arith.shrsi %arg0, %arg0 : i33
  %v14 = arith.cmpi ule, %v13, %v7 : i33
  %v15 = arith.constant true
  %v16 = arith.constant false
  %v17 = arith.select %v14, %v16, %v15 : i1
  %v18 = arith.constant 4294967295 : i33
  %v19 = arith.maxui %arg0, %v18 : i33
  %v20 = arith.constant -170141183460469231731687303715884105728 : i128
  %v21 = arith.constant 7 : i128
  %v22 = arith.ori %v20, %v21 : i128
  %v23 = arith.truncf %v12 fastmath<ninf> {tag = 0 : i64} : f8E3M4 to f6E2M3FN
  %v24 = arith.minsi %v16, %v14 : i1
  %v25 = arith.addf %v11, %v11 fastmath<fast> : vector<[4]xf64>
  %v26 = arith.maxui %arg0, %v18 : i33
  return %v0, %v25, %v14 : i1, vector<[4]xf64>, i1
}
func.func @f2(%arg0: f16, %arg1: f8E4M3B11FNUZ, %arg2: f8E4M3) -> (i1, i8, f16) {
  %v0 = arith.constant 0 : i33
  %v1 = arith.shli %v0, %v0 overflow<nsw> : i33
  %v2 = arith.constant 4294967295 : i33
  %v3 = arith.constant 4294967295 : i33
  %v4 = arith.subi %v2, %v3 : i33
  %v5 = arith.constant 262144 : i33
  %v6 = arith.subi %v4, %v5 : i33
  %v7 = arith.constant 8 : i8
  %v8 = arith.constant -4 : i8
  %v9 = arith.cmpi uge, %v7, %v8 : i8
  %v10 = arith.constant -7 : i8
  %v11 = arith.cmpi uge, %v10, %v8 : i8
  %v12 = arith.constant true
  %v13 = arith.constant false
  %v14 = arith.select %v11, %v13, %v12 : i1
  %v15 = arith.constant 0x80 : f8E4M3B11FNUZ
  %v16 = arith.negf %v15 : f8E4M3B11FNUZ
  %v17 = arith.constant false
  %v18 = arith.constant true
  %v19 = arith.maxui %v17, %v18 : i1
  %v20 = arith.constant 16 : i8
  %v21 = arith.extui %v20 : i8 to i64
  %v22 = arith.extui %v7 : i8 to i64
  %v23 = arith.cmpi ule, %v21, %v22 : i64
  %v24 = arith.constant 9 : i64
  %v25 = arith.andi %v21, %v24 : i64
  %v26 = arith.constant -1 : i8
  %v27 = arith.constant -1 : i8
  %v28 = arith.xori %v27, %v26 : i8
  %v29 = arith.xori %v28, %v26 : i8
  %v30 = arith.constant 0x78 : f8E4M3B11FNUZ
  %v31 = arith.constant 0x00 : f8E4M3B11FNUZ
  %v32 = arith.cmpf olt, %v30, %v31 : f8E4M3B11FNUZ
  %v33 = arith.constant 0.0 : f16
  %v34 = arith.mulf %v33, %arg0 fastmath<reassoc,contract> : f16
  %v35 = arith.constant 8 : i33
  %v36 = arith.minui %v2, %v35 : i33
  %v37 = arith.constant 8 : i8
  %v38 = arith.bitcast %v37 : i8 to f8E3M4
  %v39 = arith.constant 1 : i33
  %v40 = arith.divui %v5, %v39 : i33
  %v41 = arith.constant -1 : i8
  %v42 = arith.extsi %v41 : i8 to i16
  %v43 = arith.trunci %v42 : i16 to i8
  %v44 = arith.constant 0x80 : f8E4M3FN
  %v45 = arith.negf %v44 fastmath<nsz> : f8E4M3FN
  %v46 = arith.constant true
  %v47 = arith.constant 127 : i8
  %v48 = arith.select %v46, %v47, %v27 : i8
  %v49 = arith.cmpi slt, %v37, %v7 : i8
  %v50 = arith.select %v49, %v37, %v7 : i8
  %v51 = arith.constant 30205 : i16
  %v52 = arith.xori %v42, %v51 : i16
  %v53 = arith.addf %arg0, %v34 fastmath<none> : f16
  %v54 = arith.negf %v53 : f16
  return %v32, %v43, %v54 : i1, i8, f16
}
