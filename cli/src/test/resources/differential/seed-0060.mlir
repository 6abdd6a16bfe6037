// Random func/arith module, seed 60.
func.func @f0(%arg0: vector<2xf32>, %arg1: i16) -> (i16, vector<2xi1>, i1) {
  %v0 = arith.negf %arg0 : vector<2xf32>
  %v1 = arith.negf %v0 : vector<2xf32>
  %v2 = arith.negf %v0 : vector<2xf32>
  %v3 = arith.constant -29626 : i16
  %v4 = arith.addi %v3, %arg1 overflow<nsw> : i16
  %v5 = arith.constant -7 : i16
  %v6 = arith.cmpi sge, %v3, %v5 : i16
  %v7 = arith.constant dense<0.0> : vector<2xf32>
  %v8 = arith.divf %v7, %v1 fastmath<nnan,ninf> : vector<2xf32>
  %v9 = arith.cmpi sge, %v3, %v5 : i16
  %v10 = arith.extf %v2 : vector<2xf32> to vector<2xf64>
  %v11 = arith.xori %arg1, %v4 : i16
  %v12 = arith.xori %arg1, %v4 : i16
  %v13 = arith.negf %v0 : vector<2xf32>
  %v14 = arith.cmpf ord, %v7, %v0 fastmath<arcp,afn> : vector<2xf32>
  %v15 = arith.constant dense<[-0.75, 0x0000000000000001]> : vector<2xf64>
  %v16 = arith.cmpf ule, %v10, %v15 : vector<2xf64>
  %v17 = arith.negf %v0 : vector<2xf32>
  %v18 = arith.addi %v9, %v9 : i1
  %v19 = arith.constant dense<true> : vector<2xi1>
  %v20 = arith.minui %v19, %v14 : vector<2xi1>
  %v21 = arith.negf %v0 : vector<2xf32>
  %v22 = arith.negf %v0 : vector<2xf32>
  return %v12, %v20, %v18 : i16, vector<2xi1>, i1
}
func.func @f1(%arg0: i16, %arg1: i32) -> (i16, i32, vector<2xi1>) {
  %v0 = arith.constant 0x7E : f8E5M2FNUZ
  %v1 = arith.constant 0xFE : f8E5M2FNUZ
  %v2 = arith.subf %v0, %v1 : f8E5M2FNUZ
  %v3 = arith.addf %v2, %v0 : f8E5M2FNUZ
  %v4 = arith.constant dense<[0x00000001, 0x7F800000]> : vector<2xf32>
  %v5 = arith.constant -1 : i16
  %v6:3 = func.call @f0(%v4, %v5) : (vector<2xf32>, i16) -> (i16, vector<2xi1>, i1)
  %v7 = arith.constant 1 : index
  %v8 = arith.index_cast %v7 : index to i32
  %v9 = arith.extf %v1 fastmath<nnan> : f8E5M2FNUZ to f16
  %v10 = arith.constant 14 : i16
  %v11 = arith.divsi %arg0, %v10 : i16
  %v12 = arith.constant 15 : i64
  %v13 = arith.constant 1 : i64
  %v14 = arith.maxsi %v12, %v13 : i64
  %v15 = arith.constant 10 : i64
  %v16 = arith.maxsi %v15, %v14 : i64
  %v17 = arith.constant 0x38 : f8E4M3FNUZ
  %v18 = arith.maximumf %v17, %v17 : f8E4M3FNUZ
  %v19 = arith.fptosi %v18 : f8E4M3FNUZ to i64
  %v20 = arith.extf %v1 fastmath<nnan> : f8E5M2FNUZ to f16
  %v21 = arith.constant 1.0 : f16
  %v22 = arith.minimumf %v21, %v21 : f16
  %v23 = arith.maxsi %v12, %v13 : i64
  %v24 = arith.constant dense<false> : vector<2xi1>
  %v25 = arith.shrui %v24, %v24 : vector<2xi1>
  %v26 = arith.constant 9 : i32
  %v27 = arith.muli %v8, %v26 : i32
  %v28 = arith.extf %v17 fastmath<fast> : f8E4M3FNUZ to bf16
  %v29:3 = func.call @f0(%v4, %v5) : (vector<2xf32>, i16) -> (i16, vector<2xi1>, i1)
  %v30 = arith.constant -9223372036854775808 : i64
  %v31 = arith.addi %v23, %v30 : i64
  %v32 = arith.constant -7438782513865342489 : i64
  %v33 = arith.subi %v31, %v32 : i64
  %v34 = arith.constant 1 : i32
  %v35 = arith.shrui %arg1, %v34 : i32
  %v36 = arith.constant 16 : i16
  %v37 = arith.andi %v11, %v36 : i16
  %v38 = arith.fptosi %v4 : vector<2xf32> to vector<2xi8>
  %v39 = arith.constant dense<1.0> : vector<2xf32>
  %v40 = arith.subf %v4, %v39 : vector<2xf32>
  return %v37, %v35, %v29#1 : i16, i32, vector<2xi1>
}
