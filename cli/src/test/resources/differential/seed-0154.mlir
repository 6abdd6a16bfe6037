// Random func/arith module, seed 154.
func.func @f0(%arg0: tensor<0xf64>, %arg1: f32, %arg2: f32) -> (tensor<0xi1>, vector<2xi1>, f32, f32) {
  %v0 = arith.constant dense<64> : vector<2xi16>
  %v1 = arith.constant dense<[0, 1]> : vector<2xi16>
  %v2 = arith.ori %v0, %v1 : vector<2xi16>
  %v3 = arith.constant dense<32767> : vector<2xi16>
  %v4 = arith.constant dense<6> : vector<2xi16>
  %v5 = arith.remsi %v3, %v4 : vector<2xi16>
  %v6 = arith.constant dense<0x8000000000000000> : tensor<0xf64>
  %v7 = arith.subf %arg0, %v6 : tensor<0xf64>
  %v8 = arith.negf %arg2 : f32
  %v9 = arith.constant 2.0 : f32
  %v10 = arith.minimumf %v9, %arg2 fastmath<reassoc,contract> : f32
  %v11 = arith.cmpi sle, %v1, %v4 : vector<2xi16>
  %v12 = arith.constant dense<[false, true]> : vector<2xi1>
  %v13 = arith.constant dense<10> : vector<2xi16>
  %v14 = arith.select %v12, %v13, %v0 : vector<2xi1>, vector<2xi16>
  %v15 = arith.floordivsi %v12, %v12 {tag = 0 : i64} : vector<2xi1>
  %v16 = arith.ceildivui %v14, %v13 : vector<2xi16>
  %v17 = arith.ceildivui %v14, %v13 : vector<2xi16>
  %v18 = arith.constant dense<true> : vector<2xi1>
  %v19 = arith.cmpi ne, %v18, %v15 : vector<2xi1>
  %v20 = arith.select %v19, %v15, %v18 : vector<2xi1>, vector<2xi1>
  %v21 = arith.floordivsi %v12, %v12 {tag = 0 : i64} : vector<2xi1>
  %v22 = arith.constant 0x80000000 : f32
  %v23 = arith.minnumf %v8, %v22 fastmath<nnan,ninf> : f32
  %v24 = arith.index_cast %v13 : vector<2xi16> to vector<2xindex>
  %v25 = arith.negf %arg2 : f32
  %v26 = arith.cmpi sle, %v1, %v4 : vector<2xi16>
  %v27 = arith.constant dense<[-5, 0]> : vector<2xi32>
  %v28 = arith.uitofp %v27 : vector<2xi32> to vector<2xf32>
  %v29 = arith.fptosi %v28 {tag = 1 : i64} : vector<2xf32> to vector<2xi32>
  %v30 = arith.cmpi sle, %v1, %v4 : vector<2xi16>
  %v31 = arith.cmpf uge, %v6, %v7 : tensor<0xf64>
  return %v31, %v19, %v25, %v23 : tensor<0xi1>, vector<2xi1>, f32, f32
}
func.func @f1(%arg0: vector<2xi1>, %arg1: f32) -> (vector<2xi1>, f32, vector<2xi1>) {
  %v0 = arith.uitofp %arg0 : vector<2xi1> to vector<2xf32>
  %v1 = arith.constant dense<[true, false]> : vector<2xi1>
  %v2 = arith.muli %arg0, %v1 overflow<nsw> : vector<2xi1>
  %v3 = arith.constant dense<0x8000000000000000> : tensor<3xf64>
  %v4 = arith.constant dense<-1.0> : tensor<3xf64>
  %v5 = arith.mulf %v3, %v4 : tensor<3xf64>
  %v6 = arith.constant dense<0x7FC00000> : vector<2xf32>
  %v7 = arith.addf %v6, %v0 : vector<2xf32>
  %v8 = arith.mulf %v3, %v4 : tensor<3xf64>
  %v9 = arith.constant 0x007FFFFF : f32
  %v10 = arith.remf %arg1, %v9 : f32
  %v11 = arith.constant dense<[true, true]> : vector<2xi1>
  %v12 = arith.muli %v2, %v11 : vector<2xi1>
  %v13 = arith.constant dense<false> : vector<2xi1>
  %v14 = arith.muli %v13, %v12 {tag = 1 : i64} : vector<2xi1>
  %v15 = arith.constant dense<[4.0, 0x7F800000]> : vector<2xf32>
  %v16 = arith.negf %v15 fastmath<none> : vector<2xf32>
  %v17 = arith.constant dense<false> : vector<2xi1>
  %v18 = arith.shli %v17, %arg0 overflow<nuw> : vector<2xi1>
  %v19 = arith.constant dense<true> : vector<2xi1>
  %v20 = arith.xori %v18, %v19 : vector<2xi1>
  %v21 = arith.xori %v20, %v19 : vector<2xi1>
  %v22 = arith.constant dense<[true, false]> : vector<2xi1>
  %v23 = arith.uitofp %v22 : vector<2xi1> to vector<2xf32>
  %v24 = arith.constant dense<[true, true]> : vector<2xi1>
  %v25 = arith.andi %v24, %v22 : vector<2xi1>
  %v26 = arith.shli %v17, %arg0 overflow<nuw> : vector<2xi1>
  %v27 = arith.constant dense<true> : vector<2xi1>
  %v28 = arith.addi %v12, %v27 overflow<nuw> : vector<2xi1>
  %v29 = arith.minui %v13, %v14 : vector<2xi1>
  %v30 = arith.constant dense<true> : vector<2xi1>
  %v31 = arith.constant dense<[true, true]> : vector<2xi1>
  %v32 = arith.shrsi %v30, %v31 : vector<2xi1>
  %v33 = arith.constant 0x00000000 : f32
  %v34 = arith.cmpf ule, %v9, %v33 : f32
  %v35 = arith.constant 63 : i64
  %v36 = arith.constant 8 : i64
  %v37 = arith.floordivsi %v35, %v36 : i64
  %v38 = arith.mulf %v7, %v15 fastmath<nnan,ninf> : vector<2xf32>
  %v39 = arith.divf %v9, %v10 fastmath<fast> : f32
  %v40 = arith.cmpf oeq, %v0, %v38 fastmath<ninf> : vector<2xf32>
  %v41 = arith.addf %v0, %v6 : vector<2xf32>
  return %v29, %v39, %v29 : vector<2xi1>, f32, vector<2xi1>
}
func.func @f2(%arg0: i32, %arg1: f64) -> index {
  %v0 = arith.constant 7 : i32
  %v1 = arith.andi %arg0, %v0 : i32
  %v2 = arith.andi %arg0, %v0 : i32
  %v3 = arith.andi %arg0, %v0 : i32
  %v4 = arith.constant 2147483647 : i32
  %v5 = arith.shli %v3, %v4 : i32
  %v6 = arith.constant -2147483648 : i32
  %v7 = arith.divui %v6, %v1 : i32
  %v8 = arith.constant 0x3FF0000000000000 : f64
  %v9 = arith.addf %arg1, %v8 fastmath<fast> : f64
  %v10 = arith.constant -1.0 : f64
  %v11 = arith.cmpf true, %v9, %v10 fastmath<nnan> : f64
  %v12 = arith.shrsi %v11, %v11 : i1
  %v13 = arith.shrsi %v11, %v11 : i1
  %v14 = arith.minui %v1, %v3 {tag = 1 : i64} : i32
  %v15 = arith.index_cast %v11 : i1 to index
  %v16 = arith.constant 0 : index
  %v17 = arith.subi %v15, %v16 : index
  %v18 = arith.negf %v9 : f64
  %v19 = arith.negf %v18 : f64
  %v20 = arith.index_castui %v5 : i32 to index
  %v21 = arith.constant 2 : index
  %v22 = arith.constant 3881672282562219675 : index
  %v23 = arith.cmpi sle, %v21, %v22 : index
  %v24 = arith.remsi %v20, %v17 : index
  %v25 = arith.constant 0x8000000000000000 : f64
  %v26 = arith.negf %v25 : f64
  %v27 = arith.maximumf %v18, %arg1 : f64
  %v28 = arith.sitofp %v0 : i32 to f32
  %v29 = arith.fptosi %v28 : f32 to i32
  %v30 = arith.constant true
  %v31 = arith.constant -6588532848034586134 : index
  %v32 = arith.select %v30, %v20, %v31 : index
  %v33 = arith.shrsi %v11, %v11 : i1
  %v34 = arith.cmpi sle, %v21, %v22 : index
  %v35 = arith.constant 0x7F800000 : f32
  %v36 = arith.select %v11, %v28, %v35 : f32
  return %v32 : index
}
func.func @f3(%arg0: f16, %arg1: i32, %arg2: f8E4M3FN) -> (i1, tensor<0xi1>, i64) {
  %v0 = arith.cmpi sle, %arg1, %arg1 : i32
  %v1 = arith.constant 0x08 : f8E4M3FN
  %v2 = arith.divf %arg2, %v1 fastmath<nsz> : f8E4M3FN
  %v3 = arith.constant true
  %v4 = arith.constant false
  %v5 = arith.select %v0, %v3, %v4 : i1
  %v6 = arith.constant dense<[]> : tensor<0xf64>
  %v7 = arith.constant 0x3F800000 : f32
  %v8 = arith.constant 4.0 : f32
  %v9:4 = func.call @f0(%v6, %v7, %v8) : (tensor<0xf64>, f32, f32) -> (tensor<0xi1>, vector<2xi1>, f32, f32)
  %v10:2 = arith.mului_extended %v4, %v0 : i1
  %v11 = arith.negf %v9#3 : f32
  %v12:2 = arith.mului_extended %v4, %v0 : i1
  %v13 = arith.select %v0, %v3, %v4 : i1
  %v14 = arith.constant -3.0e-05 : f16
  %v15 = arith.subf %arg0, %v14 : f16
  %v16 = arith.fptosi %v11 : f32 to i128
  %v17 = arith.cmpf ueq, %v9#3, %v11 : f32
  %v18 = arith.ceildivui %v9#0, %v9#0 : tensor<0xi1>
  %v19 = arith.cmpi uge, %v16, %v16 : i128
  %v20 = arith.constant dense<false> : vector<2xi1>
  %v21 = arith.ceildivsi %v20, %v9#1 : vector<2xi1>
  %v22:4 = func.call @f0(%v6, %v7, %v8) : (tensor<0xf64>, f32, f32) -> (tensor<0xi1>, vector<2xi1>, f32, f32)
  %v23:3 = func.call @f1(%v21, %v9#3) : (vector<2xi1>, f32) -> (vector<2xi1>, f32, vector<2xi1>)
  %v24 = arith.constant -1 : i128
  %v25 = arith.xori %v16, %v24 : i128
  %v26 = arith.xori %v25, %v24 : i128
  %v27 = arith.truncf %v6 : tensor<0xf64> to tensor<0xf32>
  %v28 = arith.sitofp %v22#0 {tag = 1 : i64} : tensor<0xi1> to tensor<0xf32>
  %v29 = arith.constant 1 : i32
  %v30 = arith.andi %v29, %arg1 : i32
  %v31 = arith.divf %arg2, %v1 fastmath<nsz> : f8E4M3FN
  %v32 = arith.constant 0 : i32
  %v33 = arith.extui %v32 : i32 to i64
  %v34 = arith.extui %v29 : i32 to i64
  %v35 = arith.cmpi sgt, %v33, %v34 : i64
  %v36 = arith.constant dense<[]> : tensor<0xi1>
  %v37 = arith.maxsi %v18, %v36 : tensor<0xi1>
  return %v35, %v9#0, %v34 : i1, tensor<0xi1>, i64
}
