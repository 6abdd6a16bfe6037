// Random func/arith module, seed 4.
func.func @f0(%arg0: f32, %arg1: index, %arg2: i64, %arg3: f16) -> (i64, i64) {
  %v0 = arith.constant true
  %v1 = arith.constant 15 : i16
  %v2 = arith.constant -32768 : i16
  %v3 = arith.select %v0, %v1, %v2 : i16
  %v4 = arith.constant 6506022266801641335 : i64
  %v5 = arith.divsi %arg2, %v4 exact : i64
  %v6 = arith.constant dense<-1> : vector<[4]xindex>
  %v7 = arith.addi %v6, %v6 : vector<[4]xindex>
  %v8 = arith.maxsi %v0, %v0 : i1
  %v9 = arith.divsi %arg2, %v4 exact : i64
  %v10 = arith.constant 0x00000001 : f32
  %v11 = arith.addf %v10, %arg0 : f32
  %v12 = arith.divsi %arg2, %v4 exact : i64
  %v13 = arith.constant 0.0 : f16
  %v14 = arith.bitcast %v13 : f16 to bf16
  return %v9, %v9 : i64, i64
}
func.func @f1(%arg0: vector<2x3xi64>, %arg1: i8) -> i16 {
  %v0 = arith.constant 0x7F7FFFFF : f32
  %v1 = arith.constant 0xFF800000 : f32
  %v2 = arith.mulf %v0, %v1 : f32
  %v3 = arith.constant 8 : i8
  %v4 = arith.ori %arg1, %v3 : i8
  %v5 = arith.constant 1 : i8
  %v6 = arith.ori %v4, %v5 : i8
  %v7 = arith.constant 0x7F800000 : f32
  %v8 = arith.maxnumf %v1, %v7 fastmath<nsz> : f32
  %v9 = arith.constant -9223372036854775808 : index
  %v10 = arith.constant 65 : i64
  %v11 = arith.constant 0x7C00 : f16
  %v12:2 = func.call @f0(%v7, %v9, %v10, %v11) : (f32, index, i64, f16) -> (i64, i64)
  %v13 = arith.fptosi %v1 : f32 to i64
  %v14 = arith.subf %v0, %v1 : f32
  %v15 = arith.constant -1.0 : f32
  %v16 = arith.constant 0x007FFFFF : f32
  %v17 = arith.maximumf %v15, %v16 fastmath<fast> : f32
  %v18 = arith.index_castui %v12#1 : i64 to index
  %v19 = arith.index_cast %v18 : index to i16
  %v20 = arith.constant false
  %v21 = arith.constant 0x7C00 : f16
  %v22 = arith.select %v20, %v11, %v21 : f16
  %v23 = arith.constant 1 : i32
  %v24 = arith.constant -6 : i32
  %v25:2 = arith.mulsi_extended %v23, %v24 : i32
  %v26 = arith.constant -6 : index
  %v27 = arith.addi %v9, %v26 : index
  %v28 = arith.constant 0 : index
  %v29 = arith.subi %v27, %v28 : index
  %v30 = arith.constant 0 : i64
  %v31 = arith.constant 576460752303423488 : i64
  %v32 = arith.shrsi %v30, %v31 exact : i64
  %v33 = arith.constant 12 : i64
  %v34 = arith.maxsi %v12#1, %v33 : i64
  %v35 = arith.constant 9223372036854775807 : i64
  %v36 = arith.maxsi %v34, %v35 : i64
  %v37 = arith.constant 0x00000001 : f32
  %v38 = arith.extf %v37 : f32 to f64
  return %v19 : i16
}
func.func @f2(%arg0: tensor<2x2xindex>, %arg1: index, %arg2: f32, %arg3: f32) {
  %v0 = arith.constant 975510068822312902 : index
  %v1 = arith.shrui %v0, %arg1 : index
  %v2 = arith.maximumf %arg2, %arg2 fastmath<nsz> : f32
  %v3 = arith.constant false
  %v4 = arith.constant 0x3C : f8E5M2FNUZ
  %v5 = arith.constant 7.0 : f8E5M2FNUZ
  %v6 = arith.select %v3, %v4, %v5 : f8E5M2FNUZ
  %v7 = arith.constant 0x80 : f8E4M3FNUZ
  %v8 = arith.fptoui %v7 : f8E4M3FNUZ to i32
  %v9 = arith.constant dense<9223372036854775807> : tensor<2x2xindex>
  %v10 = arith.ori %arg0, %v9 : tensor<2x2xindex>
  %v11 = arith.constant dense<-1> : tensor<2x2xindex>
  %v12 = arith.ori %v10, %v11 : tensor<2x2xindex>
  %v13 = arith.constant 7.0 : f32
  %v14 = arith.subf %v13, %v13 fastmath<fast> : f32
  %v15 = arith.constant dense<7096425960625695809> : vector<2xindex>
  %v16 = arith.shli %v15, %v15 : vector<2xindex>
  %v17 = arith.mulf %v14, %arg2 : f32
  %v18 = arith.select %v3, %v2, %arg2 : f32
  %v19 = arith.cmpi ult, %v1, %v1 : index
  %v20 = arith.negf %v18 : f32
  %v21 = arith.negf %v20 fastmath<none> : f32
  %v22 = arith.cmpi sle, %v19, %v3 : i1
  %v23 = arith.select %v22, %v3, %v19 : i1
  %v24 = arith.ori %v10, %v11 : tensor<2x2xindex>
  %v25 = arith.constant 1 : i7
  %v26 = arith.extsi %v25 : i7 to i8
  %v27 = arith.cmpi slt, %arg1, %v1 : index
  return
}
func.func @f3(%arg0: vector<[4]xf16>, %arg1: i7, %arg2: i128) -> (vector<[4]xf16>, i7) {
  %v0 = arith.constant dense<-1.0> : vector<[4]xf16>
  %v1 = arith.divf %v0, %arg0 fastmath<none> : vector<[4]xf16>
  %v2 = arith.floordivsi %arg1, %arg1 : i7
  %v3 = arith.remsi %arg1, %arg1 : i7
  %v4 = arith.constant false
  %v5 = arith.constant 0xFFF8000000000000 : f64
  %v6 = arith.constant 0x0000000000000000 : f64
  %v7 = arith.select %v4, %v5, %v6 : f64
  %v8 = arith.constant 127 : i128
  %v9 = arith.floordivsi %v8, %arg2 : i128
  %v10 = arith.constant dense<true> : vector<[4]xi1>
  %v11 = arith.constant dense<1.0e+10> : vector<[4]xf16>
  %v12 = arith.select %v10, %arg0, %v11 : vector<[4]xi1>, vector<[4]xf16>
  %v13 = arith.floordivsi %arg1, %arg1 : i7
  return %v12, %v13 : vector<[4]xf16>, i7
}
