// Random func/arith module, seed 5.
func.func @f0(%arg0: i8) -> (index, i8) {
  %v0 = arith.constant 100.0 : f32
  %v1 = arith.cmpf oge, %v0, %v0 fastmath<arcp,afn> : f32
  %v2 = arith.constant -9223372036854775808 : index
  %v3 = arith.constant 65 : index
  %v4 = arith.muli %v2, %v3 overflow<nuw> : index
  %v5 = arith.constant -5 : i8
  %v6 = arith.constant 8 : i8
  %v7 = arith.cmpi sge, %v5, %v6 : i8
  %v8 = arith.remsi %arg0, %arg0 : i8
  %v9 = arith.cmpf oge, %v0, %v0 fastmath<arcp,afn> : f32
  %v10 = arith.constant 0xBF800000 : f32
  %v11 = arith.minimumf %v0, %v10 : f32
  %v12 = arith.fptoui %v0 : f32 to i64
  %v13 = arith.constant 0x7F7FFFFF : f32
  %v14 = arith.constant 0xC068B2CF : f32
  %v15 = arith.addf %v13, %v14 fastmath<nnan,ninf> : f32
  %v16 = arith.constant 5 : i8
  %v17 = arith.cmpi sgt, %v16, %v8 : i8
  %v18 = arith.addf %v13, %v14 fastmath<nnan,ninf> : f32
  %v19 = arith.subf %v15, %v13 fastmath<arcp,afn> : f32
  %v20 = arith.truncf %v11 to_nearest_away : f32 to f8E5M2FNUZ
  %v21 = arith.addf %v13, %v14 fastmath<nnan,ninf> : f32
  %v22 = arith.bitcast %v0 : f32 to i32
  %v23 = arith.constant 0x00800000 : f32
  %v24 = arith.minimumf %v10, %v23 fastmath<none> : f32
  %v25 = arith.constant 14 : i64
  %v26 = arith.constant 18446744073709551615 : i64
  %v27 = arith.shli %v25, %v26 : i64
  %v28 = arith.cmpf oge, %v0, %v0 fastmath<arcp,afn> : f32
  %v29 = arith.ceildivui %v16, %v5 : i8
  %v30 = arith.constant 1 : i8
  %v31 = arith.minsi %v30, %v8 : i8
  %v32 = arith.shrsi %v2, %v3 exact : index
  %v33 = arith.constant false
  %v34 = arith.cmpi ule, %v17, %v33 : i1
  %v35 = arith.constant true
  %v36 = arith.shrsi %v35, %v34 : i1
  %v37 = arith.shrsi %v25, %v27 : i64
  return %v32, %v31 : index, i8
}
func.func @f1(%arg0: f64, %arg1: i1, %arg2: f16) -> (i1, i1, i1) {
  %v0 = arith.constant false
  %v1 = arith.extsi %v0 : i1 to i7
  %v2 = arith.xori %v0, %arg1 : i1
  %v3 = arith.constant false
  %v4 = arith.addi %v2, %v3 : i1
  %v5 = arith.cmpf false, %arg2, %arg2 : f16
  %v6 = arith.constant -0.75 : f64
  %v7 = arith.select %v2, %v6, %arg0 : f64
  %v8 = arith.xori %arg1, %v0 : i1
  %v9 = arith.truncf %v7 : f64 to f8E5M2FNUZ
  %v10 = arith.remsi %v0, %v5 : i1
  %v11 = arith.cmpf ule, %v6, %arg0 : f64
  %v12 = arith.constant -3.0e-05 : f8E5M2FNUZ
  %v13 = arith.cmpf one, %v12, %v12 : f8E5M2FNUZ
  %v14 = arith.cmpf ugt, %v12, %v12 : f8E5M2FNUZ
  %v15 = arith.constant false
  %v16 = arith.maxsi %v4, %v15 : i1
  return %v11, %v10, %v16 : i1, i1, i1
}
func.func @f2(%arg0: i1, %arg1: f32, %arg2: i33) -> (i33, index) {
  %v0 = arith.constant 0xFFF0000000000000 : f64
  %v1 = arith.constant 0.5 : f64
  %v2 = arith.minnumf %v0, %v1 : f64
  %v3 = arith.constant dense<0> : tensor<2x2xindex>
  %v4 = arith.constant dense<1> : tensor<2x2xindex>
  %v5 = arith.cmpi ult, %v3, %v4 : tensor<2x2xindex>
  %v6 = arith.cmpi ult, %v3, %v4 : tensor<2x2xindex>
  %v7 = arith.constant 0.1 : f16
  %v8 = arith.constant 0x153B : f16
  %v9 = arith.maxnumf %v7, %v8 fastmath<nnan,ninf> : f16
  %v10 = arith.constant 65 : i64
  %v11 = arith.minui %v10, %v10 : i64
  %v12 = arith.constant 0x00000001 : f32
  %v13 = arith.cmpf uge, %arg1, %v12 : f32
  %v14 = arith.constant -6 : index
  %v15 = arith.constant -1 : index
  %v16 = arith.cmpi sge, %v14, %v15 : index
  %v17 = arith.constant 34 : i33
  %v18 = arith.maxui %arg2, %v17 : i33
  return %v18, %v15 : i33, index
}
func.func @f3(%arg0: i1) -> (vector<2xi1>, i1) {
  %v0 = arith.constant true
  %v1 = arith.select %arg0, %v0, %arg0 : i1
  %v2 = arith.divsi %v0, %arg0 : i1
  %v3 = arith.constant false
  %v4 = arith.divui %v0, %v3 : i1
  %v5 = arith.constant dense<0x9190> : vector<2xbf16>
  %v6 = arith.constant dense<0.1> : vector<2xbf16>
  %v7 = arith.cmpf ule, %v5, %v6 : vector<2xbf16>
  %v8 = arith.constant 4.0 : f8E3M4
  %v9 = arith.cmpf ole, %v8, %v8 fastmath<nnan,ninf> : f8E3M4
  %v10 = arith.cmpi slt, %v3, %v4 : i1
  %v11 = arith.constant false
  %v12 = arith.extsi %v11 : i1 to i7
  %v13 = arith.cmpf ule, %v5, %v6 : vector<2xbf16>
  %v14 = arith.cmpf ule, %v5, %v6 : vector<2xbf16>
  %v15 = arith.constant 10 : i32
  %v16 = arith.constant -2147483648 : i32
  %v17 = arith.minsi %v15, %v16 : i32
  %v18 = arith.constant 2199023255552 : index
  %v19 = arith.constant 9223372036854775807 : index
  %v20 = arith.maxsi %v18, %v19 : index
  %v21 = arith.fptosi %v8 : f8E3M4 to i64
  %v22 = arith.constant dense<[false, false]> : vector<2xi1>
  %v23 = arith.muli %v22, %v7 : vector<2xi1>
  %v24 = arith.cmpi uge, %v13, %v22 : vector<2xi1>
  %v25 = arith.cmpi uge, %v17, %v16 : i32
  %v26 = arith.extsi %v0 : i1 to i64
  %v27 = arith.andi %v19, %v19 : index
  %v28 = arith.fptoui %v8 : f8E3M4 to i7
  return %v24, %v3 : vector<2xi1>, i1
}
