// Random func/arith module, seed 116.
func.func @f0(%arg0: i32, %arg1: i128) -> f8E5M2FNUZ {
  %v0 = arith.constant 1 : i128
  %v1 = arith.floordivsi %arg1, %v0 : i128
  %v2:2 = arith.addui_extended %arg1, %v0 : i128, i1
  %v3 = arith.constant 0x7B : f8E5M2FNUZ
  %v4 = arith.constant 0.5 : f8E5M2FNUZ
  %v5 = arith.maxnumf %v3, %v4 : f8E5M2FNUZ
  %v6 = arith.constant 0x01 : f8E5M2FNUZ
  %v7 = arith.constant -3.0e-05 : f8E5M2FNUZ
  %v8 = arith.divf %v6, %v7 : f8E5M2FNUZ
  %v9 = arith.cmpf ugt, %v4, %v3 : f8E5M2FNUZ
  %v10 = arith.constant 0x00 : f8E5M2FNUZ
  %v11 = arith.select %v2#1, %v4, %v10 : f8E5M2FNUZ
  %v12 = arith.constant false
  %v13 = arith.remsi %v2#1, %v12 : i1
  %v14 = arith.constant -1.0 : f8E5M2FNUZ
  %v15 = arith.mulf %v11, %v14 : f8E5M2FNUZ
  %v16 = arith.floordivsi %arg1, %v0 : i128
  %v17 = arith.trunci %v2#0 overflow<nuw> : i128 to i8
  %v18 = arith.constant 15 : i32
  %v19:2 = arith.mulsi_extended %v18, %arg0 : i32
  %v20 = arith.fptosi %v4 : f8E5M2FNUZ to i16
  %v21 = arith.maxnumf %v3, %v4 : f8E5M2FNUZ
  %v22 = arith.maxnumf %v3, %v4 : f8E5M2FNUZ
  %v23 = arith.constant 0x00 : f8E5M2FNUZ
  %v24 = arith.constant 0x7C : f8E5M2FNUZ
  %v25 = arith.cmpf uno, %v23, %v24 : f8E5M2FNUZ
  %v26 = arith.constant 0xB0 : f8E3M4
  %v27 = arith.constant 1.0 : f8E3M4
  %v28 = arith.maxnumf %v26, %v27 : f8E3M4
  %v29 = arith.constant -128 : i8
  %v30 = arith.select %v13, %v29, %v29 : i8
  %v31 = arith.constant 0x0000 : bf16
  %v32 = arith.minimumf %v31, %v31 : bf16
  %v33 = arith.divf %v3, %v11 : f8E5M2FNUZ
  %v34 = arith.select %v13, %v15, %v33 : f8E5M2FNUZ
  return %v21 : f8E5M2FNUZ
}
func.func @f1(%arg0: index, %arg1: i128) -> (i1, i32, index) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.constant -7 : i32
  %v2:2 = arith.mului_extended %v0, %v1 : i32
  %v3 = arith.constant 0x0010000000000000 : f64
  %v4 = arith.constant 0xA82408DF728637D0 : f64
  %v5 = arith.maximumf %v3, %v4 fastmath<ninf> : f64
  %v6 = arith.constant -1 : index
  %v7 = arith.xori %arg0, %v6 : index
  %v8 = arith.xori %v7, %v6 : index
  %v9 = arith.constant dense<-1> : vector<2xi16>
  %v10 = arith.xori %v9, %v9 : vector<2xi16>
  %v11 = arith.xori %v10, %v9 : vector<2xi16>
  %v12 = arith.constant 0x00000001 : f32
  %v13 = arith.constant 0xBF800000 : f32
  %v14 = arith.mulf %v12, %v13 : f32
  %v15 = arith.constant 128 : i128
  %v16 = arith.cmpi slt, %arg1, %v15 : i128
  %v17 = arith.constant 0.1 : f64
  %v18 = arith.subf %v5, %v17 : f64
  %v19 = arith.constant 4 : i8
  %v20 = arith.extsi %v19 : i8 to i64
  %v21 = arith.constant 0 : i64
  %v22 = arith.cmpi eq, %v20, %v21 : i64
  %v23 = arith.constant 1 : i128
  %v24 = arith.subi %v23, %arg1 : i128
  %v25 = arith.xori %v10, %v9 : vector<2xi16>
  %v26 = arith.maxnumf %v17, %v17 fastmath<ninf> : f64
  %v27 = arith.xori %v9, %v9 : vector<2xi16>
  %v28 = arith.ori %arg0, %arg0 : index
  %v29 = arith.index_castui %arg1 : i128 to index
  %v30 = arith.constant -1.0 : f32
  %v31 = arith.maxnumf %v12, %v30 fastmath<ninf> : f32
  %v32 = arith.cmpi sge, %v21, %v21 : i64
  %v33 = arith.constant false
  %v34 = arith.addi %v32, %v33 overflow<none> : i1
  %v35 = func.call @f0(%v1, %v24) : (i32, i128) -> f8E5M2FNUZ
  return %v22, %v2#0, %v28 : i1, i32, index
}
func.func @f2(%arg0: bf16) -> (index, index, bf16) {
  %v0 = arith.maximumf %arg0, %arg0 : bf16
  %v1 = arith.constant 5 : i8
  %v2 = arith.constant 1 : i8
  %v3:2 = arith.addui_extended %v1, %v2 : i8, i1
  %v4 = arith.constant 4 : index
  %v5 = arith.constant 70368744177664 : i128
  %v6:3 = func.call @f1(%v4, %v5) : (index, i128) -> (i1, i32, index)
  %v7 = arith.constant 9 : i8
  %v8 = arith.index_castui %v7 : i8 to index
  %v9 = arith.index_castui %v8 : index to i8
  %v10:2 = arith.addui_extended %v1, %v2 : i8, i1
  %v11 = arith.minsi %v6#2, %v6#2 : index
  %v12 = arith.constant false
  %v13 = arith.ceildivsi %v12, %v3#1 : i1
  return %v8, %v11, %arg0 : index, index, bf16
}
