// Random func/arith module, seed 147.
func.func @f0(%arg0: f8E4M3B11FNUZ, %arg1: tensor<2x2xf64>, %arg2: i8, %arg3: f8E4M3) -> (i8, i8, tensor<2x2xf64>) {
  %v0 = arith.constant -1 : i8
  %v1 = arith.ori %arg2, %v0 : i8
  %v2 = arith.fptoui %arg0 : f8E4M3B11FNUZ to i1
  %v3 = arith.ori %arg2, %v0 : i8
  %v4 = arith.constant 0.0 : bf16
  %v5 = arith.cmpf oge, %v4, %v4 : bf16
  %v6 = arith.constant true
  %v7 = arith.cmpi ne, %v2, %v6 : i1
  %v8 = arith.select %v7, %v6, %v2 : i1
  %v9 = arith.select %v7, %arg2, %v3 : i8
  %v10 = arith.extsi %v9 : i8 to i128
  %v11 = arith.ceildivsi %v10, %v10 : i128
  %v12 = arith.constant dense<7.0> : tensor<0xf32>
  %v13 = arith.minnumf %v12, %v12 : tensor<0xf32>
  %v14 = arith.ori %arg2, %v0 : i8
  %v15 = arith.ori %arg2, %v0 : i8
  %v16 = arith.ori %arg2, %v0 {tag = 0 : i64} : i8
  %v17 = arith.constant 4 : i16
  %v18 = arith.constant -1 : i16
  %v19 = arith.divui %v17, %v18 : i16
  %v20 = arith.constant -170141183460469231731687303715884105728 : i128
  %v21 = arith.constant 79228162514264337593543950336 : i128
  %v22 = arith.divui %v20, %v21 : i128
  %v23 = arith.select %v2, %v6, %v6 : i1
  %v24 = arith.constant 11 : i8
  %v25 = arith.ceildivui %v15, %v24 : i8
  %v26 = arith.negf %v13 : tensor<0xf32>
  %v27 = arith.negf %v26 fastmath<reassoc,contract> : tensor<0xf32>
  %v28 = arith.index_cast %v11 : i128 to index
  return %v16, %v14, %arg1 : i8, i8, tensor<2x2xf64>
}
func.func @f1(%arg0: i64) -> tensor<2x2xf64> {
  %v0 = arith.constant 0 : i64
  %v1 = arith.extui %v0 : i64 to i128
  %v2 = arith.extui %v0 : i64 to i128
  %v3 = arith.constant 2097152 : i33
  %v4 = arith.constant -2 : i33
  %v5 = arith.divui %v3, %v4 : i33
  %v6 = arith.remsi %v2, %v2 : i128
  %v7 = arith.constant 0x0080 : bf16
  %v8 = arith.constant 0x845E : bf16
  %v9 = arith.minnumf %v7, %v8 fastmath<arcp,afn> : bf16
  %v10 = arith.constant 7 : index
  %v11 = arith.cmpi sle, %v10, %v10 : index
  %v12 = arith.constant 65 : i64
  %v13 = arith.maxui %arg0, %v12 : i64
  %v14 = arith.constant false
  %v15 = arith.select %v14, %v8, %v7 : bf16
  %v16 = arith.constant 0xFC : f8E4M3B11FNUZ
  %v17 = arith.constant dense<0x0000000000000000> : tensor<2x2xf64>
  %v18 = arith.constant -128 : i8
  %v19 = arith.constant 0xFC : f8E4M3
  %v20:3 = func.call @f0(%v16, %v17, %v18, %v19) : (f8E4M3B11FNUZ, tensor<2x2xf64>, i8, f8E4M3) -> (i8, i8, tensor<2x2xf64>)
  %v21 = arith.constant 0xFFFF0000000000000000000000000000 : f128
  %v22 = arith.divf %v21, %v21 fastmath<nnan> : f128
  %v23 = arith.remf %v20#2, %v20#2 : tensor<2x2xf64>
  %v24 = arith.constant dense<4> : vector<[4]xi32>
  %v25 = arith.index_cast %v24 : vector<[4]xi32> to vector<[4]xindex>
  %v26 = arith.constant dense<0x58FD9631238BB3B0> : tensor<2x2xf64>
  %v27:3 = func.call @f0(%v16, %v26, %v18, %v19) : (f8E4M3B11FNUZ, tensor<2x2xf64>, i8, f8E4M3) -> (i8, i8, tensor<2x2xf64>)
  %v28 = arith.minimumf %v22, %v21 fastmath<none> : f128
  %v29 = arith.floordivsi %v18, %v27#1 : i8
  %v30 = arith.constant dense<1.0> : tensor<2x2xf64>
  %v31 = arith.constant dense<-0.0> : tensor<2x2xf64>
  %v32 = arith.addf %v30, %v31 fastmath<fast> : tensor<2x2xf64>
  return %v20#2 : tensor<2x2xf64>
}
func.func @f2(%arg0: index) -> (index, i8, bf16) {
  %v0 = arith.floordivsi %arg0, %arg0 : index
  %v1 = arith.constant 0xBF80 : bf16
  %v2 = arith.constant 0xBF80 : bf16
  %v3 = arith.cmpf uge, %v1, %v2 : bf16
  %v4 = arith.constant 0.0 : bf16
  %v5 = arith.addf %v1, %v4 : bf16
  %v6 = arith.constant 1 : index
  %v7 = arith.muli %v0, %v6 overflow<none> : index
  %v8 = arith.constant true
  %v9 = arith.constant false
  %v10 = arith.cmpi ne, %v8, %v9 : i1
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v11, %v12 : i1
  %v14 = arith.constant 0xFFC0 : bf16
  %v15 = arith.maxnumf %v5, %v14 fastmath<nnan> : bf16
  %v16 = arith.constant -1 : index
  %v17 = arith.xori %v7, %v16 : index
  %v18 = arith.xori %v17, %v16 : index
  %v19 = arith.constant -0.75 : bf16
  %v20 = arith.bitcast %v19 : bf16 to f16
  %v21 = arith.addf %v1, %v4 : bf16
  %v22 = arith.index_castui %v0 : index to i8
  %v23 = arith.constant dense<-0.0> : tensor<0xbf16>
  %v24 = arith.bitcast %v23 : tensor<0xbf16> to tensor<0xi16>
  %v25 = arith.muli %v6, %v0 overflow<none> : index
  %v26 = arith.divsi %v0, %v7 exact : index
  %v27 = arith.constant 6 : i64
  %v28 = func.call @f1(%v27) : (i64) -> tensor<2x2xf64>
  %v29 = arith.constant 1 : i8
  %v30:2 = arith.mului_extended %v22, %v29 : i8
  %v31 = arith.constant dense<0> : tensor<0xi16>
  %v32 = arith.constant dense<[]> : tensor<0xi16>
  %v33 = arith.minsi %v31, %v32 : tensor<0xi16>
  %v34 = arith.remui %v7, %v25 : index
  %v35:2 = arith.mulsi_extended %v30#1, %v22 : i8
  %v36 = arith.constant 128 : i8
  %v37 = arith.cmpi sle, %v36, %v22 : i8
  %v38 = arith.addf %v23, %v23 fastmath<reassoc,contract> : tensor<0xbf16>
  %v39 = arith.subf %v1, %v2 fastmath<ninf> : bf16
  %v40 = arith.constant dense<0x0010000000000000> : tensor<2x2xf64>
  %v41 = arith.fptosi %v40 : tensor<2x2xf64> to tensor<2x2xi8>
  return %v26, %v30#0, %v14 : index, i8, bf16
}
