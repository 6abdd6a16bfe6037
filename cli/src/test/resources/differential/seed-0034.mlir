// Random func/arith module, seed 34.
func.func @f0(%arg0: i1, %arg1: vector<2x3xindex>, %arg2: f8E5M2, %arg3: vector<f16>) -> (i1, i1, tensor<3xf16>, i64) {
  %v0 = arith.floordivsi %arg1, %arg1 : vector<2x3xindex>
  %v1 = arith.constant dense<64> : vector<2x3xindex>
  %v2 = arith.index_castui %v1 : vector<2x3xindex> to vector<2x3xi64>
  %v3 = arith.constant dense<[[1, 1, -5], [-3551437478565745713, -1, 9223372036854775807]]> : vector<2x3xindex>
  %v4 = arith.constant dense<0> : vector<2x3xindex>
  %v5 = arith.cmpi ule, %v3, %v4 : vector<2x3xindex>
  %v6 = arith.constant dense<[4.0, 0x3C00, 0.0]> : tensor<3xf16>
  %v7 = arith.cmpf uno, %v6, %v6 : tensor<3xf16>
  %v8 = arith.constant true
  %v9 = arith.constant true
  %v10 = arith.cmpi sgt, %v8, %v9 : i1
  %v11 = arith.constant dense<1> : vector<2x3xindex>
  %v12 = arith.cmpi ugt, %v11, %v1 : vector<2x3xindex>
  %v13 = arith.ori %arg0, %v10 : i1
  %v14 = arith.extsi %v13 : i1 to i64
  %v15 = arith.constant false
  %v16 = arith.extsi %v15 : i1 to i64
  %v17 = arith.cmpi sge, %v14, %v16 : i64
  %v18 = arith.constant dense<0.1> : tensor<3xf16>
  %v19 = arith.extf %v18 : tensor<3xf16> to tensor<3xf64>
  %v20 = arith.constant -3 : i64
  %v21 = arith.constant 1 : i64
  %v22 = arith.select %v13, %v20, %v21 : i64
  return %v13, %v13, %v18, %v14 : i1, i1, tensor<3xf16>, i64
}
func.func @f1(%arg0: f32) -> vector<f64> {
  %v0 = arith.constant 13 : i8
  %v1 = arith.constant 0 : i8
  %v2 = arith.floordivsi %v0, %v1 : i8
  %v3 = arith.floordivsi %v0, %v1 : i8
  %v4 = arith.floordivsi %v0, %v1 : i8
  %v5 = arith.constant -128 : i8
  %v6 = arith.xori %v1, %v5 : i8
  %v7 = arith.constant 91 : i8
  %v8 = arith.xori %v7, %v6 : i8
  %v9 = arith.xori %v7, %v6 : i8
  %v10 = arith.constant dense<-2147483648> : vector<i32>
  %v11 = arith.bitcast %v10 : vector<i32> to vector<f32>
  %v12 = arith.bitcast %v11 : vector<f32> to vector<i32>
  %v13 = arith.xori %v1, %v5 : i8
  %v14 = arith.floordivsi %v0, %v1 : i8
  %v15 = arith.cmpi uge, %v5, %v3 : i8
  %v16:2 = arith.addui_extended %v0, %v7 : i8, i1
  %v17 = arith.constant 0x3F800000 : f32
  %v18 = arith.constant -2.5 : f32
  %v19 = arith.addf %v17, %v18 : f32
  %v20 = arith.constant -8 : i8
  %v21 = arith.floordivsi %v20, %v0 : i8
  %v22 = arith.constant dense<8> : vector<i32>
  %v23 = arith.sitofp %v22 : vector<i32> to vector<f64>
  %v24 = arith.fptosi %v23 : vector<f64> to vector<i32>
  %v25 = arith.minimumf %arg0, %arg0 fastmath<nsz> : f32
  %v26 = arith.fptosi %v25 : f32 to i16
  %v27 = arith.constant dense<0x7FC00000> : vector<f32>
  %v28 = arith.fptosi %v27 : vector<f32> to vector<i8>
  return %v23 : vector<f64>
}
func.func @f2(%arg0: tensor<2x2xf16>, %arg1: vector<2xi64>, %arg2: i33) -> i1 {
  %v0 = arith.andi %arg1, %arg1 : vector<2xi64>
  %v1 = arith.constant dense<[0, 72057594037927936]> : vector<2xi64>
  %v2 = arith.shrui %arg1, %v1 : vector<2xi64>
  %v3 = arith.constant 16 : i64
  %v4 = arith.index_cast %v3 : i64 to index
  %v5 = arith.subi %v3, %v3 overflow<nuw> : i64
  %v6 = arith.remf %arg0, %arg0 fastmath<nsz> : tensor<2x2xf16>
  %v7 = arith.constant dense<-9223372036854775808> : vector<2xi64>
  %v8 = arith.remsi %arg1, %v7 : vector<2xi64>
  %v9 = arith.constant false
  %v10 = arith.constant dense<1> : vector<2x3xindex>
  %v11 = arith.constant -2.5 : f8E5M2
  %v12 = arith.constant dense<0.5> : vector<f16>
  %v13:4 = func.call @f0(%v9, %v10, %v11, %v12) : (i1, vector<2x3xindex>, f8E5M2, vector<f16>) -> (i1, i1, tensor<3xf16>, i64)
  %v14 = arith.constant -3 : i33
  %v15 = arith.cmpi ne, %arg2, %v14 : i33
  %v16 = arith.shrui %v14, %v14 exact : i33
  %v17 = arith.constant dense<1.0e+10> : tensor<3xf16>
  %v18 = arith.mulf %v17, %v13#2 : tensor<3xf16>
  %v19 = arith.cmpi ult, %v15, %v13#0 : i1
  %v20 = arith.constant true
  %v21:2 = arith.addui_extended %v20, %v19 : i1, i1
  return %v13#0 : i1
}
