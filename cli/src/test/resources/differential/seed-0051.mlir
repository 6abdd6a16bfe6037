// Random func/arith module, seed 51.
func.func @f0(%arg0: f8E4M3B11FNUZ, %arg1: i16, %arg2: i64, %arg3: vector<[4]xbf16>) -> (i1, i1, i64) {
  %v0 = arith.constant -9223372036854775808 : i64
  %v1 = arith.extui %v0 : i64 to i128
  %v2 = arith.cmpi ne, %arg1, %arg1 : i16
  %v3 = arith.select %v2, %arg1, %arg1 : i16
  %v4 = arith.constant false
  %v5 = arith.remui %v4, %v2 : i1
  %v6 = arith.minsi %v4, %v5 : i1
  %v7 = arith.cmpi uge, %arg1, %arg1 : i16
  %v8 = arith.constant -128 : i8
  %v9 = arith.extsi %v8 : i8 to i64
  %v10 = arith.constant 8 : i8
  %v11 = arith.extsi %v10 : i8 to i64
  %v12 = arith.cmpi ne, %v9, %v11 : i64
  %v13 = arith.constant false
  %v14 = arith.ori %v2, %v13 : i1
  %v15 = arith.constant false
  %v16 = arith.ori %v14, %v15 : i1
  %v17 = arith.cmpi eq, %v9, %arg2 : i64
  return %v12, %v14, %v0 : i1, i1, i64
}
func.func @f1(%arg0: i8) -> i64 {
  %v0 = arith.constant 2.0 : f32
  %v1 = arith.maximumf %v0, %v0 : f32
  %v2 = arith.constant dense<0> : vector<2xi64>
  %v3 = arith.constant dense<1> : vector<2xi64>
  %v4:2 = arith.addui_extended %v2, %v3 : vector<2xi64>, vector<2xi1>
  %v5 = arith.constant 0xFC : f8E4M3B11FNUZ
  %v6 = arith.constant 1 : i16
  %v7 = arith.constant -3 : i64
  %v8 = arith.constant dense<0x0001> : vector<[4]xbf16>
  %v9:3 = func.call @f0(%v5, %v6, %v7, %v8) : (f8E4M3B11FNUZ, i16, i64, vector<[4]xbf16>) -> (i1, i1, i64)
  %v10 = arith.constant dense<0x0001> : vector<[4]xbf16>
  %v11 = arith.constant dense<0x7F80> : vector<[4]xbf16>
  %v12 = arith.cmpf ole, %v10, %v11 : vector<[4]xbf16>
  %v13 = arith.cmpf ole, %v10, %v11 : vector<[4]xbf16>
  %v14 = arith.constant 0x08 : f8E4M3B11FNUZ
  %v15 = arith.constant dense<0xFF80> : vector<[4]xbf16>
  %v16:3 = func.call @f0(%v14, %v6, %v7, %v15) : (f8E4M3B11FNUZ, i16, i64, vector<[4]xbf16>) -> (i1, i1, i64)
  %v17 = arith.constant 0x01 : f8E4M3B11FNUZ
  %v18 = arith.addf %v17, %v5 : f8E4M3B11FNUZ
  return %v16#2 : i64
}
func.func @f2(%arg0: tensor<0xf32>, %arg1: bf16, %arg2: bf16) -> i64 {
  %v0 = arith.constant -4 : index
  %v1 = arith.constant 16 : index
  %v2 = arith.ceildivsi %v0, %v1 : index
  %v3 = arith.ceildivsi %v0, %v1 : index
  %v4 = arith.maximumf %arg1, %arg1 fastmath<ninf> : bf16
  %v5 = arith.constant true
  %v6 = arith.constant 9223372036854775807 : i64
  %v7 = arith.constant 9223372036854775807 : i64
  %v8 = arith.select %v5, %v6, %v7 : i64
  %v9 = arith.constant 7 : i64
  %v10 = arith.constant 1 : i64
  %v11 = arith.cmpi ule, %v9, %v10 : i64
  %v12 = arith.constant 7 : i64
  %v13 = arith.constant 65 : i64
  %v14 = arith.minui %v12, %v13 : i64
  %v15 = arith.constant 9223372036854775807 : i64
  %v16 = arith.minui %v14, %v15 : i64
  return %v16 : i64
}
func.func @f3(%arg0: f8E4M3) -> f8E3M4 {
  %v0 = arith.subf %arg0, %arg0 fastmath<nnan> : f8E4M3
  %v1 = arith.subf %arg0, %arg0 fastmath<nnan> : f8E4M3
  %v2 = arith.constant 1099511627776 : index
  %v3 = arith.index_castui %v2 : index to i128
  %v4 = arith.constant -1 : i8
  %v5 = arith.constant 9 : i8
  %v6 = arith.shrsi %v4, %v5 : i8
  %v7 = arith.constant 0x92 : f8E4M3
  %v8 = arith.truncf %v7 fastmath<fast> : f8E4M3 to f6E3M2FN
  %v9 = arith.constant 2 : i8
  %v10 = arith.extui %v9 : i8 to i64
  %v11 = arith.extui %v5 : i8 to i64
  %v12 = arith.cmpi sle, %v10, %v11 : i64
  %v13 = arith.constant 1 : i32
  %v14 = arith.constant 0 : i32
  %v15 = arith.remsi %v13, %v14 : i32
  %v16 = arith.index_castui %v2 : index to i128
  %v17 = arith.constant 0xFC : f8E4M3B11FNUZ
  %v18 = arith.constant -1 : i16
  %v19 = arith.constant dense<0x0080> : vector<[4]xbf16>
  %v20:3 = func.call @f0(%v17, %v18, %v11, %v19) : (f8E4M3B11FNUZ, i16, i64, vector<[4]xbf16>) -> (i1, i1, i64)
  %v21 = arith.constant 0x38 : f8E4M3B11FNUZ
  %v22 = arith.truncf %v21 : f8E4M3B11FNUZ to f4E2M1FN
  %v23 = arith.cmpi ne, %v20#2, %v20#2 : i64
  %v24 = arith.constant dense<100.0> : tensor<0xf32>
  %v25 = arith.constant -2.5 : bf16
  %v26 = func.call @f2(%v24, %v25, %v25) : (tensor<0xf32>, bf16, bf16) -> i64
  %v27 = arith.subf %arg0, %v1 : f8E4M3
  %v28 = arith.constant 9223372036854775807 : i64
  %v29 = arith.select %v23, %v26, %v28 : i64
  %v30 = arith.bitcast %v0 : f8E4M3 to f8E3M4
  %v31 = arith.constant dense<12011> : vector<[4]xi16>
  %v32 = arith.cmpi ne, %v31, %v31 : vector<[4]xi16>
  %v33 = arith.select %v32, %v31, %v31 : vector<[4]xi1>, vector<[4]xi16>
  %v34 = arith.index_castui %v29 : i64 to index
  %v35 = arith.index_castui %v34 : index to i64
  %v36 = arith.select %v23, %v30, %v30 : f8E3M4
  %v37 = arith.constant false
  %v38 = arith.addi %v20#1, %v37 : i1
  %v39 = arith.extui %v38 : i1 to i64
  %v40 = arith.extui %v12 : i1 to i64
  %v41 = arith.cmpi slt, %v39, %v40 : i64
  %v42 = arith.constant 15 : i8
  %v43 = arith.extsi %v42 : i8 to i64
  %v44 = arith.constant 82 : i8
  %v45 = arith.extsi %v44 : i8 to i64
  %v46 = arith.cmpi sgt, %v43, %v45 : i64
  %v47 = func.call @f2(%v24, %v25, %v25) : (tensor<0xf32>, bf16, bf16) -> i64
  %v48 = arith.minnumf %v36, %v30 fastmath<reassoc,contract> : f8E3M4
  return %v30 : f8E3M4
}
