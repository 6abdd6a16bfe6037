// Random func/arith module, seed 173.
func.func @f0(%arg0: vector<2x3xindex>, %arg1: vector<[4]xf32>, %arg2: i16) -> (vector<[4]xf32>, vector<[4]xi1>, vector<[4]xi1>) {
  %v0 = arith.constant dense<8> : vector<2x3xi8>
  %v1 = arith.extui %v0 : vector<2x3xi8> to vector<2x3xi64>
  %v2 = arith.constant dense<[[-1, 6, 13], [6360087484302528769, 1, 14]]> : vector<2x3xi64>
  %v3 = arith.cmpi sgt, %v1, %v2 : vector<2x3xi64>
  %v4 = arith.constant dense<0x80000000> : vector<[4]xf32>
  %v5 = arith.cmpf ult, %v4, %arg1 : vector<[4]xf32>
  %v6 = arith.constant 0x3F800000 : f32
  %v7 = arith.constant 0x63F31986 : f32
  %v8 = arith.remf %v6, %v7 : f32
  %v9 = arith.constant dense<true> : vector<[4]xi1>
  %v10:2 = arith.mului_extended %v5, %v9 : vector<[4]xi1>
  %v11 = arith.minsi %arg0, %arg0 : vector<2x3xindex>
  %v12 = arith.ceildivsi %v10#0, %v5 : vector<[4]xi1>
  return %arg1, %v10#0, %v5 : vector<[4]xf32>, vector<[4]xi1>, vector<[4]xi1>
}
func.func @f1(%arg0: i32) -> (i32, i1) {
  %v0 = arith.constant 32 : i32
  %v1:2 = arith.addui_extended %v0, %arg0 : i32, i1
  %v2:2 = arith.mulsi_extended %arg0, %v1#0 : i32
  %v3 = arith.constant false
  %v4 = arith.xori %v3, %v1#1 : i1
  %v5:2 = arith.addui_extended %v0, %arg0 : i32, i1
  %v6 = arith.constant 2147483647 : i32
  %v7 = arith.shrsi %v6, %v1#0 exact : i32
  %v8 = arith.constant dense<0xBF800000> : tensor<3xf32>
  %v9 = arith.constant dense<0xFF800000> : tensor<3xf32>
  %v10 = arith.cmpf false, %v8, %v9 fastmath<nsz> : tensor<3xf32>
  %v11 = arith.extf %v9 : tensor<3xf32> to tensor<3xf64>
  return %v5#0, %v3 : i32, i1
}
func.func @f2(%arg0: i33, %arg1: f6E3M2FN, %arg2: tensor<2x2xf32>) -> (i33, i33) {
  %v0 = arith.truncf %arg1 : f6E3M2FN to f4E2M1FN
  %v1 = arith.constant 0 : i33
  %v2 = arith.remsi %arg0, %v1 : i33
  %v3 = arith.constant 9 : i128
  %v4 = arith.constant -170141183460469231731687303715884105728 : i128
  %v5 = arith.cmpi sgt, %v3, %v4 : i128
  %v6 = arith.select %v5, %v2, %arg0 : i33
  %v7 = arith.constant 0.0 : f4E2M1FN
  %v8 = arith.subf %v0, %v7 : f4E2M1FN
  %v9 = arith.constant 536870912 : i33
  %v10 = arith.addi %v9, %v6 : i33
  %v11 = arith.constant false
  %v12 = arith.constant 0x2C : f6E3M2FN
  %v13 = arith.select %v11, %arg1, %v12 : f6E3M2FN
  %v14 = arith.constant 0x8000 : f16
  %v15 = arith.truncf %v14 fastmath<fast> : f16 to f8E5M2FNUZ
  %v16 = arith.constant 11 : i128
  %v17 = arith.constant 2 : i128
  %v18 = arith.ceildivui %v16, %v17 : i128
  %v19 = arith.constant -6 : i32
  %v20 = arith.trunci %v19 : i32 to i8
  %v21 = arith.select %v11, %arg1, %v12 : f6E3M2FN
  %v22 = arith.constant -4294967296 : i33
  %v23 = arith.maxui %v22, %v2 : i33
  %v24 = arith.constant 3.0 : f4E2M1FN
  %v25 = arith.fptosi %v24 : f4E2M1FN to i32
  %v26 = arith.constant -2.5 : f8E4M3
  %v27 = arith.negf %v26 fastmath<nsz> : f8E4M3
  %v28 = arith.constant 0x7 : f4E2M1FN
  %v29 = arith.mulf %v28, %v8 fastmath<reassoc,contract> : f4E2M1FN
  %v30 = arith.constant -2875125776 : i33
  %v31 = arith.ori %v30, %v2 : i33
  %v32 = arith.xori %v10, %v31 : i33
  %v33 = arith.constant true
  %v34 = arith.constant false
  %v35 = arith.cmpi ult, %v33, %v34 : i1
  %v36 = arith.select %v11, %arg1, %v12 : f6E3M2FN
  %v37 = arith.constant -1 : index
  %v38 = arith.constant 8589934592 : index
  %v39 = arith.minui %v37, %v38 : index
  %v40 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v41 = arith.constant 0x3BDE02C3748E5C3C : f64
  %v42 = arith.minimumf %v40, %v41 : f64
  %v43 = arith.constant 1 : i64
  %v44 = arith.constant -9223372036854775808 : i64
  %v45 = arith.divsi %v43, %v44 : i64
  %v46 = arith.constant 170141183460469231731687303715884105727 : i128
  %v47 = arith.andi %v17, %v46 : i128
  return %v32, %v23 : i33, i33
}
func.func @f3(%arg0: vector<[4]xindex>, %arg1: f32, %arg2: f8E4M3FN, %arg3: i16) -> (i16, i1, i16, i16) {
  %v0 = arith.constant dense<9223372036854775807> : vector<[4]xindex>
  %v1 = arith.index_castui %v0 : vector<[4]xindex> to vector<[4]xi16>
  %v2 = arith.constant 2.0 : f8E4M3FN
  %v3 = arith.maximumf %v2, %arg2 fastmath<none> : f8E4M3FN
  %v4 = arith.negf %arg1 : f32
  %v5 = arith.negf %v4 : f32
  %v6 = arith.negf %v4 : f32
  %v7 = arith.constant 0x7C : f8E4M3FN
  %v8 = arith.cmpf ule, %v2, %v7 : f8E4M3FN
  %v9 = arith.constant 1 : i16
  %v10 = arith.shrsi %arg3, %v9 : i16
  return %v10, %v8, %v10, %v10 : i16, i1, i16, i16
}
