// Random func/arith module, seed 145.
func.func @f0(%arg0: vector<4xbf16>, %arg1: f32) -> (f32, i32, f8E4M3B11FNUZ) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.constant -1 : i32
  %v2 = arith.andi %v0, %v1 : i32
  %v3 = arith.shrsi %v1, %v1 exact : i32
  %v4 = arith.constant -1 : i32
  %v5 = arith.cmpi ule, %v4, %v3 : i32
  %v6 = arith.shrsi %v1, %v1 exact : i32
  %v7 = arith.bitcast %arg1 : f32 to i32
  %v8 = arith.maximumf %arg1, %arg1 : f32
  %v9 = arith.constant false
  %v10 = arith.constant true
  %v11 = arith.xori %v9, %v10 : i1
  %v12 = arith.xori %v10, %v9 : i1
  %v13 = arith.divsi %v7, %v7 exact : i32
  %v14 = arith.extsi %v11 : i1 to i64
  %v15 = arith.extsi %v5 : i1 to i64
  %v16 = arith.cmpi ult, %v14, %v15 : i64
  %v17 = arith.remf %arg0, %arg0 : vector<4xbf16>
  %v18 = arith.constant 0x80 : f8E4M3B11FNUZ
  %v19 = arith.constant 0xFC : f8E4M3B11FNUZ
  %v20 = arith.minnumf %v18, %v19 : f8E4M3B11FNUZ
  %v21 = arith.constant 4.0 : f6E3M2FN
  %v22 = arith.fptoui %v21 : f6E3M2FN to i16
  %v23 = arith.index_cast %v13 : i32 to index
  %v24 = arith.index_cast %v23 : index to i32
  %v25 = arith.constant 0x7FFF0000000000000000 : f80
  %v26 = arith.cmpf one, %v25, %v25 fastmath<fast> : f80
  %v27 = arith.constant 0xFFC00000 : f32
  %v28 = arith.maxnumf %v8, %v27 : f32
  %v29 = arith.constant 0 : i64
  %v30 = arith.sitofp %v29 : i64 to f6E3M2FN
  %v31 = arith.andi %v1, %v0 : i32
  return %v28, %v13, %v18 : f32, i32, f8E4M3B11FNUZ
}
func.func @f1(%arg0: tensor<2x2xi1>) -> (vector<4xi1>, i1, i32) {
  %v0 = arith.constant 0x00000000000000000001 : f80
  %v1 = arith.negf %v0 : f80
  %v2 = arith.negf %v0 : f80
  %v3 = arith.constant dense<[4.0, 0x7FC0, 0xFFC0, 0xFFC0]> : vector<4xbf16>
  %v4 = arith.constant 1.0e+10 : f32
  %v5:3 = func.call @f0(%v3, %v4) : (vector<4xbf16>, f32) -> (f32, i32, f8E4M3B11FNUZ)
  %v6 = arith.constant 131072 : i32
  %v7 = arith.cmpi eq, %v5#1, %v6 : i32
  %v8 = arith.select %v7, %v5#1, %v6 : i32
  %v9 = arith.constant 127 : i8
  %v10 = arith.divui %v9, %v9 : i8
  %v11 = arith.constant dense<true> : tensor<2x2xi1>
  %v12:2 = arith.addui_extended %arg0, %v11 : tensor<2x2xi1>, tensor<2x2xi1>
  %v13 = arith.shrsi %v6, %v5#1 : i32
  %v14 = arith.negf %v5#0 : f32
  %v15 = arith.divui %v9, %v9 : i8
  %v16 = arith.muli %v5#1, %v5#1 : i32
  %v17 = arith.extui %v7 : i1 to i64
  %v18 = arith.extui %v7 : i1 to i64
  %v19 = arith.cmpi ugt, %v17, %v18 : i64
  %v20 = arith.constant dense<0xBDD7> : vector<4xbf16>
  %v21 = arith.cmpf true, %v3, %v20 fastmath<fast> : vector<4xbf16>
  %v22 = arith.constant dense<true> : tensor<2x2xi1>
  %v23 = arith.floordivsi %v22, %v12#1 : tensor<2x2xi1>
  %v24 = arith.constant -2.5 : f8E4M3B11FNUZ
  %v25 = arith.constant 0x7C : f8E4M3B11FNUZ
  %v26 = arith.maxnumf %v24, %v25 : f8E4M3B11FNUZ
  %v27 = arith.shrsi %v7, %v7 : i1
  return %v21, %v27, %v13 : vector<4xi1>, i1, i32
}
func.func @f2(%arg0: tensor<3xi32>, %arg1: vector<[4]xindex>, %arg2: i1) -> (i1, tensor<3xi32>) {
  %v0 = arith.constant dense<[1, 0, -1]> : tensor<3xi32>
  %v1 = arith.minsi %v0, %arg0 : tensor<3xi32>
  %v2 = arith.constant 9223372036854775808 : i128
  %v3 = arith.constant 11 : i128
  %v4 = arith.remui %v2, %v3 : i128
  %v5 = arith.cmpi eq, %arg1, %arg1 : vector<[4]xindex>
  %v6 = arith.select %v5, %arg1, %arg1 : vector<[4]xi1>, vector<[4]xindex>
  %v7 = arith.constant dense<[0xFF80, 100.0, 7.0, 0.5]> : vector<4xbf16>
  %v8 = arith.constant 0xFFC00000 : f32
  %v9:3 = func.call @f0(%v7, %v8) : (vector<4xbf16>, f32) -> (f32, i32, f8E4M3B11FNUZ)
  %v10 = arith.bitcast %v9#0 : f32 to i32
  %v11 = arith.extui %v0 : tensor<3xi32> to tensor<3xi64>
  %v12 = arith.constant 0xFF800000 : f32
  %v13 = arith.cmpf ogt, %v12, %v9#0 fastmath<reassoc,contract> : f32
  %v14 = arith.cmpf false, %v8, %v8 : f32
  %v15 = arith.negf %v9#2 : f8E4M3B11FNUZ
  %v16 = arith.constant dense<[-1, 9, 2147483647]> : tensor<3xi32>
  %v17 = arith.extsi %v16 : tensor<3xi32> to tensor<3xi64>
  %v18 = arith.constant dense<[[false, true], [false, true]]> : tensor<2x2xi1>
  %v19:3 = func.call @f1(%v18) : (tensor<2x2xi1>) -> (vector<4xi1>, i1, i32)
  %v20 = arith.constant dense<true> : vector<4xi1>
  %v21 = arith.ceildivui %v20, %v20 : vector<4xi1>
  %v22 = arith.constant dense<[]> : tensor<0xi1>
  %v23 = arith.constant dense<false> : tensor<0xi1>
  %v24 = arith.minsi %v22, %v23 : tensor<0xi1>
  return %v19#1, %v0 : i1, tensor<3xi32>
}
func.func @f3(%arg0: i7, %arg1: tensor<2x2xi1>, %arg2: f8E4M3FN, %arg3: i33) -> i1 {
  %v0 = arith.andi %arg1, %arg1 : tensor<2x2xi1>
  %v1 = arith.extui %arg0 : i7 to i64
  %v2 = arith.extui %arg0 : i7 to i64
  %v3 = arith.cmpi sgt, %v1, %v2 : i64
  %v4 = arith.cmpf uno, %arg2, %arg2 : f8E4M3FN
  %v5 = arith.constant -135333942264454112419144539282199272806 : i128
  %v6 = arith.constant -1 : i128
  %v7:2 = arith.addui_extended %v5, %v6 : i128, i1
  %v8:2 = arith.addui_extended %v5, %v6 : i128, i1
  %v9 = arith.extsi %v3 : i1 to i33
  return %v7#1 : i1
}
