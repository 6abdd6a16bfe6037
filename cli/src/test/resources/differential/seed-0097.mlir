// Random func/arith module, seed 97.
func.func @f0(%arg0: f32, %arg1: f64, %arg2: f32, %arg3: f32) -> (f64, i1) {
  %v0 = arith.constant 64 : i64
  %v1 = arith.constant 9 : i64
  %v2 = arith.cmpi ne, %v0, %v1 : i64
  %v3 = arith.constant 0.0 : f32
  %v4 = arith.bitcast %v3 : f32 to i32
  %v5 = arith.constant 0xBF800000 : f32
  %v6 = arith.subf %v5, %arg2 fastmath<nnan,ninf> : f32
  %v7 = arith.minimumf %arg2, %arg0 : f32
  %v8 = arith.extui %v4 : i32 to i128
  %v9 = arith.constant 219785023 : i32
  %v10 = arith.ceildivsi %v9, %v4 : i32
  %v11 = arith.constant 0x1 : f4E2M1FN
  %v12 = arith.constant 0x6 : f4E2M1FN
  %v13 = arith.remf %v11, %v12 : f4E2M1FN
  %v14 = arith.constant dense<[-9223372036854775808, -1, -9223372036854775808, 65]> : vector<4xi64>
  %v15 = arith.cmpi eq, %v14, %v14 : vector<4xi64>
  %v16 = arith.select %v15, %v14, %v14 : vector<4xi1>, vector<4xi64>
  %v17 = arith.constant -3.0e-05 : f64
  %v18 = arith.remf %v17, %arg1 fastmath<reassoc,contract> : f64
  %v19 = arith.index_castui %v0 : i64 to index
  %v20 = arith.index_castui %v19 : index to i64
  %v21 = arith.divf %arg0, %v6 : f32
  %v22 = arith.divf %arg0, %v6 : f32
  %v23:2 = arith.mului_extended %v20, %v0 : i64
  %v24 = arith.remf %v11, %v12 : f4E2M1FN
  %v25 = arith.index_castui %v19 : index to i64
  %v26 = arith.constant dense<35> : vector<2x3xi8>
  %v27 = arith.cmpf false, %v17, %arg1 : f64
  %v28 = arith.remf %v6, %v21 : f32
  %v29 = arith.constant 0xFFF8000000000000 : f64
  %v30 = arith.select %v27, %v29, %arg1 : f64
  %v31 = arith.constant false
  %v32 = arith.cmpi ugt, %v27, %v31 : i1
  %v33:2 = arith.addui_extended %v0, %v23#0 : i64, i1
  %v34 = arith.constant 0.5 : f32
  %v35 = arith.fptoui %v34 : f32 to i7
  return %v30, %v27 : f64, i1
}
func.func @f1(%arg0: tensor<2x2xf32>, %arg1: i7, %arg2: i1, %arg3: f64) -> index {
  %v0 = arith.extf %arg3 : f64 to f128
  %v1 = arith.constant 14 : i7
  %v2 = arith.sitofp %v1 : i7 to f8E5M2FNUZ
  %v3 = arith.constant 0x013412796325A06321CC8F7A0127491D : f128
  %v4 = arith.select %arg2, %v0, %v3 : f128
  %v5 = arith.extsi %arg2 : i1 to i32
  %v6 = arith.constant 4 : i7
  %v7:2 = arith.mului_extended %v6, %arg1 : i7
  %v8 = arith.constant 6 : i7
  %v9 = arith.floordivsi %v7#0, %v8 : i7
  %v10 = arith.constant false
  %v11 = arith.index_cast %v10 {tag = 1 : i64} : i1 to index
  %v12 = arith.fptoui %v2 : f8E5M2FNUZ to i16
  %v13 = arith.constant 1.0 : f32
  %v14 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v15 = arith.constant 0xFF800000 : f32
  %v16:2 = func.call @f0(%v13, %v14, %v15, %v15) : (f32, f64, f32, f32) -> (f64, i1)
  %v17 = arith.constant dense<0xFF800000> : tensor<2x2xf32>
  %v18 = arith.maxnumf %arg0, %v17 fastmath<arcp,afn> : tensor<2x2xf32>
  return %v11 : index
}
func.func @f2(%arg0: f32, %arg1: vector<[4]xf64>, %arg2: i8) {
  %v0 = arith.constant 0 : i8
  %v1:2 = arith.addui_extended %arg2, %v0 : i8, i1
  %v2:2 = arith.addui_extended %arg2, %v0 : i8, i1
  %v3 = arith.cmpf oge, %arg0, %arg0 fastmath<ninf> : f32
  %v4 = arith.maximumf %arg0, %arg0 : f32
  %v5 = arith.subf %v4, %v4 : f32
  %v6 = arith.fptosi %arg1 : vector<[4]xf64> to vector<[4]xi8>
  %v7 = arith.constant dense<1.0e+10> : tensor<2x2xf32>
  %v8 = arith.constant 0 : i7
  %v9 = arith.constant false
  %v10 = arith.constant 0.0 : f64
  %v11 = func.call @f1(%v7, %v8, %v9, %v10) : (tensor<2x2xf32>, i7, i1, f64) -> index
  %v12 = arith.remf %v7, %v7 : tensor<2x2xf32>
  %v13 = arith.constant dense<-1> : vector<[4]xi8>
  %v14 = arith.xori %v6, %v13 : vector<[4]xi8>
  %v15 = arith.xori %v14, %v13 : vector<[4]xi8>
  %v16 = arith.constant 100.0 : f32
  %v17 = arith.constant 0x3FF0000000000000 : f64
  %v18 = arith.constant 3.0 : f32
  %v19:2 = func.call @f0(%v16, %v17, %v18, %v18) : (f32, f64, f32, f32) -> (f64, i1)
  %v20 = arith.xori %v6, %v13 : vector<[4]xi8>
  %v21 = arith.constant 0xC3516443 : f32
  %v22:2 = func.call @f0(%v5, %v19#0, %v4, %v21) : (f32, f64, f32, f32) -> (f64, i1)
  %v23 = arith.constant dense<0x7FC00000> : vector<2x3xf32>
  %v24 = arith.fptosi %v23 : vector<2x3xf32> to vector<2x3xi64>
  %v25 = arith.constant true
  %v26 = arith.divsi %v22#1, %v25 : i1
  %v27 = arith.constant dense<[[0x007FFFFF, 0x3F800000, 100.0], [-2.5, 0xFFC00000, 0x7F7FFFFF]]> : vector<2x3xf32>
  %v28 = arith.minnumf %v27, %v23 : vector<2x3xf32>
  %v29 = arith.cmpf true, %arg1, %arg1 : vector<[4]xf64>
  %v30 = arith.maximumf %v16, %v5 fastmath<arcp,afn> : f32
  %v31 = arith.extui %v26 : i1 to i64
  %v32 = arith.constant 9223372036854775807 : i64
  %v33 = arith.cmpi ne, %v31, %v32 : i64
  return
}
func.func @f3(%arg0: tensor<0xi64>, %arg1: i32, %arg2: tensor<3xf32>) -> (tensor<3xi1>, i1, tensor<3xi1>) {
  %v0 = arith.constant -2147483648 : i32
  %v1 = arith.cmpi sge, %arg1, %v0 : i32
  %v2 = arith.cmpi sge, %arg1, %v0 : i32
  %v3 = arith.constant dense<[0x00800000, 0x3F800000, 0.1]> : tensor<3xf32>
  %v4 = arith.cmpf uno, %arg2, %v3 : tensor<3xf32>
  %v5 = arith.cmpf uno, %arg2, %v3 : tensor<3xf32>
  %v6 = arith.constant 2 : index
  %v7 = arith.remsi %v6, %v6 : index
  %v8 = arith.constant 262144 : i32
  %v9 = arith.cmpi sge, %v8, %arg1 : i32
  return %v5, %v9, %v5 : tensor<3xi1>, i1, tensor<3xi1>
}
