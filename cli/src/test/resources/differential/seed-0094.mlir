// Random func/arith module, seed 94.
func.func @f0(%arg0: vector<i8>, %arg1: f32) -> i1 {
  %v0 = arith.maxsi %arg0, %arg0 {tag = 0 : i64} : vector<i8>
  %v1 = arith.constant 0x3F800000 : f32
  %v2 = arith.constant 0xBF800000 : f32
  %v3 = arith.maxnumf %v1, %v2 : f32
  %v4 = arith.maxnumf %v1, %v2 : f32
  %v5 = arith.ceildivui %v0, %arg0 : vector<i8>
  %v6 = arith.maxnumf %v1, %v2 : f32
  %v7:2 = arith.addui_extended %arg0, %v5 : vector<i8>, vector<i1>
  %v8 = arith.constant dense<true> : vector<i1>
  %v9 = arith.cmpi sge, %v7#1, %v8 : vector<i1>
  %v10 = arith.cmpf ule, %v1, %arg1 fastmath<nnan> : f32
  %v11 = arith.maxnumf %v1, %v2 : f32
  %v12 = arith.maxnumf %v1, %v2 : f32
  %v13 = arith.constant -1.0 : f32
  %v14 = arith.mulf %v2, %v13 : f32
  %v15 = arith.cmpf ule, %v1, %arg1 fastmath<nnan> : f32
  %v16 = arith.constant dense<6> : vector<i8>
  %v17 = arith.constant dense<0> : vector<i8>
  %v18 = arith.minsi %v16, %v17 : vector<i8>
  %v19 = arith.cmpf ule, %v1, %arg1 fastmath<nnan> : f32
  %v20 = arith.constant 1 : index
  %v21 = arith.cmpi ne, %v20, %v20 : index
  %v22 = arith.constant true
  %v23 = arith.constant false
  %v24 = arith.select %v21, %v23, %v22 : i1
  %v25 = arith.xori %v16, %v5 : vector<i8>
  %v26 = arith.cmpf ule, %v1, %arg1 fastmath<nnan> : f32
  %v27 = arith.ceildivui %v19, %v26 : i1
  %v28 = arith.cmpi sge, %v5, %v17 : vector<i8>
  %v29 = arith.constant dense<false> : vector<i1>
  %v30 = arith.index_castui %v29 : vector<i1> to vector<index>
  return %v19 : i1
}
func.func @f1(%arg0: i32) -> i32 {
  %v0 = arith.constant 65536 : i32
  %v1 = arith.constant 7 : i32
  %v2 = arith.addi %v0, %v1 overflow<nuw> : i32
  %v3 = arith.constant dense<0xFFF8000000000000> : tensor<2x2xf64>
  %v4 = arith.truncf %v3 fastmath<nnan,ninf> : tensor<2x2xf64> to tensor<2x2xf16>
  %v5 = arith.ori %v2, %arg0 : i32
  %v6 = arith.remf %v3, %v3 : tensor<2x2xf64>
  %v7 = arith.constant dense<0.0> : tensor<2x2xf16>
  %v8 = arith.maxnumf %v4, %v7 fastmath<nnan> : tensor<2x2xf16>
  %v9 = arith.constant 4 : i32
  %v10 = arith.uitofp %v9 : i32 to f80
  %v11 = arith.xori %arg0, %v0 : i32
  %v12 = arith.constant dense<[3.0, 0x03FF, -0.75]> : tensor<3xf16>
  %v13 = arith.constant dense<[0x0000, 0x0400, 0x9A83]> : tensor<3xf16>
  %v14 = arith.addf %v12, %v13 : tensor<3xf16>
  return %v11 : i32
}
func.func @f2(%arg0: f8E4M3FNUZ, %arg1: vector<2xi1>) -> (i1, vector<2xi1>) {
  %v0 = arith.constant dense<false> : vector<2xi1>
  %v1 = arith.divsi %v0, %arg1 exact : vector<2xi1>
  %v2 = arith.constant dense<[false, false]> : vector<2xi1>
  %v3 = arith.cmpi slt, %v1, %v2 : vector<2xi1>
  %v4 = arith.constant dense<true> : vector<2xi1>
  %v5 = arith.remui %v4, %v3 : vector<2xi1>
  %v6 = arith.remui %arg1, %v0 : vector<2xi1>
  %v7 = arith.addf %arg0, %arg0 : f8E4M3FNUZ
  %v8 = arith.constant 4.0 : f32
  %v9 = arith.constant -1.0 : f32
  %v10 = arith.mulf %v8, %v9 : f32
  %v11 = arith.constant dense<8> : vector<i8>
  %v12 = func.call @f0(%v11, %v10) : (vector<i8>, f32) -> i1
  %v13 = arith.remui %arg1, %v0 : vector<2xi1>
  %v14 = arith.fptosi %v7 : f8E4M3FNUZ to i16
  %v15 = arith.cmpi ugt, %v1, %arg1 : vector<2xi1>
  %v16 = arith.constant -32768 : i16
  %v17 = arith.floordivsi %v16, %v14 : i16
  %v18 = arith.constant true
  %v19 = arith.subi %v12, %v18 : i1
  %v20 = arith.negf %arg0 fastmath<nsz> : f8E4M3FNUZ
  %v21 = arith.constant -2.5 : f8E4M3FNUZ
  %v22 = arith.minimumf %v7, %v21 : f8E4M3FNUZ
  %v23 = arith.constant 32767 : i16
  %v24 = arith.select %v12, %v23, %v17 : i16
  %v25 = arith.maxsi %v5, %v2 : vector<2xi1>
  %v26 = arith.constant 7.0 : f8E4M3FNUZ
  %v27 = arith.cmpf oge, %v21, %v26 fastmath<nsz> : f8E4M3FNUZ
  %v28 = arith.constant 0 : index
  %v29 = arith.cmpi ne, %v28, %v28 : index
  %v30 = arith.ceildivsi %v18, %v18 : i1
  return %v19, %v15 : i1, vector<2xi1>
}
