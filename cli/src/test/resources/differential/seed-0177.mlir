// Random func/arith module, seed 177.
func.func @f0(%arg0: i64, %arg1: f32, %arg2: f64, %arg3: tensor<0xi16>) -> (tensor<0xi16>, i64) {
  %v0 = arith.constant true
  %v1 = arith.remsi %v0, %v0 : i1
  %v2 = arith.constant dense<4> : tensor<0xi16>
  %v3 = arith.ceildivsi %v2, %arg3 : tensor<0xi16>
  %v4 = arith.constant false
  %v5 = arith.constant true
  %v6 = arith.ori %v4, %v5 : i1
  %v7:2 = arith.addui_extended %v2, %arg3 : tensor<0xi16>, tensor<0xi1>
  %v8 = arith.constant 4.0 : f32
  %v9 = arith.mulf %arg1, %v8 fastmath<arcp,afn> : f32
  %v10:2 = arith.mului_extended %arg0, %arg0 : i64
  %v11:2 = arith.addui_extended %v2, %arg3 : tensor<0xi16>, tensor<0xi1>
  %v12 = arith.select %v1, %v10#1, %v10#0 : i64
  return %v11#0, %v10#1 : tensor<0xi16>, i64
}
func.func @f1(%arg0: index, %arg1: vector<4xf32>, %arg2: f8E5M2FNUZ) -> tensor<0xi16> {
  %v0 = arith.constant 1.0 : f8E5M2FNUZ
  %v1 = arith.mulf %arg2, %v0 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v2 = arith.constant 6 : index
  %v3 = arith.cmpi ult, %v2, %arg0 : index
  %v4 = arith.constant 0xB8 : f8E4M3FN
  %v5 = arith.cmpf ogt, %v4, %v4 fastmath<nsz> : f8E4M3FN
  %v6 = arith.constant dense<[0x007FFFFF, 2.0, 0x65E4FFB1, 7.0]> : vector<4xf32>
  %v7 = arith.maximumf %v6, %arg1 fastmath<reassoc,contract> : vector<4xf32>
  %v8 = arith.constant 0x08 : f8E4M3FN
  %v9 = arith.constant 0xF8 : f8E4M3FN
  %v10 = arith.minnumf %v8, %v9 fastmath<nnan> : f8E4M3FN
  %v11 = arith.constant 72057594037927936 : i64
  %v12 = arith.constant 0x1784AAB7 : f32
  %v13 = arith.constant 0x416BEE6B4DB2A75E : f64
  %v14 = arith.constant dense<25355> : tensor<0xi16>
  %v15:2 = func.call @f0(%v11, %v12, %v13, %v14) : (i64, f32, f64, tensor<0xi16>) -> (tensor<0xi16>, i64)
  %v16 = arith.constant 0x80 : f8E5M2FNUZ
  %v17 = arith.constant 0x01 : f8E5M2FNUZ
  %v18 = arith.subf %v16, %v17 : f8E5M2FNUZ
  %v19 = arith.constant dense<32767> : tensor<0xi16>
  %v20 = arith.shrsi %v19, %v15#0 : tensor<0xi16>
  %v21 = arith.bitcast %v8 : f8E4M3FN to f8E3M4
  %v22 = arith.floordivsi %v15#0, %v14 : tensor<0xi16>
  %v23 = arith.addf %v6, %v7 fastmath<nnan> : vector<4xf32>
  %v24 = arith.constant 14 : i64
  %v25 = arith.constant 64 : i64
  %v26 = arith.minui %v24, %v25 : i64
  %v27 = arith.constant 0 : index
  %v28 = arith.constant 16 : index
  %v29 = arith.maxsi %v27, %v28 : index
  %v30 = arith.index_castui %arg0 : index to i16
  %v31 = arith.constant 0.0 : f8E5M2FNUZ
  %v32 = arith.constant 0xBC : f8E5M2FNUZ
  %v33 = arith.cmpf ult, %v31, %v32 fastmath<arcp,afn> : f8E5M2FNUZ
  return %v22 : tensor<0xi16>
}
func.func @f2(%arg0: f80, %arg1: i7, %arg2: i64, %arg3: bf16) -> (i7, tensor<0xi16>, i1) {
  %v0 = arith.constant -6 : i64
  %v1 = arith.constant 0xBF800000 : f32
  %v2 = arith.constant 0xFFF0000000000000 : f64
  %v3 = arith.constant dense<10> : tensor<0xi16>
  %v4:2 = func.call @f0(%v0, %v1, %v2, %v3) : (i64, f32, f64, tensor<0xi16>) -> (tensor<0xi16>, i64)
  %v5 = arith.constant -5 : i8
  %v6 = arith.extui %v5 : i8 to i64
  %v7 = arith.extui %v5 : i8 to i64
  %v8 = arith.cmpi sgt, %v6, %v7 : i64
  %v9:2 = arith.addui_extended %v3, %v4#0 : tensor<0xi16>, tensor<0xi1>
  %v10 = arith.constant 0x0080 : bf16
  %v11 = arith.minnumf %v10, %arg3 : bf16
  %v12 = arith.addf %v11, %v11 : bf16
  %v13 = arith.constant 7 : i7
  %v14:2 = arith.mului_extended %v13, %arg1 : i7
  %v15 = arith.extui %v5 : i8 to i64
  %v16 = arith.maxnumf %arg0, %arg0 fastmath<ninf> : f80
  %v17 = arith.bitcast %v2 : f64 to i64
  %v18 = arith.constant 1 : i8
  %v19 = arith.constant 3 : i8
  %v20 = arith.minui %v18, %v19 : i8
  %v21 = arith.minui %v18, %v19 : i8
  %v22 = arith.constant -64 : i7
  %v23 = arith.maxsi %v14#1, %v22 : i7
  %v24:2 = arith.mului_extended %v21, %v19 : i8
  %v25 = arith.index_castui %v23 : i7 to index
  %v26 = arith.constant 0 : index
  %v27 = arith.remui %v25, %v26 : index
  %v28 = arith.constant -64 : i7
  %v29 = arith.andi %v23, %v28 : i7
  %v30 = arith.constant 63 : i7
  %v31 = arith.andi %v29, %v30 : i7
  %v32 = arith.constant 0x7FFEFFFFFFFFFFFFFFFF : f80
  %v33 = arith.cmpf ueq, %v32, %arg0 fastmath<arcp,afn> : f80
  %v34 = arith.constant 0x3F800000 : f32
  %v35 = arith.maximumf %v34, %v1 : f32
  %v36 = arith.constant 1 : i64
  %v37 = arith.constant -0.75 : f32
  %v38 = arith.constant dense<[]> : tensor<0xi16>
  %v39:2 = func.call @f0(%v36, %v37, %v2, %v38) : (i64, f32, f64, tensor<0xi16>) -> (tensor<0xi16>, i64)
  %v40 = arith.constant 0.1 : f80
  %v41 = arith.maxnumf %arg0, %v40 fastmath<none> : f80
  %v42 = arith.fptoui %v16 : f80 to i1
  %v43 = arith.constant -0.75 : bf16
  %v44 = arith.extf %v43 fastmath<nsz> : bf16 to tf32
  return %v23, %v39#0, %v33 : i7, tensor<0xi16>, i1
}
