// Random func/arith module, seed 154.
func.func @f0(%arg0: tensor<0xf64>, %arg1: f32, %arg2: f32) -> (f32, i64, f8E4M3FN) {
  %v0 = arith.constant dense<64> : vector<2xi16>
  %v1 = arith.constant dense<[0, 1]> : vector<2xi16>
  %v2 = arith.ori %v0, %v1 : vector<2xi16>
  %v3 = arith.ori %v0, %v1 : vector<2xi16>
  %v4 = arith.cmpf ult, %arg2, %arg2 : f32
  %v5 = arith.constant dense<0x8000000000000000> : tensor<0xf64>
  %v6 = arith.bitcast %v5 : tensor<0xf64> to tensor<0xi64>
  %v7 = arith.constant -3.0e-05 : f32
  %v8 = arith.negf %v7 : f32
  %v9 = arith.constant 0x3F800000 : f32
  %v10 = arith.constant -3.0e-05 : f32
  %v11 = arith.mulf %v9, %v10 fastmath<fast> : f32
  %v12 = arith.constant true
  %v13 = arith.cmpi sge, %v4, %v12 : i1
  %v14 = arith.constant 64 : i64
  %v15:2 = arith.mulsi_extended %v14, %v14 : i64
  %v16 = arith.constant dense<5> : tensor<0xi64>
  %v17 = arith.cmpi eq, %v16, %v16 : tensor<0xi64>
  %v18 = arith.uitofp %v15#1 : i64 to f32
  %v19 = arith.fptosi %v18 : f32 to i64
  %v20:2 = arith.mulsi_extended %v14, %v14 : i64
  %v21 = arith.cmpf ult, %arg2, %arg2 : f32
  %v22 = arith.truncf %arg2 to_nearest_even fastmath<ninf> : f32 to f8E4M3FN
  %v23 = arith.bitcast %v18 : f32 to i32
  %v24 = arith.constant dense<16> : vector<2xi16>
  %v25 = arith.uitofp %v24 : vector<2xi16> to vector<2xf64>
  %v26 = arith.fptoui %v25 : vector<2xf64> to vector<2xi16>
  %v27 = arith.cmpi eq, %v16, %v16 : tensor<0xi64>
  %v28 = arith.constant 0x00800000 : f32
  %v29 = arith.minnumf %arg1, %v28 : f32
  %v30 = arith.constant dense<0x1EE047D5CFB3A676> : vector<2xf64>
  %v31 = arith.remf %v30, %v25 fastmath<reassoc,contract> : vector<2xf64>
  %v32 = arith.constant 0xCE110AD47CAFF46B : f64
  %v33 = arith.addf %v32, %v32 : f64
  return %v29, %v20#0, %v22 : f32, i64, f8E4M3FN
}
func.func @f1(%arg0: f32) -> (i1, i1, i1) {
  %v0 = arith.constant dense<[-8, 70368744177664]> : vector<2xindex>
  %v1 = arith.cmpi sle, %v0, %v0 : vector<2xindex>
  %v2 = arith.constant dense<true> : vector<2xi1>
  %v3 = arith.remui %v2, %v2 : vector<2xi1>
  %v4 = arith.constant -1.0 : f32
  %v5 = arith.remf %v4, %arg0 : f32
  %v6 = arith.constant 0x7FC00000 : f32
  %v7 = arith.addf %v6, %arg0 : f32
  %v8 = arith.shli %v0, %v0 overflow<nuw> : vector<2xindex>
  %v9 = arith.constant dense<63> : vector<2xindex>
  %v10 = arith.addi %v8, %v9 : vector<2xindex>
  %v11 = arith.constant 3.0 : f32
  %v12 = arith.cmpf true, %v7, %v11 : f32
  %v13 = arith.addi %v8, %v9 : vector<2xindex>
  %v14 = arith.truncf %v11 : f32 to f8E4M3
  %v15 = arith.divsi %v12, %v12 : i1
  %v16 = arith.cmpf true, %v7, %v11 : f32
  %v17 = arith.constant 100.0 : f32
  %v18 = arith.mulf %v17, %v7 fastmath<arcp,afn> : f32
  %v19 = arith.constant -0.0 : f32
  %v20 = arith.negf %v19 : f32
  %v21 = arith.negf %v20 : f32
  %v22 = arith.negf %v19 : f32
  return %v16, %v16, %v16 : i1, i1, i1
}
func.func @f2(%arg0: f32, %arg1: i32, %arg2: i16) -> (f32, i32, f64) {
  %v0 = arith.constant 0x2F9313E9 : f32
  %v1 = arith.minimumf %v0, %v0 fastmath<ninf> : f32
  %v2 = arith.constant 2147483647 : i32
  %v3 = arith.shrsi %v2, %arg1 : i32
  %v4 = arith.constant 0x3F800000 : f32
  %v5 = arith.addf %arg0, %v4 fastmath<none> : f32
  %v6 = arith.maxnumf %v1, %v5 : f32
  %v7 = arith.constant 100.0 : f32
  %v8 = arith.subf %v6, %v7 fastmath<fast> : f32
  %v9 = arith.constant 4.0 : f32
  %v10 = arith.divf %v5, %v9 fastmath<nnan> : f32
  %v11 = arith.constant dense<[31, -1, 16777216, 2147483647]> : vector<4xi32>
  %v12 = arith.cmpi ne, %v11, %v11 : vector<4xi32>
  %v13 = arith.constant -7 : i16
  %v14 = arith.remsi %v13, %arg2 : i16
  %v15 = arith.constant 0 : index
  %v16 = arith.index_castui %v15 : index to i8
  %v17 = arith.constant true
  %v18 = arith.constant 10 : i32
  %v19 = arith.select %v17, %v18, %arg1 : i32
  %v20 = arith.constant 7 : i8
  %v21 = arith.extui %v20 : i8 to i64
  %v22 = arith.extui %v16 : i8 to i64
  %v23 = arith.cmpi sgt, %v21, %v22 : i64
  %v24 = arith.index_cast %v20 : i8 to index
  %v25 = arith.cmpi sgt, %v21, %v22 : i64
  %v26 = arith.constant 0x02FE : bf16
  %v27 = arith.constant 0xFFC0 : bf16
  %v28 = arith.subf %v26, %v27 : bf16
  %v29 = arith.constant -2147483648 : i32
  %v30 = arith.constant 1 : i32
  %v31 = arith.ceildivui %v29, %v30 : i32
  %v32 = arith.constant 0 : i128
  %v33 = arith.cmpi ne, %v32, %v32 : i128
  %v34 = arith.divf %v10, %v9 : f32
  %v35 = arith.subf %v27, %v26 : bf16
  %v36 = arith.extf %v6 fastmath<fast> : f32 to f64
  %v37 = arith.addf %v10, %v10 : f32
  %v38 = arith.negf %v37 : f32
  %v39 = arith.negf %v38 fastmath<fast> : f32
  %v40 = arith.uitofp %v32 : i128 to f80
  return %v38, %arg1, %v36 : f32, i32, f64
}
func.func @f3(%arg0: f8E5M2, %arg1: f6E2M3FN, %arg2: i32, %arg3: f32) -> i1 {
  %v0 = arith.constant false
  %v1 = arith.constant 524288 : index
  %v2 = arith.select %v0, %v1, %v1 : index
  %v3 = arith.constant 1.0 : f32
  %v4 = arith.cmpf uge, %arg3, %v3 : f32
  %v5 = arith.constant 0 : i32
  %v6 = arith.cmpi ne, %arg2, %v5 : i32
  %v7 = arith.constant 0x0F : f6E2M3FN
  %v8 = arith.cmpf ogt, %arg1, %v7 fastmath<none> : f6E2M3FN
  %v9 = arith.select %v0, %v1, %v1 : index
  %v10 = arith.cmpf uge, %arg3, %v3 : f32
  %v11 = arith.minimumf %v3, %arg3 fastmath<arcp,afn> : f32
  %v12:2 = arith.addui_extended %v6, %v8 : i1, i1
  %v13 = arith.cmpi eq, %arg2, %v5 : i32
  %v14 = arith.select %v13, %arg2, %v5 : i32
  %v15 = arith.shrsi %v6, %v12#0 exact : i1
  %v16 = arith.negf %arg1 fastmath<fast> : f6E2M3FN
  return %v12#0 : i1
}
