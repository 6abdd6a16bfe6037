// Random func/arith module, seed 145.
func.func @f0(%arg0: vector<4xbf16>, %arg1: f32) -> (f32, f32, tensor<3xindex>) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.constant -1 : i32
  %v2 = arith.andi %v0, %v1 : i32
  %v3 = arith.andi %v0, %v1 : i32
  %v4 = arith.constant 2147483647 : i32
  %v5 = arith.maxui %v4, %v1 : i32
  %v6 = arith.minsi %v2, %v0 : i32
  %v7 = arith.minsi %v0, %v2 : i32
  %v8 = arith.sitofp %v6 : i32 to f8E5M2
  %v9 = arith.muli %v4, %v1 overflow<nuw> : i32
  %v10 = arith.constant -0.75 : bf16
  %v11 = arith.minnumf %v10, %v10 fastmath<nnan,ninf> : bf16
  %v12 = arith.maxui %v1, %v7 : i32
  %v13 = arith.constant dense<-3> : tensor<3xindex>
  %v14 = arith.cmpi ult, %v13, %v13 : tensor<3xindex>
  %v15 = arith.maxnumf %arg0, %arg0 fastmath<ninf> {tag = 1 : i64} : vector<4xbf16>
  %v16 = arith.negf %arg1 : f32
  %v17 = arith.negf %v16 : f32
  %v18 = arith.constant -2147483648 : i32
  %v19:2 = arith.mului_extended %v18, %v1 : i32
  %v20 = arith.minsi %v13, %v13 : tensor<3xindex>
  %v21 = arith.maximumf %arg1, %v16 : f32
  %v22 = arith.constant 0xFFC00000 : f32
  %v23 = arith.negf %v22 : f32
  %v24 = arith.constant dense<-1> : tensor<3xindex>
  %v25 = arith.ceildivsi %v13, %v24 : tensor<3xindex>
  %v26 = arith.negf %v22 : f32
  return %v21, %v21, %v20 : f32, f32, tensor<3xindex>
}
func.func @f1(%arg0: tensor<2x2xi1>) -> (tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.constant 0x00000000000000000001 : f80
  %v1 = arith.negf %v0 : f80
  %v2 = arith.uitofp %arg0 : tensor<2x2xi1> to tensor<2x2xbf16>
  %v3 = arith.constant dense<true> : tensor<2x2xi1>
  %v4 = arith.constant dense<[[false, false], [false, false]]> : tensor<2x2xi1>
  %v5 = arith.ceildivsi %v3, %v4 : tensor<2x2xi1>
  %v6 = arith.constant dense<-0.0> : vector<4xbf16>
  %v7 = arith.constant -0.75 : f32
  %v8:3 = func.call @f0(%v6, %v7) : (vector<4xbf16>, f32) -> (f32, f32, tensor<3xindex>)
  %v9 = arith.constant dense<0> : tensor<3xindex>
  %v10 = arith.xori %v8#2, %v9 : tensor<3xindex>
  %v11 = arith.constant dense<-0.75> : tensor<2x2xbf16>
  %v12 = arith.cmpf ueq, %v11, %v2 fastmath<fast> : tensor<2x2xbf16>
  %v13 = arith.muli %v8#2, %v10 overflow<nuw> : tensor<3xindex>
  %v14 = arith.constant dense<[[true, false], [false, true]]> : tensor<2x2xi1>
  %v15 = arith.maxui %arg0, %v14 : tensor<2x2xi1>
  %v16:2 = arith.mului_extended %v12, %v3 : tensor<2x2xi1>
  %v17 = arith.constant dense<-1> : tensor<3xi32>
  %v18 = arith.sitofp %v17 : tensor<3xi32> to tensor<3xf64>
  %v19 = arith.fptoui %v18 {tag = 1 : i64} : tensor<3xf64> to tensor<3xi32>
  %v20 = arith.constant -2.5 : f80
  %v21 = arith.constant -3.0e-05 : f80
  %v22 = arith.maxnumf %v20, %v21 : f80
  %v23 = arith.shrsi %v10, %v8#2 : tensor<3xindex>
  %v24 = arith.constant dense<[[false, true], [true, false]]> : tensor<2x2xi1>
  %v25 = arith.xori %v24, %v15 : tensor<2x2xi1>
  %v26 = arith.constant dense<65> : tensor<3xindex>
  %v27 = arith.cmpi ule, %v26, %v23 : tensor<3xindex>
  %v28 = arith.maxnumf %v21, %v20 : f80
  return %v15, %v15 : tensor<2x2xi1>, tensor<2x2xi1>
}
func.func @f2(%arg0: i8) -> (tensor<3xi64>, f32) {
  %v0 = arith.constant dense<0x3F800000> : vector<[4]xf32>
  %v1 = arith.extf %v0 fastmath<nnan> : vector<[4]xf32> to vector<[4]xf64>
  %v2 = arith.extf %v0 fastmath<nnan> : vector<[4]xf32> to vector<[4]xf64>
  %v3 = arith.constant dense<[0xFF80, 100.0, 7.0, 0.5]> : vector<4xbf16>
  %v4 = arith.constant 0xFFC00000 : f32
  %v5:3 = func.call @f0(%v3, %v4) : (vector<4xbf16>, f32) -> (f32, f32, tensor<3xindex>)
  %v6:3 = func.call @f0(%v3, %v5#1) : (vector<4xbf16>, f32) -> (f32, f32, tensor<3xindex>)
  %v7 = arith.constant 0x7FC00000 : f32
  %v8 = arith.constant 0xFF800000 : f32
  %v9 = arith.maximumf %v7, %v8 : f32
  %v10:3 = func.call @f0(%v3, %v4) : (vector<4xbf16>, f32) -> (f32, f32, tensor<3xindex>)
  %v11 = arith.constant dense<-28> : tensor<3xi8>
  %v12 = arith.extui %v11 {tag = 0 : i64} : tensor<3xi8> to tensor<3xi64>
  %v13 = arith.constant dense<9223372036854775807> : tensor<3xi64>
  %v14 = arith.cmpi ule, %v12, %v13 : tensor<3xi64>
  %v15 = arith.constant 0x00800000 : f32
  %v16 = arith.extf %v15 fastmath<fast> : f32 to f128
  %v17 = arith.constant -128 : i8
  %v18 = arith.xori %v17, %arg0 : i8
  %v19 = arith.constant 3 : i8
  %v20 = arith.ceildivui %v19, %v17 : i8
  return %v12, %v10#0 : tensor<3xi64>, f32
}
func.func @f3(%arg0: tensor<2x2xi8>, %arg1: bf16, %arg2: f8E5M2FNUZ, %arg3: vector<[4]xbf16>) -> (bf16, i1) {
  %v0 = arith.constant 8 : i8
  %v1 = arith.index_castui %v0 : i8 to index
  %v2 = arith.andi %v0, %v0 {tag = 0 : i64} : i8
  %v3 = arith.negf %arg3 fastmath<ninf> : vector<[4]xbf16>
  %v4 = arith.cmpf oeq, %arg3, %v3 : vector<[4]xbf16>
  %v5 = arith.constant -135333942264454112419144539282199272806 : i128
  %v6 = arith.constant -1 : i128
  %v7:2 = arith.addui_extended %v5, %v6 : i128, i1
  %v8 = arith.andi %v0, %v0 {tag = 0 : i64} : i8
  %v9 = arith.constant 0x00 : f8E8M0FNU
  %v10 = arith.mulf %v9, %v9 {tag = 0 : i64} : f8E8M0FNU
  %v11 = arith.cmpf oeq, %arg3, %v3 : vector<[4]xbf16>
  %v12 = arith.constant dense<false> : vector<[4]xi1>
  %v13 = arith.addi %v4, %v12 : vector<[4]xi1>
  %v14 = arith.subi %v4, %v12 : vector<[4]xi1>
  %v15 = arith.constant 12 : index
  %v16 = arith.index_cast %v15 : index to i64
  %v17 = arith.addf %arg1, %arg1 fastmath<reassoc,contract> : bf16
  %v18 = arith.constant -0.75 : f8E5M2FNUZ
  %v19 = arith.cmpf ord, %arg2, %v18 : f8E5M2FNUZ
  %v20 = arith.divsi %v19, %v7#1 exact : i1
  %v21 = arith.constant true
  %v22 = arith.constant 0xFE00 : f16
  %v23 = arith.select %v21, %v22, %v22 : f16
  return %v17, %v19 : bf16, i1
}
