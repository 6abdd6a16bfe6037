// Random func/arith module, seed 8.
func.func @f0(%arg0: vector<2xf16>, %arg1: f64, %arg2: index, %arg3: index) -> i1 {
  %v0 = arith.constant dense<[]> : tensor<0xi64>
  %v1 = arith.minui %v0, %v0 : tensor<0xi64>
  %v2 = arith.index_castui %arg3 : index to i1
  %v3 = arith.constant 0.0 : f8E4M3FNUZ
  %v4 = arith.constant 0x78 : f8E4M3FNUZ
  %v5 = arith.cmpf uno, %v3, %v4 fastmath<nsz> : f8E4M3FNUZ
  %v6 = arith.cmpf true, %arg1, %arg1 : f64
  %v7 = arith.constant 2147483647 : i32
  %v8 = arith.constant 13 : i32
  %v9 = arith.addi %v7, %v8 : i32
  return %v6 : i1
}
func.func @f1(%arg0: i32) -> i64 {
  %v0 = arith.cmpi slt, %arg0, %arg0 : i32
  %v1 = arith.constant false
  %v2 = arith.shli %v0, %v1 : i1
  %v3 = arith.extsi %v2 : i1 to i16
  %v4 = arith.trunci %v3 : i16 to i1
  %v5 = arith.constant 0x0000 : f16
  %v6 = arith.minimumf %v5, %v5 : f16
  %v7 = arith.shrsi %v3, %v3 exact : i16
  %v8 = arith.cmpi sgt, %v0, %v2 : i1
  %v9 = arith.trunci %v3 : i16 to i1
  %v10 = arith.constant 0x7E00 : f16
  %v11 = arith.divf %v10, %v6 : f16
  %v12 = arith.divf %v10, %v6 : f16
  %v13 = arith.constant false
  %v14 = arith.muli %v8, %v13 : i1
  %v15 = arith.constant true
  %v16 = arith.constant true
  %v17 = arith.select %v13, %v15, %v16 : i1
  %v18 = arith.constant -21896 : i16
  %v19:2 = arith.addui_extended %v3, %v18 : i16, i1
  %v20 = arith.remf %v12, %v10 : f16
  %v21 = arith.extsi %v19#0 : i16 to i64
  %v22 = arith.constant 1 : i64
  %v23 = arith.cmpi slt, %v21, %v22 : i64
  %v24 = arith.remsi %v22, %v21 : i64
  %v25 = arith.constant false
  %v26 = arith.minsi %v15, %v25 : i1
  %v27 = arith.constant 0x8000 : f16
  %v28 = arith.cmpf oeq, %v6, %v27 : f16
  %v29 = arith.constant true
  %v30 = arith.sitofp %v29 : i1 to f64
  return %v21 : i64
}
func.func @f2(%arg0: i1, %arg1: i64, %arg2: vector<f32>, %arg3: i7) -> i128 {
  %v0 = arith.constant dense<1.0e+10> : vector<f32>
  %v1 = arith.cmpf olt, %v0, %arg2 : vector<f32>
  %v2 = arith.constant true
  %v3 = arith.cmpi ult, %v2, %arg0 : i1
  %v4 = arith.cmpf false, %arg2, %v0 : vector<f32>
  %v5 = arith.constant dense<0xFE00> : vector<2xf16>
  %v6 = arith.constant 7.0 : f64
  %v7 = arith.constant -1 : index
  %v8 = arith.constant -8 : index
  %v9 = func.call @f0(%v5, %v6, %v7, %v8) : (vector<2xf16>, f64, index, index) -> i1
  %v10 = arith.select %v3, %arg1, %arg1 : i64
  %v11 = arith.remsi %arg1, %v10 : i64
  %v12 = arith.constant dense<3.0> : vector<2xf16>
  %v13 = arith.constant 0x0000000000000001 : f64
  %v14 = arith.constant -9223372036854775808 : index
  %v15 = arith.constant -1 : index
  %v16 = func.call @f0(%v12, %v13, %v14, %v15) : (vector<2xf16>, f64, index, index) -> i1
  %v17 = arith.constant -1 : i32
  %v18 = arith.constant -904567362 : i32
  %v19 = arith.cmpi ne, %v17, %v18 : i32
  %v20 = arith.constant dense<-1> : vector<2xindex>
  %v21 = arith.xori %v20, %v20 : vector<2xindex>
  %v22 = arith.xori %v21, %v20 : vector<2xindex>
  %v23 = arith.negf %v0 : vector<f32>
  %v24 = func.call @f0(%v5, %v6, %v7, %v8) : (vector<2xf16>, f64, index, index) -> i1
  %v25 = arith.minimumf %arg2, %v23 : vector<f32>
  %v26 = arith.cmpi slt, %v16, %arg0 : i1
  %v27 = arith.constant -1 : i64
  %v28 = arith.xori %v11, %v27 : i64
  %v29 = arith.xori %v28, %v27 : i64
  %v30 = arith.constant dense<[]> : tensor<0xi64>
  %v31 = arith.constant dense<[]> : tensor<0xi64>
  %v32 = arith.remui %v30, %v31 : tensor<0xi64>
  %v33 = arith.constant dense<[]> : tensor<0xi64>
  %v34 = arith.bitcast %v33 : tensor<0xi64> to tensor<0xf64>
  %v35 = arith.constant 1 : i7
  %v36 = arith.andi %arg3, %v35 : i7
  %v37 = arith.extsi %v10 : i64 to i128
  %v38 = arith.cmpi ule, %v24, %v3 : i1
  %v39 = arith.minui %v37, %v37 : i128
  %v40 = arith.remf %v25, %v0 : vector<f32>
  %v41 = arith.constant -9223372036854775808 : i64
  %v42 = arith.cmpi slt, %v27, %v41 : i64
  return %v39 : i128
}
