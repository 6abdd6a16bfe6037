// Random func/arith module, seed 65.
func.func @f0(%arg0: i8, %arg1: f8E5M2FNUZ) -> (i32, f8E5M2FNUZ, f8E5M2FNUZ) {
  %v0 = arith.constant 2 : i8
  %v1 = arith.shli %arg0, %v0 overflow<nuw> : i8
  %v2 = arith.constant 127 : i8
  %v3 = arith.cmpi sle, %v2, %v0 : i8
  %v4 = arith.constant 255 : i8
  %v5 = arith.cmpi uge, %v4, %arg0 : i8
  %v6 = arith.constant 622407865 : i32
  %v7 = arith.constant -33902302 : i32
  %v8 = arith.addi %v6, %v7 : i32
  %v9 = arith.constant 31 : i32
  %v10 = arith.subi %v8, %v9 : i32
  %v11 = arith.constant 8 : i8
  %v12 = arith.sitofp %v11 : i8 to f8E5M2FNUZ
  %v13 = arith.constant -2.5 : f8E5M2FNUZ
  %v14 = arith.constant -3.0e-05 : f8E5M2FNUZ
  %v15 = arith.addf %v13, %v14 : f8E5M2FNUZ
  return %v8, %v12, %v15 : i32, f8E5M2FNUZ, f8E5M2FNUZ
}
func.func @f1(%arg0: f8E4M3FNUZ) -> (i1, i1) {
  %v0 = arith.constant 2 : i33
  %v1 = arith.uitofp %v0 : i33 to f8E5M2
  %v2 = arith.divui %v0, %v0 : i33
  %v3 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v4 = arith.cmpf olt, %arg0, %v3 : f8E4M3FNUZ
  %v5 = arith.constant -0.0 : f8E4M3FNUZ
  %v6 = arith.mulf %v3, %v5 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v7 = arith.constant 0.5 : f8E5M2
  %v8 = arith.constant 1.0e+10 : f8E5M2
  %v9 = arith.maxnumf %v7, %v8 fastmath<reassoc,contract> : f8E5M2
  %v10 = arith.constant true
  %v11 = arith.shrsi %v4, %v10 : i1
  %v12 = arith.cmpf olt, %arg0, %v3 : f8E4M3FNUZ
  %v13 = arith.shrsi %v4, %v10 : i1
  %v14 = arith.minui %v12, %v13 : i1
  %v15 = arith.floordivsi %v14, %v13 : i1
  %v16 = arith.constant 9 : i8
  %v17 = arith.constant 3.0 : f8E5M2FNUZ
  %v18:3 = func.call @f0(%v16, %v17) : (i8, f8E5M2FNUZ) -> (i32, f8E5M2FNUZ, f8E5M2FNUZ)
  return %v12, %v13 : i1, i1
}
func.func @f2(%arg0: bf16, %arg1: vector<2xf32>, %arg2: vector<2xi32>) -> (bf16, i1) {
  %v0 = arith.fptoui %arg0 : bf16 to i33
  %v1 = arith.fptoui %arg0 : bf16 to i33
  %v2 = arith.constant dense<0x0000000000000000> : vector<2xf64>
  %v3 = arith.subf %v2, %v2 : vector<2xf64>
  %v4 = arith.constant dense<[0, 268435456, -7, 144115188075855872]> : vector<4xindex>
  %v5 = arith.constant dense<13> : vector<4xindex>
  %v6 = arith.xori %v4, %v5 : vector<4xindex>
  %v7 = arith.constant dense<-1> : vector<2xi32>
  %v8 = arith.xori %arg2, %v7 : vector<2xi32>
  %v9 = arith.xori %v8, %v7 : vector<2xi32>
  %v10 = arith.fptoui %arg0 : bf16 to i33
  %v11 = arith.negf %arg1 : vector<2xf32>
  %v12 = arith.negf %v11 : vector<2xf32>
  %v13 = arith.constant 0 : i33
  %v14 = arith.andi %v10, %v13 : i33
  %v15 = arith.bitcast %v11 : vector<2xf32> to vector<2xi32>
  %v16 = arith.constant dense<-1.0> : vector<2xf32>
  %v17 = arith.cmpf one, %arg1, %v16 : vector<2xf32>
  %v18 = arith.subf %v2, %v2 : vector<2xf64>
  %v19 = arith.xori %v5, %v4 : vector<4xindex>
  %v20 = arith.constant dense<-1.0> : tensor<3xbf16>
  %v21 = arith.negf %v20 : tensor<3xbf16>
  %v22 = arith.constant 0x78 : f8E4M3FNUZ
  %v23:2 = func.call @f1(%v22) : (f8E4M3FNUZ) -> (i1, i1)
  %v24 = arith.constant dense<2> : vector<2x3xi64>
  %v25 = arith.andi %v24, %v24 : vector<2x3xi64>
  %v26 = arith.addf %arg0, %arg0 fastmath<reassoc,contract> : bf16
  %v27 = arith.constant dense<0xFF800000> : vector<2xf32>
  %v28 = arith.maximumf %arg1, %v27 : vector<2xf32>
  %v29 = arith.subi %v8, %arg2 : vector<2xi32>
  return %v26, %v23#0 : bf16, i1
}
func.func @f3(%arg0: f8E4M3FNUZ, %arg1: index, %arg2: f32) -> (f16, f32) {
  %v0 = arith.constant 10 : i8
  %v1 = arith.constant -2.5 : f8E5M2FNUZ
  %v2:3 = func.call @f0(%v0, %v1) : (i8, f8E5M2FNUZ) -> (i32, f8E5M2FNUZ, f8E5M2FNUZ)
  %v3 = arith.constant 9 : i32
  %v4 = arith.addi %v3, %v2#0 overflow<nsw> : i32
  %v5 = arith.index_castui %arg1 : index to i8
  %v6 = arith.constant -1 : index
  %v7 = arith.xori %arg1, %v6 : index
  %v8 = arith.xori %v7, %v6 : index
  %v9 = arith.cmpf uge, %v2#2, %v2#1 : f8E5M2FNUZ
  %v10 = arith.minui %v4, %v2#0 : i32
  %v11 = arith.constant -2.5 : f32
  %v12 = arith.maximumf %arg2, %v11 fastmath<arcp,afn> : f32
  %v13 = arith.constant dense<-0.0> : vector<2x3xf16>
  %v14 = arith.constant dense<[[-2.5, 7.0, 0x0400], [-0.75, 4.0, 0xE43E]]> : vector<2x3xf16>
  %v15 = arith.maxnumf %v13, %v14 : vector<2x3xf16>
  %v16 = arith.divf %v11, %v12 fastmath<arcp,afn> : f32
  %v17 = arith.constant dense<100.0> : vector<2x3xf32>
  %v18 = arith.maximumf %v17, %v17 : vector<2x3xf32>
  %v19 = arith.sitofp %v2#0 : i32 to f16
  return %v19, %v16 : f16, f32
}
