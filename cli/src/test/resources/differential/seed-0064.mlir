// Random func/arith module, seed 64.
func.func @f0(%arg0: i32) -> (bf16, i32, i64) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.ceildivui %arg0, %v0 : i32
  %v2 = arith.constant 3 : i32
  %v3 = arith.maxsi %v1, %v2 : i32
  %v4 = arith.constant 0 : i32
  %v5 = arith.maxsi %v4, %v3 : i32
  %v6 = arith.constant 0.5 : f32
  %v7 = arith.fptoui %v6 : f32 to i33
  %v8 = arith.constant 4 : i32
  %v9 = arith.constant 1 : i32
  %v10 = arith.shrui %v8, %v9 : i32
  %v11 = arith.uitofp %v10 : i32 to bf16
  %v12 = arith.extsi %v3 : i32 to i64
  %v13 = arith.extsi %v8 : i32 to i64
  %v14 = arith.cmpi ne, %v12, %v13 : i64
  %v15 = arith.extsi %v3 : i32 to i64
  %v16 = arith.constant 0xC942 : bf16
  %v17 = arith.constant 1.0 : bf16
  %v18 = arith.mulf %v16, %v17 : bf16
  %v19 = arith.maxsi %v1, %v2 : i32
  %v20 = arith.shli %v1, %v3 : i32
  %v21 = arith.constant false
  %v22 = arith.maxui %v21, %v14 : i1
  %v23 = arith.constant 32 : i64
  %v24 = arith.uitofp %v23 : i64 to bf16
  return %v16, %v19, %v15 : bf16, i32, i64
}
func.func @f1(%arg0: i128, %arg1: tensor<2x2xbf16>, %arg2: vector<4xi32>, %arg3: i16) -> i128 {
  %v0 = arith.constant 170141183460469231731687303715884105727 : i128
  %v1 = arith.shrsi %arg0, %v0 : i128
  %v2 = arith.constant 5 : i16
  %v3 = arith.bitcast %v2 : i16 to f16
  %v4 = arith.constant dense<[7, 8, 4194304, 1]> : vector<4xi32>
  %v5:2 = arith.mului_extended %arg2, %v4 : vector<4xi32>
  %v6 = arith.constant 5 : i128
  %v7 = arith.ori %v0, %v6 : i128
  %v8 = arith.bitcast %arg1 : tensor<2x2xbf16> to tensor<2x2xf16>
  %v9 = arith.constant 0x0001 : f16
  %v10 = arith.truncf %v9 fastmath<nnan,ninf> : f16 to f8E5M2
  %v11 = arith.maxsi %v7, %v0 : i128
  %v12 = arith.constant dense<-2147483648> : vector<4xi32>
  %v13 = arith.divui %v12, %v5#1 exact : vector<4xi32>
  %v14 = arith.constant true
  %v15 = arith.constant -9506083934214354393388368804600538135 : i128
  %v16 = arith.select %v14, %v15, %arg0 : i128
  %v17 = arith.index_castui %v13 : vector<4xi32> to vector<4xindex>
  %v18 = arith.divsi %v5#0, %v5#0 : vector<4xi32>
  return %v16 : i128
}
func.func @f2(%arg0: vector<2xi1>, %arg1: f8E4M3FN, %arg2: index, %arg3: f8E4M3FNUZ) -> (vector<2xi1>, f8E4M3FN, f8E4M3FNUZ) {
  %v0 = arith.constant dense<[false, false]> : vector<2xi1>
  %v1 = arith.index_castui %v0 : vector<2xi1> to vector<2xindex>
  %v2 = arith.constant 140737488355328 : index
  %v3 = arith.maxsi %arg2, %v2 : index
  %v4 = arith.constant 1789501287880463133 : index
  %v5 = arith.maxsi %v4, %v3 : index
  %v6 = arith.constant 0.1 : f8E4M3FNUZ
  %v7 = arith.negf %v6 : f8E4M3FNUZ
  %v8 = arith.constant 0x08 : f8E4M3FNUZ
  %v9 = arith.remf %arg3, %v8 fastmath<fast> : f8E4M3FNUZ
  %v10 = arith.constant 8 : i128
  %v11 = arith.constant dense<[[3.0, 0x007F], [4.0, 0xBF80]]> : tensor<2x2xbf16>
  %v12 = arith.constant dense<[-6, 11, 1, 794757186]> : vector<4xi32>
  %v13 = arith.constant 7 : i16
  %v14 = func.call @f1(%v10, %v11, %v12, %v13) : (i128, tensor<2x2xbf16>, vector<4xi32>, i16) -> i128
  %v15 = arith.minimumf %v9, %v9 : f8E4M3FNUZ
  %v16 = arith.remf %arg3, %v8 fastmath<fast> : f8E4M3FNUZ
  %v17 = arith.constant 2147483647 : i32
  %v18:3 = func.call @f0(%v17) : (i32) -> (bf16, i32, i64)
  %v19 = arith.negf %v6 : f8E4M3FNUZ
  %v20 = arith.constant 131072 : i32
  %v21 = arith.remui %v17, %v20 : i32
  %v22 = arith.minimumf %v9, %v9 : f8E4M3FNUZ
  %v23 = arith.ori %arg0, %v0 : vector<2xi1>
  %v24 = arith.negf %v18#0 : bf16
  %v25 = arith.negf %v24 fastmath<ninf> : bf16
  %v26 = arith.constant -1 : index
  %v27 = arith.index_cast %v26 : index to i1
  %v28 = arith.minimumf %v9, %v9 : f8E4M3FNUZ
  %v29 = arith.constant dense<[0, 1, 33, -1]> : vector<4xi32>
  %v30 = arith.shrsi %v12, %v29 : vector<4xi32>
  %v31 = arith.subf %v24, %v18#0 fastmath<nnan> : bf16
  %v32 = arith.constant 0x80 : f8E4M3FNUZ
  %v33 = arith.cmpf ult, %v28, %v32 : f8E4M3FNUZ
  %v34 = arith.constant -1 : index
  %v35 = arith.cmpi slt, %v34, %v26 : index
  %v36 = arith.index_cast %v26 : index to i1
  %v37 = arith.constant 4.0 : f8E4M3FN
  %v38 = arith.divf %arg1, %v37 : f8E4M3FN
  return %v23, %v38, %v22 : vector<2xi1>, f8E4M3FN, f8E4M3FNUZ
}
func.func @f3(%arg0: f64) -> i128 {
  %v0 = arith.constant 0.0 : f64
  %v1 = arith.subf %arg0, %v0 : f64
  %v2 = arith.constant -64 : i7
  %v3 = arith.xori %v2, %v2 : i7
  %v4 = arith.xori %v2, %v2 : i7
  %v5 = arith.uitofp %v2 : i7 to f8E5M2
  %v6 = arith.negf %v0 : f64
  %v7 = arith.constant true
  %v8 = arith.constant 15 : i7
  %v9 = arith.select %v7, %v2, %v8 : i7
  %v10 = arith.constant 0x00000000 : f32
  %v11 = arith.constant 2.0 : f32
  %v12 = arith.maxnumf %v10, %v11 : f32
  %v13 = arith.constant 1 : i7
  %v14 = arith.muli %v8, %v13 : i7
  %v15 = arith.constant 0x08 : f8E4M3FN
  %v16 = arith.negf %v15 : f8E4M3FN
  %v17 = arith.maxsi %v14, %v2 : i7
  %v18 = arith.divsi %v13, %v2 : i7
  %v19 = arith.constant dense<[[0xFFF8000000000000, -3.0e-05, -2.5], [0xA7087466FBF168A9, 1.0, 2.0]]> : vector<2x3xf64>
  %v20 = arith.subf %v19, %v19 fastmath<reassoc,contract> : vector<2x3xf64>
  %v21 = arith.constant dense<0x2662FCD7> : vector<2x3xf32>
  %v22 = arith.constant dense<0x3F800000> : vector<2x3xf32>
  %v23 = arith.maxnumf %v21, %v22 : vector<2x3xf32>
  %v24 = arith.constant false
  %v25 = arith.constant 0x0000000000000001 : f64
  %v26 = arith.select %v24, %v25, %v6 : f64
  %v27 = arith.xori %v2, %v2 : i7
  %v28 = arith.divsi %v13, %v2 : i7
  %v29 = arith.constant 0xA96119A3BAEFA398 : f64
  %v30 = arith.remf %v0, %v29 : f64
  %v31 = arith.constant 65 : index
  %v32 = arith.constant 64 : index
  %v33 = arith.minui %v31, %v32 : index
  %v34 = arith.cmpf oeq, %arg0, %v29 : f64
  %v35 = arith.constant 12 : i128
  %v36 = arith.constant dense<7.0> : tensor<2x2xbf16>
  %v37 = arith.constant dense<-1> : vector<4xi32>
  %v38 = arith.constant 16 : i16
  %v39 = func.call @f1(%v35, %v36, %v37, %v38) : (i128, tensor<2x2xbf16>, vector<4xi32>, i16) -> i128
  %v40 = arith.minnumf %v1, %v6 fastmath<reassoc,contract> : f64
  %v41:2 = arith.mului_extended %v39, %v39 : i128
  return %v41#0 : i128
}
