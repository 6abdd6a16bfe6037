// Random func/arith module, seed 184.
func.func @f0(%arg0: f8E5M2, %arg1: vector<[4]xf16>, %arg2: index, %arg3: i1) -> (i64, vector<[4]xi32>, vector<f32>) {
  %v0 = arith.constant 0x00 : f8E5M2
  %v1 = arith.fptosi %v0 : f8E5M2 to i16
  %v2 = arith.constant true
  %v3 = arith.andi %arg3, %v2 : i1
  %v4 = arith.constant false
  %v5 = arith.andi %v3, %v4 : i1
  %v6 = arith.constant dense<4.0> : vector<[4]xf16>
  %v7 = arith.cmpf oge, %arg1, %v6 : vector<[4]xf16>
  %v8 = arith.constant dense<true> : vector<[4]xi1>
  %v9 = arith.constant dense<true> : vector<[4]xi1>
  %v10 = arith.cmpi sge, %v8, %v9 : vector<[4]xi1>
  %v11 = arith.constant 8 : index
  %v12 = arith.andi %v11, %arg2 : index
  %v13 = arith.constant dense<false> : vector<[4]xi1>
  %v14 = arith.cmpi eq, %v8, %v13 : vector<[4]xi1>
  %v15 = arith.constant 18446744073709551611 : i64
  %v16 = arith.constant -3 : i64
  %v17:2 = arith.mulsi_extended %v15, %v16 : i64
  %v18 = arith.ceildivui %arg2, %v12 : index
  %v19 = arith.constant dense<-2.5> : vector<f32>
  %v20 = arith.constant dense<0x3F800000> : vector<f32>
  %v21 = arith.cmpf one, %v19, %v20 fastmath<none> : vector<f32>
  %v22 = arith.extui %v7 : vector<[4]xi1> to vector<[4]xi32>
  return %v17#1, %v22, %v20 : i64, vector<[4]xi32>, vector<f32>
}
func.func @f1(%arg0: tensor<0xf64>, %arg1: i7, %arg2: i32, %arg3: f8E5M2FNUZ) -> i32 {
  %v0 = arith.constant -1 : i7
  %v1 = arith.cmpi ult, %arg1, %v0 : i7
  %v2 = arith.maxnumf %arg3, %arg3 fastmath<arcp,afn> : f8E5M2FNUZ
  %v3 = arith.constant true
  %v4 = arith.divsi %v1, %v3 : i1
  %v5 = arith.maxnumf %arg3, %arg3 fastmath<arcp,afn> : f8E5M2FNUZ
  %v6 = arith.constant true
  %v7 = arith.index_castui %v6 : i1 to index
  %v8 = arith.constant 32767 : i16
  %v9 = arith.constant 321 : i16
  %v10 = arith.addi %v8, %v9 : i16
  %v11 = arith.constant false
  %v12 = arith.constant -2113471469 : i32
  %v13 = arith.select %v11, %v12, %arg2 : i32
  return %v13 : i32
}
func.func @f2(%arg0: f64, %arg1: f8E5M2, %arg2: index, %arg3: i32) -> (i1, index) {
  %v0 = arith.constant -6 : index
  %v1 = arith.remui %arg2, %v0 : index
  %v2 = arith.extf %arg0 : f64 to f80
  %v3 = arith.muli %arg2, %v1 overflow<none> : index
  %v4 = arith.constant 0.1 : f80
  %v5 = arith.constant 1.0 : f80
  %v6 = arith.mulf %v4, %v5 fastmath<none> : f80
  %v7 = arith.constant 128 : index
  %v8 = arith.remui %v7, %v3 : index
  %v9 = arith.constant 1 : i32
  %v10 = arith.cmpi sgt, %arg3, %v9 : i32
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v12, %v11 : i1
  return %v10, %v8 : i1, index
}
func.func @f3(%arg0: f8E3M4, %arg1: f16, %arg2: f16) -> (f16, f16, i1) {
  %v0 = arith.constant 63 : i7
  %v1 = arith.divsi %v0, %v0 exact : i7
  %v2 = arith.constant 0x7BFF : f16
  %v3 = arith.negf %v2 : f16
  %v4:2 = arith.addui_extended %v1, %v1 : i7, i1
  %v5 = arith.constant 0.1 : f8E5M2
  %v6 = arith.constant dense<100.0> : vector<[4]xf16>
  %v7 = arith.constant 0 : index
  %v8:3 = func.call @f0(%v5, %v6, %v7, %v4#1) : (f8E5M2, vector<[4]xf16>, index, i1) -> (i64, vector<[4]xi32>, vector<f32>)
  %v9 = arith.negf %v2 : f16
  %v10 = arith.negf %v2 : f16
  %v11 = arith.subi %v8#0, %v8#0 overflow<nsw> : i64
  %v12 = arith.constant 0x79 : f8E3M4
  %v13 = arith.cmpf oge, %v12, %arg0 fastmath<nnan> : f8E3M4
  return %v9, %v10, %v13 : f16, f16, i1
}
