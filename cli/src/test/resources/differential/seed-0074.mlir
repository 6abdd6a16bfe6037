// Random func/arith module, seed 74.
func.func @f0(%arg0: index, %arg1: i7, %arg2: f8E4M3FN) -> (index, i1) {
  %v0 = arith.constant -1 : i7
  %v1 = arith.shrui %arg1, %v0 exact : i7
  %v2 = arith.andi %arg0, %arg0 : index
  %v3 = arith.index_cast %arg0 : index to i64
  %v4 = arith.constant 0x80 : f8E4M3FN
  %v5 = arith.minnumf %arg2, %v4 : f8E4M3FN
  %v6 = arith.constant 0x80 : f8E4M3FN
  %v7 = arith.subf %v6, %v5 fastmath<nnan,ninf> : f8E4M3FN
  %v8 = arith.subf %v6, %v5 fastmath<nnan,ninf> : f8E4M3FN
  %v9 = arith.constant 1 : index
  %v10 = arith.shrsi %arg0, %v9 exact : index
  %v11 = arith.minnumf %v8, %arg2 : f8E4M3FN
  %v12 = arith.constant 68719476736 : index
  %v13 = arith.divsi %v9, %v12 exact : index
  %v14 = arith.constant -1.0 : f8E4M3FN
  %v15 = arith.cmpf false, %v14, %v11 fastmath<nsz> : f8E4M3FN
  %v16 = arith.fptoui %arg2 : f8E4M3FN to i64
  return %v10, %v15 : index, i1
}
func.func @f1(%arg0: i1, %arg1: vector<2xf32>) -> (vector<2xf32>, vector<2xf32>) {
  %v0 = arith.negf %arg1 : vector<2xf32>
  %v1 = arith.constant true
  %v2 = arith.addi %v1, %arg0 : i1
  %v3 = arith.constant 1.0 : f16
  %v4 = arith.constant 4.0 : f16
  %v5 = arith.select %v1, %v3, %v4 : f16
  %v6 = arith.constant dense<[2.0, 0x007FFFFF]> : vector<2xf32>
  %v7 = arith.constant dense<0x7FC00000> : vector<2xf32>
  %v8 = arith.cmpf one, %v6, %v7 fastmath<nnan,ninf> : vector<2xf32>
  %v9 = arith.constant 1.0e+10 : f64
  %v10 = arith.constant 0x46036F74276D187A : f64
  %v11 = arith.addf %v9, %v10 fastmath<none> : f64
  %v12 = arith.extsi %arg0 : i1 to i8
  %v13 = arith.constant true
  %v14 = arith.select %v13, %arg1, %v6 : vector<2xf32>
  %v15 = arith.constant 1 : i8
  %v16 = arith.constant 1 : i8
  %v17 = arith.cmpi slt, %v15, %v16 : i8
  %v18 = arith.constant true
  %v19 = arith.andi %arg0, %v18 : i1
  %v20 = arith.constant dense<[3.0, 2.0]> : vector<2xf32>
  %v21 = arith.extf %v20 : vector<2xf32> to vector<2xf64>
  %v22 = arith.extsi %v1 : i1 to i128
  %v23 = arith.trunci %v22 overflow<none> : i128 to i16
  %v24 = arith.constant 2 : i128
  %v25 = arith.cmpi ule, %v22, %v24 : i128
  %v26 = arith.bitcast %v14 : vector<2xf32> to vector<2xi32>
  %v27 = arith.constant -2472936302965383992 : index
  %v28 = arith.constant 63 : i7
  %v29 = arith.constant 0xDC : f8E4M3FN
  %v30:2 = func.call @f0(%v27, %v28, %v29) : (index, i7, f8E4M3FN) -> (index, i1)
  %v31 = arith.subf %v14, %v0 : vector<2xf32>
  %v32 = arith.constant 0 : i8
  %v33 = arith.floordivsi %v32, %v15 : i8
  %v34 = arith.constant 12 : i32
  %v35 = arith.divui %v34, %v34 : i32
  %v36 = arith.select %v13, %arg1, %v6 : vector<2xf32>
  %v37 = arith.constant -9223372036854775808 : index
  %v38 = arith.index_castui %v37 : index to i7
  return %v36, %v36 : vector<2xf32>, vector<2xf32>
}
func.func @f2(%arg0: f8E4M3, %arg1: f32) -> (f8E5M2, i32) {
  %v0 = arith.constant 63 : i7
  %v1 = arith.constant 6 : i7
  %v2 = arith.maxui %v0, %v1 : i7
  %v3 = arith.constant 4.0 : f8E4M3
  %v4 = arith.negf %v3 fastmath<nnan> : f8E4M3
  %v5 = arith.constant 11 : i7
  %v6:2 = arith.mulsi_extended %v2, %v5 : i7
  %v7 = arith.cmpi ne, %v5, %v1 : i7
  %v8 = arith.negf %v3 fastmath<nnan> : f8E4M3
  %v9 = arith.bitcast %arg1 : f32 to i32
  %v10 = arith.constant dense<1.0> : vector<2xf32>
  %v11:2 = func.call @f1(%v7, %v10) : (i1, vector<2xf32>) -> (vector<2xf32>, vector<2xf32>)
  %v12 = arith.extf %v8 fastmath<fast> : f8E4M3 to f16
  %v13 = arith.constant 1.0 : f32
  %v14 = arith.truncf %v13 : f32 to bf16
  %v15 = arith.constant 6280736333332461819 : index
  %v16 = arith.constant 0 : i7
  %v17 = arith.constant 0x01 : f8E4M3FN
  %v18:2 = func.call @f0(%v15, %v16, %v17) : (index, i7, f8E4M3FN) -> (index, i1)
  %v19 = arith.constant false
  %v20:2 = func.call @f1(%v19, %v11#0) : (i1, vector<2xf32>) -> (vector<2xf32>, vector<2xf32>)
  %v21 = arith.constant 1 : i32
  %v22:2 = arith.mului_extended %v21, %v9 : i32
  %v23 = arith.maxsi %v15, %v18#0 : index
  %v24 = arith.truncf %v12 to_nearest_away : f16 to f8E5M2
  %v25:2 = arith.mulsi_extended %v21, %v9 : i32
  %v26 = arith.maxsi %v15, %v18#0 : index
  return %v24, %v22#1 : f8E5M2, i32
}
func.func @f3(%arg0: index, %arg1: f8E5M2) -> (index, i1) {
  %v0 = arith.constant 3132010084457935991 : i64
  %v1 = arith.constant 64 : i64
  %v2:2 = arith.addui_extended %v0, %v1 : i64, i1
  %v3 = arith.constant 4842281615454464258 : i64
  %v4:2 = arith.mului_extended %v3, %v1 : i64
  %v5 = arith.index_castui %arg0 : index to i33
  %v6 = arith.constant 3 : i33
  %v7:2 = arith.mului_extended %v6, %v6 : i33
  %v8 = arith.constant 0 : i33
  %v9 = arith.divsi %v8, %v6 : i33
  %v10 = arith.cmpi eq, %v5, %v8 : i33
  %v11 = arith.constant dense<true> : vector<2x3xi1>
  %v12 = arith.constant dense<[[true, true, true], [false, false, false]]> : vector<2x3xi1>
  %v13 = arith.cmpi eq, %v11, %v12 : vector<2x3xi1>
  %v14 = arith.constant dense<0.1> : vector<2xbf16>
  %v15 = arith.fptosi %v14 : vector<2xbf16> to vector<2xi64>
  %v16 = arith.cmpi ule, %arg0, %arg0 : index
  %v17:2 = arith.addui_extended %v0, %v1 : i64, i1
  %v18 = arith.constant 0x8000 : bf16
  %v19 = arith.constant 0x7F80 : bf16
  %v20 = arith.maximumf %v18, %v19 : bf16
  %v21 = arith.index_castui %arg0 : index to i33
  %v22 = arith.constant -4294967296 : i33
  %v23 = arith.maxsi %v6, %v22 : i33
  %v24 = arith.shrsi %arg0, %arg0 : index
  %v25 = arith.bitcast %arg1 : f8E5M2 to f8E5M2FNUZ
  %v26 = arith.constant dense<[-1.0, -2.5, -1.0, 0x7247]> : vector<4xbf16>
  %v27 = arith.negf %v26 fastmath<none> : vector<4xbf16>
  %v28 = arith.constant 65 : i64
  %v29:2 = arith.mulsi_extended %v28, %v0 : i64
  %v30 = arith.negf %v26 fastmath<none> : vector<4xbf16>
  %v31 = arith.muli %v7#1, %v8 : i33
  %v32 = arith.constant 0x7B : f8E5M2
  %v33 = arith.cmpf ugt, %arg1, %v32 : f8E5M2
  %v34 = arith.maxui %v24, %v24 : index
  %v35 = arith.index_castui %v24 : index to i33
  return %v24, %v33 : index, i1
}
