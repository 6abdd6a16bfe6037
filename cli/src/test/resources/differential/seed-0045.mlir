// Random func/arith module, seed 45.
func.func @f0(%arg0: bf16, %arg1: i16, %arg2: i32, %arg3: f32) -> i32 {
  %v0 = arith.constant 1 : i32
  %v1 = arith.constant 9 : i32
  %v2 = arith.muli %v0, %v1 overflow<none> : i32
  %v3 = arith.constant 0xBF800000 : f32
  %v4 = arith.addf %arg3, %v3 fastmath<ninf> : f32
  %v5 = arith.muli %v0, %v1 overflow<none> : i32
  %v6 = arith.minnumf %arg0, %arg0 : bf16
  %v7 = arith.minnumf %arg3, %v3 : f32
  %v8 = arith.constant -1 : i32
  %v9 = arith.xori %arg2, %v8 : i32
  %v10 = arith.xori %v9, %v8 : i32
  %v11 = arith.constant 658411040 : i32
  %v12 = arith.maxsi %v9, %v11 : i32
  %v13 = arith.constant 33 : i32
  %v14 = arith.maxsi %v12, %v13 : i32
  %v15 = arith.constant 0x7B : f8E5M2FNUZ
  %v16 = arith.cmpf one, %v15, %v15 : f8E5M2FNUZ
  %v17 = arith.maxsi %arg1, %arg1 : i16
  %v18 = arith.xori %v9, %v8 : i32
  %v19 = arith.maxui %arg2, %v12 : i32
  %v20 = arith.muli %v0, %v1 overflow<none> : i32
  %v21 = arith.constant -2147483648 : i32
  %v22 = arith.cmpi sgt, %v8, %v21 : i32
  %v23 = arith.maximumf %v4, %arg3 : f32
  %v24 = arith.cmpf ult, %v4, %v3 fastmath<reassoc,contract> : f32
  %v25 = arith.constant false
  %v26 = arith.maxui %v16, %v25 : i1
  %v27 = arith.constant 0x7F800000 : f32
  %v28 = arith.minimumf %v7, %v27 fastmath<reassoc,contract> : f32
  %v29 = arith.constant dense<0x811E> : vector<2x3xbf16>
  %v30 = arith.select %v24, %v29, %v29 : vector<2x3xbf16>
  %v31 = arith.maxui %v16, %v25 : i1
  %v32 = arith.maxsi %v9, %v11 : i32
  return %v12 : i32
}
func.func @f1(%arg0: i16, %arg1: vector<4xf16>, %arg2: vector<4xbf16>) -> i1 {
  %v0 = arith.constant false
  %v1 = arith.constant -10745 : i16
  %v2 = arith.select %v0, %arg0, %v1 : i16
  %v3 = arith.select %v0, %arg0, %v1 : i16
  %v4 = arith.select %v0, %arg0, %v1 : i16
  %v5 = arith.maximumf %arg1, %arg1 : vector<4xf16>
  %v6 = arith.fptoui %arg2 : vector<4xbf16> to vector<4xi16>
  %v7 = arith.constant 8 : i16
  %v8 = arith.ceildivui %v4, %v7 : i16
  %v9 = arith.fptoui %arg2 : vector<4xbf16> to vector<4xi16>
  %v10 = arith.constant dense<false> : vector<4xi1>
  %v11 = arith.constant dense<true> : vector<4xi1>
  %v12 = arith.cmpi ule, %v10, %v11 : vector<4xi1>
  %v13 = arith.cmpi ule, %v10, %v11 : vector<4xi1>
  %v14 = arith.ceildivui %v4, %v7 : i16
  %v15 = arith.remf %arg1, %v5 : vector<4xf16>
  %v16 = arith.constant 0x7F80 : bf16
  %v17 = arith.constant -2147483648 : i32
  %v18 = arith.constant 1.0 : f32
  %v19 = func.call @f0(%v16, %v7, %v17, %v18) : (bf16, i16, i32, f32) -> i32
  %v20 = arith.constant true
  %v21 = arith.constant true
  %v22 = arith.xori %v21, %v20 : i1
  %v23 = arith.xori %v22, %v20 : i1
  %v24 = arith.remf %v5, %arg1 fastmath<nnan,ninf> : vector<4xf16>
  %v25 = arith.constant -2511 : i16
  %v26:2 = arith.mulsi_extended %v25, %v3 : i16
  %v27 = arith.extf %arg2 : vector<4xbf16> to vector<4xf64>
  %v28 = arith.constant false
  %v29 = arith.constant true
  %v30 = arith.select %v28, %v20, %v29 : i1
  %v31 = arith.constant 33 : i32
  %v32 = arith.cmpi ult, %v19, %v31 : i32
  %v33 = arith.maxsi %v32, %v32 : i1
  %v34 = arith.constant dense<0> : vector<4xi16>
  %v35 = arith.select %v20, %v34, %v9 : vector<4xi16>
  %v36 = arith.constant dense<false> : vector<4xi1>
  %v37 = arith.select %v36, %arg2, %arg2 : vector<4xi1>, vector<4xbf16>
  return %v32 : i1
}
