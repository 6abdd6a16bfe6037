// Random func/arith module, seed 111.
func.func @f0(%arg0: i8, %arg1: index, %arg2: vector<4xi1>) -> i1 {
  %v0 = arith.constant dense<-635552501> : vector<4xi32>
  %v1 = arith.constant dense<-2147483648> : vector<4xi32>
  %v2 = arith.xori %v0, %v1 : vector<4xi32>
  %v3 = arith.constant dense<[3.0, 0x007FFFFF]> : vector<2xf32>
  %v4 = arith.fptosi %v3 : vector<2xf32> to vector<2xi8>
  %v5 = arith.negf %v3 : vector<2xf32>
  %v6 = arith.index_cast %arg2 : vector<4xi1> to vector<4xindex>
  %v7 = arith.constant dense<0xFF800000> : vector<2xf32>
  %v8 = arith.mulf %v3, %v7 : vector<2xf32>
  %v9 = arith.constant 0 : index
  %v10 = arith.cmpi ule, %v9, %arg1 : index
  %v11 = arith.constant false
  %v12 = arith.maxsi %v11, %v10 : i1
  %v13 = arith.constant dense<[true, true, true, false]> : vector<4xi1>
  %v14 = arith.shrui %v13, %arg2 : vector<4xi1>
  %v15 = arith.addf %v7, %v8 : vector<2xf32>
  %v16 = arith.constant 0xE5 : f8E5M2
  %v17 = arith.negf %v16 : f8E5M2
  %v18 = arith.constant dense<0> : tensor<3xi32>
  %v19 = arith.constant dense<[0, 1515319502, -1830661590]> : tensor<3xi32>
  %v20 = arith.shrui %v18, %v19 : tensor<3xi32>
  return %v10 : i1
}
func.func @f1(%arg0: i128) -> (i128, i128) {
  %v0 = arith.constant true
  %v1 = arith.select %v0, %arg0, %arg0 : i128
  %v2 = arith.constant 0 : i128
  %v3 = arith.addi %arg0, %v2 : i128
  %v4 = arith.constant false
  %v5 = arith.index_castui %v4 : i1 to index
  %v6 = arith.constant -170141183460469231731687303715884105728 : i128
  %v7 = arith.minsi %v6, %v3 : i128
  %v8 = arith.index_castui %v4 : i1 to index
  %v9 = arith.constant 0x3F800000 : f32
  %v10 = arith.negf %v9 fastmath<nsz> : f32
  %v11 = arith.remf %v9, %v10 : f32
  %v12 = arith.bitcast %v9 : f32 to i32
  %v13 = arith.constant 0x7F800000 : f32
  %v14 = arith.constant 0x7FC00000 : f32
  %v15 = arith.select %v4, %v13, %v14 : f32
  %v16 = arith.constant 0 : i128
  %v17 = arith.ori %arg0, %v16 : i128
  %v18 = arith.subi %v17, %v6 : i128
  %v19 = arith.constant 0x00800000 : f32
  %v20 = arith.divf %v13, %v19 fastmath<arcp,afn> : f32
  %v21 = arith.constant 0x00800000 : f32
  %v22 = arith.constant 0x7FC00000 : f32
  %v23 = arith.maxnumf %v21, %v22 fastmath<arcp,afn> : f32
  %v24 = arith.constant 1.0e+10 : f32
  %v25 = arith.cmpf ult, %v20, %v24 : f32
  return %v17, %v18 : i128, i128
}
func.func @f2(%arg0: vector<2x3xi8>, %arg1: f32) -> vector<2xi16> {
  %v0 = arith.constant 2 : i33
  %v1 = arith.constant -1 : i33
  %v2 = arith.divsi %v0, %v1 : i33
  %v3 = arith.constant -1.0 : f32
  %v4 = arith.subf %arg1, %v3 fastmath<nsz> : f32
  %v5 = arith.constant 0x3C : f8E5M2FNUZ
  %v6 = arith.minnumf %v5, %v5 fastmath<nnan> : f8E5M2FNUZ
  %v7 = arith.cmpi ne, %arg0, %arg0 : vector<2x3xi8>
  %v8 = arith.select %v7, %arg0, %arg0 : vector<2x3xi1>, vector<2x3xi8>
  %v9 = arith.xori %v2, %v0 : i33
  %v10 = arith.cmpf ult, %arg1, %v4 fastmath<arcp,afn> : f32
  %v11 = arith.constant dense<1984> : vector<2xi16>
  %v12:2 = arith.mulsi_extended %v11, %v11 : vector<2xi16>
  return %v12#0 : vector<2xi16>
}
