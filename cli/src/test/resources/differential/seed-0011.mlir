// Random func/arith module, seed 11.
func.func @f0(%arg0: vector<i32>, %arg1: i8, %arg2: tensor<2x2xi32>) -> (i1, f8E4M3FNUZ) {
  %v0 = arith.constant 4.0 : f8E4M3
  %v1 = arith.extf %v0 fastmath<arcp,afn> : f8E4M3 to f32
  %v2 = arith.constant 33 : i32
  %v3 = arith.sitofp %v2 : i32 to f4E2M1FN
  %v4 = arith.constant true
  %v5 = arith.constant true
  %v6:2 = arith.mulsi_extended %v4, %v5 : i1
  %v7 = arith.sitofp %v2 : i32 to f4E2M1FN
  %v8 = arith.addf %v7, %v3 : f4E2M1FN
  %v9 = arith.constant true
  %v10 = arith.muli %v6#1, %v9 : i1
  %v11 = arith.constant true
  %v12 = arith.muli %v11, %v10 : i1
  %v13 = arith.constant 0x1 : f4E2M1FN
  %v14 = arith.constant 0xA : f4E2M1FN
  %v15 = arith.cmpf ugt, %v13, %v14 : f4E2M1FN
  %v16 = arith.fptoui %v1 : f32 to i8
  %v17 = arith.sitofp %arg1 : i8 to f8E4M3FNUZ
  %v18 = arith.cmpf oge, %v17, %v17 fastmath<none> : f8E4M3FNUZ
  %v19 = arith.cmpi ult, %v18, %v18 : i1
  return %v18, %v17 : i1, f8E4M3FNUZ
}
func.func @f1(%arg0: index, %arg1: i16, %arg2: f4E2M1FN) -> (i1, index, i1) {
  %v0 = arith.maxui %arg1, %arg1 : i16
  %v1 = arith.constant -1 : index
  %v2 = arith.remui %v1, %arg0 : index
  %v3 = arith.divsi %v0, %v0 : i16
  %v4 = arith.constant 0x4 : f4E2M1FN
  %v5 = arith.negf %v4 fastmath<nnan> : f4E2M1FN
  %v6 = arith.constant 0 : i8
  %v7 = arith.extsi %v6 : i8 to i64
  %v8 = arith.extsi %v6 : i8 to i64
  %v9 = arith.cmpi eq, %v7, %v8 : i64
  %v10:2 = arith.mulsi_extended %v8, %v7 : i64
  %v11 = arith.shrui %arg1, %v0 : i16
  %v12 = arith.constant dense<[0x0000000000000000, 0x0010000000000000, 0x22FA3DB100551311]> : tensor<3xf64>
  %v13 = arith.remf %v12, %v12 : tensor<3xf64>
  %v14 = arith.constant -9223372036854775808 : i64
  %v15 = arith.ceildivsi %v14, %v7 : i64
  %v16 = arith.constant -0.0 : f4E2M1FN
  %v17 = arith.constant 0x6 : f4E2M1FN
  %v18 = arith.cmpf une, %v16, %v17 : f4E2M1FN
  %v19 = arith.minui %v0, %arg1 : i16
  %v20 = arith.constant dense<8> : vector<i32>
  %v21 = arith.constant dense<1699094860> : tensor<2x2xi32>
  %v22:2 = func.call @f0(%v20, %v6, %v21) : (vector<i32>, i8, tensor<2x2xi32>) -> (i1, f8E4M3FNUZ)
  %v23 = arith.constant true
  %v24 = arith.constant 64 : i64
  %v25 = arith.constant 2925633660168161617 : i64
  %v26 = arith.select %v23, %v24, %v25 : i64
  %v27 = arith.constant 4 : i64
  %v28:2 = arith.mului_extended %v27, %v7 : i64
  %v29 = arith.constant -5 : i64
  %v30 = arith.index_cast %v29 : i64 to index
  %v31 = arith.constant 3 : i16
  %v32 = arith.cmpi ule, %v3, %v31 : i16
  %v33 = arith.index_castui %arg0 : index to i1
  %v34 = arith.extui %v19 : i16 to i64
  %v35 = arith.extui %v11 : i16 to i64
  %v36 = arith.cmpi eq, %v34, %v35 : i64
  %v37 = arith.constant -9223372036854775808 : index
  %v38 = arith.addi %v2, %v37 : index
  %v39 = arith.constant -9223372036854775808 : index
  %v40 = arith.subi %v39, %v38 : index
  %v41 = arith.constant dense<-2147483648> : vector<i32>
  %v42 = arith.index_cast %v41 : vector<i32> to vector<index>
  return %v22#0, %v38, %v33 : i1, index, i1
}
