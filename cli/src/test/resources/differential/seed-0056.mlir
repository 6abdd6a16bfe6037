// Random func/arith module, seed 56.
func.func @f0(%arg0: i64, %arg1: f8E5M2FNUZ) -> (i64, i64, i64) {
  %v0 = arith.constant 9223372036854775807 : i64
  %v1 = arith.constant 65 : i64
  %v2 = arith.cmpi ule, %v0, %v1 : i64
  %v3 = arith.constant true
  %v4 = arith.cmpi sle, %v2, %v3 : i1
  %v5 = arith.constant -9223372036854775808 : i64
  %v6 = arith.maxui %arg0, %v5 : i64
  %v7 = arith.constant 3 : i8
  %v8 = arith.extui %v7 : i8 to i64
  %v9 = arith.constant 9 : i8
  %v10 = arith.extui %v9 : i8 to i64
  %v11 = arith.cmpi uge, %v8, %v10 : i64
  %v12 = arith.constant -0.0 : f8E5M2FNUZ
  %v13 = arith.subf %v12, %arg1 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v14 = arith.cmpi sle, %v2, %v3 : i1
  %v15 = arith.constant 12 : i64
  %v16 = arith.maxui %arg0, %v15 : i64
  %v17 = arith.cmpi sle, %v2, %v3 : i1
  %v18 = arith.constant false
  %v19:2 = arith.addui_extended %v18, %v11 : i1, i1
  %v20 = arith.bitcast %v1 : i64 to f64
  return %v16, %v16, %v16 : i64, i64, i64
}
func.func @f1(%arg0: vector<2xf32>, %arg1: f64) -> i64 {
  %v0 = arith.constant 0 : i33
  %v1 = arith.constant -1 : i33
  %v2 = arith.xori %v0, %v1 : i33
  %v3 = arith.constant 4294967295 : i33
  %v4 = arith.muli %v2, %v3 : i33
  %v5 = arith.constant 32 : i33
  %v6 = arith.muli %v4, %v5 : i33
  %v7 = arith.constant 2.0 : f16
  %v8 = arith.addf %v7, %v7 : f16
  %v9 = arith.bitcast %arg1 : f64 to i64
  %v10 = arith.constant dense<[0x3F800000, 0x3F800000]> : vector<2xf32>
  %v11 = arith.maxnumf %arg0, %v10 : vector<2xf32>
  %v12 = arith.constant 8 : i16
  %v13 = arith.constant 17 : i16
  %v14 = arith.cmpi sgt, %v12, %v13 : i16
  return %v9 : i64
}
func.func @f2(%arg0: i8) -> i1 {
  %v0 = arith.constant 0x479FB90D : f32
  %v1 = arith.maximumf %v0, %v0 : f32
  %v2 = arith.maximumf %v1, %v1 : f32
  %v3 = arith.xori %arg0, %arg0 : i8
  %v4 = arith.constant 127 : i8
  %v5 = arith.sitofp %v4 : i8 to f64
  %v6 = arith.cmpi sge, %v3, %v4 : i8
  %v7 = arith.cmpi ne, %v4, %arg0 : i8
  %v8 = arith.constant 1 : i64
  %v9 = arith.constant -3.0e-05 : f8E5M2FNUZ
  %v10:3 = func.call @f0(%v8, %v9) : (i64, f8E5M2FNUZ) -> (i64, i64, i64)
  %v11 = arith.trunci %v3 : i8 to i1
  %v12 = arith.constant -0.75 : f8E5M2FNUZ
  %v13 = arith.constant 0x04 : f8E5M2FNUZ
  %v14 = arith.maxnumf %v12, %v13 : f8E5M2FNUZ
  %v15 = arith.constant 255 : i8
  %v16:2 = arith.mulsi_extended %v15, %v3 : i8
  %v17 = arith.extui %v11 : i1 to i64
  %v18 = arith.constant 15 : i64
  %v19 = arith.cmpi sle, %v17, %v18 : i64
  %v20 = arith.divui %v10#2, %v18 : i64
  %v21 = arith.cmpi sge, %v3, %v4 : i8
  %v22 = arith.constant 0x03 : f8E5M2FNUZ
  %v23 = arith.minnumf %v13, %v22 : f8E5M2FNUZ
  %v24 = arith.constant 1 : i64
  %v25 = arith.addi %v20, %v24 : i64
  %v26 = arith.constant 2305843009213693952 : i64
  %v27 = arith.subi %v26, %v25 : i64
  %v28 = arith.minnumf %v13, %v22 : f8E5M2FNUZ
  %v29 = arith.index_cast %arg0 : i8 to index
  %v30:3 = func.call @f0(%v8, %v9) : (i64, f8E5M2FNUZ) -> (i64, i64, i64)
  %v31 = arith.constant false
  %v32 = arith.cmpi uge, %v31, %v21 : i1
  %v33 = arith.extui %v11 : i1 to i32
  %v34 = arith.constant 5 : i64
  %v35 = arith.select %v21, %v10#2, %v34 : i64
  %v36 = arith.xori %arg0, %arg0 : i8
  return %v21 : i1
}
