// Random func/arith module, seed 40.
func.func @f0(%arg0: i32, %arg1: i16, %arg2: i1) -> i1 {
  %v0 = arith.shrui %arg2, %arg2 : i1
  %v1 = arith.extui %arg1 : i16 to i32
  %v2 = arith.shrui %arg2, %arg2 : i1
  %v3 = arith.constant 2147483647 : i32
  %v4 = arith.constant 12 : i32
  %v5 = arith.shrsi %v3, %v4 : i32
  %v6 = arith.constant -1.0 : f32
  %v7 = arith.fptoui %v6 : f32 to i16
  %v8 = arith.shrui %arg2, %arg2 : i1
  %v9 = arith.constant true
  %v10 = arith.xori %v8, %v9 : i1
  %v11 = arith.xori %v10, %v9 : i1
  %v12 = arith.xori %v10, %v9 : i1
  %v13 = arith.constant 1 : i16
  %v14 = arith.minui %v13, %arg1 : i16
  %v15 = arith.constant false
  %v16:2 = arith.mulsi_extended %v9, %v15 : i1
  %v17 = arith.extf %v6 : f32 to f64
  return %v12 : i1
}
func.func @f1(%arg0: vector<4xf16>, %arg1: f32) -> i1 {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.remui %v0, %v0 : index
  %v2 = arith.index_castui %v0 : index to i128
  %v3 = arith.constant dense<0x0400> : vector<4xf16>
  %v4 = arith.cmpf oge, %v3, %arg0 : vector<4xf16>
  %v5 = arith.remui %v0, %v0 : index
  %v6 = arith.constant dense<false> : vector<4xi1>
  %v7 = arith.ceildivui %v4, %v6 : vector<4xi1>
  %v8 = arith.constant 32 : i32
  %v9 = arith.index_castui %v8 : i32 to index
  %v10 = arith.index_castui %v9 : index to i32
  %v11 = arith.constant 0 : i32
  %v12 = arith.cmpi sge, %v10, %v11 : i32
  %v13 = arith.remui %v0, %v0 : index
  %v14 = arith.constant dense<false> : vector<4xi1>
  %v15 = arith.maxsi %v7, %v14 : vector<4xi1>
  %v16 = arith.constant dense<true> : vector<4xi1>
  %v17 = arith.maxsi %v16, %v15 : vector<4xi1>
  %v18 = arith.constant 4.0 : f32
  %v19 = arith.cmpf false, %v18, %arg1 fastmath<ninf> : f32
  %v20 = arith.extf %arg0 : vector<4xf16> to vector<4xf32>
  %v21 = arith.uitofp %v8 : i32 to f32
  %v22 = arith.fptoui %v21 : f32 to i32
  %v23 = arith.constant -8 : i16
  %v24 = func.call @f0(%v22, %v23, %v19) : (i32, i16, i1) -> i1
  %v25 = arith.cmpi eq, %v19, %v19 : i1
  %v26 = arith.constant dense<true> : vector<4xi1>
  %v27 = arith.muli %v15, %v26 : vector<4xi1>
  %v28 = arith.constant dense<false> : vector<4xi1>
  %v29 = arith.muli %v28, %v27 : vector<4xi1>
  %v30 = arith.subf %v20, %v20 : vector<4xf32>
  %v31 = arith.index_cast %v28 : vector<4xi1> to vector<4xindex>
  return %v25 : i1
}
func.func @f2(%arg0: vector<2x3xi1>, %arg1: f32, %arg2: index, %arg3: index) -> (i8, vector<2x3xf32>, index) {
  %v0 = arith.extui %arg0 : vector<2x3xi1> to vector<2x3xi32>
  %v1 = arith.extui %arg0 : vector<2x3xi1> to vector<2x3xi32>
  %v2 = arith.uitofp %arg0 : vector<2x3xi1> to vector<2x3xf32>
  %v3 = arith.constant 0 : index
  %v4 = arith.addi %arg3, %v3 overflow<nuw> : index
  %v5 = arith.negf %v2 : vector<2x3xf32>
  %v6 = arith.index_cast %v4 : index to i8
  %v7 = arith.subi %v3, %v3 : index
  %v8 = arith.constant dense<[[0x3F800000, -0.75, 0x80000000], [-0.0, 0x00000001, 0x00800000]]> : vector<2x3xf32>
  %v9 = arith.maxnumf %v8, %v2 : vector<2x3xf32>
  return %v6, %v5, %v7 : i8, vector<2x3xf32>, index
}
