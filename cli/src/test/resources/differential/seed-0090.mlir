// Random func/arith module, seed 90.
func.func @f0(%arg0: i1, %arg1: f32) -> (vector<4xf32>, index, f64) {
  %v0 = arith.negf %arg1 : f32
  %v1 = arith.negf %v0 fastmath<arcp,afn> : f32
  %v2 = arith.constant dense<0x80000000> : vector<4xf32>
  %v3 = arith.constant dense<0xCD4D18B7> : vector<4xf32>
  %v4 = arith.minnumf %v2, %v3 : vector<4xf32>
  %v5 = arith.constant true
  %v6 = arith.select %v5, %v0, %arg1 : f32
  %v7 = arith.constant 0x8000000000000000 : f64
  %v8 = arith.negf %v7 : f64
  %v9 = arith.index_castui %arg0 : i1 to index
  %v10 = arith.constant 2.0 : f8E3M4
  %v11 = arith.cmpf ord, %v10, %v10 : f8E3M4
  return %v4, %v9, %v8 : vector<4xf32>, index, f64
}
func.func @f1(%arg0: i64, %arg1: i64, %arg2: f32) -> index {
  %v0 = arith.subf %arg2, %arg2 : f32
  %v1 = arith.constant -6 : i64
  %v2 = arith.constant 33554432 : i64
  %v3:2 = arith.mului_extended %v1, %v2 : i64
  %v4 = arith.constant 0x7F7FFFFF : f32
  %v5 = arith.cmpf ord, %v0, %v4 fastmath<nsz> : f32
  %v6 = arith.constant 3.0 : f32
  %v7 = arith.select %v5, %v4, %v6 : f32
  %v8 = arith.constant 2.0 : f32
  %v9 = arith.minnumf %v0, %v8 fastmath<nnan,ninf> : f32
  %v10 = arith.constant 0x3F800000 : f32
  %v11 = arith.fptoui %v10 : f32 to i16
  %v12 = arith.cmpf ule, %v0, %v10 : f32
  %v13 = arith.constant -2.5 : f32
  %v14 = arith.subf %v0, %v13 fastmath<nnan> : f32
  %v15 = arith.constant true
  %v16 = arith.constant false
  %v17 = arith.cmpi sle, %v15, %v16 : i1
  %v18 = arith.minnumf %v7, %v0 : f32
  %v19:3 = func.call @f0(%v16, %v7) : (i1, f32) -> (vector<4xf32>, index, f64)
  %v20 = arith.constant dense<0x7FF0000000000000> : vector<4xf64>
  %v21 = arith.maxnumf %v20, %v20 : vector<4xf64>
  %v22 = arith.extf %v19#0 : vector<4xf32> to vector<4xf64>
  %v23:3 = func.call @f0(%v16, %v7) : (i1, f32) -> (vector<4xf32>, index, f64)
  %v24 = arith.constant dense<[0x00000001, 0x7F7FFFFF, 0x00000000, 0x00000000]> : vector<4xf32>
  %v25 = arith.maximumf %v19#0, %v24 : vector<4xf32>
  %v26 = arith.constant 0xFFC00000 : f32
  %v27:3 = func.call @f0(%v12, %v26) : (i1, f32) -> (vector<4xf32>, index, f64)
  %v28 = arith.constant 3 : index
  %v29 = arith.xori %v28, %v19#1 : index
  %v30:3 = func.call @f0(%v5, %v18) : (i1, f32) -> (vector<4xf32>, index, f64)
  %v31 = arith.select %v15, %v30#2, %v23#2 : f64
  %v32 = arith.remf %v25, %v23#0 : vector<4xf32>
  return %v30#1 : index
}
func.func @f2(%arg0: tensor<3xi32>, %arg1: i8, %arg2: f6E3M2FN) -> (i8, i8) {
  %v0 = arith.constant dense<[11, -2147483648, 1]> : tensor<3xi32>
  %v1 = arith.ori %arg0, %v0 : tensor<3xi32>
  %v2 = arith.constant dense<3> : tensor<3xi32>
  %v3 = arith.ori %v2, %v1 : tensor<3xi32>
  %v4 = arith.constant dense<[-1, 1, 4]> : tensor<3xi32>
  %v5 = arith.divui %arg0, %v4 exact : tensor<3xi32>
  %v6 = arith.ori %v2, %v1 : tensor<3xi32>
  %v7 = arith.remf %arg2, %arg2 fastmath<nnan,ninf> : f6E3M2FN
  %v8 = arith.constant -1 : i8
  %v9 = arith.ceildivui %v8, %v8 : i8
  %v10 = arith.constant true
  %v11 = arith.constant 0x7F7FFFFF : f32
  %v12:3 = func.call @f0(%v10, %v11) : (i1, f32) -> (vector<4xf32>, index, f64)
  %v13 = arith.maximumf %arg2, %v7 : f6E3M2FN
  %v14 = arith.constant 100.0 : f8E5M2
  %v15 = arith.extf %v14 fastmath<ninf> : f8E5M2 to bf16
  %v16 = arith.constant dense<-4> : tensor<3xi32>
  %v17 = arith.extsi %v16 : tensor<3xi32> to tensor<3xi64>
  %v18 = arith.subi %arg1, %v8 : i8
  %v19 = arith.constant dense<0.1> : vector<2x3xf64>
  %v20 = arith.constant dense<0xD43E78F4C3B49749> : vector<2x3xf64>
  %v21 = arith.cmpf false, %v19, %v20 : vector<2x3xf64>
  %v22 = arith.constant dense<0xFF800000> : vector<4xf32>
  %v23 = arith.maximumf %v12#0, %v22 : vector<4xf32>
  %v24 = arith.fptoui %v15 : bf16 to i33
  %v25 = arith.constant dense<false> : vector<2x3xi1>
  %v26 = arith.shrsi %v21, %v25 : vector<2x3xi1>
  %v27 = arith.sitofp %arg1 : i8 to f32
  %v28 = arith.subi %arg1, %v8 : i8
  %v29 = arith.addi %arg1, %v8 : i8
  %v30 = arith.constant 1 : i64
  %v31 = arith.constant -7 : i64
  %v32 = arith.ori %v30, %v31 : i64
  %v33 = arith.constant -1 : i64
  %v34 = arith.ori %v32, %v33 : i64
  %v35 = arith.shrui %v28, %v29 exact : i8
  %v36 = arith.cmpf ult, %v7, %v13 : f6E3M2FN
  %v37 = arith.constant dense<[16, 32, 1]> : tensor<3xi32>
  %v38 = arith.constant dense<31> : tensor<3xi32>
  %v39 = arith.maxsi %v37, %v38 : tensor<3xi32>
  return %v18, %v18 : i8, i8
}
func.func @f3(%arg0: vector<index>, %arg1: f6E3M2FN) -> (i8, i32) {
  %v0 = arith.constant dense<1949586898951635664> : vector<index>
  %v1 = arith.floordivsi %v0, %arg0 : vector<index>
  %v2 = arith.constant dense<-1> : vector<index>
  %v3 = arith.xori %v1, %v2 : vector<index>
  %v4 = arith.xori %v3, %v2 : vector<index>
  %v5 = arith.negf %arg1 : f6E3M2FN
  %v6 = arith.negf %v5 fastmath<ninf> : f6E3M2FN
  %v7 = arith.constant 0x3C : f6E3M2FN
  %v8 = arith.constant 0x3C : f6E3M2FN
  %v9 = arith.mulf %v7, %v8 fastmath<nsz> : f6E3M2FN
  %v10 = arith.constant 0x03 : f6E3M2FN
  %v11 = arith.negf %v10 : f6E3M2FN
  %v12 = arith.constant 15 : i64
  %v13 = arith.constant -1 : i64
  %v14 = arith.shrui %v12, %v13 exact : i64
  %v15 = arith.floordivsi %v0, %arg0 : vector<index>
  %v16 = arith.constant dense<0> : vector<index>
  %v17 = arith.ori %v15, %v16 : vector<index>
  %v18 = arith.constant dense<2> : vector<index>
  %v19 = arith.ori %v17, %v18 : vector<index>
  %v20 = arith.floordivsi %v0, %arg0 : vector<index>
  %v21 = arith.constant dense<-1> : tensor<3xi32>
  %v22 = arith.constant -128 : i8
  %v23:2 = func.call @f2(%v21, %v22, %arg1) : (tensor<3xi32>, i8, f6E3M2FN) -> (i8, i8)
  %v24 = arith.muli %v23#0, %v22 : i8
  %v25 = arith.constant -2147483648 : i32
  %v26 = arith.remsi %v25, %v25 : i32
  %v27 = arith.constant -1 : i8
  %v28:2 = func.call @f2(%v21, %v27, %arg1) : (tensor<3xi32>, i8, f6E3M2FN) -> (i8, i8)
  return %v28#1, %v26 : i8, i32
}
