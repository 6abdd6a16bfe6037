// Random func/arith module, seed 112.
func.func @f0(%arg0: f32, %arg1: tensor<3xi32>) -> (tensor<3xi32>, f32, f32) {
  %v0 = arith.constant dense<true> : tensor<3xi1>
  %v1 = arith.constant dense<0> : tensor<3xi32>
  %v2 = arith.select %v0, %arg1, %v1 : tensor<3xi1>, tensor<3xi32>
  %v3 = arith.select %v0, %arg1, %v1 : tensor<3xi1>, tensor<3xi32>
  %v4 = arith.constant 63 : index
  %v5 = arith.constant 4 : index
  %v6 = arith.muli %v4, %v5 : index
  %v7 = arith.constant 6 : index
  %v8 = arith.muli %v7, %v6 : index
  %v9 = arith.constant 1 : i16
  %v10 = arith.index_castui %v9 : i16 to index
  %v11 = arith.constant true
  %v12 = arith.select %v11, %arg0, %arg0 : f32
  %v13 = arith.muli %v7, %v6 : index
  %v14 = arith.index_castui %v7 : index to i1
  %v15 = arith.constant 100.0 : f32
  %v16 = arith.cmpf oge, %arg0, %v15 {tag = 1 : i64} : f32
  %v17 = arith.floordivsi %v3, %v3 : tensor<3xi32>
  %v18 = arith.constant 0x1A : f6E3M2FN
  %v19 = arith.extf %v18 : f6E3M2FN to f8E8M0FNU
  %v20 = arith.constant 8545468200284894922 : index
  %v21 = arith.shli %v13, %v20 overflow<nsw> : index
  %v22 = arith.constant dense<false> : tensor<3xi1>
  %v23 = arith.constant dense<[524288, -1, 4]> : tensor<3xi32>
  %v24 = arith.select %v22, %v2, %v23 : tensor<3xi1>, tensor<3xi32>
  %v25 = arith.constant 0x19 : f8E4M3
  %v26 = arith.constant 0x80 : f8E4M3
  %v27 = arith.cmpf une, %v25, %v26 fastmath<ninf> : f8E4M3
  %v28 = arith.extf %v18 : f6E3M2FN to f8E8M0FNU
  %v29 = arith.constant -2.5 : f32
  %v30 = arith.maxnumf %v29, %v15 : f32
  %v31 = arith.constant dense<2059733907562402392> : vector<[4]xindex>
  %v32 = arith.index_cast %v31 : vector<[4]xindex> to vector<[4]xi1>
  %v33 = arith.constant dense<[false, true, false]> : tensor<3xi1>
  %v34 = arith.cmpi uge, %v33, %v22 : tensor<3xi1>
  %v35 = arith.select %v34, %v33, %v22 : tensor<3xi1>, tensor<3xi1>
  %v36 = arith.negf %v12 : f32
  %v37 = arith.negf %v36 : f32
  %v38 = arith.maximumf %v36, %v12 fastmath<nnan,ninf> : f32
  %v39 = arith.minimumf %v38, %v29 : f32
  return %v24, %v37, %v39 : tensor<3xi32>, f32, f32
}
func.func @f1(%arg0: f32, %arg1: vector<4xi8>, %arg2: f64) -> i1 {
  %v0 = arith.constant 0x0010000000000000 : f64
  %v1 = arith.maxnumf %arg2, %v0 fastmath<nnan> : f64
  %v2 = arith.cmpf ule, %arg2, %arg2 fastmath<reassoc,contract> : f64
  %v3 = arith.addf %v1, %arg2 : f64
  %v4 = arith.ceildivui %arg1, %arg1 : vector<4xi8>
  %v5 = arith.constant 9223372036854775807 : i64
  %v6 = arith.shrui %v5, %v5 : i64
  %v7 = arith.cmpf ule, %arg2, %arg2 fastmath<reassoc,contract> : f64
  %v8 = arith.constant dense<6> : vector<4xi8>
  %v9 = arith.constant dense<1> : vector<4xi8>
  %v10 = arith.shrsi %v8, %v9 : vector<4xi8>
  return %v7 : i1
}
func.func @f2(%arg0: i33, %arg1: f32, %arg2: vector<f64>, %arg3: i32) -> (vector<f64>, f32) {
  %v0 = arith.constant true
  %v1 = arith.constant 4.0 : f32
  %v2 = arith.select %v0, %arg1, %v1 : f32
  %v3 = arith.constant 15 : i32
  %v4 = arith.constant -1 : i32
  %v5 = arith.maxsi %v3, %v4 : i32
  %v6 = arith.subi %arg0, %arg0 overflow<nsw, nuw> : i33
  %v7 = arith.muli %v0, %v0 : i1
  %v8 = arith.constant dense<6> : tensor<3xi32>
  %v9:3 = func.call @f0(%v1, %v8) : (f32, tensor<3xi32>) -> (tensor<3xi32>, f32, f32)
  %v10 = arith.select %v7, %arg1, %v9#1 : f32
  %v11 = arith.muli %v0, %v0 : i1
  %v12 = arith.extf %v1 fastmath<nsz> : f32 to f80
  %v13 = arith.constant false
  %v14 = arith.minui %v7, %v13 : i1
  %v15 = arith.constant false
  %v16 = arith.minui %v14, %v15 : i1
  %v17 = arith.constant -6 : i32
  %v18 = arith.maxui %v17, %arg3 : i32
  %v19 = arith.extf %v1 fastmath<nsz> : f32 to f80
  %v20 = arith.constant dense<0xFFF8000000000000> : vector<f64>
  %v21 = arith.divf %arg2, %v20 : vector<f64>
  %v22 = arith.negf %v20 fastmath<arcp,afn> : vector<f64>
  %v23 = arith.bitcast %v9#0 : tensor<3xi32> to tensor<3xf32>
  %v24 = arith.bitcast %v23 : tensor<3xf32> to tensor<3xi32>
  %v25 = arith.extui %v18 : i32 to i64
  %v26 = arith.extui %v3 : i32 to i64
  %v27 = arith.cmpi ule, %v25, %v26 : i64
  %v28:3 = func.call @f0(%v2, %v8) : (f32, tensor<3xi32>) -> (tensor<3xi32>, f32, f32)
  %v29 = arith.negf %v28#2 : f32
  %v30 = arith.negf %v29 fastmath<fast> : f32
  %v31 = arith.cmpf false, %v1, %v9#2 : f32
  %v32 = arith.constant -1119148276 : i33
  %v33 = arith.cmpi sgt, %v6, %v32 : i33
  %v34 = arith.constant 2147483647 : i32
  %v35 = arith.muli %v18, %v34 : i32
  %v36 = arith.constant -1 : i32
  %v37 = arith.muli %v35, %v36 : i32
  %v38 = arith.remui %v28#0, %v8 : tensor<3xi32>
  %v39 = arith.negf %v21 : vector<f64>
  return %v39, %v28#1 : vector<f64>, f32
}
func.func @f3(%arg0: f64, %arg1: i8, %arg2: i32) -> (tensor<3xi32>, i32, f32, f32) {
  %v0 = arith.constant 0x39AB7294F7EA374E : f64
  %v1 = arith.mulf %arg0, %v0 fastmath<nsz> : f64
  %v2 = arith.constant -0.75 : f64
  %v3 = arith.subf %arg0, %v2 fastmath<fast> : f64
  %v4 = arith.constant -1 : i8
  %v5 = arith.constant -83 : i8
  %v6 = arith.cmpi uge, %v4, %v5 : i8
  %v7 = arith.minimumf %v1, %arg0 : f64
  %v8 = arith.subi %v4, %v5 : i8
  %v9 = arith.constant 0x8000000000000000 : f64
  %v10 = arith.minimumf %v1, %v9 : f64
  %v11 = arith.mulf %arg0, %v0 fastmath<nsz> : f64
  %v12 = arith.constant 0x80000000 : f32
  %v13 = arith.constant dense<-128> : vector<4xi8>
  %v14 = func.call @f1(%v12, %v13, %arg0) : (f32, vector<4xi8>, f64) -> i1
  %v15 = arith.constant -1 : i128
  %v16 = arith.constant 1048576 : i128
  %v17 = arith.xori %v16, %v15 : i128
  %v18 = arith.xori %v17, %v15 : i128
  %v19 = arith.constant false
  %v20 = arith.constant 0 : i16
  %v21 = arith.constant -1 : i16
  %v22 = arith.select %v19, %v20, %v21 : i16
  %v23 = arith.constant 4294967294 : i32
  %v24 = arith.divui %v23, %arg2 exact : i32
  %v25 = arith.constant 0.1 : f32
  %v26 = arith.constant dense<[0, 2147483647, 9]> : tensor<3xi32>
  %v27:3 = func.call @f0(%v25, %v26) : (f32, tensor<3xi32>) -> (tensor<3xi32>, f32, f32)
  %v28 = func.call @f1(%v25, %v13, %v9) : (f32, vector<4xi8>, f64) -> i1
  %v29 = arith.constant -4 : i32
  %v30 = arith.subi %v24, %v29 : i32
  %v31 = arith.constant -8 : i32
  %v32 = arith.subi %v30, %v31 : i32
  %v33 = arith.mulf %v27#1, %v25 : f32
  %v34 = arith.constant dense<-1> : tensor<3xi32>
  %v35 = arith.subi %v27#0, %v34 : tensor<3xi32>
  %v36 = arith.constant dense<1> : tensor<3xi32>
  %v37 = arith.subi %v35, %v36 : tensor<3xi32>
  %v38 = arith.trunci %v23 : i32 to i8
  %v39:3 = func.call @f0(%v25, %v26) : (f32, tensor<3xi32>) -> (tensor<3xi32>, f32, f32)
  %v40 = arith.constant 0x7F7FFFFF : f32
  %v41 = arith.cmpf une, %v39#2, %v40 : f32
  %v42 = arith.subi %v27#0, %v34 : tensor<3xi32>
  return %v37, %v30, %v39#1, %v33 : tensor<3xi32>, i32, f32, f32
}
