// Random func/arith module, seed 172.
func.func @f0(%arg0: f32) -> (f32, i1) {
  %v0 = arith.constant 0x00000001 : f32
  %v1 = arith.maximumf %arg0, %v0 : f32
  %v2 = arith.constant 13 : i8
  %v3 = arith.constant -12 : i8
  %v4 = arith.cmpi sle, %v2, %v3 : i8
  %v5 = arith.cmpi sle, %v2, %v3 : i8
  %v6 = arith.constant -2.5 : f32
  %v7 = arith.constant 2.0 : f32
  %v8 = arith.remf %v6, %v7 : f32
  %v9 = arith.maximumf %arg0, %v0 : f32
  %v10 = arith.constant false
  %v11 = arith.constant true
  %v12 = arith.cmpi ult, %v10, %v11 : i1
  %v13 = arith.constant true
  %v14 = arith.constant false
  %v15 = arith.select %v12, %v14, %v13 : i1
  %v16 = arith.constant 0xB696C998 : f32
  %v17 = arith.minnumf %v16, %v9 fastmath<nsz> : f32
  %v18 = arith.constant 127 : i8
  %v19 = arith.cmpi ult, %v2, %v18 : i8
  %v20 = arith.cmpi ne, %v18, %v2 : i8
  %v21 = arith.remf %v9, %v17 fastmath<arcp,afn> : f32
  %v22 = arith.constant 127 : i8
  %v23 = arith.constant 0 : i8
  %v24 = arith.subi %v22, %v23 overflow<none> : i8
  %v25 = arith.minnumf %v6, %v16 : f32
  %v26 = arith.minnumf %v16, %v9 fastmath<nsz> : f32
  %v27 = arith.constant 97 : i8
  %v28 = arith.ori %v27, %v3 : i8
  %v29:2 = arith.mului_extended %v22, %v3 : i8
  %v30 = arith.constant 0.1 : bf16
  %v31 = arith.constant 3.0 : bf16
  %v32 = arith.minimumf %v30, %v31 : bf16
  %v33 = arith.constant -1 : i8
  %v34 = arith.andi %v33, %v24 : i8
  %v35 = arith.mulf %v21, %v1 : f32
  %v36 = arith.select %v12, %v14, %v13 : i1
  %v37 = arith.minimumf %v17, %v0 : f32
  %v38 = arith.minnumf %v6, %v16 : f32
  %v39 = arith.constant true
  %v40 = arith.floordivsi %v14, %v39 : i1
  return %v35, %v36 : f32, i1
}
func.func @f1(%arg0: vector<2xf32>, %arg1: tensor<2x2xindex>, %arg2: index, %arg3: f32) -> tensor<2x2xi1> {
  %v0 = arith.shrsi %arg1, %arg1 : tensor<2x2xindex>
  %v1 = arith.fptosi %arg0 : vector<2xf32> to vector<2xi16>
  %v2 = arith.constant 7 : i8
  %v3 = arith.extsi %v2 : i8 to i64
  %v4 = arith.constant 127 : i8
  %v5 = arith.extsi %v4 : i8 to i64
  %v6 = arith.cmpi slt, %v3, %v5 : i64
  %v7 = arith.sitofp %v6 : i1 to f8E4M3FNUZ
  %v8 = arith.constant 0x80000000 : f32
  %v9 = arith.truncf %v8 : f32 to tf32
  %v10 = arith.index_cast %v0 : tensor<2x2xindex> to tensor<2x2xi1>
  %v11 = arith.constant dense<[]> : tensor<0xindex>
  %v12 = arith.ori %v11, %v11 : tensor<0xindex>
  %v13 = arith.constant dense<0x7F7FFFFF> : vector<2xf32>
  %v14 = arith.maxnumf %arg0, %v13 : vector<2xf32>
  %v15 = arith.maxnumf %arg0, %v13 : vector<2xf32>
  %v16 = arith.subi %arg2, %arg2 : index
  %v17 = arith.constant dense<[1, -2]> : vector<2xi16>
  %v18 = arith.shrui %v17, %v1 : vector<2xi16>
  return %v10 : tensor<2x2xi1>
}
func.func @f2(%arg0: i32, %arg1: i1, %arg2: f8E5M2FNUZ) -> (i1, i32) {
  %v0 = arith.constant false
  %v1 = arith.cmpi sgt, %arg1, %v0 : i1
  %v2 = arith.constant false
  %v3 = arith.constant true
  %v4 = arith.select %v2, %v3, %v1 : i1
  %v5 = arith.ceildivui %v3, %v1 : i1
  %v6 = arith.constant 0x00000000 : f32
  %v7:2 = func.call @f0(%v6) : (f32) -> (f32, i1)
  %v8 = arith.extsi %arg0 : i32 to i33
  %v9 = arith.constant 4 : i32
  %v10 = arith.remui %v9, %arg0 : i32
  %v11:2 = func.call @f0(%v7#0) : (f32) -> (f32, i1)
  %v12 = arith.select %v2, %v3, %v1 : i1
  %v13 = arith.divsi %v2, %v4 : i1
  %v14 = arith.divf %arg2, %arg2 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v15 = arith.constant -1 : i32
  %v16 = arith.extsi %v15 : i32 to i64
  %v17 = arith.cmpi ule, %v0, %v4 : i1
  %v18 = arith.constant true
  %v19 = arith.ceildivui %v13, %v18 : i1
  %v20 = arith.divf %arg2, %arg2 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v21 = arith.uitofp %arg1 : i1 to f32
  %v22 = arith.constant 2 : i32
  %v23 = arith.ceildivsi %v22, %v10 : i32
  %v24 = arith.fptoui %v6 : f32 to i7
  %v25 = arith.negf %arg2 : f8E5M2FNUZ
  %v26 = arith.constant true
  %v27 = arith.cmpi eq, %v19, %v26 : i1
  %v28 = arith.constant true
  %v29 = arith.constant false
  %v30 = arith.select %v27, %v29, %v28 : i1
  return %v27, %v23 : i1, i32
}
