// Random func/arith module, seed 55.
func.func @f0(%arg0: index, %arg1: index, %arg2: f8E3M4, %arg3: i8) -> i7 {
  %v0 = arith.constant dense<13> : vector<2x3xi16>
  %v1 = arith.cmpi sgt, %v0, %v0 : vector<2x3xi16>
  %v2 = arith.constant 0x70 : f8E3M4
  %v3 = arith.divf %arg2, %v2 : f8E3M4
  %v4 = arith.divf %arg2, %v2 : f8E3M4
  %v5 = arith.constant 1024 : index
  %v6 = arith.cmpi ugt, %v5, %arg1 : index
  %v7 = arith.ceildivui %arg1, %arg1 : index
  %v8 = arith.shrui %arg1, %arg0 : index
  %v9 = arith.extf %v2 fastmath<none> : f8E3M4 to f32
  %v10 = arith.extf %v2 fastmath<none> : f8E3M4 to f32
  %v11 = arith.bitcast %v3 : f8E3M4 to f8E5M2
  %v12 = arith.shli %arg3, %arg3 : i8
  %v13 = arith.constant false
  %v14 = arith.cmpi slt, %v6, %v13 : i1
  %v15 = arith.constant true
  %v16 = arith.shrsi %v14, %v15 : i1
  %v17 = arith.divf %arg2, %v2 : f8E3M4
  %v18 = arith.index_cast %arg1 : index to i7
  %v19 = arith.cmpi eq, %v18, %v18 : i7
  %v20 = arith.select %v19, %v18, %v18 : i7
  %v21 = arith.index_cast %v7 : index to i8
  %v22 = arith.mulf %v3, %v17 : f8E3M4
  return %v18 : i7
}
func.func @f1(%arg0: bf16, %arg1: f8E3M4, %arg2: tensor<2x2xi1>) -> (i7, i7, i7, i7) {
  %v0 = arith.constant dense<0.5> : vector<2xf16>
  %v1 = arith.minimumf %v0, %v0 fastmath<none> : vector<2xf16>
  %v2 = arith.constant 0xFFC0 : bf16
  %v3 = arith.addf %arg0, %v2 : bf16
  %v4 = arith.divf %arg1, %arg1 : f8E3M4
  %v5 = arith.constant 7.0 : f8E3M4
  %v6 = arith.remf %v4, %v5 : f8E3M4
  %v7 = arith.constant dense<true> : tensor<2x2xi1>
  %v8 = arith.xori %arg2, %v7 : tensor<2x2xi1>
  %v9 = arith.xori %v8, %v7 : tensor<2x2xi1>
  %v10 = arith.subf %v2, %arg0 fastmath<nsz> : bf16
  %v11 = arith.divf %arg1, %arg1 : f8E3M4
  %v12 = arith.constant dense<true> : tensor<2x2xi1>
  %v13 = arith.sitofp %v12 : tensor<2x2xi1> to tensor<2x2xf64>
  %v14 = arith.constant 1 : index
  %v15 = arith.constant -1 : index
  %v16 = arith.constant 7 : i8
  %v17 = func.call @f0(%v14, %v15, %v5, %v16) : (index, index, f8E3M4, i8) -> i7
  %v18 = arith.constant -1 : i7
  %v19 = arith.xori %v17, %v18 : i7
  %v20 = arith.xori %v19, %v18 : i7
  %v21 = arith.shrui %v12, %arg2 : tensor<2x2xi1>
  %v22 = arith.constant 0x0000 : bf16
  %v23 = arith.cmpf ugt, %v2, %v22 : bf16
  %v24 = arith.constant dense<[-2, -1, 4, 3]> : vector<4xi16>
  %v25 = arith.shrui %v24, %v24 : vector<4xi16>
  %v26 = func.call @f0(%v14, %v15, %v6, %v16) : (index, index, f8E3M4, i8) -> i7
  return %v17, %v26, %v19, %v20 : i7, i7, i7, i7
}
func.func @f2(%arg0: index) -> (f32, f32) {
  %v0 = arith.constant -0.75 : f64
  %v1 = arith.cmpf ueq, %v0, %v0 : f64
  %v2 = arith.andi %arg0, %arg0 : index
  %v3 = arith.constant 536870912 : i64
  %v4 = arith.constant 4503599627370496 : i64
  %v5:2 = arith.mulsi_extended %v3, %v4 : i64
  %v6 = arith.constant 0x0000 : bf16
  %v7 = arith.constant -2.5 : f8E3M4
  %v8 = arith.constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %v9:4 = func.call @f1(%v6, %v7, %v8) : (bf16, f8E3M4, tensor<2x2xi1>) -> (i7, i7, i7, i7)
  %v10 = arith.constant -1 : index
  %v11 = arith.constant -2857602190726409512 : index
  %v12 = arith.floordivsi %v10, %v11 : index
  %v13 = arith.sitofp %v9#3 : i7 to f32
  %v14 = arith.fptoui %v13 : f32 to i7
  %v15 = arith.cmpf ueq, %v0, %v0 : f64
  %v16 = arith.constant -1 : i33
  %v17 = arith.ori %v16, %v16 : i33
  %v18 = arith.ceildivui %v2, %v11 : index
  %v19 = arith.constant 0x3F800000 : f32
  %v20 = arith.subf %v13, %v19 : f32
  %v21 = arith.ori %v2, %v10 : index
  %v22 = arith.extsi %v9#3 : i7 to i64
  %v23 = arith.constant -4 : i64
  %v24 = arith.cmpi eq, %v22, %v23 : i64
  %v25 = arith.constant -1 : i64
  %v26:2 = arith.addui_extended %v25, %v5#1 : i64, i1
  %v27 = arith.minimumf %v13, %v20 : f32
  return %v20, %v20 : f32, f32
}
