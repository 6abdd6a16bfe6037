// Random func/arith module, seed 139.
func.func @f0(%arg0: f32, %arg1: i8) {
  %v0 = arith.constant 3 : i8
  %v1 = arith.cmpi slt, %v0, %arg1 : i8
  %v2 = arith.cmpi slt, %v0, %arg1 : i8
  %v3 = arith.bitcast %arg0 : f32 to i32
  %v4 = arith.truncf %arg0 fastmath<nsz> : f32 to f8E4M3FNUZ
  %v5 = arith.ori %v1, %v2 : i1
  %v6 = arith.floordivsi %arg1, %arg1 : i8
  %v7 = arith.fptosi %v4 : f8E4M3FNUZ to i128
  return
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: i64, %arg2: tensor<2x2xi1>) -> f8E4M3FNUZ {
  %v0 = arith.constant 5 : i64
  %v1 = arith.ori %arg1, %v0 : i64
  %v2 = arith.constant -4164041508156639381 : i64
  %v3 = arith.shrsi %v0, %v2 : i64
  %v4 = arith.constant 9223372036854775807 : i64
  %v5 = arith.subi %v1, %v4 : i64
  %v6 = arith.constant -9223372036854775808 : i64
  %v7 = arith.subi %v5, %v6 : i64
  %v8 = arith.constant -8 : i64
  %v9 = arith.xori %v5, %v8 : i64
  %v10 = arith.constant 8 : i64
  %v11 = arith.xori %v10, %v9 : i64
  %v12 = arith.constant true
  %v13 = arith.constant 65 : i64
  %v14 = arith.select %v12, %v9, %v13 : i64
  %v15 = arith.minsi %v5, %v14 : i64
  %v16 = arith.subi %v1, %v4 : i64
  %v17 = arith.constant 7.0 : f8E4M3FNUZ
  %v18 = arith.mulf %v17, %arg0 fastmath<nnan,ninf> : f8E4M3FNUZ
  %v19 = arith.constant 0x007FFFFF : f32
  %v20 = arith.constant 127 : i8
  func.call @f0(%v19, %v20) : (f32, i8) -> ()
  %v22 = arith.subi %v5, %v6 : i64
  %v23 = arith.mulf %v17, %arg0 fastmath<nnan,ninf> : f8E4M3FNUZ
  %v24 = arith.subi %v5, %v6 : i64
  %v25 = arith.divf %v17, %v17 : f8E4M3FNUZ
  %v26 = arith.minnumf %v25, %v23 : f8E4M3FNUZ
  %v27 = arith.select %v12, %arg0, %v23 : f8E4M3FNUZ
  %v28 = arith.extsi %v14 : i64 to i128
  %v29 = arith.fptosi %v23 : f8E4M3FNUZ to i7
  %v30 = arith.xori %arg2, %arg2 : tensor<2x2xi1>
  %v31 = arith.constant 78 : i7
  %v32 = arith.minsi %v29, %v31 : i7
  return %v26 : f8E4M3FNUZ
}
func.func @f2(%arg0: f16, %arg1: f8E4M3FNUZ, %arg2: index, %arg3: bf16) -> (tensor<2x2xindex>, i64) {
  %v0 = arith.constant 1 : index
  %v1 = arith.constant 0 : index
  %v2 = arith.maxui %v0, %v1 : index
  %v3 = arith.mulf %arg1, %arg1 fastmath<nnan> : f8E4M3FNUZ
  %v4 = arith.constant -1 : i64
  %v5 = arith.constant dense<[[false, true], [true, false]]> : tensor<2x2xi1>
  %v6 = func.call @f1(%arg1, %v4, %v5) : (f8E4M3FNUZ, i64, tensor<2x2xi1>) -> f8E4M3FNUZ
  %v7 = arith.addf %arg1, %v6 fastmath<nnan,ninf> : f8E4M3FNUZ
  %v8 = arith.constant true
  %v9 = arith.constant 0.0 : f8E4M3FNUZ
  %v10 = arith.select %v8, %arg1, %v9 : f8E4M3FNUZ
  %v11 = arith.select %v8, %arg1, %v9 : f8E4M3FNUZ
  %v12 = arith.constant -2 : i32
  %v13 = arith.extui %v12 : i32 to i128
  %v14 = arith.cmpi sge, %arg2, %v2 : index
  %v15 = arith.constant 0x7FC0 : bf16
  %v16 = arith.negf %v15 : bf16
  %v17 = arith.constant dense<[[false, true], [true, false]]> : tensor<2x2xi1>
  %v18 = arith.index_cast %v17 : tensor<2x2xi1> to tensor<2x2xindex>
  %v19 = arith.extui %v12 : i32 to i33
  %v20 = arith.constant dense<[[9223372036854775807, 562949953421312], [-1, 4]]> : tensor<2x2xindex>
  %v21 = arith.maxsi %v18, %v20 : tensor<2x2xindex>
  return %v21, %v4 : tensor<2x2xindex>, i64
}
func.func @f3(%arg0: i64, %arg1: f8E5M2FNUZ, %arg2: f32) -> (i64, i1) {
  %v0 = arith.cmpf oeq, %arg2, %arg2 fastmath<nnan> : f32
  %v1 = arith.cmpf oeq, %arg2, %arg2 fastmath<nnan> : f32
  %v2 = arith.constant true
  %v3 = arith.cmpi ugt, %v0, %v2 : i1
  %v4 = arith.constant 0x00 : f8E5M2FNUZ
  %v5 = arith.constant 0x00 : f8E5M2FNUZ
  %v6 = arith.minimumf %v4, %v5 : f8E5M2FNUZ
  %v7 = arith.constant false
  %v8 = arith.xori %v3, %v7 : i1
  %v9 = arith.constant false
  %v10 = arith.xori %v8, %v9 : i1
  %v11 = arith.extui %arg0 : i64 to i128
  %v12 = arith.divui %v1, %v9 : i1
  %v13 = arith.constant 0 : i64
  %v14 = arith.cmpi sgt, %arg0, %v13 : i64
  %v15 = arith.constant true
  %v16 = arith.constant false
  %v17 = arith.select %v14, %v15, %v16 : i1
  %v18 = arith.extui %arg0 : i64 to i128
  %v19 = arith.negf %arg2 fastmath<nnan,ninf> : f32
  %v20 = arith.constant 340282366920938463463374607431768211454 : i128
  %v21 = arith.constant -7665950661097070879829920234630632994 : i128
  %v22 = arith.minsi %v20, %v21 : i128
  %v23 = arith.constant 128 : i128
  %v24 = arith.cmpi sgt, %v23, %v11 : i128
  %v25 = arith.cmpi sgt, %v23, %v11 : i128
  %v26 = arith.constant 0xC4723FA9 : f32
  %v27 = arith.mulf %v19, %v26 fastmath<nnan,ninf> : f32
  %v28 = arith.cmpf oeq, %arg2, %arg2 fastmath<nnan> : f32
  %v29 = arith.constant 2305843009213693952 : i64
  %v30 = arith.divsi %v29, %arg0 : i64
  %v31 = arith.cmpf oeq, %arg2, %arg2 fastmath<nnan> : f32
  %v32 = arith.sitofp %v30 : i64 to f32
  %v33 = arith.fptoui %v32 : f32 to i64
  return %v30, %v25 : i64, i1
}
